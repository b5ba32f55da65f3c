//! Every error is OpenAI-shaped, carries x-request-id, and has the documented status.

use std::time::Duration;

use crate::{chat, policy, policy_with};
use triage_e2e::{client, json_response, FakeUpstream, TestGateway};

async fn expect_error(r: reqwest::Response, status: u16, code: Option<&str>) -> serde_json::Value {
    assert_eq!(r.status(), status);
    assert!(!r.headers()["x-request-id"].is_empty());
    assert_eq!(r.headers()["content-type"], "application/json");
    let body: serde_json::Value = r.json().await.unwrap();
    let e = body["error"].as_object().expect("an OpenAI error object");
    assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert!(e["type"].is_string());
    assert!(e.contains_key("param") && e.contains_key("code"));
    if let Some(code) = code {
        assert_eq!(e["code"], code, "{body}");
    }
    body
}

#[tokio::test]
async fn bad_requests() {
    let local = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);

    let r = c
        .post(&url)
        .body("{\"model\": \"auto\", ")
        .send()
        .await
        .unwrap();
    let e = expect_error(r, 400, Some("invalid_json")).await;
    assert_eq!(e["error"]["type"], "invalid_request_error");

    let r = c
        .post(&url)
        .body(r#"{"model":"auto"}"#)
        .send()
        .await
        .unwrap();
    let e = expect_error(r, 400, Some("missing_required_parameter")).await;
    assert_eq!(e["error"]["param"], "messages");

    let r = c
        .post(&url)
        .json(&chat("gpt-7", "hi"))
        .send()
        .await
        .unwrap();
    let e = expect_error(r, 404, Some("model_not_found")).await;
    assert!(e["error"]["message"].as_str().unwrap().contains("gpt-7"));

    let r = c
        .post(format!("{}/v1/assistants", gw.url))
        .body("{}")
        .send()
        .await
        .unwrap();
    expect_error(r, 404, Some("unknown_url")).await;
    let r = c.get(&url).send().await.unwrap();
    expect_error(r, 405, Some("method_not_allowed")).await;
    assert_eq!(local.count(), 0, "no bad request reached an upstream");

    // Nothing panics on odd input, and the gateway keeps serving.
    let odd: [&[u8]; 9] = [
        b"",
        b"null",
        b"\xff\xfe\x00",
        b"{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\"}]}]}",
        b"{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":[1]}]}",
        b"{\"model\":\"auto\",\"messages\":[null]}",
        b"{\"model\":{\"a\":1},\"messages\":[]}",
        b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        b"{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":\"\\ud800\"}]}",
    ];
    for body in odd {
        let r = c.post(&url).body(body.to_vec()).send().await.unwrap();
        let status = r.status().as_u16();
        assert!(
            status == 400 || status == 200,
            "{status} for {:?}",
            String::from_utf8_lossy(body)
        );
    }
    let r = c
        .post(&url)
        .json(&chat("local-extract", "still alive?"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    gw.stop();
}

#[tokio::test]
async fn bodies_over_the_limit_get_413() {
    let local = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);
    let big = serde_json::to_vec(&chat("auto", &"x".repeat(9 << 20))).unwrap();

    let r = c.post(&url).body(big.clone()).send().await.unwrap();
    expect_error(r, 413, Some("request_too_large")).await;

    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        big.chunks(256 * 1024).map(|c| Ok(c.to_vec())).collect();
    let r = c
        .post(&url)
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .unwrap();
    expect_error(r, 413, Some("request_too_large")).await;
    assert_eq!(local.count(), 0);
    gw.stop();
}

#[tokio::test]
async fn upstream_failures() {
    let slow = FakeUpstream::start(|_| async {
        tokio::time::sleep(Duration::from_secs(3)).await;
        json_response(200, "{}")
    });
    let gw = TestGateway::start(&policy_with(&slow, &slow, 300), &[]);
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);

    let r = c
        .post(&url)
        .json(&chat("dead-model", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.headers()["connection"],
        "close",
        "the client must not reuse a connection the gateway closes"
    );
    let e = expect_error(r, 502, Some("upstream_unreachable")).await;
    assert_eq!(e["error"]["type"], "upstream_error");
    let message = e["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("model `dead-model` at upstream `dead`"),
        "{message}"
    );

    let r = c
        .post(&url)
        .json(&chat("local-extract", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-target"], "local-extract");
    expect_error(r, 504, Some("upstream_timeout")).await;
    gw.stop();
}

#[tokio::test]
async fn upstream_errors_pass_through_with_their_body() {
    const BODY_400: &str = r#"{"error":{"message":"max_tokens is too large","type":"invalid_request_error","param":"max_tokens","code":null}}"#;
    const BODY_500: &str = r#"{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}"#;
    let bad = FakeUpstream::fixed(400, BODY_400);
    let broken = FakeUpstream::fixed(500, BODY_500);
    let gw = TestGateway::start(&policy(&bad, &broken), &[crate::FRONTIER_KEY]);
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);

    let r = c
        .post(&url)
        .json(&chat("local-extract", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(r.headers()["x-triage-target"], "local-extract");
    assert_eq!(r.text().await.unwrap(), BODY_400);

    let r = c
        .post(&url)
        .json(&chat("frontier-big", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 500);
    assert_eq!(r.text().await.unwrap(), BODY_500);
    assert_eq!(
        (bad.count(), broken.count()),
        (1, 1),
        "no fallback for pinned models"
    );
    gw.stop();
}
