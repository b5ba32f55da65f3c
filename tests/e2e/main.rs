//! End-to-end: the real gateway, real fake upstreams on loopback, a real HTTP client.

mod accounting;
mod classifier;
mod errors;
mod fallback;
mod flywheel;
mod passthrough;
mod routing;
mod streaming;
mod tls;
mod traces;

use triage_e2e::FakeUpstream;

/// A policy over a local and a frontier fake upstream, plus `dead` on port 1, where nothing
/// listens (a free port picked at random could be taken by a parallel test).
pub fn policy(local: &FakeUpstream, frontier: &FakeUpstream) -> String {
    policy_with(local, frontier, 5000)
}

pub fn policy_with(local: &FakeUpstream, frontier: &FakeUpstream, timeout_ms: u64) -> String {
    format!(
        r#"
version: 1
limits:
  max_body_bytes: 8388608
upstreams:
  local: {{ base_url: "http://{local}/v1", connect_timeout_ms: 1000, timeout_ms: {timeout_ms} }}
  frontier: {{ base_url: "http://{frontier}/openai/v1/", api_key_env: FRONTIER_KEY, timeout_ms: {timeout_ms} }}
  dead: {{ base_url: "http://127.0.0.1:1/v1", connect_timeout_ms: 500 }}
models:
  local-extract: {{ upstream: local, model: extract-lora, tier: local, price: {{ input_per_1m: 0.1, output_per_1m: 0.1 }} }}
  local-summarize: {{ upstream: local, model: summarize-lora, tier: local, price: {{ input_per_1m: 0.1, output_per_1m: 0.1 }} }}
  frontier-big: {{ upstream: frontier, model: big-1, tier: frontier, price: {{ input_per_1m: 2.5, output_per_1m: 10 }} }}
  dead-model: {{ upstream: dead, tier: local, price: {{ input_per_1m: 0, output_per_1m: 0 }} }}
routes:
  auto:
    rules:
      - name: tools-frontier
        if: {{ tools: true }}
        to: frontier-big
      - name: vip
        if: {{ header: {{ x-team: vip }} }}
        to: frontier-big
      - name: narrow-extract
        if: {{ category: [extraction, classification], score_below: 0.4 }}
        to: local-extract
      - name: narrow-summary
        if: {{ category: [summarization], score_below: 0.4 }}
        to: local-summarize
    default: frontier-big
  resilient:
    default: dead-model
    fallbacks: [local-extract, frontier-big]
  local-first:
    default: local-extract
    fallbacks: [frontier-big]
"#,
        local = local.addr,
        frontier = frontier.addr,
    )
}

pub const FRONTIER_KEY: (&str, &str) = ("FRONTIER_KEY", "sk-frontier-secret");

pub fn chat(model: &str, prompt: &str) -> serde_json::Value {
    serde_json::json!({"model": model, "messages": [{"role": "user", "content": prompt}]})
}
