//! Step 1 of the request path, run in `request_filter`: read the body within the policy's
//! limit, parse it, resolve `model`, and for a route classify the prompt and decide the target
//! and its fallbacks. Everything that can be answered without an upstream (`/v1/models`,
//! `/v1/feedback`, every client error) is answered here.
//!
//! The decision itself is `triage_policy::decide`; this file only gathers its inputs.

use bytes::{Bytes, BytesMut};
use opentelemetry::trace::SpanKind;
use opentelemetry::KeyValue;
use pingora::http::RequestHeader;
use pingora::proxy::Session;
use triage_classifier::{ScoreInput, Scores};
use triage_policy::{decide, HeaderLookup, RequestFeatures, Target};

use crate::error::GatewayError;
use crate::openai::{Endpoint, ParsedRequest};
use crate::proxy::{Gateway, RequestCtx, Routed};
use crate::state::Routing;
use crate::telemetry::traces;
use std::time::Instant;

struct Headers<'a>(&'a RequestHeader);

impl HeaderLookup for Headers<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.0.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// The client's `x-request-id` if it is a sane token, else a new UUID.
pub(crate) fn request_id(req: &RequestHeader) -> String {
    req.headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

pub(crate) enum Prepared {
    /// Forward to the upstream.
    Proxy,
    /// Answer here with this JSON.
    Local(Bytes),
}

impl Gateway {
    pub(crate) async fn prepare(
        &self,
        session: &mut Session,
        ctx: &mut RequestCtx,
    ) -> Result<Prepared, GatewayError> {
        let req = session.req_header();
        let method = req.method.as_str().to_owned();
        let path = req.uri.path().to_owned();
        let endpoint = match path.trim_end_matches('/') {
            "/v1/models" if method == "GET" => {
                return Ok(Prepared::Local(models_list(&ctx.routing)))
            }
            "/v1/chat/completions" => Endpoint::ChatCompletions,
            "/v1/completions" => Endpoint::Completions,
            "/v1/embeddings" => Endpoint::Embeddings,
            "/v1/models" => return Err(GatewayError::method_not_allowed(&method, &path)),
            "/v1/feedback" if method == "POST" => {
                let body = read_body(session, 1 << 20).await?;
                let answer = crate::escalations::feedback(&self.state, &body)?;
                return Ok(Prepared::Local(Bytes::from(
                    serde_json::to_vec(&answer).expect("serializes"),
                )));
            }
            "/v1/feedback" => return Err(GatewayError::method_not_allowed(&method, &path)),
            _ => return Err(GatewayError::unknown_url(&method, &path)),
        };
        if method != "POST" {
            return Err(GatewayError::method_not_allowed(&method, &path));
        }
        ctx.endpoint = Some(endpoint);

        let body = read_body(session, ctx.routing.policy.max_body_bytes).await?;
        let parsed = ParsedRequest::parse(endpoint, body)?;
        let routing = ctx.routing.clone();
        let policy = &routing.policy;
        let target = match policy.resolve(&parsed.model) {
            None => return Err(GatewayError::model_not_found(&parsed.model)),
            Some(Target::Model(id)) => id,
            Some(Target::Route(route_id)) => {
                let Some(chat) = parsed.chat.as_ref() else {
                    return Err(GatewayError::route_not_allowed(&parsed.model, &path));
                };
                let route = policy.route(route_id);
                let scores = self
                    .classify(
                        ctx,
                        ScoreInput {
                            system: &chat.system,
                            user: &chat.last_user,
                        },
                    )
                    .await;
                let headers = Headers(session.req_header());
                let features = RequestFeatures {
                    prompt_tokens: chat.estimated_tokens(),
                    has_tools: chat.has_tools,
                    has_images: chat.has_images,
                    stream: parsed.stream,
                    headers: &headers,
                };
                let decision = decide(route, &features, scores.as_ref());
                ctx.candidates
                    .extend(route.fallbacks.iter().filter(|f| **f != decision.target));
                ctx.routed = Some(Routed {
                    route_id,
                    route: route.name.clone(),
                    rule: decision.rule_name(route).to_owned(),
                    scores,
                });
                decision.target
            }
        };
        ctx.candidates.insert(0, target);
        ctx.candidates.dedup();
        ctx.request = Some(parsed);
        Ok(Prepared::Proxy)
    }

    /// Scores the prompt; None (counted, logged) when the classifier cannot.
    async fn classify(&self, ctx: &mut RequestCtx, input: ScoreInput<'_>) -> Option<Scores> {
        let started = Instant::now();
        let span = self.trace_child(ctx, "classify", SpanKind::Internal);
        let result = self.state.scorer.score(input).await;
        let latency = started.elapsed();
        ctx.classifier_latency = Some(latency);
        let model = self.state.scorer.model_version();
        self.state
            .telemetry
            .metrics
            .observe_classifier(&model, latency.as_secs_f64());
        match result {
            Ok(scores) => {
                if let Some(cx) = span {
                    traces::set(
                        &cx,
                        vec![
                            KeyValue::new("triage.classifier.model", model.to_string()),
                            KeyValue::new("triage.category", scores.category().as_str()),
                            KeyValue::new("triage.escalation_score", f64::from(scores.escalation)),
                        ],
                    );
                    traces::end(&cx, None);
                }
                Some(scores)
            }
            Err(e) => {
                ctx.classifier_error = true;
                tracing::warn!(request_id = ctx.request_id, error = %e, "classifier could not score the request");
                if let Some(cx) = span {
                    traces::end(&cx, Some(e.to_string()));
                }
                None
            }
        }
    }
}

/// Bytes of an oversized body read and thrown away so the client, still sending, gets to read
/// the 413 instead of a reset connection. Beyond this the connection is simply closed.
const DRAIN_LIMIT: u64 = 64 << 20;

/// Reads the whole request body, refusing more than `limit` bytes.
async fn read_body(session: &mut Session, limit: u64) -> Result<Bytes, GatewayError> {
    let declared = session
        .req_header()
        .headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        if declared.is_some_and(|n| n <= DRAIN_LIMIT) {
            drain_body(session, 0).await;
        }
        return Err(GatewayError::body_too_large(limit));
    }
    // Pingora forwards a body read here only through its retry buffer (see vendor/README.md).
    session.enable_retry_buffering();
    let mut buf = BytesMut::with_capacity(declared.unwrap_or(0) as usize);
    loop {
        match session.read_request_body().await {
            Ok(Some(chunk)) => {
                if (buf.len() + chunk.len()) as u64 > limit {
                    drain_body(session, (buf.len() + chunk.len()) as u64).await;
                    return Err(GatewayError::body_too_large(limit));
                }
                buf.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(buf.freeze()),
            Err(_) => {
                return Err(GatewayError::invalid(
                    "The request body could not be read.",
                    None,
                ))
            }
        }
    }
}

async fn drain_body(session: &mut Session, mut read: u64) {
    while read <= DRAIN_LIMIT {
        match session.read_request_body().await {
            Ok(Some(chunk)) => read += chunk.len() as u64,
            _ => return,
        }
    }
}

/// `GET /v1/models`: routes first, then pinned models, in policy order.
fn models_list(routing: &Routing) -> Bytes {
    let policy = &routing.policy;
    let routes = policy.routes.keys().map(|name| (name, "triage"));
    let models = policy
        .models
        .values()
        .map(|m| (&m.name, policy.upstream(m.upstream).name.as_str()));
    let data: Vec<_> = routes
        .chain(models)
        .map(|(id, owner)| serde_json::json!({"id": id, "object": "model", "created": 0, "owned_by": owner}))
        .collect();
    Bytes::from(
        serde_json::to_vec(&serde_json::json!({"object": "list", "data": data}))
            .expect("serializes"),
    )
}
