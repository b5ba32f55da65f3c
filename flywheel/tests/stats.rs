//! Stats over a log directory, and the record format itself.

mod common;

use std::io::Write;

use common::{escalation, feedback, request, ts};
use serde_json::{json, Value};
use triage_flywheel::stats::collect;
use triage_flywheel::{
    FileSink, FileSinkOptions, Record, RecordKind, ResponseInfo, Sink, Timestamp,
};

#[test]
fn counts_by_kind_route_category_target_and_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut next_day = escalation("e2", "q");
    next_day.timestamp = ts(86_400);
    next_day.route = None;
    next_day.classifier = None;
    next_day.response = ResponseInfo::error(500, json!({"message": "x"}));
    let mut shadow = request("s1", RecordKind::Shadow, "extraction", "q", "a");
    shadow.shadow_of = Some("l1".into());
    let records: Vec<Record> = vec![
        escalation("e1", "q").into(),
        next_day.into(),
        request("l1", RecordKind::Local, "extraction", "q", "a").into(),
        request("l2", RecordKind::Local, "extraction", "q", "a").into(),
        shadow.into(),
        feedback("l1", Some(0.5), None).into(),
        feedback("l1", None, Some("good")).into(),
        feedback("e1", None, Some("meh")).into(),
    ];
    let mut sink = FileSink::open(dir.path(), FileSinkOptions::default()).unwrap();
    sink.write(&records).unwrap();
    let open = sink.current_segment().unwrap().to_owned();
    sink.flush().unwrap();
    std::mem::forget(sink);
    std::fs::OpenOptions::new()
        .append(true)
        .open(&open)
        .unwrap()
        .write_all(b"{\"type\":")
        .unwrap();

    let s = collect(dir.path()).unwrap();
    let r = s.requests;
    assert_eq!((r.total, r.escalation, r.local, r.shadow), (5, 2, 2, 1));
    assert_eq!(s.by_route["auto"].total, 4);
    assert_eq!(s.by_route["(pinned)"].escalation, 1);
    assert_eq!(s.by_category["extraction"].local, 2);
    assert_eq!(s.by_category["extraction"].shadow, 1);
    assert_eq!(s.by_category["(none)"].total, 1);
    assert_eq!(s.by_target["local-small"].total, 2);
    assert_eq!(s.by_day["2026-11-25"].total, 4);
    assert_eq!(s.by_day["2026-11-26"].escalation, 1);
    assert_eq!(s.errors, 1);
    assert!((s.cost_usd - 5.0 * 0.0123).abs() < 1e-9);
    let f = &s.feedback;
    assert_eq!((f.records, f.requests, f.scored), (3, 2, 2));
    assert_eq!(f.mean_score, Some(0.75));
    assert_eq!(f.labels["meh"], 1);
    assert_eq!((s.read.skipped, s.read.torn), (1, 1));
    assert_eq!(s.first, Some(ts(0)));
    assert_eq!(s.last, Some(ts(86_400)));

    let json: Value = serde_json::to_value(&s).unwrap();
    assert_eq!(json["requests"]["escalation"], 2);
    assert_eq!(json["by_day"]["2026-11-26"]["total"], 1);
    let table = s.to_table();
    assert!(
        table.contains("requests: 5 (escalation 2, local 2, shadow 1), errors 1"),
        "{table}"
    );
    assert!(table.contains("1 lines skipped (1 torn)"), "{table}");
    assert!(table
        .lines()
        .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["extraction", "3", "0", "2", "1"]));
}

#[test]
fn the_record_format_matches_the_documented_shape() {
    let line = serde_json::to_value(Record::from(escalation("req-1", "hi"))).unwrap();
    for key in [
        "type",
        "schema",
        "request_id",
        "timestamp",
        "kind",
        "shadow_of",
        "route",
        "rule",
        "classifier",
        "target",
        "tier",
        "upstream",
        "upstream_model",
        "endpoint",
        "stream",
        "request",
        "response",
        "usage",
        "cost_usd",
        "baseline_cost_usd",
        "latency_ms",
        "ttft_ms",
    ] {
        assert!(line.get(key).is_some(), "missing {key}");
    }
    assert_eq!(line["type"], "request");
    assert_eq!(line["schema"], 1);
    assert_eq!(line["timestamp"], "2026-11-25T17:00:00.000Z");
    assert_eq!(line["kind"], "escalation");
    assert_eq!(line["tier"], "frontier");
    assert_eq!(line["usage"]["source"], "upstream");
    assert_eq!(
        line["response"],
        json!({"status": 200, "message": {"role": "assistant", "content": "The answer is 42."}, "finish_reason": "stop"})
    );

    let fb =
        serde_json::to_value(Record::from(feedback("req-1", Some(0.5), Some("good")))).unwrap();
    assert_eq!(
        fb,
        json!({"type": "feedback", "schema": 1, "request_id": "req-1", "timestamp": "2026-11-25T17:01:00.000Z", "score": 0.5, "label": "good", "comment": null})
    );

    // Written by another producer: offsets, fewer optional fields.
    let r: Record = serde_json::from_str(
        r#"{"type":"request","schema":1,"request_id":"x","timestamp":"2026-11-25T18:00:00.5+01:00","kind":"shadow","shadow_of":"y",
            "target":"m","tier":"local","upstream":"u","upstream_model":"m","endpoint":"chat.completions","stream":false,
            "request":{},"response":{"status":500,"error":{"message":"e"}},"latency_ms":1}"#,
    )
    .unwrap();
    assert_eq!(r.timestamp().to_string(), "2026-11-25T17:00:00.500Z");
}

#[test]
fn timestamps_parse_dates_and_reject_garbage() {
    let d: Timestamp = "2026-11-25".parse().unwrap();
    assert_eq!(d, ts(-17 * 3600));
    assert_eq!(d.compact(), "20261125T000000000Z");
    assert!("yesterday".parse::<Timestamp>().is_err());
    assert!("2026-13-01".parse::<Timestamp>().is_err());
}
