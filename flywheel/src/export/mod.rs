//! Turns a log directory into training data:
//!
//! - `<out_dir>/<group>/train.jsonl` and `validation.jsonl`: OpenAI chat fine-tuning lines,
//!   `{"messages": [...client messages..., {"role": "assistant", ...frontier answer...}],
//!   "tools": [...]}`, from frontier answers that pass the filters, deduplicated;
//! - `<out_dir>/classifier.jsonl`: rows for the classifier's trainer,
//!   `{"id", "system", "prompt", "category", "escalate", "source": "flywheel", "kind"}`;
//! - `<out_dir>/summary.json`: the [`ExportSummary`].
//!
//! Classifier labels (`escalate`), by record kind:
//! - `escalation` whose frontier answer passes every filter (quality, feedback): 1, the
//!   frontier was needed;
//! - `local` with feedback: 1 when the score is below `local_fail_below` (the local model
//!   failed, the frontier was needed), else 0; `local` without feedback: 0 when its answer
//!   passes the quality filters, else no row (a failed call says nothing about the prompt);
//! - `shadow`: no row (the record it copies carries the label); no row without a category.
//!
//! Feedback joins by the record's own `request_id`; the latest feedback wins. Runs offline;
//! nothing here is for the request path. Files are written to `*.tmp` and renamed when done, so
//! a failed export never leaves a half-written file under a final name.

mod convert;
mod dedup;
mod output;

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::PathBuf;

use serde::Serialize;
use serde_json::json;

use crate::hash::unit_interval;
use crate::reader::{ReadStats, Reader};
use crate::record::{Record, RecordKind, RequestRecord, Tier};
use crate::Timestamp;
use convert::{answer, AnswerFault, Conversation, Reject};
use dedup::{Dedup, Duplicate};
use output::Outputs;

/// How fine-tuning examples are split into directories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// One directory per route (`auto`, ...); `pinned` for requests that named a model.
    Route,
    /// One directory per classifier category; `uncategorized` when there is none.
    Category,
    /// Everything in `all/`.
    None,
}

#[derive(Debug, Clone, Serialize)]
pub struct QualityOptions {
    /// Only HTTP 200 answers. Default true.
    pub require_success: bool,
    /// Accepted `finish_reason`s; empty accepts any. Default `stop`, `tool_calls`.
    pub finish_reasons: Vec<String>,
    /// The answer has text or tool calls. Default true.
    pub require_answer: bool,
    /// Drop answers carrying a `refusal`. Default true.
    pub drop_refusals: bool,
}

