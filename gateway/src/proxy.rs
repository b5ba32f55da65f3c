//! The request path, as Pingora runs it. Each phase has one job:
//!
//! 1. `request_filter`: read and check the body, classify, decide the target (or answer
//!    locally: `/v1/models`, errors).
//! 2. `upstream_peer`: dial the next candidate, the decision's target then its fallbacks.
//! 3. `upstream_request_filter`, `request_body_filter`: path, host, key, and the body with
//!    `model` rewritten.
//! 4. `upstream_response_filter`: an upstream 5xx/429 with candidates left becomes a retry.
//! 5. `response_filter`: `x-request-id` and `x-triage-*` headers; from here the response
//!    streams to the client untouched.
//! 6. `fail_to_proxy`: anything that failed becomes one OpenAI-shaped error.
//! 7. `logging`: one access-log line.
//!
//! Step 1's work (parse, classify, decide) is in [`crate::intake`]; the decision itself is
//! `triage_policy::decide`.

use std::sync::Arc;
use std::time::Instant;

use async_trait::async_trait;
use bytes::Bytes;
use pingora::http::{RequestHeader, ResponseHeader};
use pingora::prelude::*;
use pingora::proxy::FailToProxy;
use pingora::{ErrorType, RetryType};
use triage_classifier::Scores;
use triage_policy::ModelId;

use crate::error::GatewayError;
use crate::intake::{request_id, Prepared};
use crate::observe::ResponseObserver;
use crate::openai::{Endpoint, ParsedRequest};
use crate::state::{AppState, Routing};
use crate::telemetry::traces;
use opentelemetry::trace::SpanKind;
use opentelemetry::{Context, KeyValue};

pub struct Gateway {
    pub state: Arc<AppState>,
}

/// Per-request state.
pub struct RequestCtx {
    pub(crate) started: Instant,
    pub(crate) request_id: String,
    pub(crate) routing: Arc<Routing>,
    pub(crate) endpoint: Option<Endpoint>,
    pub(crate) request: Option<ParsedRequest>,
    pub(crate) routed: Option<Routed>,
    /// The decision's target followed by the fallbacks, without repeats.
    pub(crate) candidates: Vec<ModelId>,
    /// How many candidates have been dialed; the current one is `candidates[attempts - 1]`.
    pub(crate) attempts: usize,
    /// Body for the current candidate.
    pub(crate) body: Bytes,
    /// When the current upstream call must have finished.
    pub(crate) deadline: Option<Instant>,
    pub(crate) upstream_status: Option<u16>,
    /// Set once the response header went to the client: no retry, no error body after this.
    pub(crate) response_started: bool,
    pub(crate) local_status: Option<u16>,
    /// Triage asked for stream usage the client did not; the observer removes it again.
    pub(crate) strip_usage: bool,
    pub(crate) observer: Option<ResponseObserver>,
    pub(crate) first_byte_at: Option<Instant>,
    pub(crate) classifier_latency: Option<std::time::Duration>,
    pub(crate) classifier_error: bool,
    /// The request's trace span, and the current upstream call's, when tracing is on.
    pub(crate) trace: Option<Context>,
    pub(crate) upstream_trace: Option<Context>,
}

/// How a routed request was decided, for headers and logs.
pub(crate) struct Routed {
    pub(crate) route_id: triage_policy::RouteId,
    pub(crate) route: String,
    pub(crate) rule: String,
    pub(crate) scores: Option<Scores>,
}

impl RequestCtx {
    pub(crate) fn current(&self) -> Option<ModelId> {
        self.attempts
            .checked_sub(1)
            .and_then(|i| self.candidates.get(i).copied())
    }

    fn has_next_candidate(&self) -> bool {
        self.attempts < self.candidates.len()
    }
}

/// The last user message, cut to 2 KiB, for access logs that asked for prompt text.
fn prompt_excerpt(ctx: &RequestCtx) -> Option<String> {
    let text = &ctx.request.as_ref()?.chat.as_ref()?.last_user;
    let mut end = text.len().min(2048);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Some(text[..end].to_owned())
}

impl Gateway {
    /// Sets `triage_upstream_up` for the current candidate's upstream.
    fn mark_upstream(&self, ctx: &RequestCtx, up: bool) {
        if let Some(id) = ctx.current() {
            let upstream = ctx
                .routing
                .upstreams
                .get(ctx.routing.policy.model(id).upstream);
            let gauge = &self.state.telemetry.metrics.upstream_up;
            gauge
                .with_label_values(&[&upstream.name])
                .set(if up { 1.0 } else { 0.0 });
        }
    }

