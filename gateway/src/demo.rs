//! `triage demo`: the gateway on its default policy in front of SIMULATED upstreams, plus a
//! traffic generator replaying the repo's labeled prompt set, so a newcomer without GPUs or API
//! keys sees routing, cost and savings fill the dashboard within a minute.
//!
//! Everything simulated says so: every answer's text starts with `[simulated ...]`, every
//! simulated response carries `x-triage-simulated: true`, and the dashboard shows a banner.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use triage_classifier::RuleScorer;
use triage_flywheel::{FileSinkOptions, LogWriter, LogWriterOptions};
use triage_policy::Policy;

use crate::cli::init_logging;
use crate::server::ServeOptions;
use crate::state::{AppState, Routing};

/// The repo's held-out prompt set (classifier/data/test.jsonl), replayed as demo traffic.
const PROMPTS: &str = include_str!("../../classifier/data/test.jsonl");

type Body = http_body_util::combinators::BoxBody<Bytes, Infallible>;

/// Which kind of model a simulated server pretends to be: it sets latency and answer length.
#[derive(Clone, Copy)]
pub enum Simulated {
    Local,
    Frontier,
}

/// Starts a simulated OpenAI-compatible server on 127.0.0.1 on its own thread.
pub fn start_simulated(kind: Simulated) -> std::io::Result<SocketAddr> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let counter = Arc::new(AtomicU64::new(0));
    std::thread::Builder::new()
        .name("simulated upstream".into())
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        continue;
                    };
                    let counter = counter.clone();
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(move |req| {
                            simulate(req, kind, counter.fetch_add(1, Ordering::Relaxed))
                        });
                        let _ = hyper::server::conn::http1::Builder::new()
                            .serve_connection(TokioIo::new(stream), service)
                            .await;
                    });
                }
            });
        })?;
    Ok(addr)
}

/// A cheap deterministic pseudo-random number from a counter.
fn mix(n: u64) -> u64 {
    let mut x = n.wrapping_add(0x9e3779b97f4a7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

async fn simulate(
    req: Request<Incoming>,
    kind: Simulated,
    n: u64,
) -> Result<Response<Body>, Infallible> {
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let request: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let model = request["model"].as_str().unwrap_or("unknown").to_owned();
    let r = mix(n);
    let (latency_ms, words) = match kind {
        Simulated::Local => (60 + r % 300, 15 + r % 60),
        Simulated::Frontier => (350 + r % 1500, 80 + r % 400),
    };
    let label = match kind {
        Simulated::Local => "simulated local model",
        Simulated::Frontier => "simulated frontier model",
    };
    let text = format!(
        "[{label} {model}] {}",
        "lorem ipsum dolor sit amet "
            .repeat(words as usize / 5 + 1)
            .trim_end()
    );
    let prompt_tokens = (body.len() as u64 / 4).max(1);
    let completion_tokens = words * 4 / 3;
    let usage = json!({"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens, "total_tokens": prompt_tokens + completion_tokens});
    let id = format!("chatcmpl-sim{n}");
    if request["stream"] != true {
        tokio::time::sleep(Duration::from_millis(latency_ms)).await;
        let answer = json!({
            "id": id, "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": usage,
        });
        return Ok(response(
            "application/json",
            Full::new(Bytes::from(answer.to_string())).boxed(),
        ));
    }
    let include_usage = request["stream_options"]["include_usage"] == true;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, Infallible>>(16);
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(latency_ms / 3)).await;
        let chunk = |delta: Value, finish: Value| {
            let mut c = json!({"id": id, "object": "chat.completion.chunk", "created": 0, "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]});
            if include_usage {
                c["usage"] = Value::Null;
            }
            Frame::data(Bytes::from(format!("data: {c}\n\n")))
        };
        let mut events = vec![chunk(
            json!({"role": "assistant", "content": ""}),
            Value::Null,
        )];
        for piece in text.split_inclusive(' ').collect::<Vec<_>>().chunks(4) {
            events.push(chunk(json!({"content": piece.concat()}), Value::Null));
        }
        events.push(chunk(json!({}), json!("stop")));
        if include_usage {
            let u = json!({"id": id, "object": "chat.completion.chunk", "created": 0, "model": model, "choices": [], "usage": usage});
            events.push(Frame::data(Bytes::from(format!("data: {u}\n\n"))));
        }
        events.push(Frame::data(Bytes::from_static(b"data: [DONE]\n\n")));
        let pause = Duration::from_millis((latency_ms * 2 / 3) / events.len() as u64);
        for e in events {
            if tx.send(Ok(e)).await.is_err() {
                return;
            }
            tokio::time::sleep(pause).await;
        }
    });
    let stream = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    Ok(response(
        "text/event-stream",
        StreamBody::new(stream).boxed(),
    ))
}

fn response(content_type: &str, body: Body) -> Response<Body> {
    Response::builder()
        .header("content-type", content_type)
        .header("x-triage-simulated", "true")
        .body(body)
        .expect("valid response")
}

/// The default policy with its upstreams pointed at the simulated servers.
pub fn demo_policy(local: SocketAddr, frontier: SocketAddr) -> String {
    triage_policy::DEFAULT_POLICY
        .replace("http://127.0.0.1:8000/v1", &format!("http://{local}/v1"))
        .replace(
            "https://api.openai.com/v1",
            &format!("http://{frontier}/v1"),
        )
        .replace(
            "    api_key_env: OPENAI_API_KEY     # read at start; never logged\n",
            "",
        )
}

/// The prompts of the demo traffic: (system, user) pairs from the labeled set.
pub fn prompts() -> Vec<(String, String)> {
    PROMPTS
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| {
            Some((
                v["system"].as_str().unwrap_or("").to_owned(),
                v["prompt"].as_str()?.to_owned(),
            ))
        })
        .collect()
}

/// Sends the prompt set to the gateway at `api`, `rate` requests per second, forever; a
/// fifth of them streaming.
pub async fn traffic(api: SocketAddr, rate: f64) {
    let prompts = Arc::new(prompts());
    if prompts.is_empty() {
        return;
    }
    crate::install_crypto_provider();
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client");
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate.max(0.1)));
    for n in 0u64.. {
        tick.tick().await;
        let (system, user) = prompts[(mix(n) % prompts.len() as u64) as usize].clone();
        let mut messages = Vec::new();
        if !system.is_empty() {
            messages.push(json!({"role": "system", "content": system}));
        }
        messages.push(json!({"role": "user", "content": user}));
        let body = json!({"model": "auto", "messages": messages, "stream": n % 5 == 0});
        let client = client.clone();
        tokio::spawn(async move {
            match client
                .post(format!("http://{api}/v1/chat/completions"))
                .json(&body)
                .send()
                .await
            {
                Ok(r) => {
                    let _ = r.bytes().await;
                }
                Err(e) => tracing::warn!(error = %e, "demo request failed"),
            }
        });
    }
}

