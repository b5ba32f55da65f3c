//! The `triage` command line: `serve`, `policy check`, `policy schema`, `route`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use serde_json::json;
use triage_classifier::{
    Category, ExecutionProvider, OnnxConfig, OnnxScorer, RuleScorer, ScoreInput, Scorer,
};
use triage_policy::{decide, HeaderLookup, Policy, PolicyError, RequestFeatures, Target};

use crate::server::ServeOptions;
use crate::state::{AppState, Routing};
use crate::telemetry::traces::{Tracing, TracingConfig};
use triage_flywheel::{FileSinkOptions, LogWriter, LogWriterOptions};

#[derive(Parser)]
#[command(
    name = "triage",
    version,
    about = "An OpenAI-compatible gateway that routes each request to a small local model or a frontier API."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the gateway.
    Serve(ServeArgs),
    /// Check or describe policy files.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Print the routing decision for a prompt as JSON, without calling any upstream.
    Route(RouteArgs),
    /// Measure the classifier on a labeled prompt set: accuracy, macro-F1, escalation AUC,
    /// and the cost-quality table of escalation rates.
    Eval(EvalArgs),
    /// Try Triage without GPUs or API keys: SIMULATED upstreams, generated traffic, live dashboard.
    Demo(crate::demo::DemoArgs),
    /// Turn the escalation log into fine-tuning data, or summarize it.
    Dataset {
        #[command(subcommand)]
        command: crate::dataset::DatasetCommand,
    },
}

/// The scorer, and the ONNX scorer itself when that is what runs.
type LoadedClassifier = (Arc<dyn Scorer>, Option<Arc<OnnxScorer>>);

/// Which classifier scores prompts.
#[derive(Args, Clone)]
pub(crate) struct ClassifierArgs {
    /// `onnx` (the trained model), `rules` (the keyword heuristic), or `auto`: onnx when the
    /// model directory has a model, else rules with a warning.
    #[arg(long, env = "TRIAGE_CLASSIFIER", value_parser = ["auto", "onnx", "rules"], default_value = "auto")]
    classifier: String,
    /// Model directory (model.onnx, tokenizer.json, labels.json).
    #[arg(long, env = "TRIAGE_MODEL_DIR", default_value = "classifier/model")]
    model_dir: PathBuf,
    /// Where the model runs: `auto` (CUDA when there is a GPU), `cpu`, `cuda`, `tensorrt`.
    #[arg(long, env = "TRIAGE_EXECUTION_PROVIDER", value_parser = ["auto", "cpu", "cuda", "tensorrt"], default_value = "auto")]
    execution_provider: String,
}

