//! Live aggregates behind `GET /api/stats` and the dashboard: totals since start, per route,
//! target, category and tier, and time series by minute (last hour) and by hour (last day).

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use super::RequestEvent;
use crate::telemetry::metrics::tier_label;

/// Latency histogram: bucket `i` holds latencies up to `BASE_MS * GROWTH^i`.
const BUCKETS: usize = 64;
const BASE_MS: f64 = 0.25;
const GROWTH: f64 = 1.25;

#[derive(Clone)]
struct Latency([u32; BUCKETS]);

impl Default for Latency {
    fn default() -> Self {
        Latency([0; BUCKETS])
    }
}

impl Latency {
    fn add(&mut self, d: Duration) {
        let ms = d.as_secs_f64() * 1e3;
        let i = if ms <= BASE_MS {
            0
        } else {
            ((ms / BASE_MS).ln() / GROWTH.ln()).ceil() as usize
        };
        self.0[i.min(BUCKETS - 1)] += 1;
    }

    fn merge(&mut self, other: &Latency) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }

    /// The upper bound of the bucket holding the q-quantile, in ms (within 25%).
    fn quantile(&self, q: f64) -> Option<f64> {
        let total: u64 = self.0.iter().map(|c| u64::from(*c)).sum();
        if total == 0 {
            return None;
        }
        let rank = (q * total as f64).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, c) in self.0.iter().enumerate() {
            seen += u64::from(*c);
            if seen >= rank {
                return Some(round(BASE_MS * GROWTH.powi(i as i32), 3));
            }
        }
        None
    }
}

#[derive(Clone, Default)]
struct Agg {
    requests: u64,
    errors: u64,
    routed: u64,
    escalations: u64,
    local: u64,
    prompt_tokens: u64,
    completion_tokens: u64,
    cost: f64,
    baseline_cost: f64,
    latency: Latency,
}

impl Agg {
    fn add(&mut self, e: &RequestEvent<'_>) {
        self.requests += 1;
        self.errors += u64::from(e.is_error());
        self.routed += u64::from(e.route.is_some());
        self.escalations += u64::from(e.is_escalation());
        self.local += u64::from(e.tier == Some(triage_policy::Tier::Local));
        if let Some(u) = e.usage {
            self.prompt_tokens += u.prompt_tokens;
            self.completion_tokens += u.completion_tokens;
            self.cost += e.cost_usd;
            self.baseline_cost += e.baseline_cost_usd;
        }
        self.latency.add(e.latency);
    }

    fn merge(&mut self, o: &Agg) {
        self.requests += o.requests;
        self.errors += o.errors;
        self.routed += o.routed;
        self.escalations += o.escalations;
        self.local += o.local;
        self.prompt_tokens += o.prompt_tokens;
        self.completion_tokens += o.completion_tokens;
        self.cost += o.cost;
        self.baseline_cost += o.baseline_cost;
        self.latency.merge(&o.latency);
    }

    fn to_json(&self) -> Value {
        json!({
            "requests": self.requests,
            "errors": self.errors,
            "routed": self.routed,
            "escalations": self.escalations,
            "escalation_rate": if self.routed == 0 { Value::Null } else { json!(round(self.escalations as f64 / self.routed as f64, 4)) },
            "local": self.local,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": round(self.cost, 6),
            "baseline_cost_usd": round(self.baseline_cost, 6),
            "savings_usd": round(self.baseline_cost - self.cost, 6),
            "latency_ms": {
                "p50": self.latency.quantile(0.50),
                "p95": self.latency.quantile(0.95),
                "p99": self.latency.quantile(0.99),
            },
        })
    }
}

