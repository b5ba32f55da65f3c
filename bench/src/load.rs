//! The load generator: closed-loop workers, one keep-alive HTTP/1.1 connection each.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;

/// A realistic routed request: a short document and a narrow instruction (~180 tokens). `n`
/// varies the invoice number, so no request repeats (the classifier's cache never answers).
fn request_body(stream: bool, n: u64) -> Bytes {
    let prompt = format!("From: billing@acme.example\nSubject: Invoice {n}\n\nHello, please find attached invoice {n} for the October services: consulting (10 h at 95.00 USD), hosting (25.00 USD). The total of 120.00 USD is due on 2026-12-01. Bank transfer details are on the second page. Regards, Acme billing.\n\nExtract the invoice number, the total and the due date as JSON.");
    let body = serde_json::json!({
        "model": "auto",
        "messages": [
            {"role": "system", "content": "You extract fields from business documents."},
            {"role": "user", "content": prompt}
        ],
        "temperature": 0,
        "stream": stream,
    });
    Bytes::from(serde_json::to_vec(&body).unwrap())
}

pub struct Report {
    pub requests: usize,
    pub elapsed: Duration,
    /// Latencies in milliseconds, sorted.
    latencies: Vec<f64>,
}

impl Report {
    pub fn rps(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }

    pub fn p(&self, q: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        let i = ((q / 100.0) * (self.latencies.len() - 1) as f64).round() as usize;
        self.latencies[i]
    }

    fn new(mut latencies: Vec<f64>, elapsed: Duration) -> Report {
        latencies.sort_by(|a, b| a.total_cmp(b));
        Report {
            requests: latencies.len(),
            elapsed,
            latencies,
        }
    }
}

type Sender = hyper::client::conn::http1::SendRequest<Full<Bytes>>;

async fn connect(addr: SocketAddr) -> anyhow::Result<Sender> {
    let stream = tokio::net::TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    Ok(sender)
}

fn request(addr: SocketAddr, body: &Bytes) -> Request<Full<Bytes>> {
    Request::post("/v1/chat/completions")
        .header("host", addr.to_string())
        .header("content-type", "application/json")
        .body(Full::new(body.clone()))
        .unwrap()
}

/// `concurrency` workers send requests back to back for 1 s of warm-up plus `duration`.
pub async fn closed_loop(
    addr: SocketAddr,
    concurrency: usize,
    duration: Duration,
) -> anyhow::Result<Report> {
    let start = Instant::now();
    let measure_from = start + Duration::from_secs(1);
    let end = measure_from + duration;
    let mut workers = Vec::new();
    let counter = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    for _ in 0..concurrency {
        let counter = counter.clone();
        let mut sender = connect(addr).await?;
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let body = request_body(
                    false,
                    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                );
                let t = Instant::now();
                if t >= end {
                    break;
                }
                sender.ready().await?;
                let resp = sender.send_request(request(addr, &body)).await?;
                anyhow::ensure!(resp.status() == 200, "status {}", resp.status());
                resp.into_body().collect().await?;
                if t >= measure_from {
                    latencies.push(t.elapsed().as_secs_f64() * 1e3);
                }
            }
            anyhow::Ok(latencies)
        }));
    }
    let mut all = Vec::new();
    for w in workers {
        all.extend(w.await??);
    }
    Ok(Report::new(all, duration))
}

/// Sequential streaming requests; records the time until the first body chunk arrives.
pub async fn first_chunk(addr: SocketAddr, requests: usize) -> anyhow::Result<Report> {
    let mut sender = connect(addr).await?;
    let mut ttfc = Vec::with_capacity(requests);
    let start = Instant::now();
    for i in 0..requests + 50 {
        let body = request_body(true, i as u64);
        sender.ready().await?;
        let t = Instant::now();
        let resp = sender.send_request(request(addr, &body)).await?;
        anyhow::ensure!(resp.status() == 200, "status {}", resp.status());
        let mut body = resp.into_body();
        let first = loop {
            match body.frame().await {
                Some(Ok(f)) if f.is_data() => break t.elapsed(),
                Some(Ok(_)) => continue,
                Some(Err(e)) => return Err(e.into()),
                None => anyhow::bail!("stream ended without data"),
            }
        };
        while body.frame().await.is_some() {}
        if i >= 50 {
            ttfc.push(first.as_secs_f64() * 1e3);
        }
    }
    Ok(Report::new(ttfc, start.elapsed()))
}
