//! Where the background writer puts records. A [`Sink`] receives batches on the writer thread
//! only, so a slow or failing one delays nothing but the writer; a database or object-store
//! sink is one more implementation of this trait, with no change to the request path.
//!
//! A sink must never panic on bad input and must report failures as `io::Error`, which the
//! writer counts and logs.

use std::io;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::record::Record;

/// Durable storage for records, driven by one thread.
pub trait Sink: Send {
    /// Stores a batch, in order. May buffer; [`Sink::flush`] makes it durable. On error the
    /// sink must be ready for the next batch (e.g. by starting a new segment).
    fn write(&mut self, records: &[Record]) -> io::Result<()>;

    /// Makes everything written so far durable. Called at least every flush interval while
    /// records arrive, and on shutdown.
    fn flush(&mut self) -> io::Result<()>;

    /// Flushes and releases everything (closes the open segment). Called once, last.
    fn close(&mut self) -> io::Result<()> {
        self.flush()
    }
}

impl<S: Sink + ?Sized> Sink for Box<S> {
    fn write(&mut self, records: &[Record]) -> io::Result<()> {
        (**self).write(records)
    }

    fn flush(&mut self) -> io::Result<()> {
        (**self).flush()
    }

    fn close(&mut self) -> io::Result<()> {
        (**self).close()
    }
}

/// Keeps records in memory; for tests and for embedding the log in another process.
/// Clones share the same records.
#[derive(Debug, Clone, Default)]
pub struct MemorySink {
    records: Arc<Mutex<Vec<Record>>>,
}

impl MemorySink {
    pub fn new() -> Self {
        Self::default()
    }

    /// A copy of every record written so far.
    pub fn records(&self) -> Vec<Record> {
        self.lock().clone()
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Record>> {
        self.records.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for MemorySink {
    fn write(&mut self, records: &[Record]) -> io::Result<()> {
        self.lock().extend_from_slice(records);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
