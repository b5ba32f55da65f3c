//! Loading policies: the shipped ones load, and every kind of mistake is reported with file,
//! line and key.

use triage_policy::{Policy, PolicyError, Target, Tier};

const MINIMAL: &str = "\
version: 1
upstreams:
  local: { base_url: 'http://127.0.0.1:8000/v1' }
  openai: { base_url: 'https://api.openai.com/v1', api_key_env: OPENAI_API_KEY }
models:
  small: { upstream: local, model: lora-a, tier: local, price: { input_per_1m: 0.1, output_per_1m: 0.2 } }
  big: { upstream: openai, tier: frontier, price: { input_per_1m: 2.5, output_per_1m: 10 } }
routes:
  auto:
    rules:
      - name: narrow
        if: { category: [extraction], score_below: 0.4 }
        to: small
    default: big
";

fn load_err(text: &str) -> PolicyError {
    Policy::from_yaml("p.yaml", text).expect_err("policy should be rejected")
}

#[test]
fn shipped_policies_load() {
    let p = Policy::from_yaml("default.yaml", triage_policy::DEFAULT_POLICY).unwrap();
    assert!(p.routes.contains_key("auto"));
    assert_eq!(p.max_body_bytes, 10 * 1024 * 1024);
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        Policy::from_yaml(&path.display().to_string(), &text).unwrap();
    }
}

#[test]
fn minimal_policy_resolves_names_and_defaults() {
    let p = Policy::from_yaml("p.yaml", MINIMAL).unwrap();
    let Some(Target::Model(small)) = p.resolve("small") else {
        panic!()
    };
    assert_eq!(p.model(small).upstream_model, "lora-a");
    assert_eq!(p.model(small).tier, Tier::Local);
    let Some(Target::Model(big)) = p.resolve("big") else {
        panic!()
    };
    assert_eq!(
        p.model(big).upstream_model,
        "big",
        "upstream model defaults to the name"
    );
    let Some(Target::Route(auto)) = p.resolve("auto") else {
        panic!()
    };
    let route = p.route(auto);
    assert_eq!(route.on_classifier_error, route.default);
    assert!(route.needs_scores);
    assert_eq!(p.resolve("gpt-5"), None);
    let openai = p.upstream(p.model(big).upstream);
    assert_eq!(openai.connect_timeout.as_millis(), 2000);
    assert_eq!(openai.timeout.as_secs(), 300);
}

#[test]
fn unknown_key_is_named_with_its_line() {
    let text = MINIMAL.replace("        to: small", "        to: small\n        weight: 3");
    let e = load_err(&text);
    assert_eq!(e.location.map(|l| l.line), Some(14), "{e}");
    assert!(e.message.contains("unknown field `weight`"), "{e}");
    assert!(e.to_string().starts_with("p.yaml:14:"), "{e}");
    assert!(e.path.starts_with("routes.auto.rules[0]"), "{e}");
}

#[test]
fn unknown_condition_and_category_are_rejected() {
    let e = load_err(&MINIMAL.replace("score_below: 0.4", "score_under: 0.4"));
    assert!(e.message.contains("unknown field `score_under`"), "{e}");
    assert_eq!(e.location.map(|l| l.line), Some(12), "{e}");
    let e = load_err(&MINIMAL.replace("[extraction]", "[extracting]"));
    assert!(e.message.contains("unknown category `extracting`"), "{e}");
    assert_eq!(e.location.map(|l| l.line), Some(12), "{e}");
}

#[test]
fn dangling_references_are_named() {
    let e = load_err(&MINIMAL.replace("to: small", "to: tiny"));
    assert_eq!(e.path, "routes.auto.rules[0].to");
    assert_eq!(e.location.map(|l| l.line), Some(13));
    assert!(
        e.message
            .contains("unknown model `tiny`; defined models: small, big"),
        "{e}"
    );

    let e = load_err(&MINIMAL.replace("default: big", "default: huge"));
    assert_eq!(e.path, "routes.auto.default");
    assert_eq!(e.location.map(|l| l.line), Some(14));

    let e = load_err(&MINIMAL.replace("{ upstream: openai,", "{ upstream: anthropic,"));
    assert_eq!(e.path, "models.big.upstream");
    assert_eq!(e.location.map(|l| l.line), Some(7));
    assert!(e.message.contains("unknown upstream `anthropic`"), "{e}");

    let e = load_err(&MINIMAL.replace(
        "    default: big",
        "    default: big\n    fallbacks: [big, nope]",
    ));
    assert_eq!(e.path, "routes.auto.fallbacks[1]");
    assert_eq!(e.location.map(|l| l.line), Some(15));
}

