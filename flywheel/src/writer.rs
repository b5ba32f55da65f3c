//! The background writer: the only part of the flywheel the request path touches.
//!
//! [`LogWriter::try_log`] puts a record on a bounded channel and returns at once; when the
//! channel is full the record is dropped and counted. One std thread (no async runtime needed)
//! takes records off the channel, redacts them, and hands them to a [`Sink`] in batches, writing
//! when a batch is full and flushing at least every `flush_interval`. Sink errors and panics are
//! counted and logged, never propagated: `try_log` must never block, fail or panic.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::file_sink::{FileSink, FileSinkOptions};
use crate::record::Record;
use crate::redact::{RedactionConfig, RedactionError, Redactor};
use crate::sink::Sink;

/// Queueing, batching and redaction of the writer.
#[derive(Debug, Clone)]
pub struct LogWriterOptions {
    /// Records that may wait for the writer; more are dropped. Bounds memory at this many
    /// records. Default 1024.
    pub queue_capacity: usize,
    /// Records handed to the sink in one call, at most. Default 256.
    pub max_batch: usize,
    /// Longest a record waits before it is written and flushed. Default 200 ms.
    pub flush_interval: Duration,
    /// Applied to every record before the sink sees it. Default: all built-in kinds.
    pub redaction: RedactionConfig,
}