impl Default for QualityOptions {
    fn default() -> Self {
        QualityOptions {
            require_success: true,
            finish_reasons: vec!["stop".into(), "tool_calls".into()],
            require_answer: true,
            drop_refusals: true,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DedupOptions {
    /// Drop conversations equal up to case and spacing. Default true.
    pub exact: bool,
    /// Drop prompts whose word shingles overlap a kept one's. Default true.
    pub near: bool,
    /// Estimated Jaccard similarity of shingle sets at or above which two prompts are near
    /// duplicates. Default 0.8; values under 0.5 find fewer of them.
    pub near_threshold: f64,
    /// Words per shingle. Default 3.
    pub shingle_words: usize,
}

impl Default for DedupOptions {
    fn default() -> Self {
        DedupOptions {
            exact: true,
            near: true,
            near_threshold: 0.8,
            shingle_words: 3,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportOptions {
    /// The log directory.
    pub dir: PathBuf,
    /// Where datasets go (created). Files of the same names are replaced, others left.
    pub out_dir: PathBuf,
    pub group_by: GroupBy,
    /// Requests at or after this instant. Default: no bound.
    pub since: Option<Timestamp>,
    /// Requests before this instant. Default: no bound.
    pub until: Option<Timestamp>,
    /// Only these classifier categories; empty means all. Default empty.
    pub categories: Vec<String>,
    /// Record kinds considered. Default `escalation`, `shadow`.
    pub kinds: Vec<RecordKind>,
    /// Drop frontier answers whose feedback score is below this. Default none.
    pub min_feedback_score: Option<f64>,
    /// Drop frontier answers without a feedback score. Default false.
    pub require_feedback: bool,
    pub quality: QualityOptions,
    pub dedup: DedupOptions,
    /// Share of examples in `validation.jsonl`, fixed per `request_id`. Default 0.1.
    pub validation_fraction: f64,
    /// A `local` answer scored below this labels its prompt `escalate: 1`. Default 0.5.
    pub local_fail_below: f64,
}

impl ExportOptions {
    pub fn new(dir: impl Into<PathBuf>, out_dir: impl Into<PathBuf>) -> Self {
        ExportOptions {
            dir: dir.into(),
            out_dir: out_dir.into(),
            group_by: GroupBy::Category,
            since: None,
            until: None,
            categories: Vec::new(),
            kinds: vec![RecordKind::Escalation, RecordKind::Shadow],
            min_feedback_score: None,
            require_feedback: false,
            quality: QualityOptions::default(),
            dedup: DedupOptions::default(),
            validation_fraction: 0.1,
            local_fail_below: 0.5,
        }
    }
}

/// Records that did not become fine-tuning examples, by the first filter that stopped them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Dropped {
    pub kind: u64,
    pub time: u64,
    pub category: u64,
    /// No `messages` (not a chat request).
    pub not_chat: u64,
    /// Roles fine-tuning rejects, no user turn, or not ending on a user or tool turn.
    pub invalid_messages: u64,
    /// Served by a local model: never a fine-tuning target (may still label the classifier).
    pub local_answer: u64,
    pub status: u64,
    pub finish_reason: u64,
    pub empty_answer: u64,
    pub refusal: u64,
    pub no_feedback: u64,
    pub low_feedback: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Duplicates {
    pub exact: u64,
    pub near: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SplitCounts {
    pub train: u64,
    pub validation: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ClassifierCounts {
    pub rows: u64,
    pub escalate: u64,
    pub stay_local: u64,
    pub duplicates: u64,
    /// Eligible records left out: no category, no prompt text, or no label (see module docs).
    pub unlabeled: u64,
}

/// What an export did; also written as `summary.json`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExportSummary {
    pub request_records: u64,
    pub feedback_records: u64,
    pub read: ReadStats,
    /// Fine-tuning examples written.
    pub examples: SplitCounts,
    pub groups: BTreeMap<String, SplitCounts>,
    /// Fine-tuning examples per classifier category.
    pub categories: BTreeMap<String, u64>,
    pub dropped: Dropped,
    pub duplicates: Duplicates,
    pub classifier: ClassifierCounts,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot read the log directory {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("invalid export options: {0}")]
    Options(String),
}

/// Runs an export. See the module documentation for what is written.
pub fn export(opts: &ExportOptions) -> Result<ExportSummary, ExportError> {
    if !(0.0..=1.0).contains(&opts.validation_fraction) {
        return Err(ExportError::Options(
            "validation_fraction must be within [0, 1]".into(),
        ));
    }
    if !(0.0..=1.0).contains(&opts.dedup.near_threshold) {
        return Err(ExportError::Options(
            "dedup.near_threshold must be within [0, 1]".into(),
        ));
    }
    let read_err = |source| ExportError::Read {
        path: opts.dir.clone(),
        source,
    };
    let mut summary = ExportSummary::default();

    // Pass 1: the latest feedback score per request.
    let mut feedback: HashMap<String, (Timestamp, Option<f64>)> = HashMap::new();
    for r in Reader::open(&opts.dir).map_err(read_err)? {
        if let Record::Feedback(f) = r {
            summary.feedback_records += 1;
            let score = f.effective_score();
            match feedback.get_mut(&f.request_id) {
                Some(prev) if prev.0 > f.timestamp => {}
                Some(prev) => *prev = (f.timestamp, score),
                None => {
                    feedback.insert(f.request_id, (f.timestamp, score));
                }
            }
        }
    }

    // Pass 2: requests, in log order.
    let mut run = Run {
        opts,
        feedback,
        outputs: Outputs::create(&opts.out_dir)?,
        tuning: new_dedup(opts),
        labels: new_dedup(opts),
        summary,
    };
    let mut reader = Reader::open(&opts.dir).map_err(read_err)?;
    for r in reader.by_ref() {
        if let Record::Request(r) = r {
            run.summary.request_records += 1;
            run.request(&r)?;
        }
    }
    run.summary.read = reader.stats();
    run.outputs.finish(&run.summary)?;
    Ok(run.summary)
}

fn new_dedup(opts: &ExportOptions) -> Dedup {
    let d = &opts.dedup;
    Dedup::new(
        d.exact,
        d.near.then_some((d.near_threshold, d.shingle_words)),
    )
}

struct Run<'a> {
    opts: &'a ExportOptions,
    feedback: HashMap<String, (Timestamp, Option<f64>)>,
    outputs: Outputs,
    tuning: Dedup,
    labels: Dedup,
    summary: ExportSummary,
}

impl Run<'_> {
    fn request(&mut self, r: &RequestRecord) -> Result<(), ExportError> {
        let (opts, d) = (self.opts, &mut self.summary.dropped);
        if !opts.kinds.contains(&r.kind) {
            d.kind += 1;
            return Ok(());
        }
        if opts.since.is_some_and(|t| r.timestamp < t)
            || opts.until.is_some_and(|t| r.timestamp >= t)
        {
            d.time += 1;
            return Ok(());
        }
        if !opts.categories.is_empty()
            && !r
                .category()
                .is_some_and(|c| opts.categories.iter().any(|x| x == c))
        {
            d.category += 1;
            return Ok(());
        }
        let conv = match Conversation::from_request(&r.request) {
            Ok(c) => c,
            Err(Reject::NotChat) => {
                d.not_chat += 1;
                return Ok(());
            }
            Err(Reject::InvalidMessages) => {
                d.invalid_messages += 1;
                return Ok(());
            }
        };
        let q = &opts.quality;
        let checked = answer(
            &r.response,
            q.require_success,
            &q.finish_reasons,
            q.require_answer,
            q.drop_refusals,
        );
        let score = self.feedback.get(&r.request_id).and_then(|f| f.1);
        if r.tier == Tier::Local {
            d.local_answer += 1;
            let label = match score {
                Some(s) => Some(u8::from(s < opts.local_fail_below)),
                None => checked.is_ok().then_some(0),
            };
            return self.classifier_row(r, &conv, label.filter(|_| r.kind == RecordKind::Local));
        }
        let answer = match checked {
            Ok(a) => a,
            Err(fault) => {
                *match fault {
                    AnswerFault::Status => &mut d.status,
                    AnswerFault::FinishReason => &mut d.finish_reason,
                    AnswerFault::Empty => &mut d.empty_answer,
                    AnswerFault::Refusal => &mut d.refusal,
                } += 1;
                return Ok(());
            }
        };
        match score {
            None if opts.require_feedback => {
                d.no_feedback += 1;
                return Ok(());
            }
            Some(s) if opts.min_feedback_score.is_some_and(|min| s < min) => {
                d.low_feedback += 1;
                return Ok(());
            }
            _ => {}
        }
        match self.tuning.check(&conv.normalized_key(), &conv.user_text()) {
            Some(Duplicate::Exact) => self.summary.duplicates.exact += 1,
            Some(Duplicate::Near) => self.summary.duplicates.near += 1,
            None => {
                let group = output::dir_name(match opts.group_by {
                    GroupBy::Route => r.route.as_deref().unwrap_or("pinned"),
                    GroupBy::Category => r.category().unwrap_or("uncategorized"),
                    GroupBy::None => "all",
                });
                let validation = unit_interval(&r.request_id) < opts.validation_fraction;
                self.outputs
                    .example(&group, validation, &conv.example(answer))?;
                let counts = self.summary.groups.entry(group).or_default();
                for c in [counts, &mut self.summary.examples] {
                    *if validation {
                        &mut c.validation
                    } else {
                        &mut c.train
                    } += 1;
                }
                let category = r.category().unwrap_or("uncategorized").to_owned();
                *self.summary.categories.entry(category).or_default() += 1;
            }
        }
        let label = (r.kind == RecordKind::Escalation).then_some(1);
        self.classifier_row(r, &conv, label)
    }

    fn classifier_row(
        &mut self,
        r: &RequestRecord,
        conv: &Conversation,
        label: Option<u8>,
    ) -> Result<(), ExportError> {
        if r.kind == RecordKind::Shadow {
            return Ok(());
        }
        let c = &mut self.summary.classifier;
        let prompt = conv.last_user_text();
        let (Some(category), Some(escalate), false) =
            (r.category(), label, prompt.trim().is_empty())
        else {
            c.unlabeled += 1;
            return Ok(());
        };
        let system = conv.system_text();
        let key = format!(
            "{}\u{0}{}",
            convert::normalize(&system),
            convert::normalize(&prompt)
        );
        if self.labels.check(&key, &prompt).is_some() {
            c.duplicates += 1;
            return Ok(());
        }
        c.rows += 1;
        *if escalate == 1 {
            &mut c.escalate
        } else {
            &mut c.stay_local
        } += 1;
        self.outputs.classifier(&json!({
            "id": r.request_id,
            "system": system,
            "prompt": prompt,
            "category": category,
            "escalate": escalate,
            "source": "flywheel",
            "kind": r.kind.as_str(),
        }))
    }
}
