//! Prometheus metrics, served as text on the admin port's `/metrics`.

use prometheus::{
    CounterVec, Encoder, Gauge, GaugeVec, HistogramOpts, HistogramVec, IntCounter, IntCounterVec,
    IntGauge, IntGaugeVec, Opts, Registry, TextEncoder,
};

use super::RequestEvent;

const LATENCY_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0,
];
const CLASSIFIER_BUCKETS: &[f64] = &[
    0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.008, 0.013, 0.025, 0.05, 0.1,
];

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    duration: HistogramVec,
    ttfb: HistogramVec,
    classifier_duration: HistogramVec,
    classifier_errors: IntCounter,
    tokens: IntCounterVec,
    cost: CounterVec,
    baseline_cost: CounterVec,
    savings: CounterVec,
    routed: IntCounterVec,
    escalations: IntCounterVec,
    fallbacks: IntCounterVec,
    /// Classifier gauges, set by whoever owns the classifier.
    pub classifier_queue_depth: IntGauge,
    pub classifier_batch_size: Gauge,
    pub classifier_info: IntGaugeVec,
    /// Escalation log counters, set from the log writer's own counters.
    pub log_records: IntGaugeVec,
    /// 1 when the last request to an upstream got an answer, 0 when it could not be reached.
    pub upstream_up: GaugeVec,
}

fn counter(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric");
    registry
        .register(Box::new(c.clone()))
        .expect("registers once");
    c
}

fn float_counter(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> CounterVec {
    let c = CounterVec::new(Opts::new(name, help), labels).expect("valid metric");
    registry
        .register(Box::new(c.clone()))
        .expect("registers once");
    c
}

fn histogram(
    registry: &Registry,
    name: &str,
    help: &str,
    labels: &[&str],
    buckets: &[f64],
) -> HistogramVec {
    let h = HistogramVec::new(
        HistogramOpts::new(name, help).buckets(buckets.to_vec()),
        labels,
    )
    .expect("valid metric");
    registry
        .register(Box::new(h.clone()))
        .expect("registers once");
    h
}

fn register<T: prometheus::core::Collector + Clone + 'static>(registry: &Registry, metric: T) -> T {
    registry
        .register(Box::new(metric.clone()))
        .expect("registers once");
    metric
}

impl Metrics {
    pub fn new() -> Metrics {
        let r = Registry::new();
        Metrics {
            requests: counter(&r, "triage_requests_total", "Requests answered, by route (\"\" when pinned), target model, tier, category and HTTP status.", &["route", "target", "tier", "category", "status"]),
            duration: histogram(&r, "triage_request_duration_seconds", "Time from request to the last response byte.", &["route", "target"], LATENCY_BUCKETS),
            ttfb: histogram(&r, "triage_time_to_first_token_seconds", "Time from request to the first response body byte (the first token of a stream).", &["route", "target"], LATENCY_BUCKETS),
            classifier_duration: histogram(&r, "triage_classifier_duration_seconds", "Time to score a prompt, queueing included.", &["model"], CLASSIFIER_BUCKETS),
            classifier_errors: register(&r, IntCounter::new("triage_classifier_errors_total", "Routed requests the classifier could not score (sent to on_classifier_error).").expect("valid")),
            tokens: counter(&r, "triage_tokens_total", "Tokens by route, target, tier and kind (prompt or completion).", &["route", "target", "tier", "kind"]),
            cost: float_counter(&r, "triage_cost_usd_total", "Cost in USD at the policy's prices.", &["route", "target", "tier"]),
            baseline_cost: float_counter(&r, "triage_baseline_cost_usd_total", "What the same requests would have cost on the route's baseline frontier model.", &["route"]),
            savings: float_counter(&r, "triage_savings_usd_total", "Baseline cost minus actual cost.", &["route"]),
            routed: counter(&r, "triage_routed_requests_total", "Requests decided by a route, by route and category.", &["route", "category"]),
            escalations: counter(&r, "triage_escalations_total", "Routed requests sent to a frontier model, by route and category.", &["route", "category"]),
            fallbacks: counter(&r, "triage_fallbacks_total", "Requests served by a fallback after their first candidate failed.", &["route", "target"]),
            classifier_queue_depth: register(&r, IntGauge::new("triage_classifier_queue_depth", "Prompts waiting for the classifier.").expect("valid")),
            classifier_batch_size: register(&r, Gauge::new("triage_classifier_batch_size", "Size of the classifier's last batch.").expect("valid")),
            classifier_info: register(&r, IntGaugeVec::new(Opts::new("triage_classifier_info", "The classifier in use: model version and execution provider."), &["model", "provider"]).expect("valid")),
            log_records: register(&r, IntGaugeVec::new(Opts::new("triage_log_records", "Escalation log records by outcome (written, dropped, failed), since start."), &["outcome"]).expect("valid")),
            upstream_up: register(&r, GaugeVec::new(Opts::new("triage_upstream_up", "1 when the last request to this upstream got an answer, 0 when it could not connect or timed out."), &["upstream"]).expect("valid")),
            registry: r,
        }
    }

    pub fn record(&self, e: &RequestEvent<'_>) {
        let route = e.route.unwrap_or("");
        let target = e.target.unwrap_or("");
        let tier = e.tier.map_or("", tier_label);
        let category = e.category.map_or("", |c| c.as_str());
        let mut status = itoa::Buffer::new();
        self.requests
            .with_label_values(&[route, target, tier, category, status.format(e.status)])
            .inc();
        self.duration
            .with_label_values(&[route, target])
            .observe(e.latency.as_secs_f64());
        if let Some(t) = e.time_to_first_byte {
            self.ttfb
                .with_label_values(&[route, target])
                .observe(t.as_secs_f64());
        }
        if e.classifier_error {
            self.classifier_errors.inc();
        }
        if let Some(u) = e.usage {
            self.tokens
                .with_label_values(&[route, target, tier, "prompt"])
                .inc_by(u.prompt_tokens);
            self.tokens
                .with_label_values(&[route, target, tier, "completion"])
                .inc_by(u.completion_tokens);
            self.cost
                .with_label_values(&[route, target, tier])
                .inc_by(e.cost_usd);
            self.baseline_cost
                .with_label_values(&[route])
                .inc_by(e.baseline_cost_usd);
            // Counters only go up; a dearer-than-baseline request lowers savings in /api/stats.
            self.savings
                .with_label_values(&[route])
                .inc_by((e.baseline_cost_usd - e.cost_usd).max(0.0));
        }
        if e.route.is_some() {
            self.routed.with_label_values(&[route, category]).inc();
            if e.is_escalation() {
                self.escalations.with_label_values(&[route, category]).inc();
            }
        }
        if e.fallbacks > 0 && !e.is_error() {
            self.fallbacks.with_label_values(&[route, target]).inc();
        }
    }

    pub fn observe_classifier(&self, model: &str, seconds: f64) {
        self.classifier_duration
            .with_label_values(&[model])
            .observe(seconds);
    }

    /// The Prometheus text exposition of every metric.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut out)
            .expect("text encoding");
        out
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

pub fn tier_label(t: triage_policy::Tier) -> &'static str {
    match t {
        triage_policy::Tier::Local => "local",
        triage_policy::Tier::Frontier => "frontier",
    }
}
