//! Reads a log directory back: every record of every segment (`.jsonl` and `.jsonl.gz`), oldest
//! segment first (segment names start with their UTC opening time), lines in the order they
//! were written.
//!
//! Damage never stops a read: a line that does not parse (a torn last line left by a crash, a
//! corrupt line, a record type this version does not know) is skipped and counted, and so is a
//! segment that cannot be opened or decompressed (its lines read before the damage are kept).
//! Temporary files (`*.tmp`) are never read. Reading never modifies the directory.

use std::collections::{BTreeMap, VecDeque};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde::Serialize;

use crate::file_sink::{CLOSED_SUFFIX, OPEN_SUFFIX};
use crate::record::Record;

/// What a read went through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ReadStats {
    pub segments: u64,
    pub records: u64,
    /// Lines that did not parse as a record, torn ones included.
    pub skipped: u64,
    /// Of `skipped`: last lines of a segment without their newline (a writer stopped mid-line).
    pub torn: u64,
    /// Segments that could not be opened or read to the end.
    pub unreadable_segments: u64,
}

impl ReadStats {
    pub fn add(&mut self, o: &ReadStats) {
        self.segments += o.segments;
        self.records += o.records;
        self.skipped += o.skipped;
        self.torn += o.torn;
        self.unreadable_segments += o.unreadable_segments;
    }
}

/// An iterator over the records of a log directory.
pub struct Reader {
    segments: VecDeque<PathBuf>,
    current: Option<(PathBuf, Box<dyn BufRead>)>,
    line: Vec<u8>,
    stats: ReadStats,
}

impl Reader {
    /// Lists the segments of `dir`; an error only if the directory cannot be listed.
    pub fn open(dir: impl AsRef<Path>) -> io::Result<Self> {
        Ok(Self::from_segments(segments(dir.as_ref())?))
    }

    /// Reads exactly these segment files, in this order.
    pub fn from_segments(segments: Vec<PathBuf>) -> Self {
        Reader {
            segments: segments.into(),
            current: None,
            line: Vec::new(),
            stats: ReadStats::default(),
        }
    }

    /// Lines skipped so far (torn or corrupt).
    pub fn skipped(&self) -> u64 {
        self.stats.skipped
    }

    pub fn stats(&self) -> ReadStats {
        self.stats
    }

    fn open_next(&mut self) -> bool {
        while let Some(path) = self.segments.pop_front() {
            self.stats.segments += 1;
            match open_segment(&path) {
                Ok(r) => {
                    self.current = Some((path, r));
                    return true;
                }
                Err(e) => {
                    self.stats.unreadable_segments += 1;
                    tracing::warn!(segment = %path.display(), error = %e, "flywheel: cannot open segment");
                }
            }
        }
        false
    }
}

impl Iterator for Reader {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if self.current.is_none() && !self.open_next() {
                return None;
            }
            let Some((path, input)) = self.current.as_mut() else {
                continue;
            };
            self.line.clear();
            match input.read_until(b'\n', &mut self.line) {
                Ok(0) => self.current = None,
                Ok(_) => {
                    let complete = self.line.last() == Some(&b'\n');
                    let text = self.line.trim_ascii();
                    if text.is_empty() {
                        continue;
                    }
                    match serde_json::from_slice::<Record>(text) {
                        Ok(r) => {
                            self.stats.records += 1;
                            return Some(r);
                        }
                        Err(e) => {
                            self.stats.skipped += 1;
                            if !complete {
                                self.stats.torn += 1;
                            }
                            tracing::debug!(segment = %path.display(), error = %e, torn = !complete, "flywheel: skipped a line");
                        }
                    }
                }
                Err(e) => {
                    self.stats.unreadable_segments += 1;
                    tracing::warn!(segment = %path.display(), error = %e, "flywheel: segment unreadable from here on");
                    self.current = None;
                }
            }
        }
    }
}

/// The segment files of `dir`, oldest first. Where a crash left both `x.jsonl` and its
/// complete `x.jsonl.gz`, only the `.gz` is listed.
pub fn segments(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut by_stem: BTreeMap<String, PathBuf> = BTreeMap::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if let Some(stem) = name.strip_suffix(CLOSED_SUFFIX) {
            by_stem.insert(stem.to_owned(), entry.path());
        } else if let Some(stem) = name.strip_suffix(OPEN_SUFFIX) {
            by_stem
                .entry(stem.to_owned())
                .or_insert_with(|| entry.path());
        }
    }
    Ok(by_stem.into_values().collect())
}

fn open_segment(path: &Path) -> io::Result<Box<dyn BufRead>> {
    let gz = |p: &Path| -> io::Result<Box<dyn BufRead>> {
        Ok(Box::new(BufReader::new(MultiGzDecoder::new(
            BufReader::new(File::open(p)?),
        ))))
    };
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if name.ends_with(CLOSED_SUFFIX) {
        return gz(path);
    }
    match File::open(path) {
        Ok(f) => Ok(Box::new(BufReader::new(f))),
        // Compressed since it was listed.
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            gz(&path.with_file_name(format!("{name}.gz")))
        }
        Err(e) => Err(e),
    }
}