    /// A child span of the request's span, when tracing is on.
    pub(crate) fn trace_child(
        &self,
        ctx: &RequestCtx,
        name: impl Into<std::borrow::Cow<'static, str>>,
        kind: SpanKind,
    ) -> Option<Context> {
        let tracing = self.state.tracing.as_ref()?;
        Some(tracing.child(ctx.trace.as_ref()?, name, kind))
    }

    fn decorate(&self, resp: &mut ResponseHeader, ctx: &RequestCtx) -> Result<()> {
        resp.insert_header("x-request-id", &ctx.request_id)?;
        if let Some(id) = ctx.current().or_else(|| ctx.candidates.first().copied()) {
            resp.insert_header("x-triage-target", &ctx.routing.policy.model(id).name)?;
        }
        if let Some(routed) = &ctx.routed {
            resp.insert_header("x-triage-route", &routed.route)?;
            resp.insert_header("x-triage-rule", &routed.rule)?;
            match &routed.scores {
                Some(s) => {
                    resp.insert_header("x-triage-category", s.category().as_str())?;
                    resp.insert_header("x-triage-score", format!("{:.3}", s.escalation))?;
                }
                None => {
                    resp.insert_header("x-triage-category", "unknown")?;
                }
            }
        }
        Ok(())
    }

    async fn send_local(
        &self,
        session: &mut Session,
        ctx: &mut RequestCtx,
        status: u16,
        body: Bytes,
    ) -> Result<()> {
        let mut resp = ResponseHeader::build(status, Some(6))?;
        resp.insert_header("content-type", "application/json")?;
        resp.insert_header("content-length", body.len().to_string())?;
        self.decorate(&mut resp, ctx)?;
        ctx.local_status = Some(status);
        ctx.response_started = true;
        session.write_response_header(Box::new(resp), false).await?;
        session.write_response_body(Some(body), true).await
    }
}

#[async_trait]
impl ProxyHttp for Gateway {
    type CTX = RequestCtx;

    fn new_ctx(&self) -> RequestCtx {
        RequestCtx {
            started: Instant::now(),
            request_id: String::new(),
            routing: self.state.routing.load_full(),
            endpoint: None,
            request: None,
            routed: None,
            candidates: Vec::new(),
            attempts: 0,
            body: Bytes::new(),
            deadline: None,
            upstream_status: None,
            response_started: false,
            local_status: None,
            strip_usage: false,
            observer: None,
            first_byte_at: None,
            classifier_latency: None,
            classifier_error: false,
            trace: None,
            upstream_trace: None,
        }
    }

    async fn request_filter(&self, session: &mut Session, ctx: &mut RequestCtx) -> Result<bool> {
        ctx.request_id = request_id(session.req_header());
        if let Some(tracing) = &self.state.tracing {
            let req = session.req_header();
            let cx =
                tracing.start_request(&req.headers, format!("{} {}", req.method, req.uri.path()));
            traces::set(
                &cx,
                vec![KeyValue::new("triage.request_id", ctx.request_id.clone())],
            );
            ctx.trace = Some(cx);
        }
        match self.prepare(session, ctx).await {
            Ok(Prepared::Proxy) => Ok(false),
            Ok(Prepared::Local(body)) => {
                self.send_local(session, ctx, 200, body).await?;
                Ok(true)
            }
            Err(e) => {
                if e.status() == 413 {
                    // The body may not have been read whole: the connection cannot be reused.
                    session.set_keepalive(None);
                }
                self.send_local(session, ctx, e.status(), e.body()).await?;
                Ok(true)
            }
        }
    }

