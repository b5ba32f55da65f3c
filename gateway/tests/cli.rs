//! The `triage` command line, run as a user would.

use std::process::Command;

fn triage(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_triage"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn repo(path: &str) -> String {
    format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A loopback port nobody listens on right now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// An empty scratch directory for one test of this process.
fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("triage-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `triage <subcommand> --listen 127.0.0.1:<api> --admin-listen 127.0.0.1:<admin>`, to add to.
fn gateway(subcommand: &str, api: u16, admin: u16) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_triage"));
    command.args([
        subcommand,
        "--listen",
        &format!("127.0.0.1:{api}"),
        "--admin-listen",
        &format!("127.0.0.1:{admin}"),
    ]);
    command
}

/// Calls `attempt` every `every_ms` until it gives a value, at most 300 times.
fn poll<T>(every_ms: u64, mut attempt: impl FnMut() -> Option<T>) -> Option<T> {
    for _ in 0..300 {
        if let Some(value) = attempt() {
            return Some(value);
        }
        std::thread::sleep(std::time::Duration::from_millis(every_ms));
    }
    None
}

#[test]
fn policy_check_accepts_the_shipped_policies() {
    for file in ["policies/default.yaml", "policies/examples/lora-fleet.yaml"] {
        let (code, out, err) = triage(&["policy", "check", &repo(file)]);
        assert_eq!(code, 0, "{file}: {err}");
        assert!(out.contains(": ok ("), "{out}");
    }
}

#[test]
fn policy_check_names_file_line_and_key() {
    let dir = scratch_dir("cli");
    let bad = dir.join("bad.yaml");
    let text = std::fs::read_to_string(repo("policies/default.yaml"))
        .unwrap()
        .replace("        to: local-classify", "        to: local-clasify");
    std::fs::write(&bad, text).unwrap();
    let (code, out, err) = triage(&["policy", "check", bad.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let expected = format!(
        "error: {}:45:9: routes.auto.rules[3].to: unknown model `local-clasify`",
        bad.display()
    );
    assert!(err.starts_with(&expected), "{err}");

    let (code, _, err) = triage(&["policy", "check", "/nonexistent/policy.yaml"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read policy file"), "{err}");
}

#[test]
fn route_prints_the_decision() {
    let (code, out, err) = triage(&[
        "route",
        "--classifier",
        "rules",
        "Classify this support ticket as billing or technical: my card was charged twice.",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["route"], "auto");
    assert_eq!(v["rule"], "local-classification");
    assert_eq!(v["target"], "local-classify");
    assert_eq!(v["tier"], "local");
    assert_eq!(v["upstream_model"], "triage-classify-lora");
    assert_eq!(v["category"], "classification");
    assert!(v["escalation_score"].as_f64().unwrap() < 0.4);
    assert_eq!(v["classifier"], "rules-v1");

    let (_, out, _) = triage(&[
        "route",
        "--classifier",
        "rules",
        "--tools",
        "Classify this ticket: refund please",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["rule"], "tools-go-frontier");
    assert_eq!(v["target"], "gpt-4o");

    let (code, _, err) = triage(&["route", "--route", "nope", "hi"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a route"), "{err}");
}

#[test]
fn policy_schema_is_printed() {
    let (code, out, _) = triage(&["policy", "schema"]);
    assert_eq!(code, 0);
    let schema: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(schema["title"], "PolicySpec");
}

#[test]
fn demo_serves_simulated_traffic_that_reaches_the_stats() {
    let (api, admin) = (free_port(), free_port());
    let data = scratch_dir("demo");
    let mut child = gateway("demo", api, admin)
        .args(["--rate", "20"])
        .arg("--data-dir")
        .arg(&data)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stats = serde_json::Value::Null;
    poll(100, || {
        let (_, body) = http(admin, "GET", "/api/stats", "")?;
        stats = serde_json::from_str(&body).unwrap();
        (stats["totals"]["requests"].as_u64() >= Some(10)).then_some(())
    });
    child.kill().unwrap();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&data);
    assert_eq!(stats["simulated"], true, "{stats}");
    let t = &stats["totals"];
    assert!(t["requests"].as_u64() >= Some(10), "{stats}");
    assert_eq!(t["errors"], 0, "{stats}");
    assert!(
        t["local"].as_u64() > Some(0) && t["escalations"].as_u64() > Some(0),
        "both kinds of traffic: {stats}"
    );
    assert!(t["savings_usd"].as_f64() > Some(0.0), "{stats}");
}

#[test]
fn route_and_eval_use_the_bundled_onnx_model() {
    let model = repo("classifier/model");
    let route = |prompt: &str| -> serde_json::Value {
        let (code, out, err) = triage(&["route", "--model-dir", &model, prompt]);
        assert_eq!(code, 0, "{err}");
        serde_json::from_str(&out).unwrap()
    };
    let v = route("Translate into German: the meeting is moved to Friday.");
    assert!(
        v["classifier"].as_str().unwrap().starts_with("triage-"),
        "{v}"
    );
    assert_eq!(v["category"], "translation");
    assert_eq!(v["tier"], "local");

    let v = route("Write an original sonnet about the sea at night.");
    assert_eq!(v["tier"], "frontier", "{v}");

    // eval over a small labeled file: the report has every figure, and calibration a threshold.
    let data = std::env::temp_dir().join(format!("triage-eval-{}.jsonl", std::process::id()));
    let lines: Vec<&str> = include_str!("../../classifier/data/test.jsonl")
        .lines()
        .take(60)
        .collect();
    std::fs::write(&data, lines.join("\n")).unwrap();
    let (code, out, err) = triage(&[
        "eval",
        "--model-dir",
        &model,
        "--data",
        data.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    for needle in [
        "category accuracy",
        "category macro-F1",
        "escalation AUC",
        "cost saved vs all-frontier",
        "50% |",
    ] {
        assert!(out.contains(needle), "{needle} missing in\n{out}");
    }
    let (code, out, err) = triage(&[
        "eval",
        "--model-dir",
        &model,
        "--data",
        data.to_str().unwrap(),
        "--calibrate",
        "0.3",
    ]);
    assert_eq!(code, 0, "{err}");
    let threshold: f64 = out.trim().parse().unwrap();
    assert!((0.0..=1.0).contains(&threshold));
    assert!(err.contains("score_at_least"), "{err}");
    let _ = std::fs::remove_file(&data);

    let (code, _, err) = triage(&[
        "route",
        "--classifier",
        "onnx",
        "--model-dir",
        "/nonexistent",
        "hi",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("classifier"), "{err}");
}

/// A minimal HTTP/1.1 exchange over loopback: (status, body).
fn http(port: u16, method: &str, path: &str, body: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    let status = out.split(' ').nth(1)?.parse().ok()?;
    let (head, rest) = out.split_once("\r\n\r\n")?;
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        // Good enough for small test bodies: drop the chunk-size lines.
        rest.split("\r\n")
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, l)| l)
            .collect()
    } else {
        rest.to_owned()
    };
    Some((status, body))
}

#[test]
fn admin_reload_swaps_the_policy_and_keeps_it_when_the_new_one_is_bad() {
    let (api, admin) = (free_port(), free_port());
    let dir = scratch_dir("reload");
    let policy = dir.join("policy.yaml");
    let text = |route: &str| {
        format!(
            "version: 1\nupstreams:\n  u: {{ base_url: 'http://127.0.0.1:1/v1' }}\nmodels:\n  m: {{ upstream: u, tier: local, price: {{ input_per_1m: 0, output_per_1m: 0 }} }}\nroutes:\n  {route}:\n    default: m\n"
        )
    };
    std::fs::write(&policy, text("first")).unwrap();
    let mut child = gateway("serve", api, admin)
        .args(["--classifier", "rules", "--no-escalation-log"])
        .arg("--config")
        .arg(&policy)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let models = || {
        http(api, "GET", "/v1/models", "")
            .map(|(_, b)| b)
            .unwrap_or_default()
    };
    poll(50, || models().contains("first").then_some(()));
    let before = models();
    std::fs::write(&policy, text("second")).unwrap();
    let reload = http(admin, "POST", "/admin/reload", "");
    let after = models();
    std::fs::write(&policy, "version: 1\nnot: valid\n").unwrap();
    let bad = http(admin, "POST", "/admin/reload", "");
    let after_bad = models();
    child.kill().unwrap();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);

    assert!(before.contains("\"first\""), "{before}");
    let (status, body) = reload.unwrap();
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("reloaded"), "{body}");
    assert!(
        after.contains("\"second\"") && !after.contains("\"first\""),
        "{after}"
    );
    let (status, body) = bad.unwrap();
    assert_eq!(status, 500, "{body}");
    assert!(
        body.contains("kept") && body.contains("unknown field `not`"),
        "{body}"
    );
    assert!(
        after_bad.contains("\"second\""),
        "the old policy keeps serving: {after_bad}"
    );
}

#[test]
fn json_access_log_has_one_line_per_request_and_no_prompt_unless_asked() {
    let dir = scratch_dir("accesslog");
    let policy = dir.join("policy.yaml");
    std::fs::write(
        &policy,
        "version: 1\nupstreams:\n  u: { base_url: 'http://127.0.0.1:1/v1' }\nmodels:\n  m: { upstream: u, tier: local, price: { input_per_1m: 0, output_per_1m: 0 } }\nroutes:\n  auto:\n    default: m\n",
    )
    .unwrap();
    let run = |extra: &[&str]| -> Vec<serde_json::Value> {
        let (api, admin) = (free_port(), free_port());
        let mut child = gateway("serve", api, admin)
            .args(["--log-json", "--classifier", "rules", "--no-escalation-log"])
            .args(["--grace-seconds", "0"])
            .arg("--config")
            .arg(&policy)
            .args(extra)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let body =
            r#"{"model":"auto","messages":[{"role":"user","content":"secret prompt text"}]}"#;
        let answered = poll(50, || http(api, "POST", "/v1/chat/completions", body));
        assert_eq!(answered.unwrap().0, 502);
        std::thread::sleep(std::time::Duration::from_millis(200));
        child.kill().unwrap();
        let out = child.wait_with_output().unwrap();
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["target"] == "triage::access")
            .collect()
    };
    let lines = run(&[]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let f = &lines[0]["fields"];
    assert_eq!(f["status"], 502);
    assert_eq!(f["route"], "auto");
    assert_eq!(f["target"], "m");
    assert!(f["request_id"].is_string() && f["duration_ms"].is_number());
    assert!(!lines[0].to_string().contains("secret prompt text"));
    let lines = run(&["--log-prompts"]);
    assert_eq!(lines[0]["fields"]["prompt"], "secret prompt text");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A one-thread HTTP server that answers every request with a chat completion.
fn tiny_upstream() -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = vec![0u8; 1 << 16];
            let mut got = Vec::new();
            // Read the head, then the body by content-length.
            loop {
                let n = s.read(&mut buf).unwrap_or(0);
                if n == 0 {
                    break;
                }
                got.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&got).to_string();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let len = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if body.len() >= len {
                        break;
                    }
                }
            }
            let body = r#"{"id":"x","object":"chat.completion","created":1,"model":"big","choices":[{"index":0,"message":{"role":"assistant","content":"answer"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}}"#;
            let _ = write!(s, "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
        }
    });
    port
}

#[test]
fn sigterm_flushes_the_escalation_log() {
    let (api, admin, upstream) = (free_port(), free_port(), tiny_upstream());
    let dir = scratch_dir("sigterm");
    let policy = dir.join("policy.yaml");
    std::fs::write(
        &policy,
        format!("version: 1\nupstreams:\n  u: {{ base_url: 'http://127.0.0.1:{upstream}/v1' }}\nmodels:\n  big: {{ upstream: u, tier: frontier, price: {{ input_per_1m: 1, output_per_1m: 1 }} }}\nroutes:\n  auto:\n    default: big\n"),
    )
    .unwrap();
    let log_dir = dir.join("log");
    let child = gateway("serve", api, admin)
        .args(["--classifier", "rules", "--grace-seconds", "1"])
        .arg("--config")
        .arg(&policy)
        .arg("--data-dir")
        .arg(&log_dir)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let body =
        r#"{"model":"auto","messages":[{"role":"user","content":"Write a poem about autumn."}]}"#;
    let answered = poll(50, || http(api, "POST", "/v1/chat/completions", body));
    assert_eq!(answered.map(|a| a.0), Some(200));
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "a clean exit on SIGTERM: {:?}",
        out.status
    );
    let records = triage_flywheel::Reader::open(&log_dir).unwrap().count();
    let files: Vec<String> = std::fs::read_dir(&log_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        records, 1,
        "the escalation was written before exit: {files:?}"
    );
    assert!(
        files.iter().all(|f| f.ends_with(".jsonl.gz")),
        "the segment was closed and compressed: {files:?}"
    );
}
