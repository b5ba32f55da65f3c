//! `RuleScorer`: a keyword and length heuristic standing in for the ONNX classifier.
//!
//! It reads the instruction where people write it — the system prompt and the head and tail of
//! the last user message — so a long pasted document does not drown the instruction. Each
//! category has cue phrases with weights; the weights become probabilities through a softmax,
//! and the escalation score is the probability-weighted base difficulty of the categories,
//! nudged up by open-ended cues and down by a supplied context.
//!
//! It is deliberately simple and fully deterministic; the trained model replaces it.

use std::sync::Arc;

use crate::{Category, ScoreFuture, ScoreInput, Scorer, Scores};

/// How many characters of the head and of the tail of the user message are read for cues.
const WINDOW: usize = 400;
/// How many characters of the system prompt are read.
const SYSTEM_WINDOW: usize = 400;
/// A user message at least this long is treated as carrying its own context (a document).
const CONTEXT_CHARS: usize = 600;

#[derive(Debug, Default, Clone, Copy)]
pub struct RuleScorer;

impl RuleScorer {
    pub const VERSION: &'static str = "rules-v1";

    pub fn new() -> Self {
        RuleScorer
    }

    /// Scores synchronously; the [`Scorer`] impl wraps this in a ready future.
    pub fn score_now(&self, input: ScoreInput<'_>) -> Scores {
        let matcher = matcher();
        let mut seen = [false; MAX_PATTERNS];
        let mut asks_question = false;
        for text in instruction_windows(input) {
            for m in matcher.automaton.find_overlapping_iter(text) {
                let pattern = m.pattern().as_usize();
                let effect = matcher.effects[pattern];
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                match effect {
                    Effect::QuestionMark => asks_question = true,
                    Effect::QuestionWord => asks_question |= before.is_none_or(|c| c == '\n'),
                    Effect::Cue(..) | Effect::OpenEnded => {
                        let cue = matcher.patterns[pattern];
                        let is_word = |c: char| c.is_alphanumeric();
                        let whole = (!cue.starts_with(is_word) || !before.is_some_and(is_word))
                            && (!cue.ends_with(is_word) || !after.is_some_and(is_word));
                        seen[pattern] |= whole;
                    }
                }
            }
        }

        let has_context = input.user.chars().count() >= CONTEXT_CHARS;
        let mut logits = [0f32; Category::COUNT];
        let mut open_cues = 0f32;
        for (pattern, effect) in matcher.effects.iter().enumerate() {
            match effect {
                Effect::Cue(category, weight) if seen[pattern] => {
                    logits[*category as usize] += weight
                }
                Effect::OpenEnded if seen[pattern] => open_cues += 1.0,
                _ => {}
            }
        }
        if asks_question {
            if has_context {
                logits[Category::ClosedQa as usize] += 1.5;
            } else {
                logits[Category::OpenQa as usize] += 1.0;
            }
        }
        if logits.iter().all(|l| *l == 0.0) {
            logits[Category::Other as usize] = 1.0;
        }
        let probabilities = softmax(&logits, 3.0);

        let mut escalation: f32 = Category::ALL
            .iter()
            .map(|c| probabilities[*c as usize] * base_difficulty(*c))
            .sum();
        escalation += 0.08 * open_cues.min(3.0);
        if has_context {
            escalation -= 0.05;
        }
        Scores {
            probabilities,
            escalation: escalation.clamp(0.01, 0.99),
            model_version: Arc::from(Self::VERSION),
        }
    }
}

const MAX_PATTERNS: usize = 160;

#[derive(Debug, Clone, Copy)]
enum Effect {
    Cue(Category, f32),
    OpenEnded,
    /// `?` anywhere.
    QuestionMark,
    /// A question word at the start of a line.
    QuestionWord,
}

/// Every cue in one case-insensitive automaton, so the text is scanned once.
struct Matcher {
    automaton: aho_corasick::AhoCorasick,
    patterns: Vec<&'static str>,
    effects: Vec<Effect>,
}

fn matcher() -> &'static Matcher {
    static MATCHER: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut effects = Vec::new();
        for (category, cues) in CUES {
            for (cue, weight) in *cues {
                patterns.push(*cue);
                effects.push(Effect::Cue(*category, *weight));
            }
        }
        for cue in OPEN_ENDED {
            patterns.push(*cue);
            effects.push(Effect::OpenEnded);
        }
        patterns.push("?");
        effects.push(Effect::QuestionMark);
        for word in ["what ", "who ", "when ", "where ", "which ", "how "] {
            patterns.push(word);
            effects.push(Effect::QuestionWord);
        }
        assert!(patterns.len() <= MAX_PATTERNS);
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&patterns)
            .expect("cue patterns build");
        Matcher {
            automaton,
            patterns,
            effects,
        }
    })
}

/// The system prompt head, and the user message's head and tail (or all of it when short).
fn instruction_windows<'a>(input: ScoreInput<'a>) -> [&'a str; 3] {
    let system = head(input.system, SYSTEM_WINDOW);
    let user_chars = input.user.chars().count();
    if user_chars <= 2 * WINDOW {
        [system, input.user, ""]
    } else {
        [system, head(input.user, WINDOW), tail(input.user, WINDOW)]
    }
}