fn round(x: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

/// Fixed-width time buckets, the newest last, at most `len` of them.
struct Series {
    width: u64,
    len: usize,
    buckets: VecDeque<(u64, Agg)>,
}

impl Series {
    fn new(width: u64, len: usize) -> Self {
        Series {
            width,
            len,
            buckets: VecDeque::with_capacity(len + 1),
        }
    }

    fn add(&mut self, at_secs: u64, e: &RequestEvent<'_>) {
        let start = at_secs - at_secs % self.width;
        match self.buckets.iter_mut().rev().find(|(s, _)| *s == start) {
            Some((_, agg)) => agg.add(e),
            None => {
                let mut agg = Agg::default();
                agg.add(e);
                let pos = self
                    .buckets
                    .iter()
                    .position(|(s, _)| *s > start)
                    .unwrap_or(self.buckets.len());
                self.buckets.insert(pos, (start, agg));
                while self.buckets.len() > self.len {
                    self.buckets.pop_front();
                }
            }
        }
    }

    /// The last `len` buckets up to `now`, empty ones included.
    fn to_json(&self, now_secs: u64) -> Value {
        let newest = now_secs - now_secs % self.width;
        let oldest = newest.saturating_sub(self.width * (self.len as u64 - 1));
        let empty = Agg::default();
        let points: Vec<Value> = (0..self.len as u64)
            .map(|i| oldest + i * self.width)
            .map(|start| {
                let agg = self
                    .buckets
                    .iter()
                    .find(|(s, _)| *s == start)
                    .map_or(&empty, |(_, a)| a);
                let mut v = agg.to_json();
                v["start"] = json!(start);
                v
            })
            .collect();
        Value::Array(points)
    }
}

struct Inner {
    started: SystemTime,
    total: Agg,
    by_route: BTreeMap<String, Agg>,
    by_target: BTreeMap<String, Agg>,
    by_category: BTreeMap<String, Agg>,
    by_tier: BTreeMap<String, Agg>,
    minutes: Series,
    hours: Series,
}

pub struct Stats {
    inner: Mutex<Inner>,
    /// Set by `triage demo`: the upstreams are simulated, and the dashboard says so.
    simulated: std::sync::atomic::AtomicBool,
}

fn add_to(map: &mut BTreeMap<String, Agg>, key: &str, e: &RequestEvent<'_>) {
    match map.get_mut(key) {
        Some(agg) => agg.add(e),
        None => map.entry(key.to_owned()).or_default().add(e),
    }
}

fn unix_secs(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Stats {
    pub fn new() -> Stats {
        Stats {
            inner: Mutex::new(Inner {
                started: SystemTime::now(),
                total: Agg::default(),
                by_route: BTreeMap::new(),
                by_target: BTreeMap::new(),
                by_category: BTreeMap::new(),
                by_tier: BTreeMap::new(),
                minutes: Series::new(60, 60),
                hours: Series::new(3600, 24),
            }),
            simulated: Default::default(),
        }
    }

    pub fn mark_simulated(&self) {
        self.simulated
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn record(&self, e: &RequestEvent<'_>) {
        let at = unix_secs(e.at);
        let mut s = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        s.total.add(e);
        add_to(&mut s.by_route, e.route.unwrap_or("(pinned)"), e);
        if let Some(t) = e.target {
            add_to(&mut s.by_target, t, e);
        }
        if let Some(c) = e.category {
            add_to(&mut s.by_category, c.as_str(), e);
        }
        if let Some(t) = e.tier {
            add_to(&mut s.by_tier, tier_label(t), e);
        }
        s.minutes.add(at, e);
        s.hours.add(at, e);
    }

    /// The `/api/stats` document.
    pub fn to_json(&self, now: SystemTime) -> Value {
        let s = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let group = |m: &BTreeMap<String, Agg>| -> Value {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
        };
        let now_secs = unix_secs(now);
        let mut last_hour = Agg::default();
        for (start, agg) in &s.minutes.buckets {
            if *start + 3600 > now_secs {
                last_hour.merge(agg);
            }
        }
        json!({
            "started_at": unix_secs(s.started),
            "now": now_secs,
            "simulated": self.simulated.load(std::sync::atomic::Ordering::Relaxed),
            "totals": s.total.to_json(),
            "last_hour": last_hour.to_json(),
            "by_route": group(&s.by_route),
            "by_target": group(&s.by_target),
            "by_category": group(&s.by_category),
            "by_tier": group(&s.by_tier),
            "series": {
                "per_minute": s.minutes.to_json(now_secs),
                "per_hour": s.hours.to_json(now_secs),
            },
        })
    }
}

impl Default for Stats {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::telemetry::{Usage, UsageSource};
    use triage_classifier::Category;
    use triage_policy::Tier;

    fn event(
        at: u64,
        route: Option<&'static str>,
        tier: Tier,
        ms: u64,
        cost: f64,
        baseline: f64,
    ) -> RequestEvent<'static> {
        RequestEvent {
            at: UNIX_EPOCH + Duration::from_secs(at),
            route,
            rule: None,
            category: Some(Category::Extraction),
            escalation_score: Some(0.2),
            target: Some(if tier == Tier::Local { "small" } else { "big" }),
            tier: Some(tier),
            upstream: Some("u"),
            status: 200,
            usage: Some(Usage {
                prompt_tokens: 100,
                completion_tokens: 10,
                source: UsageSource::Upstream,
            }),
            cost_usd: cost,
            baseline_cost_usd: baseline,
            latency: Duration::from_millis(ms),
            time_to_first_byte: None,
            classifier_latency: None,
            classifier_error: false,
            fallbacks: 0,
        }
    }

    #[test]
    fn totals_groups_and_series_add_up() {
        let stats = Stats::new();
        let t0: u64 = 1_800_000_000; // on a whole hour
        stats.record(&event(t0 + 10, Some("auto"), Tier::Local, 10, 0.001, 0.01));
        stats.record(&event(
            t0 + 70,
            Some("auto"),
            Tier::Frontier,
            100,
            0.01,
            0.01,
        ));
        stats.record(&event(t0 + 75, None, Tier::Frontier, 1000, 0.02, 0.02));
        let v = stats.to_json(UNIX_EPOCH + Duration::from_secs(t0 + 120));
        assert_eq!(v["totals"]["requests"], 3);
        assert_eq!(v["totals"]["routed"], 2);
        assert_eq!(v["totals"]["escalations"], 1);
        assert_eq!(v["totals"]["escalation_rate"], 0.5);
        assert_eq!(v["totals"]["prompt_tokens"], 300);
        assert_eq!(v["totals"]["cost_usd"], 0.031);
        assert_eq!(v["totals"]["savings_usd"], 0.009);
        assert_eq!(v["by_route"]["auto"]["requests"], 2);
        assert_eq!(v["by_route"]["(pinned)"]["requests"], 1);
        assert_eq!(v["by_tier"]["local"]["requests"], 1);
        assert_eq!(v["by_target"]["big"]["cost_usd"], 0.03);
        let minutes = v["series"]["per_minute"].as_array().unwrap();
        assert_eq!(minutes.len(), 60);
        assert_eq!(minutes[59]["requests"], 0);
        assert_eq!(minutes[58]["requests"], 2);
        assert_eq!(minutes[57]["requests"], 1);
        assert_eq!(minutes[58]["start"], t0 + 60);
        let hours = v["series"]["per_hour"].as_array().unwrap();
        assert_eq!(hours[23]["requests"], 3);
        // p50 of 10/100/1000 ms is the 100 ms bucket's upper bound (within 25%).
        let p50 = v["totals"]["latency_ms"]["p50"].as_f64().unwrap();
        assert!((100.0..=125.0).contains(&p50), "{p50}");
        let p99 = v["totals"]["latency_ms"]["p99"].as_f64().unwrap();
        assert!((1000.0..=1250.0).contains(&p99), "{p99}");
    }
}
