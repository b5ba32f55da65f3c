//! Counts over a log directory: requests by kind, route, category, target and UTC day,
//! feedback, cost, and the lines a read had to skip. Serializes to JSON; [`Stats::to_table`]
//! renders plain text for a terminal. Read-only; never for the request path.

use std::collections::{BTreeMap, HashSet};
use std::fmt::{self, Write};
use std::io;
use std::path::Path;

use serde::Serialize;

use crate::reader::{ReadStats, Reader};
use crate::record::{Record, RecordKind, RequestRecord};
use crate::Timestamp;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    pub total: u64,
    pub escalation: u64,
    pub local: u64,
    pub shadow: u64,
}

impl KindCounts {
    fn add(&mut self, kind: RecordKind) {
        self.total += 1;
        *match kind {
            RecordKind::Escalation => &mut self.escalation,
            RecordKind::Local => &mut self.local,
            RecordKind::Shadow => &mut self.shadow,
        } += 1;
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FeedbackStats {
    pub records: u64,
    /// Distinct requests with feedback.
    pub requests: u64,
    /// Records with a usable score (given, or read from a known label).
    pub scored: u64,
    pub mean_score: Option<f64>,
    pub labels: BTreeMap<String, u64>,
    #[serde(skip)]
    score_sum: f64,
    #[serde(skip)]
    seen: HashSet<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub requests: KindCounts,
    pub by_route: BTreeMap<String, KindCounts>,
    pub by_category: BTreeMap<String, KindCounts>,
    pub by_target: BTreeMap<String, KindCounts>,
    /// UTC day (`2026-11-25`) of the request.
    pub by_day: BTreeMap<String, KindCounts>,
    /// Requests answered with a status other than 200.
    pub errors: u64,
    /// Sum of `cost_usd` of requests that have one.
    pub cost_usd: f64,
    /// Sum of `baseline_cost_usd`: what the same requests would have cost on the baseline.
    pub baseline_cost_usd: f64,
    pub first: Option<Timestamp>,
    pub last: Option<Timestamp>,
    pub feedback: FeedbackStats,
    pub read: ReadStats,
}

/// Reads every record of `dir`.
pub fn collect(dir: impl AsRef<Path>) -> io::Result<Stats> {
    let mut stats = Stats::default();
    let mut reader = Reader::open(dir)?;
    for r in reader.by_ref() {
        stats.add(&r);
    }
    stats.read = reader.stats();
    Ok(stats)
}

impl Stats {
    pub fn add(&mut self, record: &Record) {
        let t = record.timestamp();
        self.first = Some(self.first.map_or(t, |f| f.min(t)));
        self.last = Some(self.last.map_or(t, |l| l.max(t)));
        match record {
            Record::Request(r) => self.add_request(r),
            Record::Feedback(f) => {
                let fb = &mut self.feedback;
                fb.records += 1;
                if fb.seen.insert(f.request_id.clone()) {
                    fb.requests += 1;
                }
                if let Some(s) = f.effective_score() {
                    fb.scored += 1;
                    fb.score_sum += s;
                    fb.mean_score = Some(fb.score_sum / fb.scored as f64);
                }
                if let Some(l) = &f.label {
                    *fb.labels.entry(l.clone()).or_default() += 1;
                }
            }
        }
    }

    fn add_request(&mut self, r: &RequestRecord) {
        let k = r.kind;
        self.requests.add(k);
        let route = r.route.clone().unwrap_or_else(|| "(pinned)".into());
        self.by_route.entry(route).or_default().add(k);
        let category = r.category().unwrap_or("(none)").to_owned();
        self.by_category.entry(category).or_default().add(k);
        self.by_target.entry(r.target.clone()).or_default().add(k);
        self.by_day.entry(r.timestamp.date()).or_default().add(k);
        if r.response.status != 200 {
            self.errors += 1;
        }
        self.cost_usd += r.cost_usd.unwrap_or(0.0);
        self.baseline_cost_usd += r.baseline_cost_usd.unwrap_or(0.0);
    }

    /// Plain-text tables for a terminal.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let range = match (self.first, self.last) {
            (Some(f), Some(l)) => format!("{f} .. {l}"),
            _ => "empty".into(),
        };
        let _ = writeln!(out, "records: {range}");
        let _ = writeln!(
            out,
            "requests: {} (escalation {}, local {}, shadow {}), errors {}",
            self.requests.total,
            self.requests.escalation,
            self.requests.local,
            self.requests.shadow,
            self.errors
        );
        let _ = writeln!(
            out,
            "cost: ${:.4} (baseline ${:.4})",
            self.cost_usd, self.baseline_cost_usd
        );
        let fb = &self.feedback;
        let mean = fb.mean_score.map_or("-".into(), |m| format!("{m:.3}"));
        let _ = writeln!(
            out,
            "feedback: {} records on {} requests, {} scored, mean score {mean}",
            fb.records, fb.requests, fb.scored
        );
        let rd = &self.read;
        let _ = writeln!(
            out,
            "read: {} segments, {} records, {} lines skipped ({} torn), {} unreadable segments",
            rd.segments, rd.records, rd.skipped, rd.torn, rd.unreadable_segments
        );
        for (title, map) in [
            ("route", &self.by_route),
            ("category", &self.by_category),
            ("target", &self.by_target),
            ("day", &self.by_day),
        ] {
            out.push('\n');
            out.push_str(&kind_table(title, map));
        }
        out
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_table())
    }
}

fn kind_table(title: &str, map: &BTreeMap<String, KindCounts>) -> String {
    let mut rows = vec![[title, "total", "escalation", "local", "shadow"].map(String::from)];
    for (name, c) in map {
        rows.push([
            name.clone(),
            c.total.to_string(),
            c.escalation.to_string(),
            c.local.to_string(),
            c.shadow.to_string(),
        ]);
    }
    let widths: Vec<usize> = (0..5)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = format!("{:<w$}", row[0], w = widths[0]);
        for (cell, w) in row[1..].iter().zip(&widths[1..]) {
            let _ = write!(line, "  {cell:>w$}");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
