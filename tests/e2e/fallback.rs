//! A route's fallbacks are tried in order when a candidate fails before any byte reached the
//! client: connect failure, 5xx, 429.

use crate::{chat, policy, FRONTIER_KEY};
use triage_e2e::{client, FakeUpstream, TestGateway};

#[tokio::test]
async fn connect_failure_falls_back() {
    let local = FakeUpstream::chat_echo();
    let frontier = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let r = client()
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&chat("resilient", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-triage-target"], "local-extract");
    assert_eq!(r.headers()["x-triage-route"], "resilient");
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["model"], "extract-lora");
    assert_eq!((local.count(), frontier.count()), (1, 0));
    gw.stop();
}

#[tokio::test]
async fn server_errors_and_rate_limits_fall_back_with_the_whole_body() {
    for status in [503, 500, 429] {
        let local = FakeUpstream::fixed(
            status,
            r#"{"error":{"message":"busy","type":"server_error","param":null,"code":null}}"#,
        );
        let frontier = FakeUpstream::chat_echo();
        let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
        // Large enough to be past Pingora's 64 KiB retry buffer.
        let prompt = "Please read carefully. ".repeat(20_000);
        let r = client()
            .post(format!("{}/v1/chat/completions", gw.url))
            .json(&chat("local-first", &prompt))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "after {status}");
        assert_eq!(r.headers()["x-triage-target"], "frontier-big");
        assert_eq!(local.count(), 1);
        let got = frontier.received().remove(0);
        assert_eq!(got.json()["model"], "big-1");
        assert_eq!(
            got.json()["messages"][0]["content"].as_str().unwrap(),
            prompt
        );
        assert_eq!(
            got.header("authorization"),
            Some("Bearer sk-frontier-secret")
        );
        gw.stop();
    }
}

#[tokio::test]
async fn last_candidate_error_reaches_the_client_and_4xx_does_not_fall_back() {
    const LAST: &str =
        r#"{"error":{"message":"frontier down","type":"server_error","param":null,"code":null}}"#;
    let local = FakeUpstream::fixed(503, "{}");
    let frontier = FakeUpstream::fixed(502, LAST);
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let c = client();
    let r = c
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&chat("local-first", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 502);
    assert_eq!(r.headers()["x-triage-target"], "frontier-big");
    assert_eq!(r.text().await.unwrap(), LAST);
    assert_eq!((local.count(), frontier.count()), (1, 1));
    gw.stop();

    let local = FakeUpstream::fixed(
        400,
        r#"{"error":{"message":"bad","type":"invalid_request_error","param":null,"code":null}}"#,
    );
    let frontier = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let r = c
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&chat("local-first", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(frontier.count(), 0);
    gw.stop();
}
