//! `OnnxConfig`: how the ONNX scorer is set up, as the gateway's settings file writes it.
//!
//! Plain data with serde defaults; validation that needs no I/O lives in [`OnnxConfig::check`].
//! It must never read files or touch ONNX Runtime.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Deserializer};

use super::ClassifierError;

/// Where the model runs. `auto` tries CUDA and quietly uses the CPU when there is no GPU; `cuda`
/// and `tensorrt` also fall back to the CPU, with a warning. TensorRT falls back to CUDA first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExecutionProvider {
    #[default]
    Auto,
    Cpu,
    Cuda,
    #[serde(rename = "tensorrt")]
    TensorRt,
}

impl ExecutionProvider {
    pub const fn as_str(self) -> &'static str {
        match self {
            ExecutionProvider::Auto => "auto",
            ExecutionProvider::Cpu => "cpu",
            ExecutionProvider::Cuda => "cuda",
            ExecutionProvider::TensorRt => "tensorrt",
        }
    }
}

impl fmt::Display for ExecutionProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Settings of [`OnnxScorer`](super::OnnxScorer). Only `model_dir` is required.
///
/// ```yaml
/// model_dir: classifier/model
/// execution_provider: auto   # auto | cpu | cuda | tensorrt
/// intra_threads: 1           # ONNX Runtime threads per session run
/// workers: 1                 # worker threads, each with its own session
/// max_batch: 32              # most prompts per session run
/// max_wait: 1ms              # longest a batch waits for more prompts under load (us, ms, s);
///                            # default 1ms on a GPU, 0 on the CPU
/// queue_capacity: 1024       # prompts waiting beyond this are refused (Overloaded)
/// cache_capacity: 10000      # cached results; 0 turns the cache off
/// ort_library: null          # path of libonnxruntime.so; default: see classifier/README.md
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnnxConfig {
    /// Directory holding `model.onnx`, `tokenizer.json` and `labels.json`.
    pub model_dir: PathBuf,
    #[serde(default)]
    pub execution_provider: ExecutionProvider,
    #[serde(default = "defaults::intra_threads")]
    pub intra_threads: usize,
    #[serde(default = "defaults::workers")]
    pub workers: usize,
    #[serde(default = "defaults::max_batch")]
    pub max_batch: usize,
    /// How long a worker holding a batch waits for more prompts while they arrive
    /// concurrently. `None`: 1 ms on a GPU, 0 on the CPU, where a bigger batch saves nothing per
    /// prompt (classifier/README.md has the measurements).
    #[serde(default, deserialize_with = "duration")]
    pub max_wait: Option<Duration>,
    #[serde(default = "defaults::queue_capacity")]
    pub queue_capacity: usize,
    #[serde(default = "defaults::cache_capacity")]
    pub cache_capacity: u64,
    #[serde(default)]
    pub ort_library: Option<PathBuf>,
}

mod defaults {
    pub fn intra_threads() -> usize {
        1
    }
    pub fn workers() -> usize {
        1
    }
    pub fn max_batch() -> usize {
        32
    }
    pub fn queue_capacity() -> usize {
        1024
    }
    pub fn cache_capacity() -> u64 {
        10_000
    }
}

impl OnnxConfig {
    /// The defaults for a model directory.
    pub fn new(model_dir: impl Into<PathBuf>) -> Self {
        OnnxConfig {
            model_dir: model_dir.into(),
            execution_provider: ExecutionProvider::default(),
            intra_threads: defaults::intra_threads(),
            workers: defaults::workers(),
            max_batch: defaults::max_batch(),
            max_wait: None,
            queue_capacity: defaults::queue_capacity(),
            cache_capacity: defaults::cache_capacity(),
            ort_library: None,
        }
    }

    /// The `max_wait` in effect for a model running on `provider`.
    pub(crate) fn max_wait_on(&self, provider: ExecutionProvider) -> Duration {
        self.max_wait.unwrap_or(match provider {
            ExecutionProvider::Cpu => Duration::ZERO,
            _ => Duration::from_millis(1),
        })
    }

    pub(crate) fn check(&self) -> Result<(), ClassifierError> {
        for (name, value) in [
            ("intra_threads", self.intra_threads),
            ("workers", self.workers),
            ("max_batch", self.max_batch),
            ("queue_capacity", self.queue_capacity),
        ] {
            if value == 0 {
                return Err(ClassifierError::Config(format!(
                    "`{name}` must be at least 1"
                )));
            }
        }
        Ok(())
    }
}

/// Reads a duration written with a unit: `250us`, `1ms`, `2s` (or a bare `0`, or null).
fn duration<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Duration>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Number(u64),
        Text(String),
    }
    match Option::<Raw>::deserialize(d)? {
        None => Ok(None),
        Some(Raw::Number(0)) => Ok(Some(Duration::ZERO)),
        Some(Raw::Number(n)) => Err(serde::de::Error::custom(format!(
            "`{n}` has no unit; write it like `{n}ms` or `{n}us`"
        ))),
        Some(Raw::Text(s)) => parse_duration(&s)
            .map(Some)
            .map_err(serde::de::Error::custom),
    }
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("invalid duration `{s}`; write it like `1ms` or `250us`"))?;
    match unit.trim() {
        "us" | "µs" => Ok(Duration::from_micros(n)),
        "ms" => Ok(Duration::from_millis(n)),
        "s" => Ok(Duration::from_secs(n)),
        "" if n == 0 => Ok(Duration::ZERO),
        _ => Err(format!(
            "invalid duration `{s}`; write it like `1ms` or `250us`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_units() {
        let c: OnnxConfig = serde_json::from_str(r#"{"model_dir": "m"}"#).unwrap();
        assert_eq!(c, OnnxConfig::new("m"));
        let c: OnnxConfig = serde_json::from_str(
            r#"{"model_dir": "m", "execution_provider": "tensorrt", "max_wait": "250us"}"#,
        )
        .unwrap();
        assert_eq!(c.execution_provider, ExecutionProvider::TensorRt);
        assert_eq!(c.max_wait, Some(Duration::from_micros(250)));
        assert_eq!(
            c.max_wait_on(ExecutionProvider::Cpu),
            Duration::from_micros(250)
        );
        let c = OnnxConfig::new("m");
        assert_eq!(c.max_wait_on(ExecutionProvider::Cpu), Duration::ZERO);
        assert_eq!(
            c.max_wait_on(ExecutionProvider::Cuda),
            Duration::from_millis(1)
        );
        assert_eq!(parse_duration("0"), Ok(Duration::ZERO));
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert!(parse_duration("1h").is_err());
        let err =
            serde_json::from_str::<OnnxConfig>(r#"{"model_dir": "m", "max_wait": 5}"#).unwrap_err();
        assert!(err.to_string().contains("5ms"), "{err}");
        let err =
            serde_json::from_str::<OnnxConfig>(r#"{"model_dir": "m", "max_batc": 5}"#).unwrap_err();
        assert!(err.to_string().contains("max_batc"), "{err}");
    }
}
