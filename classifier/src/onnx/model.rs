//! One loaded model directory: `labels.json` checked against [`Category::ALL`], the tokenizer,
//! one ONNX session per worker, and the result cache of this model.
//!
//! Loading checks the whole contract (files, labels, tokenizer, input and output names, output
//! shapes on a trial batch) so that a model that loads is a model that scores. `run` is called
//! only from worker threads; nothing here may be called on an async caller's thread except
//! reading the cache.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use ort::environment::Environment;
use ort::session::Session;
use ort::value::TensorRef;
use tokenizers::Tokenizer;

use super::text::TextRules;
use super::{runtime, ClassifierError, ExecutionProvider, OnnxConfig};
use crate::{Category, Scores};

pub(crate) const INPUTS: [&str; 2] = ["input_ids", "attention_mask"];
const CATEGORY_OUTPUT: &str = "category_probs";
const ESCALATION_OUTPUT: &str = "escalation";

pub(crate) struct Model {
    pub dir: PathBuf,
    pub version: Arc<str>,
    pub provider: ExecutionProvider,
    pub rules: TextRules,
    pub tokenizer: Tokenizer,
    pub cache: Option<moka::sync::Cache<u64, Scores>>,
    /// Seeds the cache keys (`Segments::key`).
    pub cache_keys: std::collections::hash_map::RandomState,
    pad: i64,
    /// One per worker: `Session::run` needs `&mut`; worker `i` only ever locks `sessions[i]`.
    sessions: Vec<Mutex<Session>>,
}

#[derive(serde::Deserialize)]
struct Labels {
    version: String,
    categories: Vec<String>,
    max_length: usize,
    truncation: String,
    head_tokens: usize,
    tail_tokens: usize,
    #[serde(default)]
    special_tokens: Option<SpecialTokens>,
}

#[derive(serde::Deserialize)]
struct SpecialTokens {
    cls: u32,
    sep: u32,
    pad: u32,
}

impl Model {
    pub fn load(
        env: &Environment,
        dir: &Path,
        config: &OnnxConfig,
    ) -> Result<Model, ClassifierError> {
        let InputSide {
            version,
            tokenizer,
            rules,
            pad,
        } = InputSide::load(dir)?;

        let model_path = dir.join("model.onnx");
        if !model_path.is_file() {
            return Err(missing(&model_path));
        }
        let mut sessions = Vec::with_capacity(config.workers);
        let mut provider = ExecutionProvider::Cpu;
        for _ in 0..config.workers {
            let (session, got) = runtime::session(
                env,
                &model_path,
                config.execution_provider,
                config.intra_threads,
            )?;
            check_io(&session).map_err(|message| ClassifierError::Model {
                path: model_path.clone(),
                message,
            })?;
            provider = got;
            sessions.push(Mutex::new(session));
        }

        let model = Model {
            dir: dir.to_owned(),
            version: Arc::from(version),
            provider,
            rules,
            tokenizer,
            cache: (config.cache_capacity > 0)
                .then(|| moka::sync::Cache::new(config.cache_capacity)),
            cache_keys: Default::default(),
            pad,
            sessions,
        };
        // a trial batch of two different lengths: catches wrong output shapes before serving
        let (cls, sep) = (i64::from(model.rules.cls), i64::from(model.rules.sep));
        let trial = [vec![cls, sep], vec![cls, cls, sep]];
        for worker in 0..model.sessions.len() {
            model
                .run(worker, &trial)
                .map_err(|message| ClassifierError::Model {
                    path: model_path.clone(),
                    message: format!("trial run failed: {message}"),
                })?;
        }
        Ok(model)
    }

    /// Scores a batch of token id sequences on worker `worker`'s session; pads to the longest.
    pub fn run(&self, worker: usize, batch: &[Vec<i64>]) -> Result<Vec<Scores>, String> {
        let n = batch.len();
        let len = batch.iter().map(Vec::len).max().unwrap_or(0);
        let mut ids = vec![self.pad; n * len];
        let mut mask = vec![0i64; n * len];
        for (row, seq) in batch.iter().enumerate() {
            ids[row * len..row * len + seq.len()].copy_from_slice(seq);
            mask[row * len..row * len + seq.len()].fill(1);
        }
        let mut session = self.sessions[worker]
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let ids = TensorRef::from_array_view(([n, len], &ids[..])).map_err(|e| e.to_string())?;
        let mask = TensorRef::from_array_view(([n, len], &mask[..])).map_err(|e| e.to_string())?;
        let outputs = session
            .run(ort::inputs![INPUTS[0] => ids, INPUTS[1] => mask])
            .map_err(|e| e.to_string())?;
        let extract = |name: &str, per_row: usize| -> Result<Vec<f32>, String> {
            let value = outputs
                .get(name)
                .ok_or_else(|| format!("no output `{name}`"))?;
            let (shape, data) = value
                .try_extract_tensor::<f32>()
                .map_err(|e| format!("output `{name}`: {e}"))?;
            if data.len() != n * per_row {
                return Err(format!(
                    "output `{name}` has shape {shape:?}; expected {n} x {per_row} values"
                ));
            }
            if let Some(bad) = data.iter().find(|v| !v.is_finite()) {
                return Err(format!("output `{name}` holds {bad}"));
            }
            Ok(data.to_vec())
        };
        let probs = extract(CATEGORY_OUTPUT, Category::COUNT)?;
        let escalation = extract(ESCALATION_OUTPUT, 1)?;
        Ok(probs
            .chunks_exact(Category::COUNT)
            .zip(escalation)
            .map(|(p, e)| Scores {
                probabilities: p.try_into().expect("chunk of COUNT"),
                escalation: e.clamp(0.0, 1.0),
                model_version: self.version.clone(),
            })
            .collect())
    }
}