    async fn upstream_peer(
        &self,
        _session: &mut Session,
        ctx: &mut RequestCtx,
    ) -> Result<Box<HttpPeer>> {
        let Some(&id) = ctx.candidates.get(ctx.attempts) else {
            return Error::e_explain(ErrorType::InternalError, "no upstream candidate left");
        };
        ctx.attempts += 1;
        let model = ctx.routing.policy.model(id);
        let upstream = ctx.routing.upstreams.get(model.upstream);
        if let Some(request) = &ctx.request {
            ctx.body = request.body_for(&model.upstream_model, upstream.stream_usage);
            ctx.strip_usage = upstream.stream_usage && request.wants_injected_stream_usage();
        }
        ctx.deadline = Some(Instant::now() + upstream.timeout);
        if let Some(failed) = ctx.upstream_trace.take() {
            traces::end(&failed, Some("fallback".into()));
        }
        ctx.upstream_trace = self.trace_child(
            ctx,
            format!("chat {}", model.upstream_model),
            SpanKind::Client,
        );
        if let Some(cx) = &ctx.upstream_trace {
            traces::set(
                cx,
                vec![
                    KeyValue::new("gen_ai.operation.name", "chat"),
                    KeyValue::new("gen_ai.provider.name", upstream.name.clone()),
                    KeyValue::new("gen_ai.request.model", model.upstream_model.clone()),
                    KeyValue::new("server.address", upstream.host_header.clone()),
                    KeyValue::new("triage.target", model.name.clone()),
                ],
            );
        }
        Ok(Box::new(upstream.peer(&self.state.dns).await?))
    }

    async fn upstream_request_filter(
        &self,
        session: &mut Session,
        req: &mut RequestHeader,
        ctx: &mut RequestCtx,
    ) -> Result<()> {
        let (Some(id), Some(endpoint)) = (ctx.current(), ctx.endpoint) else {
            return Error::e_explain(
                ErrorType::InternalError,
                "upstream request without a target",
            );
        };
        let upstream = ctx
            .routing
            .upstreams
            .get(ctx.routing.policy.model(id).upstream);
        let mut path = format!("{}{}", upstream.base_path, endpoint.upstream_suffix());
        if let Some(query) = session.req_header().uri.query() {
            path.push('?');
            path.push_str(query);
        }
        req.set_uri(
            path.parse()
                .or_err(ErrorType::InternalError, "building upstream URI")?,
        );
        req.insert_header("host", &upstream.host_header)?;
        req.remove_header("authorization");
        if let Some(key) = &upstream.api_key {
            req.insert_header("authorization", key.bearer())?;
        }
        req.insert_header("x-request-id", &ctx.request_id)?;
        if let (Some(tracing), Some(cx)) = (&self.state.tracing, &ctx.upstream_trace) {
            for (name, value) in tracing.headers(cx) {
                req.insert_header(name, value)?;
            }
        }
        // Uncompressed answers, so later phases can read usage from them.
        req.remove_header("accept-encoding");
        req.remove_header("transfer-encoding");
        req.insert_header("content-length", ctx.body.len().to_string())?;
        Ok(())
    }

    async fn request_body_filter(
        &self,
        _session: &mut Session,
        body: &mut Option<Bytes>,
        end_of_stream: bool,
        ctx: &mut RequestCtx,
    ) -> Result<()> {
        // The body was read in request_filter; send the rewritten one, whole, at the end.
        *body = end_of_stream.then(|| ctx.body.clone());
        Ok(())
    }

    async fn upstream_response_filter(
        &self,
        _session: &mut Session,
        resp: &mut ResponseHeader,
        ctx: &mut RequestCtx,
    ) -> Result<()> {
        let status = resp.status.as_u16();
        ctx.upstream_status = Some(status);
        self.mark_upstream(ctx, true);
        if (status >= 500 || status == 429) && ctx.has_next_candidate() {
            let mut e = Error::explain(
                ErrorType::HTTPStatus(status),
                format!("upstream answered {status}; trying the next fallback"),
            );
            e.set_retry(true);
            return Err(e);
        }
        Ok(())
    }

