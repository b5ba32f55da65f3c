//! The admin listener: liveness and readiness for orchestrators. Never on the API port.

use std::sync::Arc;

use async_trait::async_trait;
use http::Response;
use pingora::apps::http_app::ServeHttp;
use pingora::protocols::http::ServerSession;
use serde_json::json;

use triage_classifier::Scorer;

use crate::state::AppState;

/// The cost dashboard: one self-contained page (no CDN, no external assets) reading /api/stats.
const DASHBOARD: &str = include_str!("../assets/dashboard.html");

pub struct AdminApp {
    pub state: Arc<AppState>,
}

fn json_response(status: u16, body: serde_json::Value) -> Response<Vec<u8>> {
    response(
        status,
        "application/json",
        serde_json::to_vec(&body).expect("serializes"),
    )
}

fn response(status: u16, content_type: &str, body: Vec<u8>) -> Response<Vec<u8>> {
    Response::builder()
        .status(status)
        .header("content-type", content_type)
        .header("content-length", body.len())
        .header("cache-control", "no-store")
        .body(body)
        .expect("valid response")
}

fn error(message: &str, code: &str) -> serde_json::Value {
    json!({"error": {"message": message, "type": "invalid_request_error", "param": null, "code": code}})
}

impl AdminApp {
    /// `POST /admin/reload`: re-reads the policy file and the classifier's model directory.
    /// Each new one is loaded whole and checked before it replaces the old; on failure the old
    /// one keeps serving and the error is returned.
    async fn reload(&self) -> Response<Vec<u8>> {
        let mut report = serde_json::Map::new();
        let mut failed = false;
        let source = self.state.routing.load().source.clone();
        let path = std::path::PathBuf::from(&source);
        if path.is_file() {
            let routing = crate::cli::load_policy(Some(&path))
                .and_then(|(policy, source)| crate::state::Routing::new(policy, source));
            match routing {
                Ok(routing) => {
                    self.state.routing.store(std::sync::Arc::new(routing));
                    report.insert(
                        "policy".into(),
                        json!({"status": "reloaded", "source": path}),
                    );
                }
                Err(e) => {
                    failed = true;
                    report.insert("policy".into(), json!({"status": "kept", "error": e}));
                }
            }
        } else {
            report.insert(
                "policy".into(),
                json!({"status": "unchanged", "source": source}),
            );
        }
        if let Some(onnx) = self.state.onnx.clone() {
            let result = tokio::task::spawn_blocking(move || {
                let dir = onnx.model_dir();
                onnx.reload(&dir).map(|()| onnx.model_version())
            })
            .await;
            match result {
                Ok(Ok(version)) => {
                    report.insert(
                        "classifier".into(),
                        json!({"status": "reloaded", "model": &*version}),
                    );
                }
                Ok(Err(e)) => {
                    failed = true;
                    report.insert(
                        "classifier".into(),
                        json!({"status": "kept", "error": e.to_string()}),
                    );
                }
                Err(e) => {
                    failed = true;
                    report.insert(
                        "classifier".into(),
                        json!({"status": "kept", "error": e.to_string()}),
                    );
                }
            }
        }
        json_response(
            if failed { 500 } else { 200 },
            serde_json::Value::Object(report),
        )
    }
}

#[async_trait]
impl ServeHttp for AdminApp {
    async fn response(&self, session: &mut ServerSession) -> Response<Vec<u8>> {
        let path = session.req_header().uri.path().to_owned();
        let method = session.req_header().method.as_str().to_owned();
        match (method.as_str(), path.as_str()) {
            ("POST", "/admin/reload") => return self.reload().await,
            (_, "/admin/reload") => {
                return json_response(405, error("POST /admin/reload", "method_not_allowed"))
            }
            _ => {}
        }
        match path.as_str() {
            "/healthz" => json_response(200, json!({"status": "ok"})),
            "/dashboard" => response(
                200,
                "text/html; charset=utf-8",
                DASHBOARD.as_bytes().to_vec(),
            ),
            "/metrics" => {
                let metrics = &self.state.telemetry.metrics;
                let scorer = &self.state.scorer;
                metrics.classifier_info.reset();
                metrics
                    .classifier_info
                    .with_label_values(&[&*scorer.model_version(), scorer.execution_provider()])
                    .set(1);
                if let Some(onnx) = &self.state.onnx {
                    let s = onnx.stats();
                    metrics.classifier_queue_depth.set(s.queue_depth as i64);
                    metrics.classifier_batch_size.set(s.last_batch_size as f64);
                }
                if let Some(log) = &self.state.log {
                    let s = log.handle.stats();
                    let gauge = &self.state.telemetry.metrics.log_records;
                    gauge.with_label_values(&["written"]).set(s.written as i64);
                    gauge.with_label_values(&["dropped"]).set(s.dropped as i64);
                    gauge
                        .with_label_values(&["failed"])
                        .set(s.failed_records as i64);
                    gauge
                        .with_label_values(&["queued"])
                        .set(s.queue_depth as i64);
                }
                response(
                    200,
                    "text/plain; version=0.0.4",
                    self.state.telemetry.metrics.encode(),
                )
            }
            "/api/stats" => json_response(
                200,
                self.state
                    .telemetry
                    .stats
                    .to_json(std::time::SystemTime::now()),
            ),
            "/readyz" => {
                let routing = self.state.routing.load();
                let policy = &routing.policy;
                json_response(
                    200,
                    json!({
                        "status": "ready",
                        "policy": {
                            "source": routing.source,
                            "routes": policy.routes.len(),
                            "models": policy.models.len(),
                            "upstreams": policy.upstreams.len(),
                        },
                        "classifier": {
                            "model": &*self.state.scorer.model_version(),
                            "execution_provider": self.state.scorer.execution_provider(),
                        },
                    }),
                )
            }
            _ => json_response(
                404,
                json!({"error": {"message": format!("Unknown admin URL: {path}"), "type": "invalid_request_error", "param": null, "code": "unknown_url"}}),
            ),
        }
    }
}
