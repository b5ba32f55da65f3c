//! The ONNX Runtime side: finding and loading `libonnxruntime.so`, the one process-wide
//! environment, and building a session on the best execution provider available.
//!
//! The library is `dlopen`ed at run time (ort's `load-dynamic`), never downloaded. A missing or
//! too old library is an error returned from here, never a panic; an absent GPU is a warning
//! and a CPU session, never an error.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ort::environment::Environment;
use ort::ep::{self, ExecutionProvider as _};
use ort::session::builder::{GraphOptimizationLevel, SessionBuilder};
use ort::session::Session;

use super::{ClassifierError, ExecutionProvider};

/// The file `scripts/fetch-ort.sh` puts into `.ort/`.
pub const ORT_LIBRARY_FILE: &str = "libonnxruntime.so.1.31.1";

/// ONNX Runtime allows one environment per process; it lives here once built, with the path of
/// the library it came from.
static ENVIRONMENT: Mutex<Option<(Environment, PathBuf)>> = Mutex::new(None);

/// The process-wide environment, loading the library on first use.
///
/// Library lookup order: `explicit` (the config's `ort_library`), `$ORT_DYLIB_PATH`,
/// `.ort/libonnxruntime.so.1.31.1` in the current directory or any parent of it, then
/// `libonnxruntime.so.1.31.1` or `libonnxruntime.so` next to the executable.
pub(crate) fn environment(explicit: Option<&Path>) -> Result<Environment, ClassifierError> {
    let mut slot = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((env, loaded)) = slot.as_ref() {
        match explicit {
            Some(path) if absolute(path) != *loaded => {
                return Err(ClassifierError::Runtime {
                    path: path.to_owned(),
                    message: format!(
                        "this process already runs ONNX Runtime from {}, and a process can load only one",
                        loaded.display()
                    ),
                })
            }
            _ => return Ok(env.clone()),
        }
    }
    let path = find_library(explicit)?;
    let runtime_error = |message: String| ClassifierError::Runtime {
        path: path.clone(),
        message,
    };
    let builder = ort::init_from(&path).map_err(|e| runtime_error(e.to_string()))?;
    let env = builder
        .with_name("triage-classifier")
        .with_telemetry(false)
        .build()
        .map_err(|e| runtime_error(e.to_string()))?;
    *slot = Some((env.clone(), path));
    Ok(env)
}

fn find_library(explicit: Option<&Path>) -> Result<PathBuf, ClassifierError> {
    let named = explicit.map(Path::to_path_buf).or_else(|| {
        std::env::var_os("ORT_DYLIB_PATH")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    if let Some(path) = named {
        let path = absolute(&path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(ClassifierError::RuntimeMissing {
                searched: path.display().to_string(),
            })
        };
    }
    let mut candidates = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            candidates.push(dir.join(".ort").join(ORT_LIBRARY_FILE));
        }
    }
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        candidates.push(exe_dir.join(ORT_LIBRARY_FILE));
        candidates.push(exe_dir.join("libonnxruntime.so"));
    }
    if let Some(found) = candidates.iter().find(|c| c.is_file()) {
        return Ok(found.clone());
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    Err(ClassifierError::RuntimeMissing {
        searched: format!(
            "$ORT_DYLIB_PATH (unset), .ort/{ORT_LIBRARY_FILE} in {} and its parents, and next to the executable",
            cwd.display()
        ),
    })
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// Session options shared by every provider: full graph optimization, `intra_threads` threads
/// that sleep rather than spin when idle (the proxy shares these cores).
fn builder(env: &Environment, intra_threads: usize) -> Result<SessionBuilder, String> {
    Session::builder(env)
        .and_then(|b| Ok(b.with_optimization_level(GraphOptimizationLevel::Level3)?))
        .and_then(|b| Ok(b.with_intra_threads(intra_threads)?))
        .and_then(|b| Ok(b.with_inter_threads(1)?))
        .and_then(|b| Ok(b.with_intra_op_spinning(false)?))
        .map_err(|e| e.to_string())
}

/// Registers the GPU providers for `provider` on `builder` (TensorRT also registers CUDA for the
/// nodes TensorRT does not take).
fn register(provider: ExecutionProvider, builder: &mut SessionBuilder) -> ort::Result<()> {
    match provider {
        ExecutionProvider::TensorRt => {
            ep::TensorRT::default().register(builder)?;
            ep::CUDA::default().register(builder)
        }
        ExecutionProvider::Cuda => ep::CUDA::default().register(builder),
        ExecutionProvider::Auto | ExecutionProvider::Cpu => Ok(()),
    }
}

/// Builds a session for `model` on the first provider that works, in the order the request
/// implies (TensorRT -> CUDA -> CPU), and says which one it got (never `Auto`).
pub(crate) fn session(
    env: &Environment,
    model: &Path,
    requested: ExecutionProvider,
    intra_threads: usize,
) -> Result<(Session, ExecutionProvider), ClassifierError> {
    let model_error = |message: String| ClassifierError::Model {
        path: model.to_owned(),
        message,
    };
    let gpus: &[ExecutionProvider] = match requested {
        ExecutionProvider::TensorRt => &[ExecutionProvider::TensorRt, ExecutionProvider::Cuda],
        ExecutionProvider::Cuda | ExecutionProvider::Auto => &[ExecutionProvider::Cuda],
        ExecutionProvider::Cpu => &[],
    };
    let mut why_not = Vec::new();
    for &gpu in gpus {
        let mut b = builder(env, intra_threads).map_err(model_error)?;
        let attempt = register(gpu, &mut b).and_then(|()| b.commit_from_file(model));
        match attempt {
            Ok(session) => return Ok((session, gpu)),
            Err(e) => why_not.push(format!("{gpu}: {e}")),
        }
    }
    let session = builder(env, intra_threads)
        .map_err(model_error)?
        .commit_from_file(model)
        .map_err(|e| model_error(e.to_string()))?;
    let why_not = why_not.join("; ");
    match requested {
        ExecutionProvider::Cuda | ExecutionProvider::TensorRt => tracing::warn!(
            requested = %requested,
            reason = %why_not,
            "classifier: the configured GPU execution provider is not available; running on the CPU"
        ),
        ExecutionProvider::Auto => tracing::info!(
            reason = %why_not,
            "classifier: no GPU execution provider available; running on the CPU"
        ),
        ExecutionProvider::Cpu => {}
    }
    Ok((session, ExecutionProvider::Cpu))
}
