//! Latency of the ONNX scorer through its whole path (window + hash + queue + tokenize +
//! session run + answer), one intra-op thread, cache off.
//!
//!     cargo run --release -p triage-classifier --example bench -- classifier/model [iterations]
//!
//! Prints p50/p99 for single prompts of about 100 tokens scored one after another; for bursts of
//! 32 such prompts sent at once (the micro-batcher packs them into session runs); and for 8
//! callers scoring in a closed loop, with `max_wait` 1 ms and 0. The tokenizer alone is timed
//! too, to show what the model itself costs.

use std::time::{Duration, Instant};

use futures_util::future::join_all;
use triage_classifier::{OnnxConfig, OnnxScorer, ScoreInput, Scorer};

/// About 100 BERT tokens of a typical narrow request; `{n}` makes every prompt distinct.
const PROMPT: &str = "Extract every date, person and company name from the email below and return \
them as a JSON list of objects with the fields type, value and position. Do not add anything \
else. Email #{n}: Hi Dana, following up on our call last Tuesday with Acme Logistics: the \
contract renewal moves to March 14, and Peter from finance will send the revised invoice by \
Friday. Please confirm the shipment date of April 2 with Globex before the board meeting.";

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: bench <model_dir> [iterations]");
    let iterations: usize = args.next().map_or(2000, |n| n.parse().expect("iterations"));

    let config = OnnxConfig {
        cache_capacity: 0,
        intra_threads: 1,
        ..OnnxConfig::new(&dir)
    };
    let started = Instant::now();
    let scorer = OnnxScorer::load(config.clone()).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "model {} ({}), provider {}, loaded in {:.1} ms; max_batch {}, intra_threads 1",
        dir,
        scorer.model_version(),
        scorer.execution_provider(),
        started.elapsed().as_secs_f64() * 1e3,
        config.max_batch,
    );
    let prompts: Vec<String> = (0..iterations.max(32 * 8))
        .map(|n| PROMPT.replace("{n}", &n.to_string()))
        .collect();
    tokenizer_only(&dir, &prompts[..iterations]);

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let score = |p: &str| {
            let scorer = &scorer;
            let p = p.to_owned();
            async move {
                scorer
                    .score(ScoreInput {
                        system: "",
                        user: &p,
                    })
                    .await
                    .expect("score")
            }
        };
        for p in prompts.iter().take(200) {
            score(p).await; // warm-up
        }
        let mut single = Vec::with_capacity(iterations);
        for p in &prompts[..iterations] {
            let t = Instant::now();
            score(p).await;
            single.push(t.elapsed());
        }
        report("single prompt, full path", &mut single, 1);

        let before = scorer.stats();
        let rounds = (iterations / 8).max(50);
        let mut batches = Vec::with_capacity(rounds);
        for r in 0..rounds {
            let start = (r * 32) % (prompts.len() - 32);
            let t = Instant::now();
            join_all(prompts[start..start + 32].iter().map(|p| score(p))).await;
            batches.push(t.elapsed());
        }
        let after = scorer.stats();
        report("32 prompts at once, full path", &mut batches, 32);
        println!(
            "  session runs per 32 prompts: {:.2}",
            (after.batches_run - before.batches_run) as f64 / rounds as f64
        );

        for max_wait in [Duration::from_millis(1), Duration::ZERO] {
            let scorer = OnnxScorer::load(OnnxConfig {
                max_wait: Some(max_wait),
                ..config.clone()
            })
            .unwrap_or_else(|e| panic!("{e}"));
            let mut times = closed_loop(&scorer, &prompts, 8, iterations).await;
            let stats = scorer.stats();
            report(&format!("8 callers, max_wait {max_wait:?}"), &mut times, 1);
            println!(
                "  mean batch: {:.2} prompts",
                stats.items_scored as f64 / stats.batches_run as f64
            );
        }
    });
}

/// `callers` tasks each scoring prompts back to back; the latency of every call.
async fn closed_loop(
    scorer: &OnnxScorer,
    prompts: &[String],
    callers: usize,
    total: usize,
) -> Vec<Duration> {
    let per_caller = total / callers;
    let loops = (0..callers).map(|c| async move {
        let mut times = Vec::with_capacity(per_caller);
        for i in 0..per_caller {
            let p = &prompts[(c * per_caller + i) % prompts.len()];
            let t = Instant::now();
            scorer
                .score(ScoreInput {
                    system: "",
                    user: p,
                })
                .await
                .expect("score");
            times.push(t.elapsed());
        }
        times
    });
    join_all(loops).await.concat()
}

fn tokenizer_only(dir: &str, prompts: &[String]) {
    let tokenizer = tokenizers::Tokenizer::from_file(format!("{dir}/tokenizer.json")).unwrap();
    let tokens = tokenizer
        .encode_fast(prompts[0].as_str(), true)
        .unwrap()
        .len();
    let mut times: Vec<Duration> = prompts
        .iter()
        .map(|p| {
            let t = Instant::now();
            std::hint::black_box(tokenizer.encode_fast(p.as_str(), false).unwrap());
            t.elapsed()
        })
        .collect();
    println!("prompt: {tokens} tokens with the special tokens (before truncation)");
    report("tokenizer alone", &mut times, 1);
}

fn report(what: &str, times: &mut [Duration], items: usize) {
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1e3;
    let mean = times.iter().sum::<Duration>().as_secs_f64() * 1e3 / times.len() as f64;
    print!(
        "{what:<32} p50 {:>7.3} ms  p99 {:>7.3} ms  mean {:>7.3} ms  (n={})",
        pct(0.50),
        pct(0.99),
        mean,
        times.len()
    );
    if items > 1 {
        print!("  = {:.3} ms per prompt at p50", pct(0.50) / items as f64);
    }
    println!();
}