impl ClassifierArgs {
    /// The scorer, and the ONNX scorer itself when that is what runs (for stats and reload).
    fn load(&self) -> Result<LoadedClassifier, String> {
        let has_model = self.model_dir.join("model.onnx").is_file();
        match (self.classifier.as_str(), has_model) {
            ("rules", _) => Ok((Arc::new(RuleScorer::new()), None)),
            ("auto", false) => {
                tracing::warn!(dir = %self.model_dir.display(), "no model.onnx here: scoring with the rule-based classifier");
                Ok((Arc::new(RuleScorer::new()), None))
            }
            _ => {
                let mut config = OnnxConfig::new(&self.model_dir);
                config.execution_provider = match self.execution_provider.as_str() {
                    "cpu" => ExecutionProvider::Cpu,
                    "cuda" => ExecutionProvider::Cuda,
                    "tensorrt" => ExecutionProvider::TensorRt,
                    _ => ExecutionProvider::Auto,
                };
                let scorer =
                    Arc::new(OnnxScorer::load(config).map_err(|e| format!("classifier: {e}"))?);
                Ok((scorer.clone(), Some(scorer)))
            }
        }
    }
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    classifier: ClassifierArgs,
    /// Policy file; the embedded default policy when left out.
    #[arg(long, short, env = "TRIAGE_CONFIG")]
    config: Option<PathBuf>,
    /// API listen address.
    #[arg(long, env = "TRIAGE_LISTEN", default_value = "127.0.0.1:8080")]
    listen: String,
    /// Admin listen address (/healthz, /readyz).
    #[arg(long, env = "TRIAGE_ADMIN_LISTEN", default_value = "127.0.0.1:9090")]
    admin_listen: String,
    /// Proxy worker threads; defaults to the number of CPUs.
    #[arg(long, env = "TRIAGE_THREADS")]
    threads: Option<usize>,
    /// Seconds in-flight requests get to finish after SIGTERM.
    #[arg(long, env = "TRIAGE_GRACE_SECONDS", default_value_t = 5)]
    grace_seconds: u64,
    /// Log as JSON lines instead of text.
    #[arg(long, env = "TRIAGE_LOG_JSON")]
    log_json: bool,
    /// Put the last user message (cut to 2 KiB) in each access log line. Off by default: access
    /// logs carry no prompt text.
    #[arg(long, env = "TRIAGE_LOG_PROMPTS")]
    log_prompts: bool,
    /// Directory of the escalation log (fine-tuning data), created if missing.
    #[arg(
        long,
        env = "TRIAGE_DATA_DIR",
        default_value = "triage-data/escalations"
    )]
    data_dir: PathBuf,
    /// Do not write the escalation log.
    #[arg(long, env = "TRIAGE_NO_ESCALATION_LOG")]
    no_escalation_log: bool,
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Validate a policy file without serving; exit status 1 if it is invalid.
    Check { file: PathBuf },
    /// Print the JSON Schema of policy files.
    Schema,
}

#[derive(Args)]
struct EvalArgs {
    #[command(flatten)]
    classifier: ClassifierArgs,
    /// Labeled prompts, JSONL with `system`, `prompt`, `category`, `escalate` (classifier/data format).
    #[arg(long)]
    data: PathBuf,
    /// Policy whose prices the cost table uses; the embedded default when left out.
    #[arg(long, short, env = "TRIAGE_CONFIG")]
    config: Option<PathBuf>,
    /// Print the escalation-score threshold that escalates this share of the prompts.
    #[arg(long, value_name = "RATE")]
    calibrate: Option<f64>,
    /// Completion tokens assumed per answer in the cost table.
    #[arg(long, default_value_t = 200.0)]
    completion_tokens: f64,
}

#[derive(Args)]
struct RouteArgs {
    #[command(flatten)]
    classifier: ClassifierArgs,
    /// Policy file; the embedded default policy when left out.
    #[arg(long, short, env = "TRIAGE_CONFIG")]
    config: Option<PathBuf>,
    /// Route (virtual model) to decide for.
    #[arg(long, default_value = "auto")]
    route: String,
    /// System prompt sent with the prompt.
    #[arg(long, default_value = "")]
    system: String,
    /// The request carries tools.
    #[arg(long)]
    tools: bool,
    /// The request carries images.
    #[arg(long)]
    images: bool,
    /// The request asks for streaming.
    #[arg(long)]
    stream: bool,
    /// Request header as NAME=VALUE; repeatable.
    #[arg(long = "header", value_name = "NAME=VALUE")]
    headers: Vec<String>,
    /// The user prompt.
    prompt: String,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => serve(args),
        Command::Policy {
            command: PolicyCommand::Check { file },
        } => check(file),
        Command::Policy {
            command: PolicyCommand::Schema,
        } => {
            print!("{}", triage_policy::json_schema());
            ExitCode::SUCCESS
        }
        Command::Route(args) => route(args),
        Command::Demo(args) => crate::demo::run(args),
        Command::Eval(args) => eval(args),
        Command::Dataset { command } => crate::dataset::run(command),
    }
}