#[test]
fn bad_thresholds_are_rejected() {
    for (bad, key) in [
        ("score_below: 1.5", "score_below"),
        ("score_below: 0", "score_below"),
        ("score_below: 0.4, score_at_least: 0.5", "score_at_least"),
    ] {
        let e = load_err(&MINIMAL.replace("score_below: 0.4", bad));
        assert_eq!(e.path, format!("routes.auto.rules[0].if.{key}"), "{e}");
        assert_eq!(e.location.map(|l| l.line), Some(12), "{e}");
    }
    let e = load_err(&MINIMAL.replace("score_below: 0.4", "score_below: high"));
    assert!(e.message.contains("invalid type"), "{e}");
    assert_eq!(e.location.map(|l| l.line), Some(12), "{e}");
}

#[test]
fn other_mistakes() {
    let e = load_err(&MINIMAL.replace("version: 1", "version: 2"));
    assert_eq!(e.path, "version");
    let e = load_err(&MINIMAL.replace("'http://127.0.0.1:8000/v1'", "'ftp://x'"));
    assert_eq!(e.path, "upstreams.local.base_url");
    assert_eq!(e.location.map(|l| l.line), Some(3));
    let e = load_err(&MINIMAL.replace("OPENAI_API_KEY", "'sk-live-123'"));
    assert_eq!(e.path, "upstreams.openai.api_key_env");
    let e = load_err(&MINIMAL.replace("  auto:", "  big:"));
    assert!(e.message.contains("both a model and a route"), "{e}");
    let e = load_err("version: 1\nupstreams: {}\nmodels: {}\nroutes: {}\n");
    assert!(e.message.contains("no models"), "{e}");
    let e = load_err("version: 1\nupstreams: [\n");
    assert!(e.location.is_some(), "syntax errors carry a location: {e}");
    let e = load_err("upstreams: {}\nmodels: {}\nroutes: {}\n");
    assert!(e.message.contains("missing field `version`"), "{e}");
}

#[test]
fn committed_schema_matches_the_types() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.json")).unwrap();
    assert!(
        committed == triage_policy::json_schema(),
        "policies/schema.json is stale: run `cargo run -p triage-policy --bin triage-policy-schema > policies/schema.json`"
    );
}

#[test]
fn prices_per_token_or_per_gpu_hour_and_baselines() {
    let text = MINIMAL
        .replace(
            "price: { input_per_1m: 0.1, output_per_1m: 0.2 }",
            "price: { gpu_hour_usd: 3.6, tokens_per_second: 1000 }",
        )
        .replace("    default: big", "    default: big\n    baseline: small");
    let p = Policy::from_yaml("p.yaml", &text).unwrap();
    let Some(Target::Model(small)) = p.resolve("small") else {
        panic!()
    };
    // 3.6 USD/h over 3.6M tokens/h = 1 USD per million tokens.
    let price = p.model(small).price;
    assert!((price.input_per_1m - 1.0).abs() < 1e-9 && (price.output_per_1m - 1.0).abs() < 1e-9);
    assert!((price.cost(500_000, 500_000) - 1.0).abs() < 1e-9);
    let Some(Target::Route(auto)) = p.resolve("auto") else {
        panic!()
    };
    assert_eq!(p.route(auto).baseline, small);
    let Some(Target::Model(big)) = p.resolve("big") else {
        panic!()
    };
    assert_eq!(p.baseline, big, "the dearest frontier model by default");
    let big_price = p.model(big).price;
    assert!((big_price.cost(1_000_000, 100_000) - (2.5 + 1.0)).abs() < 1e-9);

    let e = load_err(&MINIMAL.replace(
        "price: { input_per_1m: 0.1, output_per_1m: 0.2 }",
        "price: { input_per_1m: 0.1 }",
    ));
    assert_eq!(e.path, "models.small.price");
    assert_eq!(e.location.map(|l| l.line), Some(6));
    let e = load_err(&MINIMAL.replace("input_per_1m: 0.1,", "input_per_1m: -1,"));
    assert_eq!(e.path, "models.small.price.input_per_1m");
    let e = load_err(&MINIMAL.replace(
        "price: { input_per_1m: 0.1, output_per_1m: 0.2 }",
        "price: { gpu_hour_usd: 2, tokens_per_second: 0 }",
    ));
    assert_eq!(e.path, "models.small.price.tokens_per_second");
    let e = load_err(&format!("{MINIMAL}baseline_model: nope\n"));
    assert_eq!(e.path, "baseline_model");
}
