//! The records of the escalation log, exactly as they are written: one JSON object per line,
//! tagged by `"type"` (`request` or `feedback`), each carrying `"schema": 1`.
//!
//! These types are the log's format. Add fields with `#[serde(default)]` so older segments stay
//! readable; never rename or remove one (bump [`SCHEMA_VERSION`] instead).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Timestamp;

/// Version written in every record's `schema` field.
pub const SCHEMA_VERSION: u32 = 1;

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    Request(Box<RequestRecord>),
    Feedback(FeedbackRecord),
}

impl Record {
    pub fn request_id(&self) -> &str {
        match self {
            Record::Request(r) => &r.request_id,
            Record::Feedback(f) => &f.request_id,
        }
    }

    pub fn timestamp(&self) -> Timestamp {
        match self {
            Record::Request(r) => r.timestamp,
            Record::Feedback(f) => f.timestamp,
        }
    }
}

impl From<RequestRecord> for Record {
    fn from(r: RequestRecord) -> Self {
        Record::Request(Box::new(r))
    }
}

impl From<FeedbackRecord> for Record {
    fn from(f: FeedbackRecord) -> Self {
        Record::Feedback(f)
    }
}

/// Why a request record exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// Served by a frontier model: the policy escalated it (or the client pinned one).
    Escalation,
    /// Served by a local model.
    Local,
    /// A copy of another request (`shadow_of`) sent to a second model for comparison; its
    /// answer never reached the client.
    Shadow,
}

impl RecordKind {
    pub const ALL: [RecordKind; 3] = [
        RecordKind::Escalation,
        RecordKind::Local,
        RecordKind::Shadow,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Escalation => "escalation",
            RecordKind::Local => "local",
            RecordKind::Shadow => "shadow",
        }
    }
}

/// Who served the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Frontier,
    Local,
}

/// What the classifier said about the prompt (absent for pinned models).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassifierInfo {
    /// Top category label, e.g. `reasoning`.
    pub category: String,
    /// Escalation score in [0, 1].
    pub escalation: f64,
    pub model_version: String,
}

/// One proxied request and its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestRecord {
    pub schema: u32,
    /// The `x-request-id` the client saw.
    pub request_id: String,
    /// When the request arrived.
    pub timestamp: Timestamp,
    pub kind: RecordKind,
    /// For shadows: the request this one copies.
    #[serde(default)]
    pub shadow_of: Option<String>,
    /// The route (virtual model, e.g. `auto`) that decided; `None` for pinned models.
    #[serde(default)]
    pub route: Option<String>,
    /// The policy rule that matched.
    #[serde(default)]
    pub rule: Option<String>,
    #[serde(default)]
    pub classifier: Option<ClassifierInfo>,
    /// The policy model that served it, e.g. `gpt-4o`.
    pub target: String,
    pub tier: Tier,
    /// Upstream name in the policy, e.g. `openai`.
    pub upstream: String,
    /// The model name sent upstream.
    pub upstream_model: String,
    /// `chat.completions`, `completions`, `embeddings`, ...
    pub endpoint: String,
    pub stream: bool,
    /// The client's request body as JSON (messages, tools, parameters), redacted when written.
    pub request: Value,
    pub response: ResponseInfo,
    #[serde(default)]
    pub usage: Option<Usage>,
    #[serde(default)]
    pub cost_usd: Option<f64>,
    /// What the request would have cost on the policy's baseline model.
    #[serde(default)]
    pub baseline_cost_usd: Option<f64>,
    pub latency_ms: f64,
    /// Time to the first body byte.
    #[serde(default)]
    pub ttft_ms: Option<f64>,
}

impl RequestRecord {
    /// The classifier category, if the request was classified.
    pub fn category(&self) -> Option<&str> {
        self.classifier.as_ref().map(|c| c.category.as_str())
    }
}

/// The answer: `message` and `finish_reason` on success, `error` otherwise.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ResponseInfo {
    /// HTTP status the client got.
    pub status: u16,
    /// The assistant message in OpenAI shape (`role`, `content`, `tool_calls`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_reason: Option<String>,
    /// The error body (OpenAI's `error` object) for failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Value>,
}

impl ResponseInfo {
    pub fn ok(message: Value, finish_reason: Option<String>) -> Self {
        ResponseInfo {
            status: 200,
            message: Some(message),
            finish_reason,
            error: None,
        }
    }

    pub fn error(status: u16, error: Value) -> Self {
        ResponseInfo {
            status,
            error: Some(error),
            ..ResponseInfo::default()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub source: UsageSource,
}

/// Whether token counts came from the upstream or were estimated by Triage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UsageSource {
    Upstream,
    Estimated,
}

/// A client's judgement of an answer, joined to its request by `request_id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackRecord {
    pub schema: u32,
    pub request_id: String,
    pub timestamp: Timestamp,
    /// In [0, 1]; higher is better.
    #[serde(default)]
    pub score: Option<f64>,
    /// Free label, e.g. `good`, `bad`.
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub comment: Option<String>,
}

impl FeedbackRecord {
    /// The score, or one read from a well-known label (`good`/`positive`/`thumbs_up`/`correct`
    /// = 1, `bad`/`negative`/`thumbs_down`/`incorrect`/`wrong` = 0).
    pub fn effective_score(&self) -> Option<f64> {
        if let Some(s) = self.score.filter(|s| s.is_finite()) {
            return Some(s.clamp(0.0, 1.0));
        }
        let label = self.label.as_deref()?.trim().to_ascii_lowercase();
        match label.as_str() {
            "good" | "positive" | "thumbs_up" | "up" | "correct" | "accept" | "accepted" => {
                Some(1.0)
            }
            "bad" | "negative" | "thumbs_down" | "down" | "incorrect" | "wrong" | "reject"
            | "rejected" => Some(0.0),
            _ => None,
        }
    }
}
