//! What Triage adds: latency, throughput and time to first chunk, direct to a fast fake
//! upstream vs through the gateway (rule scorer on, route `auto`), all on loopback.
//!
//! `cargo run --release -p triage-bench -- --all` (see bench/README.md).

mod load;
mod upstream;

use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use triage_gateway::{AppState, Routing, ServeOptions};
use triage_policy::Policy;

#[derive(Parser)]
struct Args {
    /// Concurrency levels for the throughput runs.
    #[arg(long, value_delimiter = ',', default_value = "16,64")]
    concurrency: Vec<usize>,
    /// Seconds measured per run (after a 1 s warm-up).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Streaming requests for the time-to-first-chunk comparison.
    #[arg(long, default_value_t = 500)]
    stream_requests: usize,
    /// Proxy worker threads of the gateway.
    #[arg(long, default_value_t = 1)]
    gateway_threads: usize,
    /// Service time of the fake upstream's non-streaming answer, in milliseconds (0: answer at
    /// once; an LLM server takes tens to thousands of milliseconds).
    #[arg(long, default_value_t = 0)]
    upstream_delay_ms: u64,
    /// Run everything (throughput at each concurrency and streaming).
    #[arg(long)]
    all: bool,
}

const POLICY: &str = r#"
version: 1
upstreams:
  fake: { base_url: "http://{addr}/v1" }
models:
  local-extract: { upstream: fake, model: extract-lora, tier: local, price: { input_per_1m: 0.02, output_per_1m: 0.04 } }
  frontier: { upstream: fake, model: big, tier: frontier, price: { input_per_1m: 2.5, output_per_1m: 10 } }
routes:
  auto:
    rules:
      - if: { tools: true }
        to: frontier
      - if: { category: [extraction, classification, summarization], score_below: 0.4 }
        to: local-extract
      - if: { score_at_least: 0.7 }
        to: frontier
    default: frontier
    fallbacks: [frontier]
"#;

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let upstream = upstream::start(Duration::from_millis(args.upstream_delay_ms))?;
    let policy = Policy::from_yaml(
        "bench.yaml",
        &POLICY.replace("{addr}", &upstream.to_string()),
    )?;
    let state = AppState::new(
        Routing::with_env(policy, "bench".into(), |_| None),
        Arc::new(triage_classifier::RuleScorer::new()),
    ).shared();
    let api = free_port();
    let options = ServeOptions {
        listen: format!("127.0.0.1:{api}"),
        admin_listen: format!("127.0.0.1:{}", free_port()),
        threads: args.gateway_threads,
        grace_period_seconds: 0,
    };
    let gateway = triage_gateway::spawn(state, &options);
    let gateway_addr: std::net::SocketAddr = format!("127.0.0.1:{api}").parse()?;
    while std::net::TcpStream::connect(gateway_addr).is_err() {
        std::thread::sleep(Duration::from_millis(10));
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let duration = Duration::from_secs(args.seconds);
    println!(
        "# triage-bench: fake upstream {upstream} (answers after {} ms), gateway {gateway_addr} ({} proxy thread(s)), load generator 1 thread",
        args.upstream_delay_ms, args.gateway_threads
    );
    println!("| run | concurrency | requests | RPS | p50 ms | p99 ms |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut summary = Vec::new();
    for &c in &args.concurrency {
        let direct = runtime.block_on(load::closed_loop(upstream, c, duration))?;
        let through = runtime.block_on(load::closed_loop(gateway_addr, c, duration))?;
        for (name, r) in [("direct", &direct), ("through triage", &through)] {
            println!(
                "| {name} | {c} | {} | {:.0} | {:.3} | {:.3} |",
                r.requests,
                r.rps(),
                r.p(50.0),
                r.p(99.0)
            );
        }
        summary.push(format!(
            "concurrency {c}: added p50 {:.3} ms, added p99 {:.3} ms, RPS through/direct {:.0}%",
            through.p(50.0) - direct.p(50.0),
            through.p(99.0) - direct.p(99.0),
            100.0 * through.rps() / direct.rps()
        ));
    }
    if args.all || args.stream_requests > 0 {
        let direct = runtime.block_on(load::first_chunk(upstream, args.stream_requests))?;
        let through = runtime.block_on(load::first_chunk(gateway_addr, args.stream_requests))?;
        println!();
        println!("| streaming, sequential | requests | TTFC p50 ms | TTFC p99 ms |");
        println!("|---|---:|---:|---:|");
        for (name, r) in [("direct", &direct), ("through triage", &through)] {
            println!(
                "| {name} | {} | {:.3} | {:.3} |",
                r.requests,
                r.p(50.0),
                r.p(99.0)
            );
        }
        summary.push(format!(
            "streaming: added time to first chunk p50 {:.3} ms, p99 {:.3} ms",
            through.p(50.0) - direct.p(50.0),
            through.p(99.0) - direct.p(99.0)
        ));
    }
    println!();
    for line in summary {
        println!("{line}");
    }
    gateway.stop();
    Ok(())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
