//! The committed model (`classifier/model/`) loads under the Rust runtime and puts a few
//! unambiguous prompts where a router needs them: narrow tasks in their category with a low
//! escalation score, open-ended ones high.
//!
//! Needs the ONNX Runtime library: run `scripts/fetch-ort.sh` first.

mod common;

use std::path::Path;

use triage_classifier::{Category, OnnxConfig, ScoreInput, Scorer};

struct Probe {
    system: &'static str,
    user: &'static str,
    category: Category,
    /// escalation must lie in this range
    escalation: (f32, f32),
}

const PROBES: &[Probe] = &[
    Probe {
        system: "",
        user: "Extract all email addresses and phone numbers from the text below and return them \
               as JSON.\n\nContact Maria Lopez at maria.lopez@example.com or +1 415 555 0134; \
               billing questions go to billing@example.org.",
        category: Category::Extraction,
        escalation: (0.0, 0.4),
    },
    Probe {
        system: "",
        user: "Translate the following sentence into German: The meeting has been moved to \
               Thursday afternoon.",
        category: Category::Translation,
        escalation: (0.0, 0.4),
    },
    Probe {
        system: "You are a helpful assistant.",
        user: "Write an original short story about a lighthouse keeper who discovers that the \
               sea is slowly forgetting its own name. Make it melancholic but hopeful.",
        category: Category::CreativeWriting,
        escalation: (0.6, 1.0),
    },
    Probe {
        system: "",
        user: "Write a Python function that parses an ISO 8601 duration string such as \
               PT1H30M into a number of seconds, with unit tests.",
        category: Category::Coding,
        escalation: (0.0, 1.0),
    },
];

#[tokio::test]
async fn the_committed_model_routes_clear_prompts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("model");
    let scorer = common::load(OnnxConfig::new(&dir));
    assert!(
        scorer.model_version().starts_with("triage-"),
        "{}",
        scorer.model_version()
    );
    for probe in PROBES {
        let scores = common::score(&scorer, probe.system, probe.user).await;
        let (low, high) = probe.escalation;
        println!(
            "{:?} p={:.3} escalation={:.3}: {:.60}",
            scores.category(),
            scores.probability(scores.category()),
            scores.escalation,
            probe.user
        );
        assert_eq!(
            scores.category(),
            probe.category,
            "{}: {scores:?}",
            probe.user
        );
        assert!(
            (low..=high).contains(&scores.escalation),
            "{}: escalation {} not in {low}..={high}",
            probe.user,
            scores.escalation
        );
    }
}

/// A long pasted document does not drown the instruction at its head (head/tail truncation).
#[tokio::test]
async fn an_instruction_before_a_long_document_still_counts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("model");
    let scorer = common::load(OnnxConfig::new(&dir));
    let document =
        "The quarterly report covers revenue, staffing and the new warehouse. ".repeat(400);
    let user = format!(
        "Summarize the following report in three bullet points.\n\n{document}\n\nKeep it short."
    );
    let scores = scorer
        .score(ScoreInput {
            system: "",
            user: &user,
        })
        .await
        .unwrap();
    println!(
        "{:?} escalation={:.3}",
        scores.category(),
        scores.escalation
    );
    assert_eq!(scores.category(), Category::Summarization, "{scores:?}");
}

#[derive(serde::Deserialize)]
struct Golden {
    system: String,
    prompt: String,
    category: String,
    category_probs: Vec<f32>,
    escalation: f32,
}

/// Rust and the Python trainer agree on the committed model: `model/golden.jsonl` holds
/// prompts (one long enough to be truncated) with the outputs the trainer computed; the Rust
/// path (text joining, tokenization, head+tail truncation, ONNX Runtime) must reproduce them.
/// The tolerance covers int8 dynamic quantization, whose activation scales depend on the batch.
#[tokio::test]
async fn rust_scores_match_the_trainers_golden_outputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("model");
    let scorer = common::load(OnnxConfig::new(&dir));
    let text = std::fs::read_to_string(dir.join("golden.jsonl")).unwrap();
    let cases: Vec<Golden> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(cases.len() >= 5);
    for case in &cases {
        let scores = common::score(&scorer, &case.system, &case.prompt).await;
        assert_eq!(
            scores.category().as_str(),
            case.category,
            "{:.60}",
            case.prompt
        );
        for (i, (got, want)) in scores
            .probabilities
            .iter()
            .zip(&case.category_probs)
            .enumerate()
        {
            assert!(
                (got - want).abs() < 5e-3,
                "{:.60}: category {i}: {got} vs {want}",
                case.prompt
            );
        }
        assert!(
            (scores.escalation - case.escalation).abs() < 5e-3,
            "{:.60}: escalation {} vs {}",
            case.prompt,
            scores.escalation,
            case.escalation
        );
    }
}
