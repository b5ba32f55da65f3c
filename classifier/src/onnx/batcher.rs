//! The micro-batcher: a bounded queue in front of dedicated worker threads that own the ONNX
//! sessions.
//!
//! A caller only ever `try_send`s a job (a full queue is an immediate `Overloaded`) and awaits
//! its oneshot; it never blocks. A worker takes the first job, everything queued behind it (up
//! to `max_batch`), and, when prompts are arriving concurrently, waits up to `max_wait` after
//! the first for more (by default only on a GPU: on the CPU a bigger batch saves nothing); it then tokenizes, pads, runs the session once and answers each job
//! through its own oneshot. A lone prompt on an idle queue runs at once, without waiting.
//! Workers must never panic out of their loop: a failing batch answers its callers with errors.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, TrySendError};
use tokio::sync::oneshot;

use super::model::Model;
use super::stats::Counters;
use super::text::Segments;
use crate::{ScoreError, Scores};

pub(crate) type Reply = oneshot::Sender<Result<Scores, ScoreError>>;

/// One prompt to score with the model it was prepared for.
pub(crate) struct Job {
    pub model: Arc<Model>,
    pub segments: Segments,
    pub key: u64,
    pub reply: Reply,
}

pub(crate) struct Batcher {
    queue: Sender<Job>,
}

#[derive(Clone, Copy)]
pub(crate) struct BatchLimits {
    pub max_batch: usize,
    pub max_wait: Duration,
}

impl Batcher {
    /// Starts `workers` threads; worker `i` runs its batches on session `i` of each model.
    pub fn start(
        workers: usize,
        queue_capacity: usize,
        limits: BatchLimits,
        counters: Arc<Counters>,
    ) -> std::io::Result<Batcher> {
        let (queue, jobs) = crossbeam_channel::bounded(queue_capacity);
        for index in 0..workers {
            let jobs = jobs.clone();
            let counters = counters.clone();
            std::thread::Builder::new()
                .name(format!("triage-classifier-{index}"))
                .spawn(move || work(index, &jobs, limits, &counters))?;
        }
        Ok(Batcher { queue })
    }

    /// Queues a job, or gives it back with the reason when the queue is full or closed.
    pub fn submit(&self, job: Job) -> Result<(), ScoreError> {
        match self.queue.try_send(job) {
            Ok(()) => Ok(()),
            Err(TrySendError::Full(_)) => Err(ScoreError::Overloaded),
            Err(TrySendError::Disconnected(_)) => {
                Err(ScoreError::Model("classifier workers stopped".into()))
            }
        }
    }

    pub fn depth(&self) -> usize {
        self.queue.len()
    }
}

/// A worker's loop; returns when the scorer (the queue's sender) is dropped.
fn work(index: usize, jobs: &Receiver<Job>, limits: BatchLimits, counters: &Counters) {
    let mut last_batch = 0;
    while let Ok(first) = jobs.recv() {
        let deadline = Instant::now() + limits.max_wait;
        let mut batch = vec![first];
        batch.extend(jobs.try_iter().take(limits.max_batch - 1));
        let busy = batch.len() > 1 || last_batch > 1;
        if busy {
            while batch.len() < limits.max_batch {
                match jobs.recv_deadline(deadline) {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
        }
        last_batch = batch.len();
        if catch_unwind(AssertUnwindSafe(|| run(index, batch, counters))).is_err() {
            // the batch's oneshots were dropped with it: its callers see an error
            tracing::error!(
                worker = index,
                "classifier worker panicked while scoring a batch"
            );
        }
    }
}

/// Scores one batch. Jobs prepared for different models (a reload happened in between) run as
/// separate session runs, each on its own model.
fn run(index: usize, batch: Vec<Job>, counters: &Counters) {
    let mut jobs = batch
        .into_iter()
        .filter(|job| !job.reply.is_closed()) // callers that gave up
        .peekable();
    while let Some(first) = jobs.next() {
        let model = first.model.clone();
        let mut group = vec![first];
        while let Some(job) = jobs.next_if(|job| Arc::ptr_eq(&job.model, &model)) {
            group.push(job);
        }
        run_group(index, &model, group, counters);
    }
}

fn run_group(index: usize, model: &Model, group: Vec<Job>, counters: &Counters) {
    let mut ids = Vec::with_capacity(group.len());
    let mut ready = Vec::with_capacity(group.len());
    for job in group {
        match model.rules.token_ids(&model.tokenizer, &job.segments) {
            Ok(seq) => {
                ids.push(seq);
                ready.push(job);
            }
            Err(e) => answer(job, Err(ScoreError::Model(e)), counters),
        }
    }
    if ids.is_empty() {
        return;
    }
    Counters::add(&counters.batches_run, 1);
    counters.last_batch_size.store(ids.len() as u64, Relaxed);
    match model.run(index, &ids) {
        Ok(scores) => {
            Counters::add(&counters.items_scored, scores.len());
            for (job, scores) in ready.into_iter().zip(scores) {
                if let Some(cache) = &model.cache {
                    cache.insert(job.key, scores.clone());
                }
                answer(job, Ok(scores), counters);
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, batch = ids.len(), "classifier model run failed");
            for job in ready {
                answer(job, Err(ScoreError::Model(e.clone())), counters);
            }
        }
    }
}

fn answer(job: Job, result: Result<Scores, ScoreError>, counters: &Counters) {
    if result.is_err() {
        Counters::add(&counters.errors, 1);
    }
    let _ = job.reply.send(result); // the caller may have stopped waiting
}
