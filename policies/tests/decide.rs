//! `decide()` over every kind of condition, in isolation from any network.

use triage_classifier::{Category, Scores};
use triage_policy::{decide, HeaderLookup, Matched, Policy, RequestFeatures, Target};

const POLICY: &str = "\
version: 1
upstreams:
  u: { base_url: 'http://127.0.0.1:1/v1' }
models:
  local-a: { upstream: u, tier: local, price: { input_per_1m: 0, output_per_1m: 0 } }
  local-b: { upstream: u, tier: local, price: { input_per_1m: 0, output_per_1m: 0 } }
  big: { upstream: u, tier: frontier, price: { input_per_1m: 1, output_per_1m: 1 } }
  safe: { upstream: u, tier: frontier, price: { input_per_1m: 1, output_per_1m: 1 } }
routes:
  auto:
    rules:
      - name: premium-header
        if: { header: { x-tier: premium } }
        to: big
      - name: tools
        if: { tools: true }
        to: big
      - name: images
        if: { images: true }
        to: big
      - name: narrow
        if: { category: [extraction, classification], score_below: 0.4 }
        to: local-a
      - name: long-summary
        if: { category: [summarization], prompt_tokens_at_least: 1000, prompt_tokens_below: 5000 }
        to: local-b
      - name: streamed-hard
        if: { stream: true, score_at_least: 0.8 }
        to: big
    default: safe
    on_classifier_error: safe
  plain:
    default: local-a
";

struct Headers(&'static [(&'static str, &'static str)]);
impl HeaderLookup for Headers {
    fn header(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

fn scores(category: Category, escalation: f32) -> Scores {
    let mut probabilities = [0.0; Category::COUNT];
    probabilities[category as usize] = 1.0;
    Scores {
        probabilities,
        escalation,
        model_version: "test".into(),
    }
}

struct Case {
    tokens: u32,
    tools: bool,
    images: bool,
    stream: bool,
    headers: &'static [(&'static str, &'static str)],
    scores: Option<Scores>,
}

impl Default for Case {
    fn default() -> Self {
        Case {
            tokens: 100,
            tools: false,
            images: false,
            stream: false,
            headers: &[],
            scores: Some(scores(Category::Other, 0.5)),
        }
    }
}

fn run(policy: &Policy, route: &str, case: Case) -> (String, String) {
    let Some(Target::Route(id)) = policy.resolve(route) else {
        panic!("no route {route}")
    };
    let route = policy.route(id);
    let headers = Headers(case.headers);
    let features = RequestFeatures {
        prompt_tokens: case.tokens,
        has_tools: case.tools,
        has_images: case.images,
        stream: case.stream,
        headers: &headers,
    };
    let d = decide(route, &features, case.scores.as_ref());
    (
        policy.model(d.target).name.clone(),
        d.rule_name(route).to_owned(),
    )
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_owned(), b.to_owned())
}

#[test]
fn every_condition_kind() {
    let p = Policy::from_yaml("t.yaml", POLICY).unwrap();
    let narrow = || Some(scores(Category::Extraction, 0.2));

    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                scores: narrow(),
                ..Default::default()
            }
        ),
        pair("local-a", "narrow")
    );
    // threshold is strict: 0.4 is not below 0.4
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                scores: Some(scores(Category::Extraction, 0.4)),
                ..Default::default()
            }
        ),
        pair("safe", "default")
    );
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                scores: Some(scores(Category::Coding, 0.2)),
                ..Default::default()
            }
        ),
        pair("safe", "default")
    );
    // order: tools beats narrow
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                tools: true,
                scores: narrow(),
                ..Default::default()
            }
        ),
        pair("big", "tools")
    );
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                images: true,
                scores: narrow(),
                ..Default::default()
            }
        ),
        pair("big", "images")
    );
    // header must match exactly
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                headers: &[("x-tier", "premium")],
                scores: narrow(),
                ..Default::default()
            }
        ),
        pair("big", "premium-header")
    );
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                headers: &[("x-tier", "basic")],
                scores: narrow(),
                ..Default::default()
            }
        ),
        pair("local-a", "narrow")
    );
    // token bounds: at_least inclusive, below exclusive
    let summary = |tokens| Case {
        tokens,
        scores: Some(scores(Category::Summarization, 0.9)),
        ..Default::default()
    };
    assert_eq!(run(&p, "auto", summary(999)), pair("safe", "default"));
    assert_eq!(
        run(&p, "auto", summary(1000)),
        pair("local-b", "long-summary")
    );
    assert_eq!(
        run(&p, "auto", summary(4999)),
        pair("local-b", "long-summary")
    );
    assert_eq!(run(&p, "auto", summary(5000)), pair("safe", "default"));
    // stream + score_at_least (inclusive)
    let hard = |stream, s| Case {
        stream,
        scores: Some(scores(Category::Reasoning, s)),
        ..Default::default()
    };
    assert_eq!(
        run(&p, "auto", hard(true, 0.8)),
        pair("big", "streamed-hard")
    );
    assert_eq!(run(&p, "auto", hard(true, 0.79)), pair("safe", "default"));
    assert_eq!(run(&p, "auto", hard(false, 0.95)), pair("safe", "default"));
}

#[test]
fn missing_scores_stop_at_the_first_rule_that_needs_them() {
    let p = Policy::from_yaml("t.yaml", POLICY).unwrap();
    // Rules that need no scores still match first.
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                tools: true,
                scores: None,
                ..Default::default()
            }
        ),
        pair("big", "tools")
    );
    assert_eq!(
        run(
            &p,
            "auto",
            Case {
                scores: None,
                ..Default::default()
            }
        ),
        pair("safe", "on_classifier_error")
    );
    // A route without rules never needs the classifier.
    assert_eq!(
        run(
            &p,
            "plain",
            Case {
                scores: None,
                ..Default::default()
            }
        ),
        pair("local-a", "default")
    );
    let Some(Target::Route(id)) = p.resolve("plain") else {
        panic!()
    };
    assert!(!p.route(id).needs_scores);
}

#[test]
fn decision_records_the_rule_index() {
    let p = Policy::from_yaml("t.yaml", POLICY).unwrap();
    let Some(Target::Route(id)) = p.resolve("auto") else {
        panic!()
    };
    let route = p.route(id);
    let headers = Headers(&[]);
    let f = RequestFeatures {
        prompt_tokens: 1,
        has_tools: true,
        has_images: false,
        stream: false,
        headers: &headers,
    };
    assert_eq!(decide(route, &f, None).matched, Matched::Rule(1));
}
