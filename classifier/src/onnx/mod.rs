//! `OnnxScorer`: the trained classifier, an ONNX model run by ONNX Runtime.
//!
//! The request path, in order: [`Scorer::score`] copies the prompt's head and tail windows
//! (`text`), looks the result up in the model's cache, else queues a job for the micro-batcher
//! (`batcher`) and awaits the worker's answer. Workers tokenize, pad, run the session (`model`)
//! and fill the cache. `reload` builds a whole new model beside the serving one and swaps it in
//! atomically. The runtime library and the environment are `runtime`'s business.
//!
//! Nothing here blocks the async caller: scoring is a copy of a few KiB, a hash, a cache lookup
//! and a `try_send`. `load` and `reload` do block (they read and compile the model); call them
//! at startup or from a blocking thread.

mod batcher;
mod config;
mod error;
mod model;
mod runtime;
mod stats;
mod text;

pub use config::{ExecutionProvider, OnnxConfig};
pub use error::ClassifierError;
pub use runtime::ORT_LIBRARY_FILE;
pub use stats::ClassifierStats;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use arc_swap::ArcSwap;
use ort::environment::Environment;
use tokio::sync::oneshot;

use crate::{ScoreError, ScoreFuture, ScoreInput, Scorer};
use batcher::{BatchLimits, Batcher, Job};
use model::Model;
use stats::Counters;

pub struct OnnxScorer {
    model: ArcSwap<Model>,
    batcher: Batcher,
    counters: Arc<Counters>,
    config: OnnxConfig,
    env: Environment,
    /// Serializes reloads, so two of them never build models at once.
    reloading: Mutex<()>,
}

impl OnnxScorer {
    /// Loads the ONNX Runtime library (first time in the process), the model in
    /// `config.model_dir`, and starts the workers. Blocks while it compiles the model.
    pub fn load(config: OnnxConfig) -> Result<OnnxScorer, ClassifierError> {
        config.check()?;
        let env = runtime::environment(config.ort_library.as_deref())?;
        let model = Model::load(&env, &config.model_dir, &config)?;
        tracing::info!(
            model = %model.dir.display(),
            version = %model.version,
            execution_provider = %model.provider,
            "classifier model loaded"
        );
        let counters = Arc::new(Counters::default());
        let limits = BatchLimits {
            max_batch: config.max_batch,
            max_wait: config.max_wait_on(model.provider),
        };
        let batcher = Batcher::start(
            config.workers,
            config.queue_capacity,
            limits,
            counters.clone(),
        )
        .map_err(|e| ClassifierError::Config(format!("cannot start classifier workers: {e}")))?;
        Ok(OnnxScorer {
            model: ArcSwap::from_pointee(model),
            batcher,
            counters,
            config,
            env,
            reloading: Mutex::new(()),
        })
    }

    /// Loads the model in `model_dir` with this scorer's settings and, once it has passed its
    /// trial run, swaps it in: prompts queued before the swap finish on the old model, later
    /// ones use the new one (and its fresh cache). On any error the old model keeps serving and
    /// the error is returned. Blocks while it compiles the model.
    pub fn reload(&self, model_dir: impl AsRef<Path>) -> Result<(), ClassifierError> {
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let model = Model::load(&self.env, model_dir.as_ref(), &self.config)?;
        tracing::info!(
            model = %model.dir.display(),
            version = %model.version,
            execution_provider = %model.provider,
            "classifier model reloaded"
        );
        self.model.store(Arc::new(model));
        Counters::add(&self.counters.reloads, 1);
        Ok(())
    }

    /// The counters, for metrics. Cheap: a few atomic loads.
    pub fn stats(&self) -> ClassifierStats {
        self.counters.snapshot(self.batcher.depth())
    }

    /// The directory of the model now serving.
    pub fn model_dir(&self) -> PathBuf {
        self.model.load().dir.clone()
    }
}

impl Scorer for OnnxScorer {
    fn score<'a>(&'a self, input: ScoreInput<'a>) -> ScoreFuture<'a> {
        let model = self.model.load_full();
        let segments = text::segments(input, &model.rules);
        let key = segments.key(&model.cache_keys);
        if let Some(hit) = model.cache.as_ref().and_then(|c| c.get(&key)) {
            Counters::add(&self.counters.cache_hits, 1);
            return Box::pin(std::future::ready(Ok(hit)));
        }
        let (reply, answer) = oneshot::channel();
        let job = Job {
            model,
            segments,
            key,
            reply,
        };
        if let Err(e) = self.batcher.submit(job) {
            if matches!(e, ScoreError::Overloaded) {
                Counters::add(&self.counters.overloaded, 1);
            }
            return Box::pin(std::future::ready(Err(e)));
        }
        Box::pin(async move {
            answer
                .await
                .unwrap_or_else(|_| Err(ScoreError::Model("classifier worker failed".into())))
        })
    }

    fn model_version(&self) -> Arc<str> {
        self.model.load().version.clone()
    }

    fn execution_provider(&self) -> &'static str {
        self.model.load().provider.as_str()
    }
}

impl std::fmt::Debug for OnnxScorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let model = self.model.load();
        f.debug_struct("OnnxScorer")
            .field("model_dir", &model.dir)
            .field("version", &model.version)
            .field("execution_provider", &model.provider)
            .field("stats", &self.stats())
            .finish()
    }
}
