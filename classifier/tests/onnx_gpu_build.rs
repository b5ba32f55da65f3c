//! The CUDA build of ONNX Runtime (`scripts/fetch-ort.sh --gpu`, the `onnxruntime-gpu` wheel's
//! library with its CUDA and TensorRT providers). Asked for `cuda` or `tensorrt` where the GPU
//! cannot be used (no GPU, no driver, no CUDA libraries): a warning that says why, and a CPU
//! session that scores exactly like the CPU build. On a machine with an NVIDIA driver the test
//! prints which provider the session got (CUDA also needs CUDA 13 and cuDNN 9 on the loader path)
//! and requires its scores to agree with the CPU reference, within 1e-3 on a GPU.
//!
//! Its own test binary: a process can load only one ONNX Runtime library.
//! Needs `.ort-gpu/`: run `scripts/fetch-ort.sh --gpu` (`make test` does).

#![cfg(target_arch = "x86_64")] // PyPI has the CUDA build for x86_64 Linux only

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use triage_classifier::{ExecutionProvider, OnnxConfig, Scorer};

use common::*;

/// Everything the library logs, for the warning checks.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn gpu_library() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.ort-gpu/libonnxruntime.so.1.31.1");
    assert!(
        path.is_file(),
        "{} is missing: run scripts/fetch-ort.sh --gpu",
        path.display()
    );
    path
}

/// A GPU the CUDA provider could use: the NVIDIA driver's device nodes exist.
fn gpu_present() -> bool {
    Path::new("/dev/nvidiactl").exists()
}

#[tokio::test]
async fn the_gpu_build_falls_back_to_the_cpu_when_the_gpu_cannot_be_used() {
    let logs = Captured::default();
    let writer = logs.clone();
    tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();
    let library = gpu_library();

    for requested in [ExecutionProvider::Cuda, ExecutionProvider::TensorRt] {
        let mut config = OnnxConfig::new(tiny_dir());
        config.ort_library = Some(library.clone());
        config.execution_provider = requested;
        let scorer = load(config);
        let provider = scorer.execution_provider();
        let tolerance = if provider == "cpu" { 1e-5 } else { 1e-3 };
        if gpu_present() {
            println!("{requested}: a GPU is present; the session runs on {provider}");
        } else {
            assert_eq!(provider, "cpu", "{requested} without a GPU");
            let text = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
            let warning = text
                .lines()
                .rev()
                .find(|l| l.contains("WARN") && l.contains(&format!("requested={requested}")))
                .unwrap_or_else(|| panic!("no warning for {requested}; logs:\n{text}"));
            assert!(
                warning.contains("running on the CPU") && warning.contains("reason="),
                "{warning}"
            );
            println!("{requested}: {warning}");
        }
        for case in expected().cases {
            let scores = score(&scorer, &case.system, &case.user).await;
            let what = format!("{requested} on {provider}");
            assert_close_within(
                &scores,
                &case.category_probs,
                case.escalation,
                tolerance,
                &what,
            );
        }
    }
}
