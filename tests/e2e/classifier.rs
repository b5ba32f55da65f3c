//! The request path with the real ONNX classifier, and with a classifier that cannot score.

use std::sync::Arc;

use crate::{chat, policy, FRONTIER_KEY};
use triage_classifier::{OnnxConfig, OnnxScorer, ScoreError, ScoreFuture, ScoreInput, Scorer};
use triage_e2e::{client, metric_sample, Extras, FakeUpstream, TestGateway};

fn bundled_model() -> Arc<OnnxScorer> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../classifier/model");
    Arc::new(
        OnnxScorer::load(OnnxConfig::new(dir))
            .expect("the bundled model loads (run scripts/fetch-ort.sh first)"),
    )
}

#[tokio::test]
async fn the_bundled_model_routes_requests() {
    let local = FakeUpstream::openai_like((10, 2), true);
    let frontier = FakeUpstream::openai_like((10, 2), true);
    let onnx = bundled_model();
    let gw = TestGateway::start_with(
        &policy(&local, &frontier),
        &[FRONTIER_KEY],
        Extras {
            scorer: Some(onnx.clone()),
            ..Default::default()
        },
    );
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);
    let r = c
        .post(&url)
        .json(&chat("auto", "Extract the sender's name and the invoice total from this email: Hi, this is Maria Lopez, invoice #88 totals $1,240."))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-category"], "extraction");
    assert_eq!(r.headers()["x-triage-target"], "local-extract");
    let r = c
        .post(&url)
        .json(&chat("auto", "Write an original short story about a cartographer who maps dreams, in the style of Borges."))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-target"], "frontier-big");
    let score: f32 = r.headers()["x-triage-score"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(score > 0.5, "{score}");
    let ready: serde_json::Value = c
        .get(format!("{}/readyz", gw.admin_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(ready["classifier"]["model"]
        .as_str()
        .unwrap()
        .starts_with("triage-"));
    assert_eq!(ready["classifier"]["execution_provider"], "cpu");
    assert!(onnx.stats().items_scored >= 2);
    gw.stop();
}

/// A classifier whose queue is always full.
struct Overloaded;

impl Scorer for Overloaded {
    fn score<'a>(&'a self, _: ScoreInput<'a>) -> ScoreFuture<'a> {
        Box::pin(std::future::ready(Err(ScoreError::Overloaded)))
    }
    fn model_version(&self) -> Arc<str> {
        "overloaded".into()
    }
    fn execution_provider(&self) -> &'static str {
        "none"
    }
}

#[tokio::test]
async fn a_classifier_that_cannot_score_sends_requests_to_on_classifier_error() {
    let local = FakeUpstream::openai_like((10, 2), true);
    let frontier = FakeUpstream::openai_like((10, 2), true);
    let yaml = policy(&local, &frontier).replace(
        "    default: frontier-big\n  resilient:",
        "    default: frontier-big\n    on_classifier_error: local-summarize\n  resilient:",
    );
    let gw = TestGateway::start_with(
        &yaml,
        &[FRONTIER_KEY],
        Extras {
            scorer: Some(Arc::new(Overloaded)),
            ..Default::default()
        },
    );
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);
    // A rule on request features alone still applies before the first rule that needs scores.
    let mut with_tools = chat("auto", "hi");
    with_tools["tools"] =
        serde_json::json!([{"type": "function", "function": {"name": "f", "parameters": {}}}]);
    let r = c.post(&url).json(&with_tools).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-triage-rule"], "tools-frontier");
    let r = c
        .post(&url)
        .json(&chat("auto", "Extract the total."))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        200,
        "a classifier failure never fails the request"
    );
    assert_eq!(r.headers()["x-triage-rule"], "on_classifier_error");
    assert_eq!(r.headers()["x-triage-target"], "local-summarize");
    assert_eq!(r.headers()["x-triage-category"], "unknown");
    assert!(r.headers().get("x-triage-score").is_none());
    gw.wait_recorded(2).await;
    assert_eq!(
        metric_sample(&gw.metrics().await, "triage_classifier_errors_total "),
        2.0
    );
    gw.stop();
}
