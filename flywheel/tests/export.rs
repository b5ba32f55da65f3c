//! Export: valid fine-tuning JSONL, filters, dedup, feedback joins, deterministic split, and
//! classifier labels.

mod common;

use std::path::Path;

use common::{escalation, feedback, read_jsonl, request, tool_call, ts};
use serde_json::{json, Value};
use triage_flywheel::export::{export, ExportOptions, ExportSummary, GroupBy};
use triage_flywheel::{FileSink, FileSinkOptions, Record, RecordKind, ResponseInfo, Sink};

fn write_log(dir: &Path, records: Vec<Record>) {
    let mut sink = FileSink::open(dir, FileSinkOptions::default()).unwrap();
    sink.write(&records).unwrap();
    sink.close().unwrap();
}

fn run(log: &Path, out: &Path, f: impl FnOnce(&mut ExportOptions)) -> ExportSummary {
    let mut opts = ExportOptions::new(log, out);
    f(&mut opts);
    export(&opts).unwrap()
}

/// Every example in `<out>/<group>/{train,validation}.jsonl`, checked for OpenAI's format.
fn examples(out: &Path) -> Vec<Value> {
    let mut all = Vec::new();
    for group in std::fs::read_dir(out)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
    {
        for split in ["train.jsonl", "validation.jsonl"] {
            let path = group.path().join(split);
            assert!(path.exists(), "{} missing", path.display());
            for ex in read_jsonl(&path) {
                check_example(&ex);
                all.push(ex);
            }
        }
    }
    all
}

fn check_example(ex: &Value) {
    let obj = ex.as_object().unwrap();
    assert!(
        obj.keys()
            .all(|k| ["messages", "tools", "parallel_tool_calls"].contains(&k.as_str())),
        "{ex}"
    );
    let messages = ex["messages"].as_array().unwrap();
    assert!(messages.len() >= 2);
    for m in messages {
        let role = m["role"].as_str().unwrap();
        assert!(
            ["system", "user", "assistant", "tool", "function"].contains(&role),
            "role {role}"
        );
    }
    assert!(messages.iter().any(|m| m["role"] == "user"));
    let last = messages.last().unwrap();
    assert_eq!(last["role"], "assistant");
    let text = last["content"].as_str().is_some_and(|c| !c.is_empty());
    assert!(
        text || last["tool_calls"].as_array().is_some_and(|c| !c.is_empty()),
        "empty answer {ex}"
    );
}

