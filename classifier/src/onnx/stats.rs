//! Counters for metrics: plain atomics bumped by the scorer and its workers, read as one
//! [`ClassifierStats`] snapshot. Counting must never block or allocate.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// A snapshot of the ONNX scorer's counters since it was loaded. Counters only grow (export them
/// as Prometheus counters); `queue_depth` and `last_batch_size` are gauges.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ClassifierStats {
    /// Prompts waiting for a worker right now.
    pub queue_depth: u64,
    /// Session runs (batches) so far.
    pub batches_run: u64,
    /// Prompts scored by the model (cache hits not included).
    pub items_scored: u64,
    /// Size of the most recent batch.
    pub last_batch_size: u64,
    /// Prompts answered from the cache.
    pub cache_hits: u64,
    /// Prompts refused because the queue was full.
    pub overloaded: u64,
    /// Prompts that failed in the tokenizer or the model.
    pub errors: u64,
    /// Successful hot swaps of the model.
    pub reloads: u64,
}

#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub batches_run: AtomicU64,
    pub items_scored: AtomicU64,
    pub last_batch_size: AtomicU64,
    pub cache_hits: AtomicU64,
    pub overloaded: AtomicU64,
    pub errors: AtomicU64,
    pub reloads: AtomicU64,
}

impl Counters {
    pub fn add(counter: &AtomicU64, n: usize) {
        counter.fetch_add(n as u64, Relaxed);
    }

    pub fn snapshot(&self, queue_depth: usize) -> ClassifierStats {
        ClassifierStats {
            queue_depth: queue_depth as u64,
            batches_run: self.batches_run.load(Relaxed),
            items_scored: self.items_scored.load(Relaxed),
            last_batch_size: self.last_batch_size.load(Relaxed),
            cache_hits: self.cache_hits.load(Relaxed),
            overloaded: self.overloaded.load(Relaxed),
            errors: self.errors.load(Relaxed),
            reloads: self.reloads.load(Relaxed),
        }
    }
}
