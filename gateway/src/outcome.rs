//! What a finished request amounts to: its token usage (the upstream's, else estimated), its
//! cost at the policy's prices, the baseline it is compared with, and the [`RequestEvent`]
//! that metrics and stats record.

use std::time::SystemTime;

use opentelemetry::KeyValue;

use crate::proxy::RequestCtx;
use crate::telemetry::traces;
use crate::telemetry::{RequestEvent, Usage, UsageSource};

/// The event of a request that is done, `status` being what the client was sent.
pub fn event(ctx: &RequestCtx, status: u16) -> RequestEvent<'_> {
    let policy = &ctx.routing.policy;
    let routed = ctx.routed.as_ref();
    let scores = routed.and_then(|r| r.scores.as_ref());
    let model = ctx.current().map(|id| policy.model(id));
    let upstream = model.map(|m| ctx.routing.upstreams.get(m.upstream));
    let usage = usage(ctx, status);
    let (cost_usd, baseline_cost_usd) = match (usage, model) {
        (Some(u), Some(m)) => {
            let baseline = match routed {
                Some(r) => policy.route(r.route_id).baseline,
                None => policy.baseline,
            };
            (
                m.price.cost(u.prompt_tokens, u.completion_tokens),
                policy
                    .model(baseline)
                    .price
                    .cost(u.prompt_tokens, u.completion_tokens),
            )
        }
        _ => (0.0, 0.0),
    };
    RequestEvent {
        at: SystemTime::now(),
        route: routed.map(|r| r.route.as_str()),
        rule: routed.map(|r| r.rule.as_str()),
        category: scores.map(|s| s.category()),
        escalation_score: scores.map(|s| s.escalation),
        target: model.map(|m| m.name.as_str()),
        tier: model.map(|m| m.tier),
        upstream: upstream.map(|u| u.name.as_str()),
        status,
        usage,
        cost_usd,
        baseline_cost_usd,
        latency: ctx.started.elapsed(),
        time_to_first_byte: ctx.first_byte_at.map(|t| t.duration_since(ctx.started)),
        classifier_latency: ctx.classifier_latency,
        classifier_error: ctx.classifier_error,
        fallbacks: ctx.attempts.saturating_sub(1),
    }
}

/// Token usage of a successful upstream answer: as reported, or estimated at about four bytes
/// a token from the prompt and the reassembled answer.
fn usage(ctx: &RequestCtx, status: u16) -> Option<Usage> {
    let observer = ctx.observer.as_ref()?;
    if !(200..300).contains(&status) || ctx.upstream_status.is_none_or(|s| !(200..300).contains(&s))
    {
        return None;
    }
    if let Some(u) = observer.usage {
        return Some(Usage {
            prompt_tokens: u.prompt_tokens,
            completion_tokens: u.completion_tokens,
            source: UsageSource::Upstream,
        });
    }
    let request = ctx.request.as_ref()?;
    let prompt_tokens = match &request.chat {
        Some(chat) => u64::from(chat.estimated_tokens()),
        None => (request.body_len() as u64).div_ceil(4),
    };
    let answer_bytes: usize = observer
        .choices
        .iter()
        .map(|c| {
            c.content.len()
                + c.refusal.len()
                + c.tool_calls
                    .iter()
                    .map(|t| t.name.len() + t.arguments.len())
                    .sum::<usize>()
        })
        .sum();
    Some(Usage {
        prompt_tokens,
        completion_tokens: (answer_bytes as u64).div_ceil(4),
        source: UsageSource::Estimated,
    })
}

/// Ends the request's trace spans with what the request came to, in GenAI semantic conventions.
pub fn end_traces(ctx: &RequestCtx, event: &RequestEvent<'_>, error: Option<&pingora::Error>) {
    let error = error.map(|e| e.etype().as_str().to_owned());
    if let Some(cx) = &ctx.upstream_trace {
        let mut attributes = Vec::new();
        if let Some(status) = ctx.upstream_status {
            attributes.push(KeyValue::new(
                "http.response.status_code",
                i64::from(status),
            ));
        }
        if let Some(u) = event.usage {
            attributes.push(KeyValue::new(
                "gen_ai.usage.input_tokens",
                u.prompt_tokens as i64,
            ));
            attributes.push(KeyValue::new(
                "gen_ai.usage.output_tokens",
                u.completion_tokens as i64,
            ));
        }
        if let Some(observer) = &ctx.observer {
            if let Some(model) = &observer.model {
                attributes.push(KeyValue::new("gen_ai.response.model", model.clone()));
            }
            let reasons: Vec<opentelemetry::StringValue> = observer
                .choices
                .iter()
                .filter_map(|c| c.finish_reason.clone())
                .map(Into::into)
                .collect();
            if !reasons.is_empty() {
                attributes.push(KeyValue::new(
                    "gen_ai.response.finish_reasons",
                    opentelemetry::Value::Array(reasons.into()),
                ));
            }
        }
        traces::set(cx, attributes);
        let failed = error.clone().or_else(|| {
            ctx.upstream_status
                .filter(|s| *s >= 400)
                .map(|s| s.to_string())
        });
        traces::end(cx, failed);
    }
    if let Some(cx) = &ctx.trace {
        let mut attributes = vec![KeyValue::new(
            "http.response.status_code",
            i64::from(event.status),
        )];
        if let Some(request) = &ctx.request {
            attributes.push(KeyValue::new("gen_ai.request.model", request.model.clone()));
            attributes.push(KeyValue::new("gen_ai.operation.name", "chat"));
        }
        for (key, value) in [
            ("triage.route", event.route),
            ("triage.rule", event.rule),
            ("triage.target", event.target),
        ] {
            if let Some(v) = value {
                attributes.push(KeyValue::new(key, v.to_owned()));
            }
        }
        attributes.push(KeyValue::new("triage.cost_usd", event.cost_usd));
        traces::set(cx, attributes);
        let failed = error.or_else(|| {
            (event.status >= 500 || event.status == 0).then(|| event.status.to_string())
        });
        traces::end(cx, failed);
    }
}
