//! The request path's side of the data flywheel: which finished requests become escalation
//! log records, the records themselves, feedback on them, and shadow calls that ask the
//! frontier model too when a request was answered locally.
//!
//! Never blocks or fails a request: records go to the log writer's bounded queue (a full
//! queue drops and counts), and shadow calls run as detached tasks after the response.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use triage_flywheel::{
    ClassifierInfo, FeedbackRecord, LogHandle, RecordKind, RequestRecord, ResponseInfo, Timestamp,
    Usage as LogUsage, UsageSource as LogUsageSource,
};
use triage_policy::{ModelId, Tier};

use crate::error::GatewayError;
use crate::proxy::RequestCtx;
use crate::state::{AppState, Routing};
use crate::telemetry::{RequestEvent, UsageSource};

/// The escalation log as the gateway holds it.
pub struct EscalationLog {
    pub handle: LogHandle,
    /// Ids of recently logged requests, so feedback on an unknown id is refused.
    logged: moka::sync::Cache<String, ()>,
    shadow_spend: Mutex<(u64, f64)>,
    http: reqwest::Client,
}

impl EscalationLog {
    pub fn new(handle: LogHandle) -> EscalationLog {
        crate::install_crypto_provider();
        EscalationLog {
            handle,
            logged: moka::sync::Cache::builder()
                .max_capacity(1_000_000)
                .time_to_live(Duration::from_secs(7 * 24 * 3600))
                .build(),
            shadow_spend: Mutex::new((0, 0.0)),
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("HTTP client builds"),
        }
    }

    fn log(&self, record: RequestRecord) {
        let id = record.request_id.clone();
        if self.handle.try_log(record) {
            self.logged.insert(id, ());
        }
    }

    /// Whether a shadow call may spend more this hour; `spent` is added to the hour's total.
    fn shadow_budget_left(&self, max_per_hour: f64, spent: f64) -> bool {
        let hour = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 3600);
        let mut s = self.shadow_spend.lock().unwrap_or_else(|p| p.into_inner());
        if s.0 != hour {
            *s = (hour, 0.0);
        }
        s.1 += spent;
        s.1 < max_per_hour
    }
}

/// Logs a finished request if the policy wants it, and starts a shadow call if one is due.
pub fn after_request(state: &Arc<AppState>, ctx: &RequestCtx, event: &RequestEvent<'_>) {
    let Some(log) = &state.log else { return };
    let (Some(target), Some(request)) = (ctx.current(), ctx.request.as_ref()) else {
        return;
    };
    if ctx.upstream_status.is_none() {
        return;
    }
    let policy = &ctx.routing.policy;
    let route = ctx.routed.as_ref().map(|r| r.route_id);
    let tier = policy.model(target).tier;
    let shadow = shadow_target(ctx, tier);
    if !policy.log.wants(route, tier) && shadow.is_none() {
        return;
    }
    let kind = if route.is_some() && tier == Tier::Frontier {
        RecordKind::Escalation
    } else {
        RecordKind::Local
    };
    let body: Value = serde_json::from_slice(request.body()).unwrap_or(Value::Null);
    let record = request_record(ctx, event, kind, target, body.clone());
    log.log(record);
    if let Some(shadow_model) = shadow {
        let state = state.clone();
        let routing = ctx.routing.clone();
        let of = ctx.request_id.clone();
        let classifier = classifier_info(ctx);
        let route_name = ctx.routed.as_ref().map(|r| r.route.clone());
        tokio::spawn(async move {
            shadow_call(
                &state,
                &routing,
                shadow_model,
                body,
                of,
                route_name,
                classifier,
            )
            .await;
        });
    }
}

