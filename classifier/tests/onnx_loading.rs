//! Loading and hot reload of ONNX models: every broken model directory is refused with an error
//! that names the file at fault, and a failed reload leaves the serving model in place.
//!
//! Needs the ONNX Runtime library: run `scripts/fetch-ort.sh` first.

mod common;

use serde_json::json;
use triage_classifier::{ClassifierError, OnnxConfig, OnnxScorer, ScoreInput, Scorer};

use common::*;

fn load_err(config: OnnxConfig) -> ClassifierError {
    match OnnxScorer::load(config) {
        Ok(_) => panic!("the model loaded"),
        Err(e) => e,
    }
}

#[test]
fn a_corrupt_model_file_is_refused() {
    let dir = tiny_copy();
    std::fs::write(dir.path().join("model.onnx"), b"this is not an onnx model").unwrap();
    let err = load_err(OnnxConfig::new(dir.path()));
    assert!(matches!(err, ClassifierError::Model { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("cannot load ONNX model") && message.contains("model.onnx"),
        "{message}"
    );
}

#[test]
fn missing_files_are_named() {
    for file in ["model.onnx", "tokenizer.json", "labels.json"] {
        let dir = tiny_copy();
        std::fs::remove_file(dir.path().join(file)).unwrap();
        let message = load_err(OnnxConfig::new(dir.path())).to_string();
        assert!(message.contains(file), "{file}: {message}");
    }
}

#[test]
fn labels_that_do_not_match_the_categories_are_refused() {
    let dir = tiny_copy();
    let mut categories: Vec<&str> = triage_classifier::Category::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    categories.swap(0, 1);
    set_label(dir.path(), "categories", json!(categories));
    let message = load_err(OnnxConfig::new(dir.path())).to_string();
    assert!(
        message.contains("labels.json") && message.contains("`categories`"),
        "{message}"
    );

    let dir = tiny_copy();
    set_label(dir.path(), "categories", json!(["extraction", "other"]));
    assert!(load_err(OnnxConfig::new(dir.path()))
        .to_string()
        .contains("needs exactly"));

    let dir = tiny_copy();
    set_label(dir.path(), "truncation", json!("head"));
    assert!(load_err(OnnxConfig::new(dir.path()))
        .to_string()
        .contains("head_tail"));

    let dir = tiny_copy();
    set_label(dir.path(), "max_length", json!(4));
    assert!(load_err(OnnxConfig::new(dir.path()))
        .to_string()
        .contains("max_length"));
}

#[test]
fn a_model_that_breaks_the_io_contract_is_refused() {
    // the tiny model under another input name
    let dir = tiny_copy();
    let path = dir.path().join("model.onnx");
    let bytes = std::fs::read(&path).unwrap();
    let renamed = replace_all(&bytes, b"attention_mask", b"attention_mast");
    std::fs::write(&path, renamed).unwrap();
    let message = load_err(OnnxConfig::new(dir.path())).to_string();
    assert!(message.contains("attention_mast"), "{message}");
}

fn replace_all(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let mut out = haystack.to_vec();
    let mut i = 0;
    while i + from.len() <= out.len() {
        if &out[i..i + from.len()] == from {
            out[i..i + from.len()].copy_from_slice(to);
        }
        i += 1;
    }
    out
}

#[test]
fn bad_settings_are_refused() {
    let err = load_err(OnnxConfig {
        max_batch: 0,
        ..OnnxConfig::new(tiny_dir())
    });
    assert!(err.to_string().contains("max_batch"), "{err}");
}

#[test]
fn a_missing_runtime_library_says_how_to_get_it() {
    let err = load_err(OnnxConfig {
        ort_library: Some("/nonexistent/libonnxruntime.so.1.31.1".into()),
        ..OnnxConfig::new(tiny_dir())
    });
    let message = err.to_string();
    assert!(
        message.contains("/nonexistent/libonnxruntime.so.1.31.1")
            && message.contains("scripts/fetch-ort.sh"),
        "{message}"
    );
}

#[test]
fn a_file_that_is_not_the_runtime_is_refused() {
    // when this test has the process to itself (nextest), the file is dlopen'ed and fails;
    // otherwise the runtime is already loaded and switching libraries is refused
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("libonnxruntime.so");
    std::fs::write(&fake, b"not a shared library").unwrap();
    let err = load_err(OnnxConfig {
        ort_library: Some(fake.clone()),
        ..OnnxConfig::new(tiny_dir())
    });
    assert!(matches!(err, ClassifierError::Runtime { .. }), "{err:?}");
    assert!(err.to_string().contains(&*fake.to_string_lossy()), "{err}");
}

#[tokio::test]
async fn reload_swaps_the_model_and_a_failed_reload_keeps_the_old_one() {
    let scorer = tiny();
    let input = ScoreInput {
        system: "",
        user: "Extract the dates from this email.",
    };
    let before = scorer.score(input).await.unwrap();
    assert_eq!(&*before.model_version, "tiny-test-v1");

    // a corrupt model: refused, the old one keeps serving (from its cache, too)
    let broken = tiny_copy();
    std::fs::write(broken.path().join("model.onnx"), [0u8; 64]).unwrap();
    let err = scorer.reload(broken.path()).unwrap_err();
    assert!(err.to_string().contains("model.onnx"), "{err}");
    assert_eq!(&*scorer.model_version(), "tiny-test-v1");
    assert_eq!(scorer.model_dir(), tiny_dir());
    assert_eq!(scorer.score(input).await.unwrap(), before);

    // mismatched labels: refused too
    let mismatched = tiny_copy();
    set_label(mismatched.path(), "categories", json!(["extraction"]));
    assert!(scorer.reload(mismatched.path()).is_err());
    assert_eq!(&*scorer.model_version(), "tiny-test-v1");

    // a good model with a new version: swapped in, with a fresh cache
    let next = tiny_copy();
    set_label(next.path(), "version", json!("tiny-test-v2"));
    scorer.reload(next.path()).unwrap();
    assert_eq!(&*scorer.model_version(), "tiny-test-v2");
    let after = scorer.score(input).await.unwrap();
    assert_eq!(&*after.model_version, "tiny-test-v2");
    assert_eq!(after.probabilities, before.probabilities);
    assert_eq!(scorer.stats().reloads, 1);
}
