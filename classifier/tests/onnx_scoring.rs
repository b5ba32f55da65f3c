//! The ONNX scorer on the tiny fixture model: outputs against values precomputed in Python,
//! head/tail truncation, the micro-batcher under concurrent load, overload, and the cache.
//!
//! Needs the ONNX Runtime library: run `scripts/fetch-ort.sh` first (the tests fail, with that
//! hint, when it is missing).

mod common;

use std::time::Duration;

use futures_util::future::join_all;
use triage_classifier::{OnnxConfig, ScoreError, ScoreInput, Scorer, Scores};

use common::*;

#[tokio::test]
async fn outputs_match_the_python_reference() {
    let scorer = tiny();
    assert_eq!(&*scorer.model_version(), "tiny-test-v1");
    assert_eq!(scorer.execution_provider(), "cpu");
    for case in expected().cases {
        let scores = score(&scorer, &case.system, &case.user).await;
        let what = format!("{:?} / {:?}", case.system, case.user);
        assert_close(&scores, &case.category_probs, case.escalation, &what);
        assert_eq!(&*scores.model_version, "tiny-test-v1");
        let sum: f32 = scores.probabilities.iter().sum();
        assert!(
            (sum - 1.0).abs() < 1e-5,
            "{what}: probabilities sum to {sum}"
        );
    }
}

/// Scores of a text whose middle is long and varies: only the head and the tail may matter.
#[tokio::test]
async fn truncation_keeps_the_head_and_the_tail() {
    let scorer = tiny();
    let e = expected();
    assert_eq!((e.head_tokens, e.tail_tokens), (5, 3));
    let user_only = |user: String| {
        let scorer = &scorer;
        async move { score(scorer, "", &user).await }
    };
    let head = "extract the dates from this";
    let tail = "write a poem";
    let middles = ["alpha ", "beta gamma ", "one two three "];
    let mut seen = Vec::new();
    for (i, middle) in middles.iter().enumerate() {
        // short (no byte windows) and long (byte windows) middles
        for repeat in [3, 2_000] {
            let text = format!("{head} {} {tail}", middle.repeat(repeat + i));
            seen.push(user_only(text).await);
        }
    }
    for s in &seen[1..] {
        assert_eq!(s.probabilities, seen[0].probabilities);
        assert_eq!(s.escalation, seen[0].escalation);
    }
    // and they do depend on the head and on the tail
    let other_head = user_only(format!(
        "summarize the article from this {} {tail}",
        "alpha ".repeat(50)
    ))
    .await;
    let other_tail = user_only(format!("{head} {} one two three", "alpha ".repeat(50))).await;
    assert_ne!(other_head.probabilities, seen[0].probabilities);
    assert_ne!(other_tail.probabilities, seen[0].probabilities);
    // the expected case with 13 content tokens was cut the same way in Python
    let case = e
        .cases
        .iter()
        .find(|c| c.ids.len() == 10 && c.system == "alpha beta")
        .unwrap();
    let got = score(&scorer, &case.system, &case.user).await;
    assert_close(
        &got,
        &case.category_probs,
        case.escalation,
        "truncated case",
    );
}

fn distinct_text(i: usize) -> String {
    const WORDS: [&str; 12] = [
        "extract",
        "dates",
        "poem",
        "python",
        "summarize",
        "translate",
        "french",
        "json",
        "why",
        "prove",
        "ideas",
        "table",
    ];
    let digits: Vec<String> = i.to_string().chars().map(String::from).collect();
    format!(
        "{} {} {}",
        WORDS[i % 12],
        digits.join(" "),
        WORDS[(i / 12) % 12]
    )
}

