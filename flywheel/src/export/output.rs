//! The export's files. Each is written as `<name>.tmp` and renamed into place by
//! [`Outputs::finish`]; an export that fails part-way leaves only `.tmp` files behind.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{ExportError, ExportSummary};

struct TmpFile {
    path: PathBuf,
    tmp: PathBuf,
    out: BufWriter<File>,
}

impl TmpFile {
    fn create(path: PathBuf) -> Result<Self, ExportError> {
        let mut tmp = path.clone().into_os_string();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        let file = File::create(&tmp).map_err(write_err(&tmp))?;
        Ok(TmpFile {
            path,
            tmp,
            out: BufWriter::new(file),
        })
    }

    fn line(&mut self, value: &impl Serialize) -> Result<(), ExportError> {
        let r = serde_json::to_writer(&mut self.out, value)
            .map_err(io::Error::from)
            .and_then(|()| self.out.write_all(b"\n"));
        r.map_err(write_err(&self.tmp))
    }

    fn finish(mut self) -> Result<(), ExportError> {
        let r = self
            .out
            .flush()
            .and_then(|()| fs::rename(&self.tmp, &self.path));
        r.map_err(write_err(&self.path))
    }
}

fn write_err(path: &Path) -> impl FnOnce(io::Error) -> ExportError + '_ {
    move |source| ExportError::Write {
        path: path.to_owned(),
        source,
    }
}

/// A group name made safe as one directory name.
pub(crate) fn dir_name(group: &str) -> String {
    let name: String = group
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    match name.trim_matches('.') {
        "" => "_".to_owned(),
        _ => name,
    }
}

pub(crate) struct Outputs {
    dir: PathBuf,
    groups: BTreeMap<String, [TmpFile; 2]>,
    classifier: TmpFile,
}

impl Outputs {
    pub fn create(dir: &Path) -> Result<Self, ExportError> {
        fs::create_dir_all(dir).map_err(write_err(dir))?;
        Ok(Outputs {
            dir: dir.to_owned(),
            groups: BTreeMap::new(),
            classifier: TmpFile::create(dir.join("classifier.jsonl"))?,
        })
    }

    /// Appends a fine-tuning line to `<group>/train.jsonl` or `validation.jsonl`; `group` is
    /// already a [`dir_name`].
    pub fn example(
        &mut self,
        group: &str,
        validation: bool,
        line: &impl Serialize,
    ) -> Result<(), ExportError> {
        if !self.groups.contains_key(group) {
            let dir = self.dir.join(group);
            fs::create_dir_all(&dir).map_err(write_err(&dir))?;
            let files = [
                TmpFile::create(dir.join("train.jsonl"))?,
                TmpFile::create(dir.join("validation.jsonl"))?,
            ];
            self.groups.insert(group.to_owned(), files);
        }
        let files = self.groups.get_mut(group).expect("inserted above");
        files[usize::from(validation)].line(line)
    }

    pub fn classifier(&mut self, line: &impl Serialize) -> Result<(), ExportError> {
        self.classifier.line(line)
    }

    /// Renames every file into place and writes `summary.json`.
    pub fn finish(self, summary: &ExportSummary) -> Result<(), ExportError> {
        for file in self.groups.into_values().flatten() {
            file.finish()?;
        }
        self.classifier.finish()?;
        let mut s = TmpFile::create(self.dir.join("summary.json"))?;
        let r = serde_json::to_writer_pretty(&mut s.out, summary)
            .map_err(io::Error::from)
            .and_then(|()| s.out.write_all(b"\n"));
        r.map_err(write_err(&s.tmp))?;
        s.finish()
    }
}