fn prompts(examples: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = examples
        .iter()
        .map(|e| {
            let m = e["messages"].as_array().unwrap();
            m[m.len() - 2]["content"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    v.sort();
    v
}

#[test]
fn round_trip_to_valid_fine_tuning_jsonl() {
    let (log, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut dev = escalation("dev", "Explain borrow checking.");
    dev.request["messages"][0]["role"] = json!("developer");
    write_log(
        log.path(),
        vec![
            escalation("e1", "Prove that there are infinitely many primes.").into(),
            tool_call("t1").into(),
            dev.into(),
            feedback("e1", Some(1.0), None).into(),
        ],
    );
    let s = run(log.path(), out.path(), |o| o.group_by = GroupBy::Category);
    assert_eq!(s.request_records, 3);
    assert_eq!(s.feedback_records, 1);
    assert_eq!(s.examples.train + s.examples.validation, 3);
    assert_eq!(s.categories["reasoning"], 2);
    assert_eq!(s.categories["coding"], 1);
    assert_eq!(s.groups.keys().collect::<Vec<_>>(), ["coding", "reasoning"]);

    let all = examples(out.path());
    assert_eq!(all.len(), 3);
    let tools = all
        .iter()
        .find(|e| e.get("tools").is_some())
        .expect("tools kept");
    assert_eq!(tools["tools"][0]["function"]["name"], "get_weather");
    let answer = tools["messages"].as_array().unwrap().last().unwrap();
    assert_eq!(
        answer["tool_calls"][0]["function"]["arguments"],
        "{\"city\":\"Paris\"}"
    );
    assert!(answer["content"].is_null());
    // Request parameters stay out; developer becomes system.
    assert!(all.iter().all(|e| e.get("temperature").is_none()));
    assert!(all.iter().all(|e| e["messages"][0]["role"] == "system"));

    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(summary["request_records"], 3);
    assert!(!out.path().join("classifier.jsonl.tmp").exists());
}

#[test]
fn quality_and_selection_filters_count_what_they_drop() {
    let (log, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut failed = escalation("status", "a");
    failed.response = ResponseInfo::error(500, json!({"message": "boom"}));
    let mut cut = escalation("length", "b");
    cut.response.finish_reason = Some("length".into());
    let empty = request("empty", RecordKind::Escalation, "coding", "c", "  ");
    let mut refused = escalation("refusal", "d");
    refused.response.message =
        Some(json!({"role": "assistant", "content": "", "refusal": "I can't."}));
    let mut legacy = escalation("legacy", "e");
    legacy.request = json!({"model": "auto", "prompt": "complete me"});
    let mut prefill = escalation("prefill", "f");
    prefill.request["messages"]
        .as_array_mut()
        .unwrap()
        .push(json!({"role": "assistant", "content": "Sure"}));
    let mut old = escalation("old", "g");
    old.timestamp = ts(-86_400);
    let local = request("local", RecordKind::Local, "extraction", "h", "ok");
    write_log(
        log.path(),
        [
            failed,
            cut,
            empty,
            refused,
            legacy,
            prefill,
            old,
            local,
            escalation("good", "i"),
        ]
        .into_iter()
        .map(Record::from)
        .collect(),
    );
    let s = run(log.path(), out.path(), |o| o.since = Some(ts(-60)));
    let d = &s.dropped;
    assert_eq!(
        (
            d.status,
            d.finish_reason,
            d.empty_answer,
            d.refusal,
            d.not_chat,
            d.invalid_messages,
            d.time,
            d.kind
        ),
        (1, 1, 1, 1, 1, 1, 1, 1)
    );
    assert_eq!(s.examples.train + s.examples.validation, 1);
    assert_eq!(prompts(&examples(out.path())), ["i"]);

    let s = run(log.path(), out.path(), |o| {
        o.categories = vec!["extraction".into()]
    });
    assert_eq!(s.dropped.category, 8);
}

#[test]
fn dedup_removes_exact_and_near_duplicates() {
    let (log, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let long = "Please summarize the following quarterly report for the board and highlight the main risks to revenue growth in Europe and Asia over the next two years";
    write_log(
        log.path(),
        vec![
            escalation("a", long).into(),
            // Same text, different case and spacing: exact duplicate.
            escalation(
                "b",
                &format!("  {}  ", long.to_uppercase().replace(' ', "   ")),
            )
            .into(),
            // One word changed: near duplicate.
            escalation("c", &long.replace("two years", "three years")).into(),
            escalation(
                "d",
                "Write a haiku about the sea at dawn with gulls and a lighthouse keeper",
            )
            .into(),
        ],
    );
    let s = run(log.path(), out.path(), |_| {});
    assert_eq!((s.duplicates.exact, s.duplicates.near), (1, 1));
    assert_eq!(examples(out.path()).len(), 2);

    let s = run(log.path(), out.path(), |o| o.dedup.near = false);
    assert_eq!((s.duplicates.exact, s.duplicates.near), (1, 0));
    let s = run(log.path(), out.path(), |o| o.dedup.exact = false);
    assert_eq!(s.duplicates.exact, 0);
    assert_eq!(s.duplicates.near, 2, "the exact copy is also a near one");
}

#[test]
fn feedback_filters_join_by_request_id() {
    let (log, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut late_good = feedback("mixed", Some(0.9), None);
    late_good.timestamp = ts(120);
    write_log(
        log.path(),
        vec![
            escalation("liked", "p1").into(),
            escalation("disliked", "p2").into(),
            escalation("labelled-bad", "p3").into(),
            escalation("silent", "p4").into(),
            escalation("mixed", "p5").into(),
            feedback("liked", Some(0.8), None).into(),
            feedback("disliked", Some(0.1), None).into(),
            feedback("labelled-bad", None, Some("bad")).into(),
            late_good.into(),
            feedback("mixed", Some(0.0), None).into(),
        ],
    );
    let s = run(log.path(), out.path(), |o| o.min_feedback_score = Some(0.5));
    assert_eq!(s.dropped.low_feedback, 2);
    assert_eq!(
        prompts(&examples(out.path())),
        ["p1", "p4", "p5"],
        "latest feedback wins"
    );

    let s = run(log.path(), out.path(), |o| {
        o.min_feedback_score = Some(0.5);
        o.require_feedback = true;
    });
    assert_eq!((s.dropped.low_feedback, s.dropped.no_feedback), (2, 1));
    assert_eq!(prompts(&examples(out.path())), ["p1", "p5"]);
}

#[test]
fn the_split_is_deterministic_and_stable_per_request() {
    let (log, out1, out2, out3) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let records: Vec<Record> = (0..400)
        .map(|i| {
            escalation(
                &format!("req-{i}"),
                &format!("distinct question number {i} about topic {}", i * 7919),
            )
            .into()
        })
        .collect();
    write_log(log.path(), records.clone());
    let opts = |o: &mut ExportOptions| {
        o.group_by = GroupBy::None;
        o.validation_fraction = 0.25;
        o.dedup.near = false;
    };
    let a = run(log.path(), out1.path(), opts);
    let b = run(log.path(), out2.path(), opts);
    assert_eq!(a.examples, b.examples);
    for f in [
        "all/train.jsonl",
        "all/validation.jsonl",
        "classifier.jsonl",
    ] {
        assert_eq!(
            std::fs::read(out1.path().join(f)).unwrap(),
            std::fs::read(out2.path().join(f)).unwrap(),
            "{f}"
        );
    }
    let v = a.examples.validation as f64 / 400.0;
    assert!((0.17..0.33).contains(&v), "validation share {v}");

    // A request lands in the same split whatever else is in the log.
    let sub = tempfile::tempdir().unwrap();
    write_log(sub.path(), records.into_iter().step_by(3).collect());
    run(sub.path(), out3.path(), opts);
    let full_val = prompts(&read_jsonl(&out1.path().join("all/validation.jsonl")));
    for p in prompts(&read_jsonl(&out3.path().join("all/validation.jsonl"))) {
        assert!(full_val.contains(&p), "{p} changed split");
    }
}

#[test]
fn classifier_rows_follow_the_labeling_rules() {
    let (log, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut shadow = request(
        "s1",
        RecordKind::Shadow,
        "extraction",
        "Extract dates: May 3",
        "May 3",
    );
    shadow.shadow_of = Some("l-ok".into());
    let mut pinned = escalation("pinned", "No classifier here");
    pinned.classifier = None;
    pinned.route = None;
    let mut errored = escalation("errored", "Failed call");
    errored.response = ResponseInfo::error(502, json!({}));
    write_log(
        log.path(),
        vec![
            escalation("esc", "Hard proof please").into(),
            request(
                "l-bad",
                RecordKind::Local,
                "extraction",
                "Extract names: Ann",
                "???",
            )
            .into(),
            request(
                "l-good",
                RecordKind::Local,
                "extraction",
                "Extract names: Bob",
                "Bob",
            )
            .into(),
            request(
                "l-ok",
                RecordKind::Local,
                "extraction",
                "Extract dates: May 3",
                "May 3",
            )
            .into(),
            shadow.into(),
            pinned.into(),
            errored.into(),
            feedback("l-bad", Some(0.1), None).into(),
            feedback("l-good", None, Some("good")).into(),
        ],
    );
    let s = run(log.path(), out.path(), |o| {
        o.kinds = vec![
            RecordKind::Escalation,
            RecordKind::Local,
            RecordKind::Shadow,
        ];
        o.group_by = GroupBy::Route;
    });
    let rows = read_jsonl(&out.path().join("classifier.jsonl"));
    let label = |id: &str| {
        rows.iter()
            .find(|r| r["id"] == id)
            .map(|r| r["escalate"].as_u64().unwrap())
    };
    assert_eq!(label("esc"), Some(1));
    assert_eq!(
        label("l-bad"),
        Some(1),
        "low local feedback: the frontier was needed"
    );
    assert_eq!(label("l-good"), Some(0));
    assert_eq!(
        label("l-ok"),
        Some(0),
        "local without feedback, answer fine"
    );
    assert_eq!(label("s1"), None, "shadows carry no label");
    assert_eq!(label("pinned"), None, "no category");
    assert_eq!(label("errored"), None, "failed escalations say nothing");
    let esc = rows.iter().find(|r| r["id"] == "esc").unwrap();
    assert_eq!(esc["system"], "You are helpful.");
    assert_eq!(esc["prompt"], "Hard proof please");
    assert_eq!(esc["category"], "reasoning");
    assert_eq!(esc["source"], "flywheel");
    assert_eq!(
        (
            s.classifier.rows,
            s.classifier.escalate,
            s.classifier.stay_local
        ),
        (4, 2, 2)
    );
    assert_eq!(s.classifier.unlabeled, 1);
    // Fine-tuning takes frontier answers only: esc, the shadow, pinned.
    assert_eq!(s.dropped.local_answer, 3);
    assert_eq!(s.groups.keys().collect::<Vec<_>>(), ["auto", "pinned"]);
    assert_eq!(s.examples.train + s.examples.validation, 3);
}
