//! The background writer: exactly-once delivery, periodic flushing, dropping when full
//! without blocking, and surviving sink failures.

mod common;

use std::io;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use common::{escalation, feedback, ts};
use triage_flywheel::{
    FileSinkOptions, LogWriter, LogWriterOptions, MemorySink, Reader, Record, RedactionConfig,
    Sink, StartError,
};

fn opts() -> LogWriterOptions {
    LogWriterOptions {
        redaction: RedactionConfig::none(),
        ..LogWriterOptions::default()
    }
}

fn records(n: usize) -> Vec<Record> {
    (0..n)
        .map(|i| {
            if i % 10 == 9 {
                feedback(&format!("req-{}", i - 1), Some(0.9), Some("good")).into()
            } else {
                let mut r = escalation(&format!("req-{i}"), &format!("Prove lemma number {i}."));
                r.timestamp = ts(i as i64);
                r.into()
            }
        })
        .collect()
}

#[test]
fn every_record_lands_exactly_once_and_reads_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let w = LogWriter::open_dir(
        dir.path(),
        FileSinkOptions::default(),
        LogWriterOptions {
            queue_capacity: 2000,
            max_batch: 64,
            ..opts()
        },
    )
    .unwrap();
    let sent = records(1000);
    for r in &sent {
        assert!(w.try_log(r.clone()));
    }
    let stats = w.shutdown();
    assert_eq!(
        (
            stats.accepted,
            stats.written,
            stats.dropped,
            stats.write_errors
        ),
        (1000, 1000, 0, 0)
    );
    assert_eq!(stats.queue_depth, 0);

    let mut reader = Reader::open(dir.path()).unwrap();
    let got: Vec<Record> = reader.by_ref().collect();
    assert_eq!(reader.skipped(), 0);
    assert_eq!(got.len(), sent.len());
    assert!(got == sent, "records differ after the round trip");
}

#[test]
fn records_are_flushed_within_the_interval_without_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let w = LogWriter::open_dir(
        dir.path(),
        FileSinkOptions::default(),
        LogWriterOptions {
            flush_interval: Duration::from_millis(20),
            ..opts()
        },
    )
    .unwrap();
    w.try_log(escalation("req-1", "hello"));
    let deadline = Instant::now() + Duration::from_secs(5);
    while Reader::open(dir.path()).unwrap().count() < 1 {
        assert!(Instant::now() < deadline, "record not on disk after 5 s");
        std::thread::sleep(Duration::from_millis(10));
    }
    // The counter moves just after the write lands on disk.
    while w.stats().written < 1 {
        assert!(Instant::now() < deadline, "written never counted");
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(w.stats().written, 1);
}

/// Blocks in `write` until the test releases it, telling the test when it got there.
struct BlockingSink {
    entered: Sender<()>,
    release: Arc<Barrier>,
    inner: MemorySink,
}

