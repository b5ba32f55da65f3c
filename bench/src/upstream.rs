//! A fast fake OpenAI upstream: a fixed chat completion, or a short SSE stream when the
//! request asks for one. Runs on its own one-thread runtime.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

const ANSWER: &str = r#"{"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"extract-lora","choices":[{"index":0,"message":{"role":"assistant","content":"Invoice 4411, total 120.00 USD"},"finish_reason":"stop"}],"usage":{"prompt_tokens":180,"completion_tokens":9,"total_tokens":189}}"#;
const CHUNK: &str = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok\"},\"finish_reason\":null}]}\n\n";

type Body = http_body_util::combinators::BoxBody<Bytes, Infallible>;

/// Connections the fake upstream accepted: few means the gateway reuses its upstream connections.
pub static CONNECTIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

static REQUESTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn start(delay: Duration) -> anyhow::Result<SocketAddr> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                CONNECTIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| handle(req, delay));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    Ok(addr)
}

async fn handle(req: Request<Incoming>, delay: Duration) -> Result<Response<Body>, Infallible> {
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let streaming = asks_for_stream(&body);
    if !streaming {
        if !delay.is_zero() {
            // Spread uniformly over 0.5x..1.5x: a fixed delay would march every worker of the
            // closed loop in lockstep, a burst pattern no real model server produces.
            let n = REQUESTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let jitter = (n.wrapping_mul(0x9e3779b97f4a7c15) >> 11) as f64 / (1u64 << 53) as f64;
            tokio::time::sleep(delay.mul_f64(0.5 + jitter)).await;
        }
        return Ok(Response::builder()
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from_static(ANSWER.as_bytes())).boxed())
            .unwrap());
    }
    // First chunk at once, then four more 1 ms apart, then [DONE].
    let stream = futures_stream();
    Ok(Response::builder()
        .header("content-type", "text/event-stream")
        .body(StreamBody::new(stream).boxed())
        .unwrap())
}

fn asks_for_stream(body: &[u8]) -> bool {
    body.windows(13).any(|w| w == b"\"stream\":true")
}

fn futures_stream() -> impl futures_core::Stream<Item = Result<Frame<Bytes>, Infallible>> + Send {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, Infallible>>(8);
    tokio::spawn(async move {
        for i in 0..5 {
            if i > 0 {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
            if tx
                .send(Ok(Frame::data(Bytes::from_static(CHUNK.as_bytes()))))
                .await
                .is_err()
            {
                return;
            }
        }
        let _ = tx
            .send(Ok(Frame::data(Bytes::from_static(b"data: [DONE]\n\n"))))
            .await;
    });
    tokio_stream_from(rx)
}

fn tokio_stream_from<T: Send + 'static>(
    mut rx: tokio::sync::mpsc::Receiver<T>,
) -> impl futures_core::Stream<Item = T> + Send {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}