#[derive(Args)]
pub struct DemoArgs {
    /// API listen address.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: String,
    /// Admin listen address (dashboard at /dashboard).
    #[arg(long, default_value = "127.0.0.1:9090")]
    admin_listen: String,
    /// Generated requests per second (0: none, send your own).
    #[arg(long, default_value_t = 4.0)]
    rate: f64,
    /// Where the demo's escalation log goes.
    #[arg(long, default_value = "triage-data/demo")]
    data_dir: PathBuf,
}

/// `triage demo`.
pub fn run(args: DemoArgs) -> ExitCode {
    // Quiet: the dashboard is the demo's output.
    init_logging(false, "warn");
    let started = crate::demo::start_simulated(crate::demo::Simulated::Local).and_then(|l| {
        crate::demo::start_simulated(crate::demo::Simulated::Frontier).map(|f| (l, f))
    });
    let (local, frontier) = match started {
        Ok(addrs) => addrs,
        Err(e) => {
            eprintln!("error: starting the simulated upstreams: {e}");
            return ExitCode::FAILURE;
        }
    };
    let policy = Policy::from_yaml("demo policy", &crate::demo::demo_policy(local, frontier))
        .expect("the demo policy is valid");
    let redaction = policy.log.redaction.clone();
    let options = LogWriterOptions {
        redaction,
        ..LogWriterOptions::default()
    };
    let writer = match LogWriter::open_dir(&args.data_dir, FileSinkOptions::default(), options) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: escalation log: {e}");
            return ExitCode::FAILURE;
        }
    };
    let state = AppState::new(
        Routing::with_env(
            policy,
            "demo (default policy, simulated upstreams)".into(),
            |_| None,
        )
        .expect("the demo policy has no CA files"),
        Arc::new(RuleScorer::new()),
    )
    .with_log(writer.handle())
    .shared();
    state.telemetry.stats.mark_simulated();
    let api: std::net::SocketAddr = match args.listen.parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: --listen {}: {e}", args.listen);
            return ExitCode::FAILURE;
        }
    };
    println!("Triage demo — the upstreams are SIMULATED (answers start with [simulated ...]).");
    println!("  dashboard:  http://{}/dashboard", args.admin_listen);
    println!(
        "  API:        http://{api}/v1  (model \"auto\"; try the OpenAI SDK with this base_url)"
    );
    println!("  escalation log: {}", args.data_dir.display());
    if args.rate > 0.0 {
        println!(
            "  traffic: {} requests/s from the repo's prompt set",
            args.rate
        );
        let rate = args.rate;
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                for _ in 0..600 {
                    if tokio::net::TcpStream::connect(api).await.is_ok() {
                        break;
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                crate::demo::traffic(api, rate).await;
            });
        });
    }
    let options = ServeOptions {
        listen: args.listen,
        admin_listen: args.admin_listen,
        threads: 2,
        grace_period_seconds: 1,
    };
    crate::server::run(state, &options);
    writer.shutdown();
    ExitCode::SUCCESS
}