fn head(s: &str, chars: usize) -> &str {
    s.char_indices().nth(chars).map_or(s, |(i, _)| &s[..i])
}

fn tail(s: &str, chars: usize) -> &str {
    s.char_indices()
        .nth_back(chars - 1)
        .map_or(s, |(i, _)| &s[i..])
}

impl Scorer for RuleScorer {
    fn score<'a>(&'a self, input: ScoreInput<'a>) -> ScoreFuture<'a> {
        let scores = self.score_now(input);
        Box::pin(std::future::ready(Ok(scores)))
    }

    fn model_version(&self) -> Arc<str> {
        Arc::from(Self::VERSION)
    }

    fn execution_provider(&self) -> &'static str {
        "rules"
    }
}

fn softmax(logits: &[f32; Category::COUNT], sharpness: f32) -> [f32; Category::COUNT] {
    let max = logits.iter().copied().fold(f32::MIN, f32::max);
    let mut out = [0f32; Category::COUNT];
    let mut sum = 0.0;
    for (o, l) in out.iter_mut().zip(logits) {
        *o = ((l - max) * sharpness).exp();
        sum += *o;
    }
    for o in &mut out {
        *o /= sum;
    }
    out
}

/// How likely a small fine-tuned model is to fall short on a task of this kind.
fn base_difficulty(category: Category) -> f32 {
    match category {
        Category::Extraction | Category::Classification | Category::Formatting => 0.12,
        Category::Rewrite => 0.18,
        Category::Summarization | Category::Translation | Category::ClosedQa => 0.22,
        Category::OpenQa => 0.6,
        Category::Other => 0.55,
        Category::Brainstorming => 0.65,
        Category::CreativeWriting => 0.72,
        Category::Coding => 0.75,
        Category::Reasoning => 0.8,
    }
}

/// Cues that a request wants depth, judgement or originality.
const OPEN_ENDED: &[&str] = &[
    "in depth",
    "in detail",
    "explain why",
    "pros and cons",
    "trade-off",
    "tradeoff",
    "compare",
    "should i",
    "strategy",
    "design a",
    "step by step",
    "prove",
    "original",
    "creative",
];

type Cues = &'static [(&'static str, f32)];

