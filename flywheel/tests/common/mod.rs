//! Record builders shared by the flywheel tests.
#![allow(dead_code)]

use serde_json::{json, Value};
use triage_flywheel::{
    ClassifierInfo, FeedbackRecord, RecordKind, RequestRecord, ResponseInfo, Tier, Timestamp,
    Usage, UsageSource, SCHEMA_VERSION,
};

/// 2026-11-25T17:00:00Z plus `secs` seconds.
pub fn ts(secs: i64) -> Timestamp {
    Timestamp::from_unix_millis(1_795_626_000_000 + secs * 1000).unwrap()
}

/// A successful chat request with one user message, answered `answer`.
pub fn request(
    id: &str,
    kind: RecordKind,
    category: &str,
    prompt: &str,
    answer: &str,
) -> RequestRecord {
    let tier = if kind == RecordKind::Local {
        Tier::Local
    } else {
        Tier::Frontier
    };
    let target = if tier == Tier::Local {
        "local-small"
    } else {
        "gpt-4o"
    };
    RequestRecord {
        schema: SCHEMA_VERSION,
        request_id: id.to_owned(),
        timestamp: ts(0),
        kind,
        shadow_of: None,
        route: Some("auto".into()),
        rule: Some("hard-goes-large".into()),
        classifier: Some(ClassifierInfo {
            category: category.to_owned(),
            escalation: 0.83,
            model_version: "rules-v1".into(),
        }),
        target: target.into(),
        tier,
        upstream: if tier == Tier::Local {
            "vllm"
        } else {
            "openai"
        }
        .into(),
        upstream_model: target.into(),
        endpoint: "chat.completions".into(),
        stream: true,
        request: json!({
            "model": "auto",
            "messages": [
                {"role": "system", "content": "You are helpful."},
                {"role": "user", "content": prompt},
            ],
            "temperature": 0.2,
        }),
        response: ResponseInfo::ok(
            json!({"role": "assistant", "content": answer}),
            Some("stop".into()),
        ),
        usage: Some(Usage {
            prompt_tokens: 10,
            completion_tokens: 5,
            source: UsageSource::Upstream,
        }),
        cost_usd: Some(0.0123),
        baseline_cost_usd: Some(0.0123),
        latency_ms: 1234.5,
        ttft_ms: Some(200.1),
    }
}

pub fn escalation(id: &str, prompt: &str) -> RequestRecord {
    request(
        id,
        RecordKind::Escalation,
        "reasoning",
        prompt,
        "The answer is 42.",
    )
}

pub fn feedback(id: &str, score: Option<f64>, label: Option<&str>) -> FeedbackRecord {
    FeedbackRecord {
        schema: SCHEMA_VERSION,
        request_id: id.to_owned(),
        timestamp: ts(60),
        score,
        label: label.map(str::to_owned),
        comment: None,
    }
}

/// A request whose client offered tools and whose answer is a tool call.
pub fn tool_call(id: &str) -> RequestRecord {
    let mut r = request(
        id,
        RecordKind::Escalation,
        "coding",
        "What is the weather in Paris?",
        "",
    );
    r.request["tools"] = json!([{
        "type": "function",
        "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}
    }]);
    r.response = ResponseInfo::ok(
        json!({"role": "assistant", "content": null, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}
        ]}),
        Some("tool_calls".into()),
    );
    r
}

/// Parses every line of a JSONL file.
pub fn read_jsonl(path: &std::path::Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}: bad line {l:?}: {e}", path.display()))
        })
        .collect()
}
