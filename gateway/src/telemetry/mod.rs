//! One event per request, and what it feeds: Prometheus metrics ([`metrics`]) and the live
//! cost and savings figures of `/api/stats` and the dashboard ([`stats`]).
//!
//! Recording is a few atomic adds and one short lock; it never does I/O. Labels hold only
//! bounded values (policy names, categories, status codes), never request ids or prompt text.

pub mod metrics;
pub mod stats;
pub mod traces;

use std::time::{Duration, SystemTime};

use triage_classifier::Category;
use triage_policy::Tier;

pub use metrics::Metrics;
pub use stats::Stats;

/// Token counts and where they came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    /// `upstream` when the upstream reported usage, `estimated` when Triage counted.
    pub source: UsageSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UsageSource {
    Upstream,
    Estimated,
}

/// Everything recorded about one finished request.
#[derive(Debug, Clone)]
pub struct RequestEvent<'a> {
    pub at: SystemTime,
    /// The route for routed requests; None when the client pinned a model.
    pub route: Option<&'a str>,
    pub rule: Option<&'a str>,
    pub category: Option<Category>,
    pub escalation_score: Option<f32>,
    /// The model that served (or last failed) the request; None if it never got that far.
    pub target: Option<&'a str>,
    pub tier: Option<Tier>,
    pub upstream: Option<&'a str>,
    /// Status sent to the client (0 if the client went away first).
    pub status: u16,
    pub usage: Option<Usage>,
    pub cost_usd: f64,
    pub baseline_cost_usd: f64,
    pub latency: Duration,
    pub time_to_first_byte: Option<Duration>,
    pub classifier_latency: Option<Duration>,
    /// Whether the classifier failed to score a routed request.
    pub classifier_error: bool,
    /// Candidates tried beyond the first.
    pub fallbacks: usize,
}

impl RequestEvent<'_> {
    /// A routed request that went to a frontier model.
    pub fn is_escalation(&self) -> bool {
        self.route.is_some() && self.tier == Some(Tier::Frontier)
    }

    pub fn is_error(&self) -> bool {
        self.status == 0 || self.status >= 400
    }
}

/// The telemetry of one gateway process.
pub struct Telemetry {
    pub metrics: Metrics,
    pub stats: Stats,
}

impl Telemetry {
    pub fn new() -> Telemetry {
        Telemetry {
            metrics: Metrics::new(),
            stats: Stats::new(),
        }
    }

    pub fn record(&self, event: &RequestEvent<'_>) {
        self.metrics.record(event);
        self.stats.record(event);
    }
}

impl Default for Telemetry {
    fn default() -> Self {
        Self::new()
    }
}
