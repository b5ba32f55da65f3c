//! The file sink: append-only JSON Lines segments in one directory.
//!
//! ```text
//! <dir>/20261125T170000123Z-000001.jsonl      the open segment, appended in whole batches
//! <dir>/20261125T160000045Z-000000.jsonl.gz   closed segments, gzip-compressed
//! ```
//! A segment is closed when it reaches the size limit or the age limit (checked on every write
//! and flush), or when the sink closes. A closed segment is compressed on a background thread
//! into `<name>.jsonl.gz.tmp`, synced, renamed to `<name>.jsonl.gz`, and only then is the
//! `.jsonl` removed; if a crash leaves both, readers take the `.gz`. A crash can leave at worst
//! a torn last line in an open segment, which readers skip. This file must never be used from
//! the request path: every call may do disk I/O.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::record::Record;
use crate::sink::Sink;
use crate::Timestamp;

pub(crate) const OPEN_SUFFIX: &str = ".jsonl";
pub(crate) const CLOSED_SUFFIX: &str = ".jsonl.gz";
const TMP_SUFFIX: &str = ".jsonl.gz.tmp";

/// Segment rotation and durability.
#[derive(Debug, Clone)]
pub struct FileSinkOptions {
    /// Close a segment once it holds this many bytes (uncompressed). Default 64 MiB.
    pub max_segment_bytes: u64,
    /// Close a segment this long after it was opened. Default 1 hour.
    pub max_segment_age: Duration,
    /// `fsync` on every flush, so a machine crash loses at most the unflushed batch (a process
    /// crash loses nothing written either way). Default true.
    pub sync: bool,
    /// gzip level for closed segments, 0-9. Default 6.
    pub compression_level: u32,
}

impl Default for FileSinkOptions {
    fn default() -> Self {
        FileSinkOptions {
            max_segment_bytes: 64 << 20,
            max_segment_age: Duration::from_secs(3600),
            sync: true,
            compression_level: 6,
        }
    }
}

struct OpenSegment {
    path: PathBuf,
    file: File,
    bytes: u64,
    records: u64,
    /// Written since the last sync.
    dirty: bool,
    opened: Instant,
}

/// Writes records to rotating, compressed JSONL segments under one directory.
pub struct FileSink {
    dir: PathBuf,
    opts: FileSinkOptions,
    seq: u64,
    current: Option<OpenSegment>,
    compress_tx: Option<Sender<PathBuf>>,
    compressor: Option<JoinHandle<()>>,
    buf: Vec<u8>,
}