    async fn response_filter(
        &self,
        _session: &mut Session,
        resp: &mut ResponseHeader,
        ctx: &mut RequestCtx,
    ) -> Result<()> {
        self.decorate(resp, ctx)?;
        ctx.response_started = true;
        if ctx.request.is_some() {
            let content_type = resp
                .headers
                .get(http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            ctx.observer = Some(ResponseObserver::new(content_type, ctx.strip_usage));
        }
        Ok(())
    }

    fn response_body_filter(
        &self,
        _session: &mut Session,
        body: &mut Option<Bytes>,
        end_of_stream: bool,
        ctx: &mut RequestCtx,
    ) -> Result<Option<std::time::Duration>> {
        if ctx.first_byte_at.is_none() && body.as_ref().is_some_and(|b| !b.is_empty()) {
            ctx.first_byte_at = Some(Instant::now());
        }
        if let Some(observer) = ctx.observer.as_mut() {
            *body = observer.feed(body.take(), end_of_stream);
        }
        Ok(None)
    }

    fn upstream_response_body_filter(
        &self,
        _session: &mut Session,
        _body: &mut Option<Bytes>,
        _end_of_stream: bool,
        ctx: &mut RequestCtx,
    ) -> Result<Option<std::time::Duration>> {
        if ctx.deadline.is_some_and(|d| Instant::now() > d) {
            let mut e = Error::explain(
                ErrorType::ReadTimedout,
                "upstream call exceeded its timeout_ms",
            );
            e.as_up();
            return Err(e);
        }
        Ok(None)
    }

    fn fail_to_connect(
        &self,
        _session: &mut Session,
        _peer: &HttpPeer,
        ctx: &mut RequestCtx,
        mut e: Box<Error>,
    ) -> Box<Error> {
        self.mark_upstream(ctx, false);
        e.set_retry(ctx.has_next_candidate());
        e
    }

    fn error_while_proxy(
        &self,
        peer: &HttpPeer,
        _session: &mut Session,
        e: Box<Error>,
        ctx: &mut RequestCtx,
        client_reused: bool,
    ) -> Box<Error> {
        let mut e = e.more_context(format!("Peer: {peer}"));
        if ctx.response_started {
            e.set_retry(false);
        } else if client_reused && matches!(e.retry, RetryType::ReusedOnly) {
            // A pooled connection went stale: try the same candidate again on a fresh one.
            ctx.attempts -= 1;
            e.set_retry(true);
        } else {
            e.set_retry(ctx.has_next_candidate());
        }
        e
    }

    async fn fail_to_proxy(
        &self,
        session: &mut Session,
        e: &Error,
        ctx: &mut RequestCtx,
    ) -> FailToProxy {
        // Pingora closes the client connection after a failed proxy attempt; say so in the
        // response, or a pooling client would send its next request into a closed socket.
        session.set_keepalive(None);
        let policy = &ctx.routing.policy;
        let tried: Vec<String> = ctx.candidates[..ctx.attempts.min(ctx.candidates.len())]
            .iter()
            .map(|id| {
                let m = policy.model(*id);
                format!(
                    "model `{}` at upstream `{}`",
                    m.name,
                    policy.upstream(m.upstream).name
                )
            })
            .collect();
        let tried = if tried.is_empty() {
            "no model was tried".to_owned()
        } else {
            format!("tried {}", tried.join(", then "))
        };
        let code = match GatewayError::from_proxy_error(e, &tried) {
            Some(error) if !ctx.response_started => {
                let status = error.status();
                if let Err(write_error) = self.send_local(session, ctx, status, error.body()).await
                {
                    tracing::debug!(request_id = ctx.request_id, error = %write_error, "could not send the error response");
                }
                status
            }
            _ => 0,
        };
        FailToProxy {
            error_code: code,
            can_reuse_downstream: false,
        }
    }

    async fn logging(&self, session: &mut Session, e: Option<&Error>, ctx: &mut RequestCtx) {
        let status = session.response_written().map_or(0, |r| r.status.as_u16());
        let event = crate::outcome::event(ctx, status);
        // The log first: once stats count a request, its record is queued (or counted dropped).
        crate::escalations::after_request(&self.state, ctx, &event);
        self.state.telemetry.record(&event);
        if self.state.tracing.is_some() {
            crate::outcome::end_traces(ctx, &event, e);
        }
        tracing::info!(
            target: "triage::access",
            request_id = ctx.request_id,
            method = session.req_header().method.as_str(),
            path = session.req_header().uri.path(),
            status,
            route = event.route,
            rule = event.rule,
            category = event.category.map(|c| c.as_str()),
            score = event.escalation_score,
            target = event.target,
            attempts = ctx.attempts,
            upstream_status = ctx.upstream_status,
            prompt_tokens = event.usage.map(|u| u.prompt_tokens),
            completion_tokens = event.usage.map(|u| u.completion_tokens),
            cost_usd = event.cost_usd,
            duration_ms = event.latency.as_secs_f64() * 1e3,
            ttfb_ms = event.time_to_first_byte.map(|d| d.as_secs_f64() * 1e3),
            error = e.map(|e| e.to_string()),
            prompt = self.state.log_prompts.then(|| prompt_excerpt(ctx)).flatten(),
        );
    }
}