fn missing(path: &Path) -> ClassifierError {
    ClassifierError::Io {
        path: path.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
    }
}

/// What a model directory says about its input: labels.json and tokenizer.json, checked.
pub(super) struct InputSide {
    pub version: String,
    pub tokenizer: Tokenizer,
    pub rules: TextRules,
    pub pad: i64,
}

impl InputSide {
    pub(super) fn load(dir: &Path) -> Result<InputSide, ClassifierError> {
        let labels = read_labels(&dir.join("labels.json"))?;

        let tokenizer_path = dir.join("tokenizer.json");
        let tokenizer_error = |message: String| ClassifierError::Tokenizer {
            path: tokenizer_path.clone(),
            message,
        };
        if !tokenizer_path.is_file() {
            return Err(missing(&tokenizer_path));
        }
        let mut tokenizer =
            Tokenizer::from_file(&tokenizer_path).map_err(|e| tokenizer_error(e.to_string()))?;
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(None)
            .map_err(|e| tokenizer_error(e.to_string()))?;
        TextRules::check_separable(&tokenizer).map_err(tokenizer_error)?;
        let special = match labels.special_tokens {
            Some(s) => s,
            None => {
                let id = |token: &str| {
                    tokenizer.token_to_id(token).ok_or_else(|| {
                        tokenizer_error(format!("the vocabulary has no `{token}` token"))
                    })
                };
                SpecialTokens {
                    cls: id("[CLS]")?,
                    sep: id("[SEP]")?,
                    pad: id("[PAD]")?,
                }
            }
        };
        Ok(InputSide {
            version: labels.version,
            tokenizer,
            rules: TextRules {
                head_tokens: labels.head_tokens,
                tail_tokens: labels.tail_tokens,
                max_length: labels.max_length,
                cls: special.cls,
                sep: special.sep,
            },
            pad: i64::from(special.pad),
        })
    }
}

fn read_labels(path: &Path) -> Result<Labels, ClassifierError> {
    let text = std::fs::read_to_string(path).map_err(|source| ClassifierError::Io {
        path: path.to_owned(),
        source,
    })?;
    let error = |message: String| ClassifierError::Labels {
        path: path.to_owned(),
        message,
    };
    let labels: Labels = serde_json::from_str(&text).map_err(|e| error(e.to_string()))?;
    let expected: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    if labels.categories != expected {
        return Err(error(format!(
            "`categories` is {:?}; this build of Triage needs exactly {:?} in that order",
            labels.categories, expected
        )));
    }
    if labels.truncation != "head_tail" {
        return Err(error(format!(
            "`truncation` is {:?}; only \"head_tail\" is supported",
            labels.truncation
        )));
    }
    if labels.head_tokens + labels.tail_tokens + 2 > labels.max_length {
        return Err(error(format!(
            "`head_tokens` + `tail_tokens` + 2 ({}) exceeds `max_length` ({})",
            labels.head_tokens + labels.tail_tokens + 2,
            labels.max_length
        )));
    }
    if labels.version.trim().is_empty() {
        return Err(error("`version` is empty".into()));
    }
    Ok(labels)
}

/// The session takes exactly the contract's inputs and has both outputs.
fn check_io(session: &Session) -> Result<(), String> {
    let inputs: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
    let outputs: Vec<&str> = session.outputs().iter().map(|o| o.name()).collect();
    let mut sorted = inputs.clone();
    sorted.sort_unstable();
    if sorted != ["attention_mask", "input_ids"] {
        return Err(format!(
            "inputs are {inputs:?}; the contract is {INPUTS:?} (int64 [batch, seq])"
        ));
    }
    for name in [CATEGORY_OUTPUT, ESCALATION_OUTPUT] {
        if !outputs.contains(&name) {
            return Err(format!("outputs are {outputs:?}; `{name}` is missing"));
        }
    }
    Ok(())
}