impl FileSink {
    /// Creates the directory if needed and opens the first segment, so that a directory that
    /// cannot be written is an error here rather than on the first record.
    pub fn open(dir: impl Into<PathBuf>, opts: FileSinkOptions) -> io::Result<Self> {
        let dir = dir.into();
        fs::create_dir_all(&dir)?;
        remove_compressed_leftovers(&dir);
        let (tx, rx) = channel::<PathBuf>();
        let level = Compression::new(opts.compression_level.min(9));
        let compressor = std::thread::Builder::new()
            .name("flywheel-gzip".into())
            .spawn(move || {
                for path in rx {
                    if let Err(e) = compress_segment(&path, level) {
                        tracing::warn!(segment = %path.display(), error = %e, "flywheel: could not compress segment; it stays readable uncompressed");
                    }
                }
            })?;
        let mut sink = FileSink {
            dir,
            opts,
            seq: 0,
            current: None,
            compress_tx: Some(tx),
            compressor: Some(compressor),
            buf: Vec::new(),
        };
        sink.open_segment()?;
        Ok(sink)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The segment being appended to, if one is open.
    pub fn current_segment(&self) -> Option<&Path> {
        self.current.as_ref().map(|s| s.path.as_path())
    }

    fn open_segment(&mut self) -> io::Result<&mut OpenSegment> {
        let stamp = Timestamp::now().compact();
        let (path, file) = loop {
            let path = self
                .dir
                .join(format!("{stamp}-{:06}{OPEN_SUFFIX}", self.seq));
            self.seq += 1;
            match OpenOptions::new().append(true).create_new(true).open(&path) {
                Ok(f) => break (path, f),
                // Another writer (or an earlier run) took this name: take the next number.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        };
        Ok(self.current.insert(OpenSegment {
            path,
            file,
            bytes: 0,
            records: 0,
            dirty: false,
            opened: Instant::now(),
        }))
    }

    /// Closes the open segment: empty ones are removed, others handed to the compressor.
    fn rotate(&mut self) -> io::Result<()> {
        let Some(seg) = self.current.take() else {
            return Ok(());
        };
        let synced = if self.opts.sync {
            seg.file.sync_data()
        } else {
            Ok(())
        };
        drop(seg.file);
        if seg.records == 0 {
            let _ = fs::remove_file(&seg.path);
        } else if let Some(tx) = &self.compress_tx {
            let _ = tx.send(seg.path);
        }
        synced
    }

    fn rotate_if_due(&mut self) -> io::Result<()> {
        let due = self.current.as_ref().is_some_and(|s| {
            s.records > 0
                && (s.bytes >= self.opts.max_segment_bytes
                    || s.opened.elapsed() >= self.opts.max_segment_age)
        });
        if due {
            self.rotate()?;
        }
        Ok(())
    }
}

impl Sink for FileSink {
    fn write(&mut self, records: &[Record]) -> io::Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        for r in records {
            serde_json::to_writer(&mut buf, r)?;
            buf.push(b'\n');
        }
        let seg = match self.current {
            Some(ref mut s) => s,
            None => self.open_segment()?,
        };
        let result = seg.file.write_all(&buf);
        if let Err(e) = result {
            // Take back a partial write so the segment ends on a whole line, then start a new
            // segment: nothing is ever appended after a torn line.
            let _ = seg.file.set_len(seg.bytes);
            let _ = self.rotate();
            self.buf = buf;
            return Err(e);
        }
        seg.bytes += buf.len() as u64;
        seg.records += records.len() as u64;
        seg.dirty = true;
        self.buf = buf;
        self.rotate_if_due()
    }

    fn flush(&mut self) -> io::Result<()> {
        if let Some(seg) = &mut self.current {
            if self.opts.sync && seg.dirty {
                seg.file.sync_data()?;
            }
            seg.dirty = false;
        }
        self.rotate_if_due()
    }

    fn close(&mut self) -> io::Result<()> {
        let result = self.rotate();
        self.compress_tx = None;
        if let Some(h) = self.compressor.take() {
            let _ = h.join();
        }
        result
    }
}

impl Drop for FileSink {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// `name.jsonl` -> `name.jsonl.gz` via a synced temporary file and a rename; then removes
/// `name.jsonl`. On failure the `.jsonl` is left as it was.
pub(crate) fn compress_segment(path: &Path, level: Compression) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(OPEN_SUFFIX))
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a .jsonl segment"))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!("{name}{TMP_SUFFIX}"));
    let done = dir.join(format!("{name}{CLOSED_SUFFIX}"));
    let result = (|| {
        let mut src = BufReader::new(File::open(path)?);
        let mut gz = GzEncoder::new(BufWriter::new(File::create(&tmp)?), level);
        io::copy(&mut src, &mut gz)?;
        let file = gz.finish()?.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&tmp, &done)?;
        sync_dir(dir);
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(done),
    }
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// A crash between the rename and the removal leaves `x.jsonl` next to `x.jsonl.gz`; the
/// `.gz` is complete, so the `.jsonl` goes.
fn remove_compressed_leftovers(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(OPEN_SUFFIX)) else {
            continue;
        };
        if dir.join(format!("{stem}{CLOSED_SUFFIX}")).exists() {
            let _ = fs::remove_file(e.path());
        }
    }
}
