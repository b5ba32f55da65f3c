//! `ClassifierError`: why the ONNX scorer could not start or reload. Each message names the file
//! or setting at fault and, for a missing runtime library, how to get it.

use std::path::PathBuf;

/// How to get the runtime library; appended to every library error.
const FETCH_HINT: &str = "run scripts/fetch-ort.sh (puts libonnxruntime.so.1.31.1 into .ort/), \
     or set ORT_DYLIB_PATH or the classifier's `ort_library` to a libonnxruntime.so >= 1.31";

#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    #[error("ONNX Runtime library not found (looked for {searched}); {FETCH_HINT}")]
    RuntimeMissing { searched: String },

    #[error("cannot load ONNX Runtime from {}: {message}; {FETCH_HINT}", path.display())]
    Runtime { path: PathBuf, message: String },

    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}: {message}", path.display())]
    Labels { path: PathBuf, message: String },

    #[error("cannot load tokenizer {}: {message}", path.display())]
    Tokenizer { path: PathBuf, message: String },

    #[error("cannot load ONNX model {}: {message}", path.display())]
    Model { path: PathBuf, message: String },

    #[error("invalid classifier config: {0}")]
    Config(String),
}