/// Batched (padded) runs may differ from single runs in the last bits.
fn same(a: &Scores, b: &Scores) -> bool {
    a.probabilities
        .iter()
        .zip(&b.probabilities)
        .all(|(x, y)| (x - y).abs() < 1e-6)
        && (a.escalation - b.escalation).abs() < 1e-6
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_callers_each_get_their_own_result() {
    // reference: one at a time, no cache
    let single = load(OnnxConfig {
        cache_capacity: 0,
        max_batch: 1,
        ..OnnxConfig::new(tiny_dir())
    });
    let texts: Vec<String> = (0..200).map(distinct_text).collect();
    let mut expected: Vec<Scores> = Vec::new();
    for t in &texts {
        expected.push(
            single
                .score(ScoreInput {
                    system: "",
                    user: t,
                })
                .await
                .unwrap(),
        );
    }
    // the texts score differently, so a mixed-up answer would show
    let distinct = (0..expected.len())
        .filter(|&i| (0..i).all(|j| !same(&expected[i], &expected[j])))
        .count();
    assert!(distinct >= 190, "only {distinct} distinct results");

    let batched = load(OnnxConfig {
        cache_capacity: 0,
        max_wait: Some(Duration::from_millis(2)),
        ..OnnxConfig::new(tiny_dir())
    });
    let batched = std::sync::Arc::new(batched);
    let tasks = texts.iter().cloned().map(|t| {
        let scorer = batched.clone();
        tokio::spawn(async move {
            scorer
                .score(ScoreInput {
                    system: "sys",
                    user: &t,
                })
                .await
        })
    });
    // same texts with a system prompt differ from `expected`; score them again plainly too
    let plain = join_all(texts.iter().map(|t| {
        batched.score(ScoreInput {
            system: "",
            user: t,
        })
    }));
    let (with_system, plain) = tokio::join!(join_all(tasks), plain);
    for (i, (got, want)) in plain.into_iter().zip(&expected).enumerate() {
        let got = got.unwrap();
        assert!(
            same(&got, want),
            "caller {i} {:?}: {got:?} != {want:?}",
            texts[i]
        );
    }
    for (i, got) in with_system.into_iter().enumerate() {
        let got = got.unwrap().unwrap();
        let want = single
            .score(ScoreInput {
                system: "sys",
                user: &texts[i],
            })
            .await
            .unwrap();
        assert!(
            same(&got, &want),
            "caller {i} with a system prompt: {got:?} != {want:?}"
        );
    }
    let stats = batched.stats();
    assert_eq!(stats.items_scored, 400);
    assert!(stats.batches_run < 400, "no batching happened: {stats:?}");
    assert_eq!((stats.errors, stats.overloaded), (0, 0));
}

#[tokio::test]
async fn a_full_queue_answers_overloaded_at_once() {
    let scorer = load(OnnxConfig {
        queue_capacity: 1,
        max_batch: 1,
        cache_capacity: 0,
        ..OnnxConfig::new(tiny_dir())
    });
    // long texts keep the single worker busy while 300 callers arrive
    let texts: Vec<String> = (0..300)
        .map(|i| format!("{} {i}", "extract the dates from this email ".repeat(40)))
        .collect();
    let results = join_all(texts.iter().map(|t| {
        scorer.score(ScoreInput {
            system: "",
            user: t,
        })
    }))
    .await;
    let overloaded = results
        .iter()
        .filter(|r| matches!(r, Err(ScoreError::Overloaded)))
        .count();
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert!(overloaded > 0, "no caller was refused");
    assert!(ok > 0, "no caller was served");
    assert_eq!(ok + overloaded, texts.len(), "other errors: {results:?}");
    let stats = scorer.stats();
    assert_eq!(stats.overloaded, overloaded as u64);
    // and the scorer recovers once the queue drains
    scorer
        .score(ScoreInput {
            system: "",
            user: "extract the dates",
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn a_cache_hit_returns_identical_scores() {
    let scorer = tiny();
    let input = ScoreInput {
        system: "You are a helpful assistant.",
        user: "Summarize the article, please!",
    };
    let first = scorer.score(input).await.unwrap();
    assert_eq!(scorer.stats().cache_hits, 0);
    let second = scorer.score(input).await.unwrap();
    assert_eq!(first, second);
    let stats = scorer.stats();
    assert_eq!((stats.cache_hits, stats.items_scored), (1, 1));
    // system and user are not interchangeable in the key
    scorer
        .score(ScoreInput {
            system: input.user,
            user: input.system,
        })
        .await
        .unwrap();
    assert_eq!(scorer.stats().cache_hits, 1);
}

#[tokio::test]
async fn several_workers_score_like_one() {
    let scorer = load(OnnxConfig {
        workers: 2,
        cache_capacity: 0,
        ..OnnxConfig::new(tiny_dir())
    });
    let cases = expected().cases;
    let results = join_all(cases.iter().map(|c| {
        scorer.score(ScoreInput {
            system: &c.system,
            user: &c.user,
        })
    }))
    .await;
    for (case, got) in cases.iter().zip(results) {
        assert_close(
            &got.unwrap(),
            &case.category_probs,
            case.escalation,
            &case.user,
        );
    }
}