impl Default for LogWriterOptions {
    fn default() -> Self {
        LogWriterOptions {
            queue_capacity: 1024,
            max_batch: 256,
            flush_interval: Duration::from_millis(200),
            redaction: RedactionConfig::default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot open the flywheel log directory {}: {source}", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Redaction(#[from] RedactionError),
    #[error("cannot start the flywheel writer thread: {0}")]
    Spawn(#[source] std::io::Error),
}

/// The writer's counters at one instant.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WriterStats {
    /// Records accepted by `try_log`.
    pub accepted: u64,
    /// Records the sink stored.
    pub written: u64,
    /// Records refused by `try_log`: queue full, or writer stopped.
    pub dropped: u64,
    /// Failed sink calls (write or flush), panics included.
    pub write_errors: u64,
    /// Records lost in failed writes.
    pub failed_records: u64,
    /// Records waiting in the queue now.
    pub queue_depth: u64,
    pub queue_capacity: u64,
}

#[derive(Debug, Default)]
struct Counters {
    accepted: AtomicU64,
    written: AtomicU64,
    dropped: AtomicU64,
    write_errors: AtomicU64,
    failed_records: AtomicU64,
    depth: AtomicU64,
}

enum Msg {
    Record(Record),
    Flush(SyncSender<()>),
    Shutdown,
}

/// A cheap, cloneable handle for logging from anywhere (any thread, any runtime).
#[derive(Clone)]
pub struct LogHandle {
    tx: SyncSender<Msg>,
    counters: Arc<Counters>,
    capacity: u64,
}

impl LogHandle {
    /// Queues a record for writing; never blocks. Returns false, and counts the record as
    /// dropped, when the queue is full or the writer has stopped.
    pub fn try_log(&self, record: impl Into<Record>) -> bool {
        let c = &self.counters;
        c.depth.fetch_add(1, Relaxed);
        match self.tx.try_send(Msg::Record(record.into())) {
            Ok(()) => {
                c.accepted.fetch_add(1, Relaxed);
                true
            }
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                c.depth.fetch_sub(1, Relaxed);
                c.dropped.fetch_add(1, Relaxed);
                false
            }
        }
    }

    pub fn stats(&self) -> WriterStats {
        let c = &self.counters;
        WriterStats {
            accepted: c.accepted.load(Relaxed),
            written: c.written.load(Relaxed),
            dropped: c.dropped.load(Relaxed),
            write_errors: c.write_errors.load(Relaxed),
            failed_records: c.failed_records.load(Relaxed),
            queue_depth: c.depth.load(Relaxed),
            queue_capacity: self.capacity,
        }
    }
}

/// Owns the writer thread. Share it (e.g. in an `Arc`) or hand out [`LogHandle`]s.
pub struct LogWriter {
    handle: LogHandle,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl LogWriter {
    /// Opens (creating) `dir` with a [`FileSink`] and starts the writer. A directory that
    /// cannot be written is an error here.
    pub fn open_dir(
        dir: impl Into<PathBuf>,
        sink_opts: FileSinkOptions,
        opts: LogWriterOptions,
    ) -> Result<Self, StartError> {
        let path = dir.into();
        let sink =
            FileSink::open(&path, sink_opts).map_err(|source| StartError::Open { path, source })?;
        Self::start(sink, opts)
    }

    /// Starts the writer thread over any sink.
    pub fn start(sink: impl Sink + 'static, opts: LogWriterOptions) -> Result<Self, StartError> {
        let redactor = Redactor::new(&opts.redaction)?;
        let capacity = opts.queue_capacity.max(1);
        let (tx, rx) = sync_channel(capacity);
        let counters = Arc::new(Counters::default());
        let worker = Worker {
            rx,
            sink: Box::new(sink),
            redactor,
            counters: counters.clone(),
            batch: Vec::new(),
            max_batch: opts.max_batch.max(1),
            errors: ErrorLog::default(),
        };
        let interval = opts.flush_interval.max(Duration::from_millis(1));
        let thread = std::thread::Builder::new()
            .name("flywheel-writer".into())
            .spawn(move || worker.run(interval))
            .map_err(StartError::Spawn)?;
        Ok(LogWriter {
            handle: LogHandle {
                tx,
                counters,
                capacity: capacity as u64,
            },
            thread: Mutex::new(Some(thread)),
        })
    }

    /// See [`LogHandle::try_log`].
    pub fn try_log(&self, record: impl Into<Record>) -> bool {
        self.handle.try_log(record)
    }

    pub fn handle(&self) -> LogHandle {
        self.handle.clone()
    }

    pub fn stats(&self) -> WriterStats {
        self.handle.stats()
    }

    /// Blocks until everything queued before this call is written and flushed. For tests,
    /// admin endpoints and exits; never call it on the request path. False if the writer is
    /// gone.
    pub fn flush(&self) -> bool {
        let (ack_tx, ack_rx) = sync_channel(1);
        self.handle.tx.send(Msg::Flush(ack_tx)).is_ok() && ack_rx.recv().is_ok()
    }

    /// Writes and flushes everything queued, closes the sink (the open segment is closed and
    /// compressed) and joins the thread. Later `try_log` calls drop and count. Idempotent.
    /// Waits for the sink: a sink that hangs makes this hang.
    pub fn shutdown(&self) -> WriterStats {
        let thread = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(thread) = thread {
            let _ = self.handle.tx.send(Msg::Shutdown);
            if thread.join().is_err() {
                tracing::error!("flywheel: writer thread panicked");
            }
        }
        self.stats()
    }
}

impl Drop for LogWriter {
    fn drop(&mut self) {
        self.shutdown();
    }
}

struct Worker {
    rx: Receiver<Msg>,
    sink: Box<dyn Sink>,
    redactor: Redactor,
    counters: Arc<Counters>,
    batch: Vec<Record>,
    max_batch: usize,
    errors: ErrorLog,
}

impl Worker {
    fn run(mut self, interval: Duration) {
        let mut next_tick = Instant::now() + interval;
        loop {
            let now = Instant::now();
            if now >= next_tick {
                // Also called while idle, so a sink can close segments that grew old.
                self.write_batch();
                self.flush();
                next_tick = now + interval;
            }
            match self
                .rx
                .recv_timeout(next_tick.saturating_duration_since(now))
            {
                Ok(Msg::Record(r)) => {
                    self.take(r);
                    if self.batch.len() >= self.max_batch {
                        self.write_batch();
                    }
                }
                Ok(Msg::Flush(ack)) => {
                    self.write_batch();
                    self.flush();
                    let _ = ack.send(());
                }
                Err(RecvTimeoutError::Timeout) => {}
                Ok(Msg::Shutdown) | Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        // Everything queued before the shutdown request.
        let mut acks = Vec::new();
        while let Ok(msg) = self.rx.try_recv() {
            match msg {
                Msg::Record(r) => {
                    self.take(r);
                    if self.batch.len() >= self.max_batch {
                        self.write_batch();
                    }
                }
                Msg::Flush(ack) => acks.push(ack),
                Msg::Shutdown => {}
            }
        }
        self.write_batch();
        self.guarded("close", |s| s.close());
        for ack in acks {
            let _ = ack.send(());
        }
    }

    fn take(&mut self, mut r: Record) {
        self.counters.depth.fetch_sub(1, Relaxed);
        self.redactor.redact_record(&mut r);
        self.batch.push(r);
    }

    fn write_batch(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        let n = batch.len() as u64;
        if self.guarded("write", |s| s.write(&batch)) {
            self.counters.written.fetch_add(n, Relaxed);
        } else {
            self.counters.failed_records.fetch_add(n, Relaxed);
        }
        self.batch = batch;
        self.batch.clear();
    }

    fn flush(&mut self) {
        self.guarded("flush", |s| s.flush());
    }

    /// Runs one sink call; an error or a panic is counted and logged. True on success.
    fn guarded(&mut self, op: &str, f: impl FnOnce(&mut dyn Sink) -> std::io::Result<()>) -> bool {
        let sink = &mut *self.sink;
        let error = match catch_unwind(AssertUnwindSafe(|| f(sink))) {
            Ok(Ok(())) => return true,
            Ok(Err(e)) => e.to_string(),
            Err(_) => "the sink panicked".to_owned(),
        };
        self.counters.write_errors.fetch_add(1, Relaxed);
        self.errors.report(op, &error);
        false
    }
}

/// Logs sink errors at most once every ten seconds, with the number left unlogged.
#[derive(Default)]
struct ErrorLog {
    last: Option<Instant>,
    suppressed: u64,
}

impl ErrorLog {
    fn report(&mut self, op: &str, error: &str) {
        if self
            .last
            .is_some_and(|t| t.elapsed() < Duration::from_secs(10))
        {
            self.suppressed += 1;
            return;
        }
        tracing::warn!(
            op,
            error,
            suppressed = self.suppressed,
            "flywheel: sink failed; records lost"
        );
        self.last = Some(Instant::now());
        self.suppressed = 0;
    }
}
