//! The escalation log from the request path: exactly one record per logged request with the
//! reassembled answer, redaction, export to fine-tuning data, feedback, shadow traffic.

use crate::{chat, FRONTIER_KEY};
use triage_e2e::{client, metric_sample, Extras, FakeUpstream, TestGateway};
use triage_flywheel::{Reader, Record, RecordKind};

fn policy_with_log(local: &FakeUpstream, frontier: &FakeUpstream, log: &str) -> String {
    format!(
        "{}\nescalation_log:\n{log}\n",
        crate::policy(local, frontier)
    )
}

fn read(dir: &std::path::Path) -> Vec<Record> {
    Reader::open(dir).unwrap().collect()
}

fn requests(records: &[Record]) -> Vec<&triage_flywheel::RequestRecord> {
    records
        .iter()
        .filter_map(|r| match r {
            Record::Request(r) => Some(&**r),
            _ => None,
        })
        .collect()
}

const OPEN: &str = "Write a short story about a lighthouse keeper, with an original twist. Contact me at ann@example.com, key sk-proj-abcdefghijklmnopqrstuvwx";
const NARROW: &str = "Extract the invoice number from: Invoice 4411.";

#[tokio::test]
async fn escalations_are_logged_once_with_the_reassembled_answer() {
    let local = FakeUpstream::openai_like((100, 20), true);
    let frontier = FakeUpstream::openai_like((300, 50), true);
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start_with(
        &policy_with_log(&local, &frontier, "  local: false"),
        &[FRONTIER_KEY],
        Extras {
            log_dir: Some(dir.path().into()),
            ..Default::default()
        },
    );
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);
    let r = c
        .post(&url)
        .header("x-request-id", "narrow-1")
        .json(&chat("auto", NARROW))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-target"], "local-extract");
    let mut open = chat("auto", OPEN);
    open["temperature"] = 0.7.into();
    let r = c
        .post(&url)
        .bearer_auth("client-secret")
        .header("x-request-id", "open-1")
        .json(&open)
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-target"], "frontier-big");
    r.text().await.unwrap();
    open["stream"] = true.into();
    let r = c
        .post(&url)
        .header("x-request-id", "open-stream")
        .json(&open)
        .send()
        .await
        .unwrap();
    r.text().await.unwrap();
    // Pinned frontier requests are not escalations and not logged by default.
    c.post(&url)
        .json(&chat("frontier-big", "hi"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    gw.wait_recorded(4).await;
    gw.stop();

    let records = read(dir.path());
    let logged = requests(&records);
    let ids: Vec<&str> = logged.iter().map(|r| r.request_id.as_str()).collect();
    assert_eq!(
        ids,
        ["open-1", "open-stream"],
        "exactly the escalations, once each"
    );
    for r in &logged {
        assert_eq!(r.kind, RecordKind::Escalation);
        assert_eq!(r.route.as_deref(), Some("auto"));
        assert_eq!(r.rule.as_deref(), Some("default"));
        assert_eq!(r.target, "frontier-big");
        assert_eq!(r.upstream_model, "big-1");
        assert_eq!(r.classifier.as_ref().unwrap().category, "creative_writing");
        assert_eq!(r.request["temperature"], 0.7);
        assert_eq!(r.response.status, 200);
        assert_eq!(r.response.message.as_ref().unwrap()["content"], "Paris");
        assert_eq!(r.response.finish_reason.as_deref(), Some("stop"));
        let usage = r.usage.unwrap();
        assert_eq!((usage.prompt_tokens, usage.completion_tokens), (300, 50));
        assert!((r.cost_usd.unwrap() - (300.0 * 2.5 + 50.0 * 10.0) / 1e6).abs() < 1e-12);
        // Redaction before writing; the client's key never reaches the log.
        let text = serde_json::to_string(&r.request).unwrap();
        assert!(
            !text.contains("ann@example.com") && text.contains("[REDACTED:email]"),
            "{text}"
        );
        assert!(!text.contains("sk-proj-abcdefghijklmnopqrstuvwx"), "{text}");
    }
    assert!(logged[1].stream && !logged[0].stream);
    let raw = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect::<Vec<_>>();
    let all = raw
        .iter()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect::<String>();
    assert!(!all.contains("client-secret") && !all.contains("sk-frontier-secret"));

    // The log exports to valid chat fine-tuning data.
    let out = tempfile::tempdir().unwrap();
    let mut options = triage_flywheel::export::ExportOptions::new(dir.path(), out.path());
    options.validation_fraction = 0.0;
    let summary = triage_flywheel::export::export(&options).unwrap();
    let train = std::fs::read_to_string(out.path().join("creative_writing/train.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = train
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "the stream and the plain request are duplicates: {summary:?}"
    );
    let messages = lines[0]["messages"].as_array().unwrap();
    assert_eq!(messages.last().unwrap()["role"], "assistant");
    assert_eq!(messages.last().unwrap()["content"], "Paris");
}

#[tokio::test]
async fn feedback_attaches_to_logged_requests() {
    let local = FakeUpstream::openai_like((10, 2), true);
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start_with(
        &policy_with_log(&local, &local, "  local: true"),
        &[FRONTIER_KEY],
        Extras {
            log_dir: Some(dir.path().into()),
            ..Default::default()
        },
    );
    let c = client();
    c.post(format!("{}/v1/chat/completions", gw.url))
        .header("x-request-id", "r-1")
        .json(&chat("auto", NARROW))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let feedback = format!("{}/v1/feedback", gw.url);
    // The request is logged right after its response; feedback may race it, so retry briefly.
    let mut status = 0;
    for _ in 0..200 {
        let r = c
            .post(&feedback)
            .json(&serde_json::json!({"request_id": "r-1", "score": 0.2, "comment": "wrong field"}))
            .send()
            .await
            .unwrap();
        status = r.status().as_u16();
        if status == 200 {
            let body: serde_json::Value = r.json().await.unwrap();
            assert_eq!(body["status"], "recorded");
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(status, 200);
    for (body, code, expected) in [
        (
            serde_json::json!({"request_id": "nope", "score": 1}),
            404,
            "request_not_found",
        ),
        (
            serde_json::json!({"request_id": "r-1", "score": 1.5}),
            400,
            "",
        ),
        (
            serde_json::json!({"request_id": "r-1"}),
            400,
            "missing_required_parameter",
        ),
        (serde_json::json!({"score": 1}), 400, ""),
    ] {
        let r = c.post(&feedback).json(&body).send().await.unwrap();
        assert_eq!(r.status(), code, "{body}");
        let e: serde_json::Value = r.json().await.unwrap();
        assert!(e["error"]["message"].is_string());
        if !expected.is_empty() {
            assert_eq!(e["error"]["code"], expected);
        }
    }
    let r = c.post(&feedback).body("{not json").send().await.unwrap();
    assert_eq!(r.status(), 400);
    gw.stop();

    let records = read(dir.path());
    let fb: Vec<_> = records
        .iter()
        .filter_map(|r| match r {
            Record::Feedback(f) => Some(f),
            _ => None,
        })
        .collect();
    assert_eq!(fb.len(), 1);
    assert_eq!((fb[0].request_id.as_str(), fb[0].score), ("r-1", Some(0.2)));
    assert_eq!(requests(&records)[0].kind, RecordKind::Local);
}

#[tokio::test]
async fn shadow_calls_ask_the_frontier_too_and_log_both_answers() {
    let local = FakeUpstream::openai_like((10, 2), true);
    let frontier = FakeUpstream::openai_like((30, 9), true);
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start_with(
        &policy_with_log(
            &local,
            &frontier,
            "  shadow: { fraction: 1.0, max_usd_per_hour: 5.0 }",
        ),
        &[FRONTIER_KEY],
        Extras {
            log_dir: Some(dir.path().into()),
            ..Default::default()
        },
    );
    let mut body = chat("auto", NARROW);
    body["stream"] = true.into();
    let r = client()
        .post(format!("{}/v1/chat/completions", gw.url))
        .header("x-request-id", "local-1")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-triage-target"], "local-extract");
    r.text().await.unwrap();
    for _ in 0..500 {
        if frontier.count() > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let shadow_request = frontier
        .received()
        .pop()
        .expect("the frontier got the shadow call")
        .json();
    assert_eq!(shadow_request["model"], "big-1");
    assert_eq!(shadow_request["stream"], false);
    assert_eq!(shadow_request["messages"], body["messages"]);
    // Wait for the shadow record, then stop (which flushes).
    let mut records = Vec::new();
    for _ in 0..500 {
        gw.flush_log();
        records = read(dir.path());
        if requests(&records).len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    gw.stop();
    let logged = requests(&records);
    assert_eq!(logged.len(), 2);
    assert_eq!(logged[0].kind, RecordKind::Local);
    assert_eq!(logged[0].request_id, "local-1");
    let shadow = logged[1];
    assert_eq!(shadow.kind, RecordKind::Shadow);
    assert_eq!(shadow.shadow_of.as_deref(), Some("local-1"));
    assert_eq!(shadow.target, "frontier-big");
    assert_eq!(
        shadow.response.message.as_ref().unwrap()["content"],
        "Paris"
    );
    assert_eq!(shadow.usage.unwrap().completion_tokens, 9);
}

#[tokio::test]
async fn a_full_log_queue_drops_and_counts_without_failing_requests() {
    let local = FakeUpstream::openai_like((10, 2), true);
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start_with(
        &policy_with_log(&local, &local, "  local: true"),
        &[],
        Extras {
            log_dir: Some(dir.path().into()),
            log_queue: Some(1),
            ..Default::default()
        },
    );
    let c = client();
    let sends = (0..40).map(|i| {
        let c = c.clone();
        let url = format!("{}/v1/chat/completions", gw.url);
        async move {
            let r = c
                .post(url)
                .header("x-request-id", format!("q-{i}"))
                .json(&chat("auto", NARROW))
                .send()
                .await
                .unwrap();
            r.status().as_u16()
        }
    });
    let statuses = futures_util::future::join_all(sends).await;
    assert!(
        statuses.iter().all(|s| *s == 200),
        "logging never fails a request"
    );
    gw.wait_recorded(40).await;
    gw.flush_log();
    let m = gw.metrics().await;
    let sample = |name: &str| metric_sample(&m, name) as u64;
    let written = sample(r#"triage_log_records{outcome="written"}"#);
    let dropped = sample(r#"triage_log_records{outcome="dropped"}"#);
    gw.stop();
    assert_eq!(
        written + dropped,
        40,
        "every record is either written or counted as dropped"
    );
    assert_eq!(requests(&read(dir.path())).len() as u64, written);
}