impl Sink for BlockingSink {
    fn write(&mut self, records: &[Record]) -> io::Result<()> {
        let _ = self.entered.send(());
        self.release.wait();
        self.inner.write(records)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_full_queue_drops_and_counts_without_blocking() {
    let (entered_tx, entered_rx) = channel();
    let release = Arc::new(Barrier::new(2));
    let memory = MemorySink::new();
    let sink = BlockingSink {
        entered: entered_tx,
        release: release.clone(),
        inner: memory.clone(),
    };
    let w = LogWriter::start(
        sink,
        LogWriterOptions {
            queue_capacity: 4,
            max_batch: 1,
            ..opts()
        },
    )
    .unwrap();

    // The writer takes the first record and blocks in the sink.
    assert!(w.try_log(escalation("first", "x")));
    entered_rx.recv_timeout(Duration::from_secs(5)).unwrap();

    let started = Instant::now();
    let accepted = (0..20)
        .filter(|i| w.try_log(escalation(&format!("r{i}"), "x")))
        .count();
    let took = started.elapsed();
    assert_eq!(accepted, 4, "the queue holds exactly its capacity");
    assert!(
        took < Duration::from_millis(500),
        "try_log blocked for {took:?}"
    );
    let stats = w.stats();
    assert_eq!(
        (stats.dropped, stats.queue_depth, stats.queue_capacity),
        (16, 4, 4)
    );

    // Release the sink once per record still to write (1 in hand + 4 queued).
    let releaser = std::thread::spawn(move || {
        for _ in 0..5 {
            release.wait();
        }
    });
    let stats = w.shutdown();
    releaser.join().unwrap();
    assert_eq!(
        (stats.written, stats.dropped, stats.queue_depth),
        (5, 16, 0)
    );
    assert_eq!(memory.records().len(), 5);
    // After shutdown every record is dropped, still without blocking.
    assert!(!w.try_log(escalation("late", "x")));
    assert_eq!(w.stats().dropped, 17);
}

/// Fails every other write, and panics on request ids starting with "panic".
struct FlakySink {
    calls: u32,
    inner: MemorySink,
}

impl Sink for FlakySink {
    fn write(&mut self, records: &[Record]) -> io::Result<()> {
        self.calls += 1;
        if records.iter().any(|r| r.request_id().starts_with("panic")) {
            panic!("sink bug");
        }
        if self.calls.is_multiple_of(2) {
            return Err(io::Error::other("disk full"));
        }
        self.inner.write(records)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn sink_errors_and_panics_are_counted_not_propagated() {
    let memory = MemorySink::new();
    let w = LogWriter::start(
        FlakySink {
            calls: 0,
            inner: memory.clone(),
        },
        opts(),
    )
    .unwrap();
    for id in ["a", "b", "panic-1", "c"] {
        assert!(w.try_log(escalation(id, "x")));
        assert!(w.flush());
    }
    let stats = w.shutdown();
    // Calls: a ok, b error, panic-1 panics, c error (4th call).
    assert_eq!(stats.written, 1);
    assert_eq!(stats.write_errors, 3);
    assert_eq!(stats.failed_records, 3);
    assert_eq!(memory.records().len(), 1);
}

#[test]
fn an_unwritable_directory_is_an_error_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").unwrap();
    let err = LogWriter::open_dir(file.join("log"), FileSinkOptions::default(), opts())
        .err()
        .expect("opening under a file must fail");
    assert!(matches!(err, StartError::Open { .. }), "{err}");
}

#[test]
fn an_invalid_custom_pattern_is_an_error_at_start() {
    let mut o = opts();
    o.redaction.custom.push(triage_flywheel::CustomPattern {
        name: "bad".into(),
        pattern: "(unclosed".into(),
    });
    assert!(matches!(
        LogWriter::start(MemorySink::new(), o),
        Err(StartError::Redaction(_))
    ));
}

#[test]
fn records_are_redacted_before_the_sink_sees_them() {
    let memory = MemorySink::new();
    let w = LogWriter::start(memory.clone(), LogWriterOptions::default()).unwrap();
    let mut r = escalation(
        "req-1",
        "Mail jane.doe@example.com, key sk-proj-abcdefghijklmnopqrstuvwx",
    );
    r.response.message =
        Some(serde_json::json!({"role": "assistant", "content": "Done: jane.doe@example.com"}));
    w.try_log(r);
    w.shutdown();
    let Record::Request(got) = &memory.records()[0] else {
        panic!("not a request")
    };
    assert_eq!(
        got.request["messages"][1]["content"],
        "Mail [REDACTED:email], key [REDACTED:secret]"
    );
    assert_eq!(
        got.response.message.as_ref().unwrap()["content"],
        "Done: [REDACTED:email]"
    );
}

#[test]
fn handles_log_from_many_threads() {
    let memory = MemorySink::new();
    let w = LogWriter::start(
        memory.clone(),
        LogWriterOptions {
            queue_capacity: 10_000,
            ..opts()
        },
    )
    .unwrap();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let h = w.handle();
            std::thread::spawn(move || {
                for i in 0..500 {
                    assert!(h.try_log(escalation(&format!("t{t}-{i}"), "x")));
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let stats = w.shutdown();
    assert_eq!((stats.accepted, stats.written), (2000, 2000));
    let mut ids: Vec<String> = memory
        .records()
        .iter()
        .map(|r| r.request_id().to_owned())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 2000);
}
