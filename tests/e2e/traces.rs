//! OpenTelemetry traces: a server span per request continuing the client's trace, child spans
//! for classification and the upstream call with GenAI attributes, and `traceparent` upstream.

use crate::{chat, policy};
use triage_e2e::{client, json_response, Extras, FakeUpstream, TestGateway};
use triage_gateway::telemetry::traces::TracingConfig;

#[tokio::test]
async fn spans_follow_the_request_and_the_trace_continues_upstream() {
    let collector = FakeUpstream::start(|_| async { json_response(200, "{}") });
    let local = FakeUpstream::openai_like((120, 30), true);
    let gw = TestGateway::start_with(
        &policy(&local, &local),
        &[],
        Extras {
            tracing: Some(TracingConfig {
                endpoint: format!("http://{}/v1/traces", collector.addr),
                json: true,
            }),
            ..Default::default()
        },
    );
    let trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
    let r = client()
        .post(format!("{}/v1/chat/completions", gw.url))
        .header("traceparent", format!("00-{trace_id}-00f067aa0ba902b7-01"))
        .json(&chat(
            "auto",
            "Extract the invoice number from: Invoice 4411.",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    gw.wait_recorded(1).await;
    gw.flush_traces();

    let upstream_traceparent = local.received()[0]
        .header("traceparent")
        .unwrap()
        .to_owned();
    let parts: Vec<&str> = upstream_traceparent.split('-').collect();
    assert_eq!(
        parts[1], trace_id,
        "the upstream call continues the client's trace"
    );

    let mut spans = Vec::new();
    for export in collector.received() {
        assert_eq!(export.uri, "/v1/traces");
        let body = export.json();
        for rs in body["resourceSpans"].as_array().unwrap() {
            for ss in rs["scopeSpans"].as_array().unwrap() {
                spans.extend(ss["spans"].as_array().unwrap().iter().cloned());
            }
        }
    }
    let attr = |span: &serde_json::Value, key: &str| -> serde_json::Value {
        span["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["key"] == key)
            .map(|a| a["value"].clone())
            .unwrap_or_default()
    };
    let by_name = |name: &str| {
        spans
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("no span {name}: {spans:#?}"))
            .clone()
    };
    let server = by_name("POST /v1/chat/completions");
    let classify = by_name("classify");
    let upstream = by_name("chat extract-lora");
    for s in [&server, &classify, &upstream] {
        assert_eq!(s["traceId"].as_str().unwrap().to_lowercase(), trace_id);
    }
    assert_eq!(
        server["parentSpanId"].as_str().unwrap().to_lowercase(),
        "00f067aa0ba902b7"
    );
    assert_eq!(classify["parentSpanId"], server["spanId"]);
    assert_eq!(upstream["parentSpanId"], server["spanId"]);
    assert_eq!(
        parts[2],
        upstream["spanId"].as_str().unwrap().to_lowercase(),
        "traceparent names the upstream span"
    );
    assert_eq!(
        attr(&upstream, "gen_ai.request.model")["stringValue"],
        "extract-lora"
    );
    assert_eq!(
        attr(&upstream, "gen_ai.operation.name")["stringValue"],
        "chat"
    );
    assert_eq!(
        attr(&upstream, "gen_ai.usage.input_tokens")["intValue"],
        "120"
    );
    assert_eq!(
        attr(&upstream, "gen_ai.usage.output_tokens")["intValue"],
        "30"
    );
    assert_eq!(
        attr(&upstream, "gen_ai.response.model")["stringValue"],
        "extract-lora"
    );
    assert_eq!(
        attr(&classify, "triage.category")["stringValue"],
        "extraction"
    );
    assert_eq!(attr(&server, "triage.route")["stringValue"], "auto");
    assert_eq!(
        attr(&server, "http.response.status_code")["intValue"],
        "200"
    );
    gw.stop();
}
