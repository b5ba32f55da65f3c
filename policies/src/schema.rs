//! The policy file as written: serde types for YAML, and the source of `policies/schema.json`.
//!
//! Every struct denies unknown keys, so a typo is an error that names the key, not a silent
//! default. These types are only for reading; [`crate::Policy`] is the checked form the gateway
//! uses.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Deserialize;
use triage_classifier::Category;

/// A Triage routing policy.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicySpec {
    /// Schema version of this file; must be 1.
    pub version: u32,
    /// Request limits.
    #[serde(default)]
    pub limits: LimitsSpec,
    /// OpenAI-compatible servers Triage forwards to, by name.
    pub upstreams: IndexMap<String, UpstreamSpec>,
    /// Concrete models clients may pin and routes may target, by the name clients use.
    pub models: IndexMap<String, ModelSpec>,
    /// Virtual models (e.g. `auto`) whose requests are classified and routed by rules.
    pub routes: IndexMap<String, RouteSpec>,
    /// The model every request is priced against to report savings ("had it all gone to the
    /// frontier"). Defaults to the frontier model with the highest completion price.
    #[serde(default)]
    pub baseline_model: Option<String>,
    /// What is written to the escalation log (the fine-tuning data of the flywheel).
    #[serde(default)]
    pub escalation_log: LogSpec,
}

