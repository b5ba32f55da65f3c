//! Streaming: chunks reach the client as the upstream sends them, unchanged, and a client that
//! goes away cancels the upstream call.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use tokio::sync::Notify;
use triage_e2e::{client, raw_response, FakeUpstream, TestGateway};

const CHUNK_1: &str = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"}}]}\n\n";
const CHUNK_2: &str = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}]}\n\n";
const DONE: &str = "data: [DONE]\n\n";

fn sse(
    stream: impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static,
) -> axum::response::Response {
    let mut r = raw_response(
        200,
        "text/event-stream",
        axum::body::Body::from_stream(stream),
    );
    r.headers_mut()
        .insert("cache-control", "no-cache".parse().unwrap());
    r
}

#[tokio::test]
async fn first_chunk_arrives_before_the_upstream_finishes() {
    let gate = Arc::new(Notify::new());
    let upstream_gate = gate.clone();
    let local = FakeUpstream::start(move |_| {
        let gate = upstream_gate.clone();
        async move {
            let stream = futures_util::stream::unfold(0, move |step| {
                let gate = gate.clone();
                async move {
                    let chunk = match step {
                        0 => CHUNK_1,
                        1 => {
                            // Hold the rest until the client has seen the first chunk.
                            gate.notified().await;
                            CHUNK_2
                        }
                        2 => DONE,
                        _ => return None,
                    };
                    Some((Ok(Bytes::from_static(chunk.as_bytes())), step + 1))
                }
            });
            sse(stream)
        }
    });
    let gw = TestGateway::start(&crate::policy(&local, &local), &[]);
    let mut body = crate::chat(
        "auto",
        "Summarize this in one sentence: the meeting moved to Tuesday.",
    );
    body["stream"] = true.into();
    let mut r = client()
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    assert_eq!(r.headers()["x-triage-target"], "local-summarize");

    let mut received = Vec::new();
    while !received.ends_with(CHUNK_1.as_bytes()) {
        let chunk = tokio::time::timeout(Duration::from_secs(10), r.chunk())
            .await
            .expect("the first chunk was held back: the gateway buffers streams")
            .unwrap()
            .expect("stream ended early");
        received.extend_from_slice(&chunk);
    }
    assert_eq!(received, CHUNK_1.as_bytes());
    gate.notify_one();
    while let Some(chunk) = r.chunk().await.unwrap() {
        received.extend_from_slice(&chunk);
    }
    assert_eq!(
        String::from_utf8(received).unwrap(),
        format!("{CHUNK_1}{CHUNK_2}{DONE}")
    );
    gw.stop();
}

struct SetOnDrop(Arc<AtomicBool>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn client_disconnect_cancels_the_upstream_stream() {
    let cancelled = Arc::new(AtomicBool::new(false));
    let flag = cancelled.clone();
    let local = FakeUpstream::start(move |_| {
        let guard = SetOnDrop(flag.clone());
        async move {
            // An answer that would take 20 s; dropped as soon as nobody reads it.
            let stream = futures_util::stream::unfold((0u32, guard), |(i, guard)| async move {
                if i >= 1000 {
                    return None;
                }
                if i > 0 {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Some((Ok(Bytes::from_static(CHUNK_1.as_bytes())), (i + 1, guard)))
            });
            sse(stream)
        }
    });
    let gw = TestGateway::start(&crate::policy(&local, &local), &[]);
    let mut body = crate::chat("local-extract", "stream please");
    body["stream"] = true.into();
    let c = client();
    let mut r = c
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(r.chunk().await.unwrap().is_some());
    assert!(!cancelled.load(Ordering::SeqCst));
    drop(r);
    drop(c);
    let mut waited = 0;
    while !cancelled.load(Ordering::SeqCst) {
        assert!(
            waited < 100,
            "the upstream kept streaming to a client that left"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        waited += 1;
    }
    gw.stop();
}
