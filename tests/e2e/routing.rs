//! Routing by category, score, request features and pinned model, and the headers that say so.

use crate::{chat, policy, FRONTIER_KEY};
use triage_e2e::{client, FakeUpstream, TestGateway};

#[tokio::test]
async fn narrow_prompt_goes_local_and_open_prompt_escalates() {
    let local = FakeUpstream::chat_echo();
    let frontier = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let c = client();

    let r = c
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&chat(
            "auto",
            "Extract the invoice number and the total from this email: Invoice 4411, total $120.",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert_eq!(h["x-triage-route"], "auto");
    assert_eq!(h["x-triage-target"], "local-extract");
    assert_eq!(h["x-triage-rule"], "narrow-extract");
    assert_eq!(h["x-triage-category"], "extraction");
    let score: f32 = h["x-triage-score"].to_str().unwrap().parse().unwrap();
    assert!(score < 0.4, "{score}");
    assert!(!h["x-request-id"].is_empty());
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(
        body["model"], "extract-lora",
        "the local upstream was asked for the adapter name"
    );
    assert_eq!(local.count(), 1);
    assert_eq!(frontier.count(), 0);

    let r = c
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&chat("auto", "Write a short story about a lighthouse keeper who finds a map, with an original twist."))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-triage-target"], "frontier-big");
    assert_eq!(r.headers()["x-triage-rule"], "default");
    assert_eq!(r.headers()["x-triage-category"], "creative_writing");
    let score: f32 = r.headers()["x-triage-score"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(score >= 0.6, "{score}");
    assert_eq!(frontier.received()[0].json()["model"], "big-1");
    gw.stop();
}

#[tokio::test]
async fn request_features_and_pinned_models() {
    let local = FakeUpstream::chat_echo();
    let frontier = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);
    let narrow = "Summarize the following meeting notes in two bullet points: budget approved, hiring paused.";

    // Same narrow prompt: tools or a header send it to the frontier.
    let mut with_tools = chat("auto", narrow);
    with_tools["tools"] = serde_json::json!([{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]);
    let r = c.post(&url).json(&with_tools).send().await.unwrap();
    assert_eq!(r.headers()["x-triage-rule"], "tools-frontier");
    assert_eq!(r.headers()["x-triage-target"], "frontier-big");

    let r = c
        .post(&url)
        .header("x-team", "vip")
        .json(&chat("auto", narrow))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-rule"], "vip");

    let r = c
        .post(&url)
        .json(&chat("auto", narrow))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-rule"], "narrow-summary");
    assert_eq!(r.headers()["x-triage-target"], "local-summarize");
    assert_eq!(r.headers()["x-triage-category"], "summarization");

    // A pinned model goes straight there, open-ended or not, without route headers.
    let r = c
        .post(&url)
        .json(&chat("local-extract", "Write an epic poem about the sea."))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-triage-target"], "local-extract");
    assert!(r.headers().get("x-triage-route").is_none());
    assert!(r.headers().get("x-triage-rule").is_none());
    assert_eq!(
        local.received().last().unwrap().json()["model"],
        "extract-lora"
    );
    gw.stop();
}

#[tokio::test]
async fn models_list_names_routes_and_models() {
    let local = FakeUpstream::chat_echo();
    let frontier = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &frontier), &[]);
    let r = client()
        .get(format!("{}/v1/models", gw.url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(!r.headers()["x-request-id"].is_empty());
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["object"], "list");
    let ids: Vec<&str> = body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "auto",
            "resilient",
            "local-first",
            "local-extract",
            "local-summarize",
            "frontier-big",
            "dead-model"
        ]
    );
    for m in body["data"].as_array().unwrap() {
        assert_eq!(m["object"], "model");
        assert!(m["created"].is_number() && m["owned_by"].is_string());
    }
    gw.stop();
}

#[tokio::test]
async fn admin_health_and_readiness() {
    let local = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let c = client();
    let r = c
        .get(format!("{}/healthz", gw.admin_url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = c
        .get(format!("{}/readyz", gw.admin_url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], "ready");
    assert_eq!(body["policy"]["routes"], 3);
    assert_eq!(body["classifier"]["model"], "rules-v1");
    // The API port does not serve admin paths.
    let r = c.get(format!("{}/healthz", gw.url)).send().await.unwrap();
    assert_eq!(r.status(), 404);
    gw.stop();
}
