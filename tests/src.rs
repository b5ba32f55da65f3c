//! Test support: fake OpenAI-compatible upstreams on loopback that record what they receive,
//! and the real Triage gateway started in-process on free ports.

use std::future::Future;
use std::net::{SocketAddr, TcpListener as StdListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use triage_gateway::{AppState, Routing, RunningGateway, ServeOptions};
use triage_policy::Policy;

/// What a fake upstream received.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: Method,
    /// Path and query.
    pub uri: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Received {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("upstream got JSON")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// What every fake upstream starts from: its runtime, its request log, a bound listener.
fn server_parts() -> (
    tokio::runtime::Runtime,
    Arc<Mutex<Vec<Received>>>,
    StdListener,
    SocketAddr,
) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = StdListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    (runtime, Arc::new(Mutex::new(Vec::new())), listener, addr)
}

/// A router that records every request in `log`, then answers it with `handler`.
fn recording_app<F, Fut>(log: Arc<Mutex<Vec<Received>>>, handler: F) -> axum::Router
where
    F: Fn(Received) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    axum::Router::new().fallback(move |req: Request| {
        let log = log.clone();
        let handler = handler.clone();
        async move {
            let (parts, body) = req.into_parts();
            let body = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let received = Received {
                method: parts.method,
                uri: parts.uri.to_string(),
                headers: parts.headers,
                body,
            };
            log.lock().unwrap().push(received.clone());
            handler(received).await
        }
    })
}

/// An HTTP server on 127.0.0.1 that answers every request with `handler` and records it.
pub struct FakeUpstream {
    pub addr: SocketAddr,
    received: Arc<Mutex<Vec<Received>>>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Drop for FakeUpstream {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

impl FakeUpstream {
    pub fn start<F, Fut>(handler: F) -> FakeUpstream
    where
        F: Fn(Received) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Response> + Send + 'static,
    {
        let (runtime, received, listener, addr) = server_parts();
        let log = received.clone();
        let app = recording_app(log, handler);
        runtime.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
        FakeUpstream {
            addr,
            received,
            runtime: Some(runtime),
        }
    }

    /// Answers every request with a chat completion naming the model it was asked for.
    pub fn chat_echo() -> FakeUpstream {
        Self::start(|r: Received| async move {
            let model = r.json()["model"].as_str().unwrap_or_default().to_owned();
            json_response(200, &chat_completion(&model, "ok"))
        })
    }

    /// Answers every request with `status` and `body`.
    pub fn fixed(status: u16, body: &'static str) -> FakeUpstream {
        Self::start(move |_| async move { raw_response(status, "application/json", body) })
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.received.lock().unwrap().len()
    }
}

pub fn chat_completion(model: &str, text: &str) -> String {
    serde_json::json!({
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12}
    })
    .to_string()
}

pub fn json_response(status: u16, body: &str) -> Response {
    raw_response(status, "application/json", body.to_owned())
}

pub fn raw_response(status: u16, content_type: &str, body: impl Into<Body>) -> Response {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap())
        .header("content-type", content_type)
        .body(body.into())
        .unwrap()
}

/// A port on 127.0.0.1 with nothing listening on it.
pub fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The real gateway, running in this process on free ports.
pub struct TestGateway {
    /// e.g. `http://127.0.0.1:PORT`
    pub url: String,
    pub admin_url: String,
    handle: Option<RunningGateway>,
    log: Option<triage_flywheel::LogWriter>,
    state: Arc<AppState>,
}

/// What a test gateway runs with besides its policy.
#[derive(Default)]
pub struct Extras {
    /// Write the escalation log here.
    pub log_dir: Option<std::path::PathBuf>,
    /// The log writer's queue size (default 1024).
    pub log_queue: Option<usize>,
    /// Export traces.
    pub tracing: Option<triage_gateway::telemetry::traces::TracingConfig>,
    /// The classifier (default: the rule scorer).
    pub scorer: Option<Arc<dyn triage_classifier::Scorer>>,
}

impl TestGateway {
    /// Starts the gateway on `policy_yaml`; `env` supplies upstream API keys.
    pub fn start(policy_yaml: &str, env: &[(&str, &str)]) -> TestGateway {
        Self::start_with(policy_yaml, env, Extras::default())
    }

