//! `triage dataset export|stats`: the escalation log as fine-tuning data, and what it holds.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use triage_classifier::Category;

#[derive(Subcommand)]
pub enum DatasetCommand {
    /// Write OpenAI chat fine-tuning JSONL (train/validation) and classifier training data.
    Export(ExportArgs),
    /// Print what the log holds per route, category and day.
    Stats {
        /// Escalation log directory.
        #[arg(
            long,
            env = "TRIAGE_DATA_DIR",
            default_value = "triage-data/escalations"
        )]
        data_dir: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub struct ExportArgs {
    /// Escalation log directory.
    #[arg(
        long,
        env = "TRIAGE_DATA_DIR",
        default_value = "triage-data/escalations"
    )]
    data_dir: PathBuf,
    /// Where the datasets go.
    #[arg(long, short)]
    out: PathBuf,
    /// One dataset per route, per classifier category, or one for all.
    #[arg(long, value_parser = ["route", "category", "none"], default_value = "category")]
    group_by: String,
    /// Only records at or after this time (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Only records before this time.
    #[arg(long)]
    until: Option<String>,
    /// Only these categories (repeatable).
    #[arg(long = "category")]
    categories: Vec<String>,
    /// Drop records whose feedback score is below this.
    #[arg(long)]
    min_feedback_score: Option<f64>,
    /// Keep only records that have feedback.
    #[arg(long)]
    require_feedback: bool,
    /// Share of records put in validation.jsonl.
    #[arg(long, default_value_t = 0.1)]
    validation_fraction: f64,
}

pub fn run(command: DatasetCommand) -> ExitCode {
    match command {
        DatasetCommand::Export(args) => export(args),
        DatasetCommand::Stats { data_dir, json } => dataset_stats(&data_dir, json),
    }
}

fn export(args: ExportArgs) -> ExitCode {
    use triage_flywheel::export::{ExportOptions, GroupBy};
    let mut options = ExportOptions::new(args.data_dir, args.out);
    options.group_by = match args.group_by.as_str() {
        "route" => GroupBy::Route,
        "category" => GroupBy::Category,
        _ => GroupBy::None,
    };
    let parse_time =
        |s: &Option<String>, name: &str| -> Result<Option<triage_flywheel::Timestamp>, String> {
            s.as_deref()
                .map(|t| t.parse().map_err(|e| format!("--{name} `{t}`: {e}")))
                .transpose()
        };
    match (
        parse_time(&args.since, "since"),
        parse_time(&args.until, "until"),
    ) {
        (Ok(since), Ok(until)) => {
            options.since = since;
            options.until = until;
        }
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    if !args.categories.is_empty() {
        for c in &args.categories {
            if let Err(e) = c.parse::<Category>() {
                eprintln!("error: --category: {e}");
                return ExitCode::FAILURE;
            }
        }
        options.categories = args.categories;
    }
    options.min_feedback_score = args.min_feedback_score;
    options.require_feedback = args.require_feedback;
    options.validation_fraction = args.validation_fraction;
    match triage_flywheel::export::export(&options) {
        Ok(summary) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&summary).expect("serializes")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn dataset_stats(dir: &std::path::Path, json: bool) -> ExitCode {
    match triage_flywheel::stats::collect(dir) {
        Ok(stats) if json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&stats).expect("serializes")
            );
            ExitCode::SUCCESS
        }
        Ok(stats) => {
            print!("{}", stats.to_table());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
