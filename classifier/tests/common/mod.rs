//! Shared by the ONNX scorer tests: the tiny fixture model, its expected outputs, a loader that
//! fails loudly when the ONNX Runtime library is missing, and scratch copies of model dirs.

#![allow(dead_code)] // each test binary uses a different part

use std::path::{Path, PathBuf};

use triage_classifier::{OnnxConfig, OnnxScorer, ScoreInput, Scorer, Scores};

pub fn tiny_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny")
}

/// Loads a scorer; a load error (a missing runtime library above all) fails the test with the
/// error's own message, which says how to get the library.
pub fn load(config: OnnxConfig) -> OnnxScorer {
    OnnxScorer::load(config).unwrap_or_else(|e| panic!("cannot load the ONNX scorer: {e}"))
}

pub fn tiny() -> OnnxScorer {
    load(OnnxConfig::new(tiny_dir()))
}

#[derive(serde::Deserialize)]
pub struct Expected {
    pub head_tokens: usize,
    pub tail_tokens: usize,
    pub cases: Vec<Case>,
}

#[derive(serde::Deserialize)]
pub struct Case {
    pub system: String,
    pub user: String,
    pub ids: Vec<i64>,
    pub category_probs: Vec<f32>,
    pub escalation: f32,
}

/// The inputs and outputs the fixture script computed with numpy and checked with onnxruntime.
pub fn expected() -> Expected {
    let text = std::fs::read_to_string(tiny_dir().join("expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

pub fn assert_close(got: &Scores, probs: &[f32], escalation: f32, what: &str) {
    assert_close_within(got, probs, escalation, 1e-5, what);
}

pub fn assert_close_within(
    got: &Scores,
    probs: &[f32],
    escalation: f32,
    tolerance: f32,
    what: &str,
) {
    for (i, (g, e)) in got.probabilities.iter().zip(probs).enumerate() {
        assert!(
            (g - e).abs() < tolerance,
            "{what}: category {i}: got {g}, expected {e}"
        );
    }
    assert!(
        (got.escalation - escalation).abs() < tolerance,
        "{what}: escalation: got {}, expected {escalation}",
        got.escalation
    );
}

/// Scores one prompt; a scoring error fails the test.
pub async fn score(scorer: &impl Scorer, system: &str, user: &str) -> Scores {
    scorer
        .score(ScoreInput { system, user })
        .await
        .unwrap_or_else(|e| panic!("scoring {user:.40?} failed: {e}"))
}

/// A scratch copy of the tiny model directory, removed when dropped.
pub fn tiny_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in ["model.onnx", "tokenizer.json", "labels.json"] {
        std::fs::copy(tiny_dir().join(file), dir.path().join(file)).unwrap();
    }
    dir
}

/// Rewrites one top-level field of labels.json in `dir`.
pub fn set_label(dir: &Path, field: &str, value: serde_json::Value) {
    let path = dir.join("labels.json");
    let mut labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    labels[field] = value;
    std::fs::write(&path, labels.to_string()).unwrap();
}
