//! What a finished request amounts to: its token usage (the upstream's, else estimated), its
//! cost at the policy's prices, the baseline it is compared with, and the [`RequestEvent`]
//! that metrics and stats record.

use std::time::SystemTime;

use crate::proxy::RequestCtx;
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