/// Which requests become log records, how they are redacted, and shadow traffic.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogSpec {
    /// Routes whose escalations are logged. Default: every route.
    #[serde(default)]
    pub routes: Option<Vec<String>>,
    /// Also log requests routed to local models (needed for feedback on local answers).
    /// Default false.
    #[serde(default)]
    pub local: bool,
    /// Also log requests that name a frontier model directly. Default false.
    #[serde(default)]
    pub pinned: bool,
    /// Redaction applied before a record is written.
    #[serde(default)]
    pub redaction: triage_flywheel::RedactionConfig,
    /// Send a sample of locally-routed requests to a frontier model too, in the background,
    /// and log both answers.
    #[serde(default)]
    pub shadow: Option<ShadowSpec>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShadowSpec {
    /// Share of locally-routed requests shadowed, in (0, 1].
    pub fraction: f64,
    /// Frontier model the shadow copy goes to. Default: the route's baseline.
    #[serde(default)]
    pub to: Option<String>,
    /// Most USD spent on shadow calls per hour; further ones are skipped until the next hour.
    pub max_usd_per_hour: f64,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LimitsSpec {
    /// Largest request body accepted, in bytes; larger ones get 413. Default 10 MiB.
    #[serde(default = "default_max_body_bytes")]
    pub max_body_bytes: u64,
}

impl Default for LimitsSpec {
    fn default() -> Self {
        LimitsSpec {
            max_body_bytes: default_max_body_bytes(),
        }
    }
}

fn default_max_body_bytes() -> u64 {
    10 * 1024 * 1024
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UpstreamSpec {
    /// Base URL of the OpenAI-compatible API, including its `/v1`-style prefix,
    /// e.g. `http://127.0.0.1:8000/v1` or `https://api.openai.com/v1`.
    pub base_url: String,
    /// Name of the environment variable holding the API key, sent as `Authorization: Bearer`.
    /// Leave out for servers that need no key.
    #[serde(default)]
    pub api_key_env: Option<String>,
    /// Time allowed to open the connection (TCP and TLS), in milliseconds. Default 2000.
    #[serde(default = "default_connect_timeout_ms")]
    pub connect_timeout_ms: u64,
    /// Time allowed for the whole upstream call, streaming included, in milliseconds.
    /// Default 300000 (5 minutes).
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// PEM file of the certificate authorities trusted for this upstream's TLS certificate
    /// (a private CA in front of a self-hosted model server), instead of the system's.
    #[serde(default)]
    pub ca_file: Option<String>,
    /// Ask for token usage on streams (`stream_options.include_usage`) when the client did
    /// not, removing the extra usage chunk before the client sees it. Turn off for servers that
    /// reject `stream_options`; usage is then estimated. Default true.
    #[serde(default = "default_true")]
    pub stream_usage: bool,
}

fn default_true() -> bool {
    true
}

fn default_connect_timeout_ms() -> u64 {
    2_000
}

fn default_timeout_ms() -> u64 {
    300_000
}

/// Who serves a model: a local small model, or a frontier API (requests routed there are
/// escalations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Local,
    Frontier,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModelSpec {
    /// Name of the upstream serving this model.
    pub upstream: String,
    /// Model name sent upstream (for a LoRA adapter on vLLM/LoRAX, the adapter name).
    /// Defaults to this model's own name.
    #[serde(default)]
    pub model: Option<String>,
    /// `local` for small self-hosted models, `frontier` for frontier APIs.
    pub tier: Tier,
    /// Price in USD per million tokens.
    pub price: PriceSpec,
}

/// A model's price: per-token list prices (`input_per_1m` and `output_per_1m`), or for a
/// self-hosted model the GPU cost amortized over its throughput (`gpu_hour_usd` and
/// `tokens_per_second`, which prices every token alike).
#[derive(Debug, Clone, Copy, Default, Deserialize, JsonSchema, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct PriceSpec {
    /// USD per million prompt tokens.
    #[serde(default)]
    pub input_per_1m: Option<f64>,
    /// USD per million completion tokens.
    #[serde(default)]
    pub output_per_1m: Option<f64>,
    /// USD per hour of the GPU serving the model.
    #[serde(default)]
    pub gpu_hour_usd: Option<f64>,
    /// Tokens per second the GPU sustains for this model (prompt and completion together).
    #[serde(default)]
    pub tokens_per_second: Option<f64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteSpec {
    /// Rules tried in order; the first whose conditions all hold picks the target.
    #[serde(default)]
    pub rules: Vec<RuleSpec>,
    /// Model used when no rule matches.
    pub default: String,
    /// Models tried in order when the chosen one fails to connect, times out, or answers
    /// 5xx/429 before anything reached the client.
    #[serde(default)]
    pub fallbacks: Vec<String>,
    /// Model used when the classifier cannot score the request (overloaded or failed) and a
    /// rule needs its scores. Defaults to `default`.
    #[serde(default)]
    pub on_classifier_error: Option<String>,
    /// The model this route's savings are measured against. Defaults to `baseline_model`.
    #[serde(default)]
    pub baseline: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Name shown in `x-triage-rule`, logs and metrics. Defaults to `rule-<index>`.
    #[serde(default)]
    pub name: Option<String>,
    /// Conditions; all must hold. An empty map always matches.
    #[serde(rename = "if")]
    pub when: Condition,
    /// Model to send the request to.
    pub to: String,
}

/// Conditions of a rule. All present keys must hold.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The classifier's top category is one of these.
    #[serde(default)]
    #[schemars(with = "Option<Vec<CategoryName>>")]
    pub category: Option<Vec<Category>>,
    /// The escalation score is below this value (0..1].
    #[serde(default)]
    pub score_below: Option<f32>,
    /// The escalation score is at least this value [0..1).
    #[serde(default)]
    pub score_at_least: Option<f32>,
    /// The prompt's estimated token count is below this.
    #[serde(default)]
    pub prompt_tokens_below: Option<u32>,
    /// The prompt's estimated token count is at least this.
    #[serde(default)]
    pub prompt_tokens_at_least: Option<u32>,
    /// The request carries tools (true) or none (false).
    #[serde(default)]
    pub tools: Option<bool>,
    /// The request carries images (true) or none (false).
    #[serde(default)]
    pub images: Option<bool>,
    /// The request asks for streaming (true) or not (false).
    #[serde(default)]
    pub stream: Option<bool>,
    /// Request headers that must be present with exactly these values (names lower-case).
    #[serde(default)]
    pub header: Option<IndexMap<String, String>>,
}

impl Condition {
    /// Whether evaluating this condition needs the classifier's output.
    pub fn needs_scores(&self) -> bool {
        self.category.is_some() || self.score_below.is_some() || self.score_at_least.is_some()
    }
}

// Categories are written as their snake_case labels.
impl JsonSchema for CategoryName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Category".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let labels: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        schemars::json_schema!({ "type": "string", "enum": labels })
    }
}

/// Schema stand-in for [`Category`], which lives in the classifier crate.
pub struct CategoryName;
