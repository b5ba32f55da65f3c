//! HTTPS upstreams: the gateway speaks TLS to the upstream, verifies its certificate against
//! the upstream's `ca_file`, and refuses one it cannot verify.

use crate::chat;
use triage_e2e::{
    chat_completion, client, json_response, FakeUpstream, Received, TestCertificates, TestGateway,
};

fn tls_policy(upstream: &FakeUpstream, ca_file: &str) -> String {
    format!(
        r#"
version: 1
upstreams:
  secure: {{ base_url: "https://127.0.0.1:{port}/v1", ca_file: "{ca_file}", api_key_env: SECURE_KEY }}
  untrusted: {{ base_url: "https://127.0.0.1:{port}/v1" }}
models:
  secure-model: {{ upstream: secure, model: m-1, tier: frontier, price: {{ input_per_1m: 1, output_per_1m: 1 }} }}
  untrusted-model: {{ upstream: untrusted, model: m-1, tier: frontier, price: {{ input_per_1m: 1, output_per_1m: 1 }} }}
routes:
  auto:
    default: secure-model
"#,
        port = upstream.addr.port()
    )
}

#[tokio::test]
async fn https_upstream_with_a_private_ca() {
    let certs = TestCertificates::new();
    let upstream = FakeUpstream::start_tls(&certs, |r: Received| async move {
        json_response(
            200,
            &chat_completion(r.json()["model"].as_str().unwrap(), "over TLS"),
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, &certs.ca_pem).unwrap();
    let gw = TestGateway::start(
        &tls_policy(&upstream, ca_file.to_str().unwrap()),
        &[("SECURE_KEY", "sk-tls")],
    );
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);

    // The server without its CA configured: the certificate is not trusted. (First, so no
    // verified connection is pooled for the same address.)
    let r = c
        .post(&url)
        .json(&chat("untrusted-model", "hello"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 502);
    assert_eq!(
        upstream.count(),
        0,
        "nothing was sent to an unverified server"
    );

    let r = c
        .post(&url)
        .json(&chat("auto", "hello"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let answer: serde_json::Value = r.json().await.unwrap();
    assert_eq!(answer["choices"][0]["message"]["content"], "over TLS");
    let got = upstream.received().pop().unwrap();
    assert_eq!(got.header("authorization"), Some("Bearer sk-tls"));
    assert_eq!(got.json()["model"], "m-1");
    gw.stop();
}
