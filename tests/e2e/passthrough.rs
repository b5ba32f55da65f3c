//! What the client sends reaches the upstream byte for byte but for `model`; what the upstream
//! answers reaches the client byte for byte.

use crate::{policy, FRONTIER_KEY};
use triage_e2e::{client, raw_response, FakeUpstream, Received, TestGateway};

const ODD_BODY: &str = r#"{"messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"Classify the sentiment of this review as positive or negative: \"Loved it\" \u2764"}],
  "model"  :  "auto",
  "tools":[{"type":"function","function":{"name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}],
  "tool_choice":"auto","response_format":{"type":"json_schema","json_schema":{"name":"s","schema":{"type":"object"}}},
  "temperature":0.20,"top_p":1.0,"n":1,"seed":42,"stop":["\n\n"],"logprobs":true,"top_logprobs":2,"user":"u-1",
  "x_vendor_extension":{"nested":[1,2.50,null,true]}}"#;

#[tokio::test]
async fn request_body_is_forwarded_byte_for_byte_except_model() {
    let local = FakeUpstream::chat_echo();
    let frontier = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let r = client()
        .post(format!("{}/v1/chat/completions", gw.url))
        .header("content-type", "application/json")
        .body(ODD_BODY)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // tools present -> frontier
    assert_eq!(r.headers()["x-triage-target"], "frontier-big");
    let got = &frontier.received()[0];
    let expected = ODD_BODY.replacen(r#""model"  :  "auto""#, r#""model"  :  "big-1""#, 1);
    assert_eq!(std::str::from_utf8(&got.body).unwrap(), expected);
    assert_eq!(
        got.header("content-length"),
        Some(expected.len().to_string().as_str())
    );
    gw.stop();
}

#[tokio::test]
async fn response_body_and_status_reach_the_client_unchanged() {
    const ANSWER: &str = "{\"id\":\"x\",  \"object\":\"chat.completion\",\n\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":0,\"total_tokens\":1},\"system_fingerprint\":\"fp\"}";
    let local = FakeUpstream::start(|_| async {
        let mut r = raw_response(200, "application/json; charset=utf-8", ANSWER);
        r.headers_mut()
            .insert("openai-processing-ms", "12".parse().unwrap());
        r
    });
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let r = client()
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&crate::chat("local-extract", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    assert_eq!(r.headers()["openai-processing-ms"], "12");
    assert_eq!(r.text().await.unwrap(), ANSWER);
    gw.stop();
}

#[tokio::test]
async fn keys_paths_and_request_ids() {
    let local = FakeUpstream::chat_echo();
    let frontier = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let c = client();
    let url = format!("{}/v1/chat/completions?api-version=2024-06-01", gw.url);

    let r = c
        .post(&url)
        .bearer_auth("client-key-must-not-leak")
        .header("x-request-id", "req-abc-123")
        .header("openai-organization", "org-1")
        .json(&crate::chat("frontier-big", "hello"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-request-id"], "req-abc-123");
    let got: Received = frontier.received().remove(0);
    assert_eq!(
        got.uri,
        "/openai/v1/chat/completions?api-version=2024-06-01"
    );
    assert_eq!(
        got.header("authorization"),
        Some("Bearer sk-frontier-secret")
    );
    assert_eq!(got.header("x-request-id"), Some("req-abc-123"));
    assert_eq!(got.header("openai-organization"), Some("org-1"));
    assert_eq!(got.header("host"), Some(frontier.addr.to_string().as_str()));

    let r = c
        .post(&url)
        .bearer_auth("client-key-must-not-leak")
        .header("x-request-id", "bad id with spaces")
        .json(&crate::chat("local-extract", "hello"))
        .send()
        .await
        .unwrap();
    let generated = r.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert_ne!(generated, "bad id with spaces");
    assert_eq!(generated.len(), 36, "a UUID: {generated}");
    let got = local.received().remove(0);
    assert_eq!(got.uri, "/v1/chat/completions?api-version=2024-06-01");
    assert_eq!(
        got.header("authorization"),
        None,
        "the local upstream has no key and gets none"
    );
    assert_eq!(got.header("x-request-id"), Some(generated.as_str()));
    gw.stop();
}

#[tokio::test]
async fn completions_and_embeddings_route_by_pinned_model() {
    let local = FakeUpstream::start(|r: Received| async move {
        let body = format!("{{\"path\":\"{}\",\"model\":{}}}", r.uri, r.json()["model"]);
        raw_response(200, "application/json", body)
    });
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let c = client();
    for (path, body) in [
        (
            "/v1/completions",
            r#"{"model":"local-extract","prompt":"Say hi","max_tokens":3}"#,
        ),
        (
            "/v1/embeddings",
            r#"{"input":["a","b"],"model":"local-extract","encoding_format":"float"}"#,
        ),
    ] {
        let r = c
            .post(format!("{}{path}", gw.url))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(r.headers()["x-triage-target"], "local-extract");
        let answer: serde_json::Value = r.json().await.unwrap();
        assert_eq!(answer["path"], path);
        assert_eq!(answer["model"], "extract-lora");
    }
    let sent = local.received();
    assert_eq!(
        std::str::from_utf8(&sent[1].body).unwrap(),
        r#"{"input":["a","b"],"model":"extract-lora","encoding_format":"float"}"#
    );

    // Routes are for chat only.
    let r = c
        .post(format!("{}/v1/embeddings", gw.url))
        .body(r#"{"input":"a","model":"auto"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let e: serde_json::Value = r.json().await.unwrap();
    assert_eq!(e["error"]["code"], "model_not_supported");
    assert_eq!(local.count(), 2);
    gw.stop();
}

#[tokio::test]
async fn multi_mebibyte_bodies_arrive_intact() {
    let local = FakeUpstream::chat_echo();
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let c = client();
    // 3 MiB of document with the instruction at the end, routed (classified) and pinned.
    let document =
        "Line of a long contract: the parties agree to the terms set out below. ".repeat(48_000);
    for model in ["auto", "local-extract"] {
        let prompt = format!("{document}\nExtract the names of the parties.");
        let body = serde_json::to_vec(&crate::chat(model, &prompt)).unwrap();
        assert!(body.len() > 3 << 20);
        let r = c
            .post(format!("{}/v1/chat/completions", gw.url))
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{model}");
        let got = local.received().pop().unwrap();
        assert_eq!(
            got.body.len(),
            body.len() + "extract-lora".len() - model.len()
        );
        assert_eq!(
            got.json()["messages"][0]["content"].as_str().unwrap(),
            prompt
        );
    }
    // Chunked upload (no content-length) of 1 MiB.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = {
        let body = serde_json::to_vec(&crate::chat("local-extract", &"x".repeat(1 << 20))).unwrap();
        body.chunks(64 * 1024).map(|c| Ok(c.to_vec())).collect()
    };
    let stream = futures_util::stream::iter(chunks);
    let r = c
        .post(format!("{}/v1/chat/completions", gw.url))
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        local.received().pop().unwrap().json()["messages"][0]["content"]
            .as_str()
            .unwrap()
            .len(),
        1 << 20
    );
    gw.stop();
}