    /// Like [`TestGateway::start`], with an escalation log and traces.
    pub fn start_with(policy_yaml: &str, env: &[(&str, &str)], extras: Extras) -> TestGateway {
        // Gateway and Pingora logs, when a test run asks for them with TRIAGE_LOG=debug.
        if let Ok(filter) = tracing_subscriber::EnvFilter::try_from_env("TRIAGE_LOG") {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .try_init();
        }
        let policy = Policy::from_yaml("test.yaml", policy_yaml)
            .unwrap_or_else(|e| panic!("test policy: {e}"));
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let routing = Routing::with_env(policy, "test.yaml".into(), move |var| {
            env.iter().find(|(k, _)| k == var).map(|(_, v)| v.clone())
        })
        .unwrap_or_else(|e| panic!("test policy: {e}"));
        let redaction = routing.policy.log.redaction.clone();
        let scorer = extras
            .scorer
            .unwrap_or_else(|| Arc::new(triage_classifier::RuleScorer::new()));
        let mut state = AppState::new(routing, scorer);
        let mut log = None;
        if let Some(dir) = extras.log_dir {
            let mut options = triage_flywheel::LogWriterOptions {
                redaction,
                ..Default::default()
            };
            if let Some(q) = extras.log_queue {
                options.queue_capacity = q;
            }
            let writer =
                triage_flywheel::LogWriter::open_dir(dir, Default::default(), options).unwrap();
            state = state.with_log(writer.handle());
            log = Some(writer);
        }
        if let Some(config) = extras.tracing {
            triage_gateway::install_crypto_provider();
            state = state
                .with_tracing(triage_gateway::telemetry::traces::Tracing::new(&config).unwrap());
        }
        let state = state.shared();
        let (api, admin) = (free_port(), free_port());
        let options = ServeOptions {
            listen: format!("127.0.0.1:{api}"),
            admin_listen: format!("127.0.0.1:{admin}"),
            threads: 2,
            grace_period_seconds: 0,
        };
        let handle = triage_gateway::spawn(state.clone(), &options);
        for port in [api, admin] {
            wait_for_port(port);
        }
        TestGateway {
            url: format!("http://127.0.0.1:{api}"),
            admin_url: format!("http://127.0.0.1:{admin}"),
            handle: Some(handle),
            log,
            state,
        }
    }

