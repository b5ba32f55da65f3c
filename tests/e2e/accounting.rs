//! Token and cost accounting: `/api/stats` and `/metrics` match known traffic exactly, and
//! stream usage is counted whether or not the client asked for it, without changing its stream.

use crate::{chat, policy, FRONTIER_KEY};
use triage_e2e::{client, metric_sample as sample, openai_sse, FakeUpstream, TestGateway};

#[tokio::test]
async fn stats_and_metrics_match_known_traffic() {
    let local = FakeUpstream::openai_like((1000, 200), true);
    let frontier = FakeUpstream::openai_like((3000, 500), true);
    let gw = TestGateway::start(&policy(&local, &frontier), &[FRONTIER_KEY]);
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);
    let narrow = "Extract the invoice number from: Invoice 4411.";
    let open = "Write a short story about a dragon who learns to bake, with an original twist.";
    for prompt in [narrow, narrow, open] {
        let r = c
            .post(&url)
            .json(&chat("auto", prompt))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    let r = c
        .post(&url)
        .json(&chat("gpt-9", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);

    let s = gw.stats_after(4).await;
    let t = &s["totals"];
    assert_eq!(t["requests"], 4);
    assert_eq!(t["errors"], 1);
    assert_eq!(t["routed"], 3);
    assert_eq!(t["escalations"], 1);
    assert_eq!(t["escalation_rate"], 0.3333);
    assert_eq!(t["local"], 2);
    assert_eq!(t["prompt_tokens"], 5000);
    assert_eq!(t["completion_tokens"], 900);
    // local-extract: 0.1 $/M in and out; frontier-big (also the baseline): 2.5 in, 10 out.
    let local_cost = 2.0 * (1000.0 * 0.1 + 200.0 * 0.1) / 1e6;
    let frontier_cost = (3000.0 * 2.5 + 500.0 * 10.0) / 1e6;
    let baseline = 2.0 * (1000.0 * 2.5 + 200.0 * 10.0) / 1e6 + frontier_cost;
    let close = |v: &serde_json::Value, x: f64| (v.as_f64().unwrap() - x).abs() < 1e-6;
    assert!(close(&t["cost_usd"], local_cost + frontier_cost), "{t}");
    assert!(close(&t["baseline_cost_usd"], baseline), "{t}");
    assert!(
        close(&t["savings_usd"], baseline - local_cost - frontier_cost),
        "{t}"
    );
    assert_eq!(s["by_target"]["local-extract"]["requests"], 2);
    assert_eq!(s["by_category"]["extraction"]["escalations"], 0);
    assert_eq!(s["by_category"]["creative_writing"]["escalations"], 1);
    assert_eq!(s["by_route"]["auto"]["requests"], 3);
    let minutes = s["series"]["per_minute"].as_array().unwrap();
    let in_series: u64 = minutes
        .iter()
        .map(|m| m["requests"].as_u64().unwrap())
        .sum();
    assert_eq!(in_series, 4);

    let m = gw.metrics().await;
    assert_eq!(
        sample(
            &m,
            r#"triage_tokens_total{kind="prompt",route="auto",target="local-extract",tier="local"}"#
        ),
        2000.0
    );
    assert_eq!(
        sample(
            &m,
            r#"triage_tokens_total{kind="completion",route="auto",target="frontier-big",tier="frontier"}"#
        ),
        500.0
    );
    assert!(
        (sample(
            &m,
            r#"triage_cost_usd_total{route="auto",target="frontier-big",tier="frontier"}"#
        ) - frontier_cost)
            .abs()
            < 1e-9
    );
    assert!(
        (sample(&m, r#"triage_baseline_cost_usd_total{route="auto"}"#) - baseline).abs() < 1e-9
    );
    assert_eq!(
        sample(
            &m,
            r#"triage_requests_total{category="extraction",route="auto",status="200",target="local-extract",tier="local"}"#
        ),
        2.0
    );
    assert_eq!(
        sample(
            &m,
            r#"triage_requests_total{category="",route="",status="404",target="",tier=""}"#
        ),
        1.0
    );
    assert_eq!(
        sample(
            &m,
            r#"triage_escalations_total{category="creative_writing",route="auto"}"#
        ),
        1.0
    );
    assert_eq!(
        sample(
            &m,
            r#"triage_routed_requests_total{category="extraction",route="auto"}"#
        ),
        2.0
    );
    assert_eq!(sample(&m, r#"triage_upstream_up{upstream="local"}"#), 1.0);
    assert_eq!(
        sample(
            &m,
            r#"triage_request_duration_seconds_count{route="auto",target="local-extract"}"#
        ),
        2.0
    );
    assert!(
        !m.contains("Extract the invoice"),
        "no prompt text in metrics"
    );
    gw.stop();
}

#[tokio::test]
async fn stream_usage_is_counted_without_changing_the_clients_stream() {
    let local = FakeUpstream::openai_like((40, 3), true);
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let c = client();
    let url = format!("{}/v1/chat/completions", gw.url);

    // The client did not ask for usage: Triage asks, counts, and hides it.
    let mut body = chat("local-extract", "Capital of France?");
    body["stream"] = true.into();
    let text = c
        .post(&url)
        .json(&body)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(text, openai_sse("extract-lora", false, (0, 0)).concat());
    let sent = local.received().pop().unwrap().json();
    assert_eq!(sent["stream_options"]["include_usage"], true);

    // The client asked for usage: the stream passes through as is.
    body["stream_options"] = serde_json::json!({"include_usage": true});
    let text = c
        .post(&url)
        .json(&body)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(text, openai_sse("extract-lora", true, (40, 3)).concat());

    // stream_options without include_usage: left alone, usage estimated.
    body["stream_options"] = serde_json::json!({"include_usage": false});
    let text = c
        .post(&url)
        .json(&body)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(text, openai_sse("extract-lora", false, (0, 0)).concat());
    assert_eq!(
        local.received().pop().unwrap().json()["stream_options"],
        serde_json::json!({"include_usage": false})
    );

    let t = &gw.stats_after(3).await["totals"];
    assert_eq!(t["requests"], 3);
    // Two streams reported 40 + 3; the third is estimated from ~4 bytes a token:
    // "Capital of France?" is 18 bytes -> 5 tokens, "Paris" 5 bytes -> 2 tokens.
    assert_eq!(t["prompt_tokens"], 40 + 40 + 5);
    assert_eq!(t["completion_tokens"], 3 + 3 + 2);
    gw.stop();
}

#[tokio::test]
async fn usage_is_estimated_when_the_upstream_reports_none() {
    let local = FakeUpstream::openai_like((0, 0), false);
    let gw = TestGateway::start(&policy(&local, &local), &[]);
    let r = client()
        .post(format!("{}/v1/chat/completions", gw.url))
        .json(&chat("local-extract", "12345678"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let t = &gw.stats_after(1).await["totals"];
    assert_eq!(t["prompt_tokens"], 2);
    assert_eq!(t["completion_tokens"], 2, "\"Paris\" is 5 bytes");
    gw.stop();
}
