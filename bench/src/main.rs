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
    /// Mean service time of the fake upstream's non-streaming answer, in milliseconds, spread
    /// uniformly over half to one and a half times it (0: answer at once; an LLM server takes
    /// tens to thousands of milliseconds).
    #[arg(long, default_value_t = 0)]
    upstream_delay_ms: u64,
    /// Classifier in the gateway: `rules` or `onnx`.
    #[arg(long, default_value = "rules", value_parser = ["rules", "onnx"])]
    classifier: String,
    /// Model directory for `--classifier onnx`.
    #[arg(long, default_value = "classifier/model")]
    model_dir: std::path::PathBuf,
    /// Also compare the gateway at concurrency 64 with the escalation log off and logging every
    /// request.
    #[arg(long)]
    compare_log: bool,
    /// Everything: implies --compare-log.
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

/// A gateway for the benchmark, in this process.
struct Gateway {
    addr: std::net::SocketAddr,
    running: triage_gateway::RunningGateway,
    log: Option<triage_flywheel::LogWriter>,
}

fn start_gateway(
    args: &Args,
    upstream: std::net::SocketAddr,
    log_dir: Option<&std::path::Path>,
) -> anyhow::Result<Gateway> {
    let mut yaml = POLICY.replace("{addr}", &upstream.to_string());
    if log_dir.is_some() {
        // Log every request, local ones too: the worst case for the writer.
        yaml.push_str("escalation_log:\n  local: true\n");
    }
    let policy = Policy::from_yaml("bench.yaml", &yaml)?;
    let scorer: Arc<dyn triage_classifier::Scorer> = match args.classifier.as_str() {
        "onnx" => Arc::new(triage_classifier::OnnxScorer::load(
            triage_classifier::OnnxConfig::new(&args.model_dir),
        )?),
        _ => Arc::new(triage_classifier::RuleScorer::new()),
    };
    let mut state = AppState::new(
        Routing::with_env(policy, "bench".into(), |_| None).map_err(anyhow::Error::msg)?,
        scorer,
    );
    let mut log = None;
    if let Some(dir) = log_dir {
        let writer =
            triage_flywheel::LogWriter::open_dir(dir, Default::default(), Default::default())?;
        state = state.with_log(writer.handle());
        log = Some(writer);
    }
    let api = free_port();
    let options = ServeOptions {
        listen: format!("127.0.0.1:{api}"),
        admin_listen: format!("127.0.0.1:{}", free_port()),
        threads: args.gateway_threads,
        grace_period_seconds: 0,
    };
    let running = triage_gateway::spawn(state.shared(), &options);
    let addr: std::net::SocketAddr = format!("127.0.0.1:{api}").parse()?;
    while std::net::TcpStream::connect(addr).is_err() {
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(Gateway { addr, running, log })
}

fn row(name: &str, c: usize, r: &load::Report) {
    println!(
        "| {name} | {c} | {} | {:.0} | {:.3} | {:.3} |",
        r.requests,
        r.rps(),
        r.p(50.0),
        r.p(99.0)
    );
}

fn main() -> anyhow::Result<()> {
    let mut args = Args::parse();
    args.compare_log |= args.all;
    let upstream = upstream::start(Duration::from_millis(args.upstream_delay_ms))?;
    let gateway = start_gateway(&args, upstream, None)?;
    let gateway_addr = gateway.addr;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let duration = Duration::from_secs(args.seconds);
    println!(
        "# triage-bench: fake upstream {upstream} (answers after {} ms), gateway {gateway_addr} ({} proxy thread(s), {} classifier), load generator 1 thread",
        args.upstream_delay_ms, args.gateway_threads, args.classifier
    );
    println!("| run | concurrency | requests | RPS | p50 ms | p99 ms |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut summary = Vec::new();
    for &c in &args.concurrency {
        let direct = runtime.block_on(load::closed_loop(upstream, c, duration))?;
        let before = upstream::CONNECTIONS.load(std::sync::atomic::Ordering::Relaxed);
        let through = runtime.block_on(load::closed_loop(gateway_addr, c, duration))?;
        let opened = upstream::CONNECTIONS.load(std::sync::atomic::Ordering::Relaxed) - before;
        row("direct", c, &direct);
        row("through triage", c, &through);
        summary.push(format!(
            "concurrency {c}: added p50 {:.3} ms, added p99 {:.3} ms, RPS through/direct {:.0}%, {opened} upstream connections for {} requests",
            through.p(50.0) - direct.p(50.0),
            through.p(99.0) - direct.p(99.0),
            100.0 * through.rps() / direct.rps(),
            through.requests
        ));
    }
    if args.stream_requests > 0 {
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
    gateway.running.stop();
    if args.compare_log {
        let dir = std::env::temp_dir().join(format!("triage-bench-log-{}", std::process::id()));
        let c = 64;
        let off_gateway = start_gateway(&args, upstream, None)?;
        let off = runtime.block_on(load::closed_loop(off_gateway.addr, c, duration))?;
        off_gateway.running.stop();
        let on_gateway = start_gateway(&args, upstream, Some(&dir))?;
        let on = runtime.block_on(load::closed_loop(on_gateway.addr, c, duration))?;
        let stats = on_gateway.log.as_ref().map(|l| l.stats());
        on_gateway.running.stop();
        if let Some(log) = on_gateway.log {
            log.shutdown();
        }
        let _ = std::fs::remove_dir_all(&dir);
        println!();
        println!("| escalation log | concurrency | requests | RPS | p50 ms | p99 ms |");
        println!("|---|---:|---:|---:|---:|---:|");
        row("off", c, &off);
        row("every request logged", c, &on);
        let stats = stats.unwrap_or_default();
        summary.push(format!(
            "escalation log at concurrency {c}: p50 {:+.1}%, p99 {:+.1}%, RPS {:+.1}% with every request logged; {:.0} records/s written, {} dropped",
            100.0 * (on.p(50.0) / off.p(50.0) - 1.0),
            100.0 * (on.p(99.0) / off.p(99.0) - 1.0),
            100.0 * (on.rps() / off.rps() - 1.0),
            stats.written as f64 / (duration.as_secs_f64() + 1.0),
            stats.dropped
        ));
    }
    println!();
    for line in summary {
        println!("{line}");
    }
    Ok(())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