    /// `/api/stats` once the gateway has recorded `n` finished requests (a request is recorded
    /// just after its last byte went out, so a client can be a moment ahead).
    pub async fn stats_after(&self, n: u64) -> serde_json::Value {
        for _ in 0..1000 {
            let s: serde_json::Value = client()
                .get(format!("{}/api/stats", self.admin_url))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            if s["totals"]["requests"].as_u64() >= Some(n) {
                return s;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the gateway never recorded {n} requests");
    }

    /// Waits until the gateway has recorded `n` finished requests.
    pub async fn wait_recorded(&self, n: u64) {
        self.stats_after(n).await;
    }

    /// The Prometheus text of `/metrics`.
    pub async fn metrics(&self) -> String {
        client()
            .get(format!("{}/metrics", self.admin_url))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// Waits until every record logged so far is on disk.
    pub fn flush_log(&self) {
        assert!(self.log.as_ref().expect("no escalation log").flush());
    }

    /// Exports every finished trace span now.
    pub fn flush_traces(&self) {
        self.state.tracing.as_ref().expect("no tracing").flush();
    }

    pub fn stop(mut self) {
        if let Some(h) = self.handle.take() {
            h.stop();
        }
        if let Some(log) = self.log.take() {
            log.shutdown();
        }
    }
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "gateway did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A client that never uses a proxy and never retries.
pub fn client() -> reqwest::Client {
    triage_gateway::install_crypto_provider();
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// The SSE events an OpenAI-like server sends for a short answer: with `include_usage`, every
/// chunk carries `"usage":null` and a last chunk with empty `choices` carries the usage.
pub fn openai_sse(model: &str, include_usage: bool, usage: (u64, u64)) -> Vec<String> {
    let usage_null = if include_usage { ",\"usage\":null" } else { "" };
    let mut events: Vec<String> = ["{\"role\":\"assistant\",\"content\":\"\"}", "{\"content\":\"Par\"}", "{\"content\":\"is\"}"]
        .iter()
        .map(|delta| {
            format!("data: {{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"{model}\",\"choices\":[{{\"index\":0,\"delta\":{delta},\"finish_reason\":null}}]{usage_null}}}\n\n")
        })
        .collect();
    events.push(format!("data: {{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"{model}\",\"choices\":[{{\"index\":0,\"delta\":{{}},\"finish_reason\":\"stop\"}}]{usage_null}}}\n\n"));
    if include_usage {
        events.push(format!(
            "data: {{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"{model}\",\"choices\":[],\"usage\":{{\"prompt_tokens\":{},\"completion_tokens\":{},\"total_tokens\":{}}}}}\n\n",
            usage.0,
            usage.1,
            usage.0 + usage.1
        ));
    }
    events.push("data: [DONE]\n\n".into());
    events
}

impl FakeUpstream {
    /// Behaves like OpenAI: JSON answers with usage, and SSE streams that carry usage only when
    /// the request asks for it with `stream_options.include_usage`. `usage` is (prompt,
    /// completion) tokens; `report_usage: false` leaves usage out entirely, like some servers.
    pub fn openai_like(usage: (u64, u64), report_usage: bool) -> FakeUpstream {
        Self::start(move |r: Received| async move {
            let req = r.json();
            let model = req["model"].as_str().unwrap_or_default().to_owned();
            if req["stream"] == true {
                let include = report_usage && req["stream_options"]["include_usage"] == true;
                let events = openai_sse(&model, include, usage);
                let stream = futures_util::stream::iter(
                    events
                        .into_iter()
                        .map(|e| Ok::<_, std::io::Error>(Bytes::from(e))),
                );
                return raw_response(200, "text/event-stream", Body::from_stream(stream));
            }
            let mut body: serde_json::Value =
                serde_json::from_str(&chat_completion(&model, "Paris")).unwrap();
            if report_usage {
                body["usage"] = serde_json::json!({"prompt_tokens": usage.0, "completion_tokens": usage.1, "total_tokens": usage.0 + usage.1});
            } else {
                body.as_object_mut().unwrap().remove("usage");
            }
            json_response(200, &body.to_string())
        })
    }
}

/// The value of the Prometheus sample whose line starts with `series` (name and labels).
pub fn metric_sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find(|l| l.starts_with(series))
        .unwrap_or_else(|| panic!("no sample {series} in\n{text}"))
        .rsplit(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// A CA and a certificate it signed for `127.0.0.1` and `localhost`, made fresh for a test.
pub struct TestCertificates {
    /// The CA certificate, PEM: what the gateway must be told to trust.
    pub ca_pem: String,
    server_config: Arc<tokio_rustls::rustls::ServerConfig>,
}

impl TestCertificates {
    pub fn new() -> TestCertificates {
        use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
        let leaf_key = KeyPair::generate().unwrap();
        let leaf = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
            .unwrap()
            .signed_by(&leaf_key, &*ca)
            .unwrap();
        let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
        let key =
            tokio_rustls::rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into());
        let server_config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![leaf.der().clone()], key)
            .unwrap();
        TestCertificates {
            ca_pem: ca.pem(),
            server_config: Arc::new(server_config),
        }
    }
}

impl Default for TestCertificates {
    fn default() -> Self {
        Self::new()
    }
}

impl FakeUpstream {
    /// Like [`FakeUpstream::start`], over HTTPS with a certificate from `certs`.
    pub fn start_tls<F, Fut>(certs: &TestCertificates, handler: F) -> FakeUpstream
    where
        F: Fn(Received) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Response> + Send + 'static,
    {
        let (runtime, received, listener, addr) = server_parts();
        let log = received.clone();
        let acceptor = tokio_rustls::TlsAcceptor::from(certs.server_config.clone());
        let app = recording_app(log, handler);
        runtime.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    continue;
                };
                let acceptor = acceptor.clone();
                let app = app.clone();
                tokio::spawn(async move {
                    let Ok(tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let service = hyper_util::service::TowerToHyperService::new(app);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                        .await;
                });
            }
        });
        FakeUpstream {
            addr,
            received,
            runtime: Some(runtime),
        }
    }
}