const CUES: &[(Category, Cues)] = &[
    (
        Category::Extraction,
        &[
            ("extract", 2.0),
            ("pull out", 1.5),
            ("list all the", 1.0),
            ("find all", 1.0),
            ("named entities", 1.5),
            ("return the fields", 1.5),
            ("from the following", 0.5),
            ("invoice number", 1.0),
        ],
    ),
    (
        Category::Classification,
        &[
            ("classify", 2.0),
            ("categorize", 2.0),
            ("categorise", 2.0),
            ("sentiment", 1.5),
            ("label this", 1.5),
            ("which category", 1.5),
            ("is this spam", 2.0),
            ("positive or negative", 2.0),
            ("tag the", 0.8),
        ],
    ),
    (
        Category::Summarization,
        &[
            ("summarize", 2.0),
            ("summarise", 2.0),
            ("summary", 1.5),
            ("tl;dr", 2.0),
            ("tldr", 2.0),
            ("key points", 1.0),
            ("in one sentence", 0.8),
            ("condense", 1.5),
        ],
    ),
    (
        Category::Rewrite,
        &[
            ("rewrite", 2.0),
            ("rephrase", 2.0),
            ("paraphrase", 2.0),
            ("reword", 2.0),
            ("more formal", 1.5),
            ("more concise", 1.5),
            ("fix the grammar", 2.0),
            ("proofread", 2.0),
            ("simplify this", 1.5),
        ],
    ),
    (
        Category::ClosedQa,
        &[
            ("according to the", 1.5),
            ("based on the text", 2.0),
            ("based on the passage", 2.0),
            ("based on the document", 2.0),
            ("answer using only", 2.0),
            ("from the context", 1.5),
            ("context:", 1.0),
        ],
    ),
    (
        Category::Translation,
        &[
            ("translate", 2.5),
            ("translation", 1.5),
            ("into english", 1.5),
            ("into french", 1.5),
            ("into spanish", 1.5),
            ("into german", 1.5),
            ("into japanese", 1.5),
        ],
    ),
    (
        Category::Formatting,
        &[
            ("format as", 2.0),
            ("format this", 2.0),
            ("convert to json", 2.0),
            ("as json", 1.2),
            ("as a table", 1.5),
            ("markdown table", 1.5),
            ("to csv", 1.5),
            ("as yaml", 1.5),
            ("bullet points", 0.8),
        ],
    ),
    (
        Category::OpenQa,
        &[
            ("what is", 0.6),
            ("what are", 0.6),
            ("who was", 0.8),
            ("tell me about", 1.0),
            ("explain", 0.8),
            ("how does", 0.8),
        ],
    ),
    (
        Category::Brainstorming,
        &[
            ("brainstorm", 2.5),
            ("ideas for", 2.0),
            ("suggest some", 1.5),
            ("come up with", 1.5),
            ("list of ideas", 2.0),
            ("names for", 1.2),
        ],
    ),
    (
        Category::CreativeWriting,
        &[
            ("write a story", 2.5),
            ("short story", 2.0),
            ("poem", 2.0),
            ("haiku", 2.0),
            ("song lyrics", 2.0),
            ("screenplay", 2.0),
            ("fiction", 1.2),
            ("write a blog post", 1.5),
        ],
    ),
    (
        Category::Reasoning,
        &[
            ("step by step", 1.5),
            ("prove", 1.5),
            ("solve", 1.5),
            ("puzzle", 1.5),
            ("calculate", 1.0),
            ("derive", 1.2),
            ("why does", 0.8),
            ("what would happen if", 1.2),
            ("plan", 0.6),
        ],
    ),
    (
        Category::Coding,
        &[
            ("write a function", 2.5),
            ("python", 1.2),
            ("rust", 0.8),
            ("javascript", 1.2),
            ("typescript", 1.2),
            ("sql query", 1.5),
            ("debug", 1.5),
            ("stack trace", 1.5),
            ("refactor", 1.5),
            ("code", 1.0),
            ("```", 0.8),
            ("compile", 1.0),
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn score(user: &str) -> Scores {
        RuleScorer.score_now(ScoreInput { system: "", user })
    }

    #[test]
    fn narrow_tasks_score_low_and_land_in_their_category() {
        let cases = [
            (
                "Extract the invoice number and total from this email.",
                Category::Extraction,
            ),
            (
                "Classify the sentiment of this review as positive or negative: great phone",
                Category::Classification,
            ),
            (
                "Summarize the following meeting notes in three bullet points.",
                Category::Summarization,
            ),
            (
                "Rephrase this sentence to sound more formal: gimme the report",
                Category::Rewrite,
            ),
            (
                "Translate 'good morning' into French.",
                Category::Translation,
            ),
        ];
        for (prompt, expected) in cases {
            let s = score(prompt);
            assert_eq!(s.category(), expected, "{prompt}");
            assert!(s.escalation < 0.4, "{prompt}: {}", s.escalation);
        }
    }

    #[test]
    fn open_ended_tasks_score_high() {
        let cases = [
            (
                "Write a short story about a lighthouse keeper who finds a map.",
                Category::CreativeWriting,
            ),
            (
                "Prove step by step that there are infinitely many primes.",
                Category::Reasoning,
            ),
            (
                "Write a function in Python that parses ISO dates, and debug this stack trace.",
                Category::Coding,
            ),
            (
                "Brainstorm ideas for a company offsite.",
                Category::Brainstorming,
            ),
        ];
        for (prompt, expected) in cases {
            let s = score(prompt);
            assert_eq!(s.category(), expected, "{prompt}");
            assert!(s.escalation >= 0.6, "{prompt}: {}", s.escalation);
        }
    }

    #[test]
    fn instruction_at_the_end_of_a_long_document_is_found() {
        let document =
            "The quarterly board meeting covered budget, hiring and the roadmap. ".repeat(60);
        let prompt = format!("{document}\n\nSummarize the text above in two sentences.");
        let s = score(&prompt);
        assert_eq!(s.category(), Category::Summarization);
        assert!(s.escalation < 0.3);
    }

    #[test]
    fn a_question_with_a_supplied_document_is_closed_qa() {
        let document = "Acme Corp was founded in 1998 in Lyon by two engineers. ".repeat(20);
        let s = score(&format!("{document}\nWhen was Acme founded?"));
        assert_eq!(s.category(), Category::ClosedQa);
        let open = score("When was the printing press invented?");
        assert_eq!(open.category(), Category::OpenQa);
        assert!(open.escalation > s.escalation);
    }

    #[test]
    fn cues_match_whole_words_only() {
        let reasoning = |text: &str| score(text).probability(Category::Reasoning);
        assert!(reasoning("Please PROVE it.") > 0.5);
        assert!(reasoning("budget approved, improvements") < 0.5);
        assert_eq!(
            score("fix this:\n```rust\nfn main() {}\n```").category(),
            Category::Coding
        );
        assert_eq!(head("héllo", 2), "hé");
        assert_eq!(tail("héllo", 4), "éllo");
        assert_eq!(tail("hi", 4), "hi");
        let s = score("Summarize the following meeting notes in two bullet points: budget approved, hiring paused.");
        assert_eq!(s.category(), Category::Summarization);
        assert!(s.escalation < 0.3, "{}", s.escalation);
    }

    #[test]
    fn probabilities_are_a_distribution_and_input_never_panics() {
        for prompt in ["", "?", "ü".repeat(2000).as_str(), "\u{0}\u{fffd}"] {
            let s = score(prompt);
            let sum: f32 = s.probabilities.iter().sum();
            assert!((sum - 1.0).abs() < 1e-4, "{sum}");
            assert!((0.0..=1.0).contains(&s.escalation));
        }
        assert_eq!(score("").category(), Category::Other);
    }
}
