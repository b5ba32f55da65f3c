//! Segment files: rotation by size and age, gzip on close, and reading whatever a crash left.

mod common;

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::escalation;
use flate2::read::MultiGzDecoder;
use triage_flywheel::{
    segments, FileSink, FileSinkOptions, LogWriter, LogWriterOptions, Reader, Record,
    RedactionConfig, Sink,
};

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

fn batch(prefix: &str, n: usize) -> Vec<Record> {
    (0..n)
        .map(|i| escalation(&format!("{prefix}-{i}"), &format!("question {i}")).into())
        .collect()
}

fn ids(records: &[Record]) -> Vec<String> {
    records.iter().map(|r| r.request_id().to_owned()).collect()
}

#[test]
fn size_rotation_closes_segments_into_readable_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let w = LogWriter::open_dir(
        dir.path(),
        FileSinkOptions {
            max_segment_bytes: 8 * 1024,
            ..FileSinkOptions::default()
        },
        LogWriterOptions {
            max_batch: 8,
            queue_capacity: 1000,
            redaction: RedactionConfig::none(),
            ..LogWriterOptions::default()
        },
    )
    .unwrap();
    let sent = batch("r", 300);
    for r in &sent {
        assert!(w.try_log(r.clone()));
    }
    w.shutdown();

    let files = names(dir.path());
    assert!(files.len() > 5, "expected several segments, got {files:?}");
    assert!(files.iter().all(|f| f.ends_with(".jsonl.gz")), "{files:?}");
    // Every closed segment is a complete gzip stream of whole lines.
    for f in &files {
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut MultiGzDecoder::new(fs::File::open(dir.path().join(f)).unwrap()),
            &mut text,
        )
        .unwrap();
        assert!(text.ends_with('\n'));
    }
    let mut reader = Reader::open(dir.path()).unwrap();
    let got: Vec<Record> = reader.by_ref().collect();
    assert_eq!(ids(&got), ids(&sent));
    let stats = reader.stats();
    assert_eq!((stats.skipped, stats.unreadable_segments), (0, 0));
    assert_eq!(stats.segments, files.len() as u64);
}

#[test]
fn age_rotation_closes_old_segments_while_idle() {
    let dir = tempfile::tempdir().unwrap();
    let w = LogWriter::open_dir(
        dir.path(),
        FileSinkOptions {
            max_segment_age: Duration::from_millis(50),
            ..FileSinkOptions::default()
        },
        LogWriterOptions {
            flush_interval: Duration::from_millis(10),
            ..LogWriterOptions::default()
        },
    )
    .unwrap();
    w.try_log(escalation("old", "x"));
    // No more records: the idle flush ticks alone must close and compress the segment.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !names(dir.path()).iter().any(|f| f.ends_with(".jsonl.gz")) {
        assert!(
            std::time::Instant::now() < deadline,
            "never rotated: {:?}",
            names(dir.path())
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    w.try_log(escalation("new", "y"));
    w.shutdown();
    let files = names(dir.path());
    assert_eq!(files.len(), 2, "{files:?}");
    let got: Vec<Record> = Reader::open(dir.path()).unwrap().collect();
    assert_eq!(ids(&got), ["old", "new"]);
}

#[test]
fn an_idle_sink_leaves_no_empty_segments() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = FileSink::open(dir.path(), FileSinkOptions::default()).unwrap();
    assert!(
        sink.current_segment().is_some(),
        "the first segment opens eagerly"
    );
    sink.close().unwrap();
    assert!(names(dir.path()).is_empty());
}

/// Writes records with a sink that is then "killed": its open segment never closes.
fn crashed_segment(dir: &Path, records: &[Record]) -> PathBuf {
    let mut sink = FileSink::open(dir, FileSinkOptions::default()).unwrap();
    sink.write(records).unwrap();
    sink.flush().unwrap();
    let path = sink.current_segment().unwrap().to_owned();
    std::mem::forget(sink);
    path
}

#[test]
fn a_torn_last_line_is_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let sent = batch("a", 5);
    let path = crashed_segment(dir.path(), &sent);
    // The writer died half-way through a sixth line.
    let line = serde_json::to_string(&Record::from(escalation("a-5", "never finished"))).unwrap();
    OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(&line.as_bytes()[..line.len() / 2])
        .unwrap();

    let mut reader = Reader::open(dir.path()).unwrap();
    let got: Vec<Record> = reader.by_ref().collect();
    assert_eq!(ids(&got), ids(&sent));
    assert_eq!((reader.skipped(), reader.stats().torn), (1, 1));
}