/// The frontier model a locally answered routed request is shadowed to, if it is sampled.
fn shadow_target(ctx: &RequestCtx, tier: Tier) -> Option<ModelId> {
    let shadow = ctx.routing.policy.log.shadow?;
    let routed = ctx.routed.as_ref()?;
    if tier != Tier::Local || ctx.upstream_status.is_none_or(|s| !(200..300).contains(&s)) {
        return None;
    }
    // A stable sample: the same request id always decides the same way.
    let h = fnv1a(ctx.request_id.as_bytes());
    if (h as f64 / u64::MAX as f64) >= shadow.fraction {
        return None;
    }
    Some(
        shadow
            .to
            .unwrap_or(ctx.routing.policy.route(routed.route_id).baseline),
    )
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

fn classifier_info(ctx: &RequestCtx) -> Option<ClassifierInfo> {
    let scores = ctx.routed.as_ref()?.scores.as_ref()?;
    Some(ClassifierInfo {
        category: scores.category().as_str().to_owned(),
        escalation: f64::from(scores.escalation),
        model_version: scores.model_version.to_string(),
    })
}

fn log_tier(t: Tier) -> triage_flywheel::Tier {
    match t {
        Tier::Local => triage_flywheel::Tier::Local,
        Tier::Frontier => triage_flywheel::Tier::Frontier,
    }
}

fn request_record(
    ctx: &RequestCtx,
    event: &RequestEvent<'_>,
    kind: RecordKind,
    target: ModelId,
    body: Value,
) -> RequestRecord {
    let policy = &ctx.routing.policy;
    let model = policy.model(target);
    let status = ctx.upstream_status.unwrap_or(event.status);
    let response = match &ctx.observer {
        Some(o) if (200..300).contains(&status) => {
            let first = o.choices.first();
            ResponseInfo::ok(
                first.map_or(Value::Null, |c| c.message()),
                first.and_then(|c| c.finish_reason.clone()),
            )
        }
        Some(o) => ResponseInfo::error(status, o.body_json().unwrap_or(Value::Null)),
        None => ResponseInfo::error(status, Value::Null),
    };
    RequestRecord {
        schema: triage_flywheel::SCHEMA_VERSION,
        request_id: ctx.request_id.clone(),
        timestamp: Timestamp::from(event.at),
        kind,
        shadow_of: None,
        route: event.route.map(str::to_owned),
        rule: event.rule.map(str::to_owned),
        classifier: classifier_info(ctx),
        target: model.name.clone(),
        tier: log_tier(model.tier),
        upstream: ctx.routing.upstreams.get(model.upstream).name.clone(),
        upstream_model: model.upstream_model.clone(),
        endpoint: ctx
            .endpoint
            .map_or("chat.completions", |e| e.record_name())
            .to_owned(),
        stream: ctx.request.as_ref().is_some_and(|r| r.stream),
        request: body,
        response,
        usage: event.usage.map(|u| LogUsage {
            prompt_tokens: u.prompt_tokens,
            completion_tokens: u.completion_tokens,
            source: match u.source {
                UsageSource::Upstream => LogUsageSource::Upstream,
                UsageSource::Estimated => LogUsageSource::Estimated,
            },
        }),
        cost_usd: event.usage.map(|_| event.cost_usd),
        baseline_cost_usd: event.usage.map(|_| event.baseline_cost_usd),
        latency_ms: event.latency.as_secs_f64() * 1e3,
        ttft_ms: event.time_to_first_byte.map(|d| d.as_secs_f64() * 1e3),
    }
}

/// Sends the request to `model` too, without streaming, and logs its answer as a shadow record.
async fn shadow_call(
    state: &AppState,
    routing: &Routing,
    model_id: ModelId,
    mut body: Value,
    of: String,
    route: Option<String>,
    classifier: Option<ClassifierInfo>,
) {
    let Some(log) = &state.log else { return };
    let policy = &routing.policy;
    let Some(shadow) = policy.log.shadow else {
        return;
    };
    if !log.shadow_budget_left(shadow.max_usd_per_hour, 0.0) {
        return;
    }
    let model = policy.model(model_id);
    let upstream = routing.upstreams.get(model.upstream);
    if let Some(obj) = body.as_object_mut() {
        obj.insert("model".into(), json!(model.upstream_model));
        obj.insert("stream".into(), json!(false));
        obj.remove("stream_options");
    }
    let started = Instant::now();
    let mut req = log
        .http
        .post(upstream.url("/chat/completions"))
        .timeout(upstream.timeout)
        .json(&body);
    if let Some(key) = &upstream.api_key {
        req = req.header("authorization", key.bearer());
    }
    let (status, answer) = match req.send().await {
        Ok(r) => {
            let status = r.status().as_u16();
            (status, r.json::<Value>().await.unwrap_or(Value::Null))
        }
        Err(e) => {
            tracing::warn!(shadow_of = of, upstream = upstream.name, error = %e, "shadow call failed");
            (0, Value::Null)
        }
    };
    let usage = answer.get("usage").map(|u| LogUsage {
        prompt_tokens: u["prompt_tokens"].as_u64().unwrap_or(0),
        completion_tokens: u["completion_tokens"].as_u64().unwrap_or(0),
        source: LogUsageSource::Upstream,
    });
    let cost = usage.map(|u| model.price.cost(u.prompt_tokens, u.completion_tokens));
    log.shadow_budget_left(shadow.max_usd_per_hour, cost.unwrap_or(0.0));
    let response = if (200..300).contains(&status) {
        let choice = &answer["choices"][0];
        ResponseInfo::ok(
            choice["message"].clone(),
            choice["finish_reason"].as_str().map(str::to_owned),
        )
    } else {
        ResponseInfo::error(status, answer.get("error").cloned().unwrap_or(Value::Null))
    };
    log.log(RequestRecord {
        schema: triage_flywheel::SCHEMA_VERSION,
        request_id: uuid::Uuid::new_v4().to_string(),
        timestamp: Timestamp::now(),
        kind: RecordKind::Shadow,
        shadow_of: Some(of),
        route,
        rule: None,
        classifier,
        target: model.name.clone(),
        tier: log_tier(model.tier),
        upstream: upstream.name.clone(),
        upstream_model: model.upstream_model.clone(),
        endpoint: "chat.completions".into(),
        stream: false,
        request: body,
        response,
        usage,
        cost_usd: cost,
        baseline_cost_usd: cost,
        latency_ms: started.elapsed().as_secs_f64() * 1e3,
        ttft_ms: None,
    });
}

/// `POST /v1/feedback`: `{"request_id", "score" (0..1) and/or "label", "comment"}`.
pub fn feedback(state: &AppState, body: &[u8]) -> Result<Value, GatewayError> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Feedback {
        request_id: String,
        #[serde(default)]
        score: Option<f64>,
        #[serde(default)]
        label: Option<String>,
        #[serde(default)]
        comment: Option<String>,
    }
    let Some(log) = &state.log else {
        return Err(GatewayError::unavailable(
            "feedback_disabled",
            "The escalation log is off on this gateway, so feedback cannot be recorded.",
        ));
    };
    let f: Feedback = serde_json::from_slice(body).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            GatewayError::invalid_json()
        } else {
            GatewayError::invalid(format!("Invalid feedback: {e}"), None)
        }
    })?;
    if let Some(score) = f.score {
        if !(0.0..=1.0).contains(&score) {
            return Err(GatewayError::invalid(
                "'score' must be between 0 and 1.",
                Some("score".into()),
            ));
        }
    }
    if f.score.is_none() && f.label.as_deref().is_none_or(str::is_empty) {
        return Err(GatewayError::missing_parameter(
            "score",
            "Feedback needs a 'score' (0 to 1) or a 'label'.",
        ));
    }
    if !log.logged.contains_key(&f.request_id) {
        return Err(GatewayError::not_found(
            "request_not_found",
            format!("No logged request has the id `{}`; feedback attaches to requests in the escalation log.", f.request_id),
            "request_id",
        ));
    }
    let record = FeedbackRecord {
        schema: triage_flywheel::SCHEMA_VERSION,
        request_id: f.request_id.clone(),
        timestamp: Timestamp::now(),
        score: f.score,
        label: f.label,
        comment: f.comment,
    };
    if !log.handle.try_log(record) {
        return Err(GatewayError::unavailable(
            "log_busy",
            "The escalation log is full right now; try again shortly.",
        ));
    }
    Ok(json!({"object": "feedback", "request_id": f.request_id, "status": "recorded"}))
}
