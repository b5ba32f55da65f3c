//! What every request shares: the current routing (policy + upstream clients) behind an atomic
//! swap, the classifier, and the DNS cache.

use std::sync::Arc;

use arc_swap::ArcSwap;
use triage_classifier::Scorer;
use triage_policy::Policy;

use crate::escalations::EscalationLog;
use crate::telemetry::traces::Tracing;
use crate::telemetry::Telemetry;
use crate::upstream::{DnsCache, UpstreamClient, Upstreams};
use triage_flywheel::LogHandle;

/// A loaded policy with its upstream clients. Requests take a snapshot at their start, so a
/// policy swap never changes a request mid-flight.
#[derive(Debug)]
pub struct Routing {
    pub policy: Policy,
    pub upstreams: Upstreams,
    /// Where the policy came from (a path, or `embedded default`).
    pub source: String,
}

impl Routing {
    /// Builds the routing for `policy`, reading API keys from the process environment. Missing
    /// keys are logged; requests to those upstreams go without `Authorization`, and the
    /// upstream's own 401 reaches the client.
    pub fn new(policy: Policy, source: String) -> Result<Routing, String> {
        Self::with_env(policy, source, |var| std::env::var(var).ok())
    }

    /// Like [`Routing::new`], reading API keys through `env`.
    pub fn with_env(
        policy: Policy,
        source: String,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Routing, String> {
        let (clients, missing) = UpstreamClient::for_policy(&policy, env)?;
        for (upstream, var) in missing {
            tracing::warn!(
                upstream,
                variable = var,
                "API key variable is not set; requests to this upstream carry no key"
            );
        }
        Ok(Routing {
            policy,
            upstreams: Upstreams::new(clients),
            source,
        })
    }
}

pub struct AppState {
    pub routing: ArcSwap<Routing>,
    pub scorer: Arc<dyn Scorer>,
    pub dns: DnsCache,
    pub telemetry: Telemetry,
    /// OpenTelemetry traces; None unless an OTLP endpoint is configured.
    pub tracing: Option<Tracing>,
    /// The escalation log; None when logging is off.
    pub log: Option<EscalationLog>,
    /// The ONNX classifier when it is the scorer: its queue and batch figures, and reloads.
    pub onnx: Option<Arc<triage_classifier::OnnxScorer>>,
    /// Put the last user message (cut to 2 KiB) in access log lines. Off by default.
    pub log_prompts: bool,
}

impl AppState {
    /// State with telemetry on and no traces or escalation log; see [`AppState::with_tracing`]
    /// and [`AppState::with_log`].
    pub fn new(routing: Routing, scorer: Arc<dyn Scorer>) -> AppState {
        AppState {
            routing: ArcSwap::from_pointee(routing),
            scorer,
            dns: DnsCache::default(),
            telemetry: Telemetry::new(),
            tracing: None,
            log: None,
            onnx: None,
            log_prompts: false,
        }
    }

    pub fn with_tracing(mut self, tracing: Tracing) -> AppState {
        self.tracing = Some(tracing);
        self
    }

    pub fn with_log(mut self, log: LogHandle) -> AppState {
        self.log = Some(EscalationLog::new(log));
        self
    }

    pub fn shared(self) -> Arc<AppState> {
        Arc::new(self)
    }
}