#[test]
fn a_truncated_segment_loses_only_its_cut_line() {
    let dir = tempfile::tempdir().unwrap();
    let sent = batch("t", 4);
    let path = crashed_segment(dir.path(), &sent);
    let len = fs::metadata(&path).unwrap().len();
    OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(len - 10)
        .unwrap();

    let mut reader = Reader::open(dir.path()).unwrap();
    let got: Vec<Record> = reader.by_ref().collect();
    assert_eq!(ids(&got), ids(&sent[..3]));
    assert_eq!((reader.skipped(), reader.stats().torn), (1, 1));
}

#[test]
fn corrupt_lines_are_skipped_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = crashed_segment(dir.path(), &batch("c", 2));
    let mut f = OpenOptions::new().append(true).open(&path).unwrap();
    f.write_all(b"{not json}\n\n{\"type\":\"from_the_future\",\"schema\":9}\n")
        .unwrap();
    let more = serde_json::to_string(&Record::from(escalation("c-2", "after"))).unwrap();
    writeln!(f, "{more}").unwrap();

    let mut reader = Reader::open(dir.path()).unwrap();
    let got: Vec<Record> = reader.by_ref().collect();
    assert_eq!(ids(&got), ["c-0", "c-1", "c-2"]);
    assert_eq!((reader.skipped(), reader.stats().torn), (2, 0));
}

#[test]
fn a_restart_after_a_crash_keeps_old_and_new_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = crashed_segment(dir.path(), &batch("before", 3));
    OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"{\"type\":\"req")
        .unwrap();

    let w = LogWriter::open_dir(
        dir.path(),
        FileSinkOptions::default(),
        LogWriterOptions::default(),
    )
    .unwrap();
    for r in batch("after", 2) {
        w.try_log(r);
    }
    w.shutdown();
    let mut reader = Reader::open(dir.path()).unwrap();
    let got: Vec<Record> = reader.by_ref().collect();
    assert_eq!(
        ids(&got),
        ["before-0", "before-1", "before-2", "after-0", "after-1"]
    );
    assert_eq!(reader.stats().torn, 1);
}

#[test]
fn leftovers_of_an_interrupted_compression_never_double_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = FileSink::open(dir.path(), FileSinkOptions::default()).unwrap();
    sink.write(&batch("z", 3)).unwrap();
    let open = sink.current_segment().unwrap().to_owned();
    let saved = fs::read(&open).unwrap();
    sink.close().unwrap();
    // A crash after the rename but before the removal: x.jsonl next to x.jsonl.gz, plus a
    // half-written temporary file from another compression.
    fs::write(&open, &saved).unwrap();
    fs::write(
        dir.path().join("20200101T000000000Z-000000.jsonl.gz.tmp"),
        b"\x1f\x8b garbage",
    )
    .unwrap();

    assert_eq!(segments(dir.path()).unwrap().len(), 1);
    let mut reader = Reader::open(dir.path()).unwrap();
    assert_eq!(
        ids(&reader.by_ref().collect::<Vec<_>>()),
        ["z-0", "z-1", "z-2"]
    );
    assert_eq!(reader.skipped(), 0);
    // A new sink clears the stale .jsonl.
    drop(FileSink::open(dir.path(), FileSinkOptions::default()).unwrap());
    assert!(!open.exists());
}

#[test]
fn a_damaged_gzip_segment_keeps_what_precedes_the_damage() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = FileSink::open(dir.path(), FileSinkOptions::default()).unwrap();
    sink.write(&batch("g", 200)).unwrap();
    sink.close().unwrap();
    let gz = segments(dir.path()).unwrap().remove(0);
    let len = fs::metadata(&gz).unwrap().len();
    OpenOptions::new()
        .write(true)
        .open(&gz)
        .unwrap()
        .set_len(len * 2 / 3)
        .unwrap();

    let mut reader = Reader::open(dir.path()).unwrap();
    let n = reader.by_ref().count();
    assert!(n > 0 && n < 200, "read {n}");
    assert_eq!(reader.stats().unreadable_segments, 1);
}