/// Loads the policy at `path`, or the embedded default.
pub fn load_policy(path: Option<&PathBuf>) -> Result<(Policy, String), String> {
    match path {
        None => Policy::from_yaml("embedded default policy", triage_policy::DEFAULT_POLICY)
            .map(|p| (p, "embedded default".to_owned()))
            .map_err(|e| e.to_string()),
        Some(path) => {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("{name}: cannot read policy file: {e}"))?;
            Policy::from_yaml(&name, &text)
                .map(|p| (p, name))
                .map_err(|e: PolicyError| e.to_string())
        }
    }
}

pub(crate) fn init_logging(json: bool, default_filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("TRIAGE_LOG")
        .unwrap_or_else(|_| default_filter.into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn serve(args: ServeArgs) -> ExitCode {
    init_logging(args.log_json, "info");
    let (policy, source) = match load_policy(args.config.as_ref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (scorer, onnx) = match args.classifier.load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    tracing::info!(
        policy = source,
        classifier = %scorer.model_version(),
        provider = scorer.execution_provider(),
        listen = args.listen,
        admin = args.admin_listen,
        "starting triage"
    );
    let redaction = policy.log.redaction.clone();
    let routing = match Routing::new(policy, source) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut state = AppState::new(routing, scorer);
    state.onnx = onnx;
    state.log_prompts = args.log_prompts;
    if let Some(config) = TracingConfig::from_env() {
        crate::install_crypto_provider();
        match Tracing::new(&config) {
            Ok(t) => {
                tracing::info!(endpoint = config.endpoint, "exporting traces over OTLP");
                state = state.with_tracing(t);
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let log = if args.no_escalation_log {
        tracing::warn!("the escalation log is off: escalations are not recorded");
        None
    } else {
        let options = LogWriterOptions {
            redaction,
            ..LogWriterOptions::default()
        };
        match LogWriter::open_dir(&args.data_dir, FileSinkOptions::default(), options) {
            Ok(writer) => {
                tracing::info!(dir = %args.data_dir.display(), "writing the escalation log");
                state = state.with_log(writer.handle());
                Some(writer)
            }
            Err(e) => {
                eprintln!("error: escalation log: {e} (set --data-dir, or --no-escalation-log to run without it)");
                return ExitCode::FAILURE;
            }
        }
    };
    let state = state.shared();
    let options = ServeOptions {
        listen: args.listen,
        admin_listen: args.admin_listen,
        threads: args.threads.unwrap_or(ServeOptions::default().threads),
        grace_period_seconds: args.grace_seconds,
    };
    crate::server::run(state.clone(), &options);
    if let Some(writer) = log {
        let stats = writer.shutdown();
        tracing::info!(
            written = stats.written,
            dropped = stats.dropped,
            "escalation log closed"
        );
    }
    if let Some(t) = &state.tracing {
        t.shutdown();
    }
    ExitCode::SUCCESS
}

fn eval(args: EvalArgs) -> ExitCode {
    init_logging(false, "warn");
    let run = || -> Result<(), String> {
        let (policy, _) = load_policy(args.config.as_ref())?;
        let (scorer, _) = args.classifier.load()?;
        let examples = crate::eval::read_examples(&args.data)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let scored = runtime.block_on(crate::eval::score_all(scorer.as_ref(), examples))?;
        if let Some(rate) = args.calibrate {
            if !(0.0..=1.0).contains(&rate) {
                return Err(format!("--calibrate {rate}: give a share between 0 and 1"));
            }
            let t = crate::eval::threshold_text(crate::eval::threshold_for_rate(&scored, rate));
            println!("{t}");
            eprintln!("escalating {:.0}% of {} prompts: use `score_at_least: {t}` for the frontier rule (or `score_below: {t}` for local ones)", rate * 100.0, scored.len());
            return Ok(());
        }
        println!(
            "classifier {} ({}) on {} prompts of {}",
            scorer.model_version(),
            scorer.execution_provider(),
            scored.len(),
            args.data.display()
        );
        println!("category accuracy   {:.4}", crate::eval::accuracy(&scored));
        println!("category macro-F1   {:.4}", crate::eval::macro_f1(&scored));
        println!("escalation AUC      {:.4}", crate::eval::auc(&scored));
        let (local, frontier) = crate::eval::prices(&policy);
        println!();
        println!("escalation rate |       threshold | escalate kept local | local escalated | cost saved vs all-frontier");
        for t in crate::eval::trade_offs(&scored, local, frontier, args.completion_tokens) {
            println!(
                "{:>14.0}% | {:>15} | {:>18.1}% | {:>14.1}% | {:>25.1}%",
                t.rate * 100.0,
                crate::eval::threshold_text(t.threshold),
                t.missed * 100.0,
                t.needless * 100.0,
                t.saved * 100.0
            );
        }
        println!("(prices: local {local:?}, frontier {frontier:?} USD per 1M input/output tokens; {} completion tokens per answer)", args.completion_tokens);
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check(file: PathBuf) -> ExitCode {
    match load_policy(Some(&file)) {
        Ok((policy, name)) => {
            println!(
                "{name}: ok ({} upstreams, {} models, {} routes)",
                policy.upstreams.len(),
                policy.models.len(),
                policy.routes.len()
            );
            for u in policy.upstreams.values() {
                if let Some(var) = &u.api_key_env {
                    if std::env::var_os(var).is_none() {
                        println!(
                            "note: upstream `{}` reads its key from ${var}, which is not set here",
                            u.name
                        );
                    }
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

struct HeaderList(Vec<(String, String)>);

impl HeaderLookup for HeaderList {
    fn header(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn route(args: RouteArgs) -> ExitCode {
    let (policy, _) = match load_policy(args.config.as_ref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(Target::Route(route_id)) = policy.resolve(&args.route) else {
        let routes: Vec<&str> = policy.routes.keys().map(String::as_str).collect();
        eprintln!(
            "error: `{}` is not a route of this policy; routes: {}",
            args.route,
            routes.join(", ")
        );
        return ExitCode::FAILURE;
    };
    let mut headers = Vec::new();
    for h in &args.headers {
        let Some((name, value)) = h.split_once('=') else {
            eprintln!("error: --header takes NAME=VALUE, got `{h}`");
            return ExitCode::FAILURE;
        };
        headers.push((name.trim().to_ascii_lowercase(), value.to_owned()));
    }
    let headers = HeaderList(headers);
    init_logging(false, "warn");
    let scored = args.classifier.load().and_then(|(scorer, _)| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        runtime
            .block_on(scorer.score(ScoreInput {
                system: &args.system,
                user: &args.prompt,
            }))
            .map_err(|e| e.to_string())
    });
    let scores = match scored {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text_bytes = args.system.len() + args.prompt.len();
    let features = RequestFeatures {
        prompt_tokens: u32::try_from(text_bytes.div_ceil(4)).unwrap_or(u32::MAX),
        has_tools: args.tools,
        has_images: args.images,
        stream: args.stream,
        headers: &headers,
    };
    let route = policy.route(route_id);
    let decision = decide(route, &features, Some(&scores));
    let model = policy.model(decision.target);
    let probabilities: serde_json::Map<String, serde_json::Value> = Category::ALL
        .iter()
        .map(|c| (c.as_str().to_owned(), json!(round3(scores.probability(*c)))))
        .collect();
    let out = json!({
        "route": route.name,
        "rule": decision.rule_name(route),
        "target": model.name,
        "tier": model.tier,
        "upstream": policy.upstream(model.upstream).name,
        "upstream_model": model.upstream_model,
        "fallbacks": route.fallbacks.iter().map(|f| policy.model(*f).name.as_str()).collect::<Vec<_>>(),
        "category": scores.category().as_str(),
        "escalation_score": round3(scores.escalation),
        "category_probabilities": probabilities,
        "classifier": &*scores.model_version,
        "prompt_tokens_estimate": features.prompt_tokens,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&out).expect("serializes")
    );
    ExitCode::SUCCESS
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}
