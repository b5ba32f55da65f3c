//! Scores a prompt for the router: which kind of task it is and how likely a small local model
//! is to fall short on it (the escalation score).
//!
//! This crate knows nothing of HTTP, OpenAI wire types or routing policies: it takes text and
//! returns [`Scores`]. The gateway calls it through the [`Scorer`] trait.
//!
//! Scorers:
//! - [`OnnxScorer`]: the trained model (ONNX, run by ONNX Runtime on dedicated worker threads
//!   with micro-batching, a result cache and hot reload). See `classifier/README.md`.
//! - [`RuleScorer`]: a keyword and length heuristic; deterministic, allocation-light, takes
//!   microseconds. A fallback when no model is configured.

mod category;
mod onnx;
mod rules;

pub use category::{Category, CategoryParseError};
pub use onnx::{
    ClassifierError, ClassifierStats, ExecutionProvider, OnnxConfig, OnnxScorer, ORT_LIBRARY_FILE,
};
pub use rules::RuleScorer;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// What the classifier reads: the system prompt (if any) and the last user message.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScoreInput<'a> {
    pub system: &'a str,
    pub user: &'a str,
}

/// The classifier's verdict on one prompt.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Scores {
    /// Probability of each category, indexed like [`Category::ALL`]; sums to 1.
    pub probabilities: [f32; Category::COUNT],
    /// Probability in [0, 1] that a small local model would not answer well enough.
    pub escalation: f32,
    /// Which model produced these scores (e.g. `rules-v1`, or an ONNX model's version).
    pub model_version: Arc<str>,
}

impl Scores {
    /// The most likely category.
    pub fn category(&self) -> Category {
        let mut best = 0;
        for (i, p) in self.probabilities.iter().enumerate() {
            if *p > self.probabilities[best] {
                best = i;
            }
        }
        Category::ALL[best]
    }

    pub fn probability(&self, category: Category) -> f32 {
        self.probabilities[category as usize]
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ScoreError {
    #[error("classifier queue is full")]
    Overloaded,
    #[error("classifier failed: {0}")]
    Model(String),
}

pub type ScoreFuture<'a> = Pin<Box<dyn Future<Output = Result<Scores, ScoreError>> + Send + 'a>>;

/// Anything that can score a prompt. Implementations must not block the caller's thread for
/// more than a few microseconds: heavy models run on their own workers and are awaited.
pub trait Scorer: Send + Sync {
    fn score<'a>(&'a self, input: ScoreInput<'a>) -> ScoreFuture<'a>;

    /// A short name of the model behind this scorer, for logs and `/readyz`.
    fn model_version(&self) -> Arc<str>;

    /// Where the model runs (`cpu`, `cuda`, ...; `rules` for the rule scorer), for logs,
    /// `/readyz` and metrics.
    fn execution_provider(&self) -> &'static str;
}
