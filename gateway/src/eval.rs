//! `triage eval`: how good the classifier is on a labeled prompt set, through the real scoring
//! path: category accuracy and macro-F1, escalation ROC AUC, and the cost-quality trade-off of
//! each escalation rate under the policy's prices (RouteLLM-style calibration).

use std::path::Path;

use serde::Deserialize;
use triage_classifier::{Category, ScoreInput, Scorer};
use triage_policy::{Policy, Tier};

/// One labeled prompt, in the format of `classifier/data/*.jsonl`.
#[derive(Debug, Deserialize)]
pub struct Example {
    #[serde(default)]
    pub system: String,
    pub prompt: String,
    pub category: Category,
    pub escalate: u8,
}

pub struct Scored {
    pub example: Example,
    pub category: Category,
    pub escalation: f32,
}

pub fn read_examples(path: &Path) -> Result<Vec<Example>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

pub async fn score_all(scorer: &dyn Scorer, examples: Vec<Example>) -> Result<Vec<Scored>, String> {
    let mut out = Vec::with_capacity(examples.len());
    for example in examples {
        let s = scorer
            .score(ScoreInput {
                system: &example.system,
                user: &example.prompt,
            })
            .await
            .map_err(|e| e.to_string())?;
        out.push(Scored {
            category: s.category(),
            escalation: s.escalation,
            example,
        });
    }
    Ok(out)
}

/// Share of examples whose predicted category is the label.
pub fn accuracy(scored: &[Scored]) -> f64 {
    scored
        .iter()
        .filter(|s| s.category == s.example.category)
        .count() as f64
        / scored.len().max(1) as f64
}

/// Mean F1 over the categories that occur as labels.
pub fn macro_f1(scored: &[Scored]) -> f64 {
    let mut f1s = Vec::new();
    for c in Category::ALL {
        let tp = scored
            .iter()
            .filter(|s| s.category == c && s.example.category == c)
            .count() as f64;
        let predicted = scored.iter().filter(|s| s.category == c).count() as f64;
        let actual = scored.iter().filter(|s| s.example.category == c).count() as f64;
        if actual == 0.0 {
            continue;
        }
        let precision = if predicted > 0.0 { tp / predicted } else { 0.0 };
        let recall = tp / actual;
        f1s.push(if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        });
    }
    f1s.iter().sum::<f64>() / f1s.len().max(1) as f64
}

/// ROC AUC of the escalation score against the `escalate` label (ties count half).
pub fn auc(scored: &[Scored]) -> f64 {
    let mut pairs: Vec<(f32, bool)> = scored
        .iter()
        .map(|s| (s.escalation, s.example.escalate == 1))
        .collect();
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let positives = pairs.iter().filter(|p| p.1).count() as f64;
    let negatives = pairs.len() as f64 - positives;
    if positives == 0.0 || negatives == 0.0 {
        return f64::NAN;
    }
    // Mann-Whitney U with average ranks for ties.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < pairs.len() {
        let mut j = i;
        while j < pairs.len() && pairs[j].0 == pairs[i].0 {
            j += 1;
        }
        let avg_rank = (i + 1 + j) as f64 / 2.0;
        rank_sum += pairs[i..j].iter().filter(|p| p.1).count() as f64 * avg_rank;
        i = j;
    }
    (rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives)
}

/// A threshold as text that parses back to exactly the same `f32` (the shortest such decimal):
/// a well-trained model puts many scores within 1e-4 of 0 or 1, where four decimals would print
/// a threshold that escalates everything or nothing.
pub fn threshold_text(threshold: f32) -> String {
    format!("{threshold}")
}

/// The score threshold at which `rate` of the examples escalate (`score >= threshold`).
pub fn threshold_for_rate(scored: &[Scored], rate: f64) -> f32 {
    let mut scores: Vec<f32> = scored.iter().map(|s| s.escalation).collect();
    scores.sort_by(|a, b| b.total_cmp(a));
    let k = ((rate * scores.len() as f64).round() as usize).clamp(1, scores.len().max(1));
    scores.get(k - 1).copied().unwrap_or(1.0)
}

pub struct TradeOff {
    pub rate: f64,
    pub threshold: f32,
    /// Share of `escalate` prompts kept local (score below the threshold).
    pub missed: f64,
    /// Share of `local` prompts sent to the frontier anyway.
    pub needless: f64,
    /// Cost saved against sending everything to the frontier.
    pub saved: f64,
}

/// The cost-quality table: each rate's threshold, its two kinds of mistake, and the saving
/// when escalations go to `frontier` and the rest to `local` prices (USD per 1M tokens), with
/// about 4 bytes a prompt token and `completion_tokens` per answer.
pub fn trade_offs(
    scored: &[Scored],
    local: (f64, f64),
    frontier: (f64, f64),
    completion_tokens: f64,
) -> Vec<TradeOff> {
    let cost = |s: &Scored, (input, output): (f64, f64)| {
        let prompt = (s.example.system.len() + s.example.prompt.len()) as f64 / 4.0;
        (prompt * input + completion_tokens * output) / 1e6
    };
    let all_frontier: f64 = scored.iter().map(|s| cost(s, frontier)).sum();
    let escalate = scored
        .iter()
        .filter(|s| s.example.escalate == 1)
        .count()
        .max(1) as f64;
    let keep = scored
        .iter()
        .filter(|s| s.example.escalate == 0)
        .count()
        .max(1) as f64;
    (1..=9)
        .map(|tenth| {
            let rate = f64::from(tenth) / 10.0;
            let threshold = threshold_for_rate(scored, rate);
            let up = |s: &Scored| s.escalation >= threshold;
            let spent: f64 = scored
                .iter()
                .map(|s| cost(s, if up(s) { frontier } else { local }))
                .sum();
            TradeOff {
                rate,
                threshold,
                missed: scored
                    .iter()
                    .filter(|s| s.example.escalate == 1 && !up(s))
                    .count() as f64
                    / escalate,
                needless: scored
                    .iter()
                    .filter(|s| s.example.escalate == 0 && up(s))
                    .count() as f64
                    / keep,
                saved: if all_frontier > 0.0 {
                    1.0 - spent / all_frontier
                } else {
                    0.0
                },
            }
        })
        .collect()
}

/// (local, frontier) prices for the table: the cheapest local model and the policy's baseline.
pub fn prices(policy: &Policy) -> ((f64, f64), (f64, f64)) {
    let local = policy
        .models
        .values()
        .filter(|m| m.tier == Tier::Local)
        .map(|m| (m.price.input_per_1m, m.price.output_per_1m))
        .min_by(|a, b| (a.0 + a.1).total_cmp(&(b.0 + b.1)))
        .unwrap_or((0.0, 0.0));
    let b = policy.model(policy.baseline).price;
    (local, (b.input_per_1m, b.output_per_1m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(escalation: f32, escalate: u8, category: Category, predicted: Category) -> Scored {
        Scored {
            example: Example {
                system: String::new(),
                prompt: "x".repeat(400),
                category,
                escalate,
            },
            category: predicted,
            escalation,
        }
    }

    #[test]
    fn metrics_on_a_known_set() {
        use Category::*;
        let set = vec![
            scored(0.1, 0, Extraction, Extraction),
            scored(0.2, 0, Extraction, Summarization),
            scored(0.3, 1, Coding, Coding),
            scored(0.8, 1, Coding, Coding),
            scored(0.9, 1, Reasoning, Reasoning),
            scored(0.4, 0, Summarization, Summarization),
        ];
        assert!((accuracy(&set) - 5.0 / 6.0).abs() < 1e-12);
        // F1: extraction 2/3, coding 1, reasoning 1, summarization 2/3.
        assert!((macro_f1(&set) - (2.0 / 3.0 + 1.0 + 1.0 + 2.0 / 3.0) / 4.0).abs() < 1e-12);
        // Positives 0.3, 0.8, 0.9 against negatives 0.1, 0.2, 0.4: 8 of 9 pairs ordered right.
        assert!((auc(&set) - 8.0 / 9.0).abs() < 1e-12);
        assert_eq!(threshold_for_rate(&set, 0.5), 0.4);
        let table = trade_offs(&set, (0.0, 0.0), (1.0, 1.0), 0.0);
        let half = &table[4];
        assert_eq!(half.threshold, 0.4);
        assert!((half.missed - 1.0 / 3.0).abs() < 1e-12);
        assert!((half.needless - 1.0 / 3.0).abs() < 1e-12);
        assert!((half.saved - 0.5).abs() < 1e-12);
    }

    #[test]
    fn thresholds_print_exactly_even_near_zero_and_one() {
        let set: Vec<Scored> = [2e-7, 3.1e-6, 4.2e-5, 0.5, 0.99991, 0.999_999_9]
            .into_iter()
            .map(|e| scored(e, 0, Category::Other, Category::Other))
            .collect();
        for rate in [0.1, 0.3, 0.5, 0.7, 0.9, 1.0] {
            let t = threshold_for_rate(&set, rate);
            let text = threshold_text(t);
            assert_eq!(text.parse::<f32>().unwrap(), t, "{text}");
            let up = set.iter().filter(|s| s.escalation >= t).count();
            assert_eq!(
                up,
                ((rate * 6.0).round() as usize).max(1),
                "rate {rate}: {text}"
            );
        }
        assert_eq!(
            threshold_text(threshold_for_rate(&set, 5.0 / 6.0)),
            "0.0000031"
        );
    }

    #[test]
    fn auc_counts_ties_half() {
        let set = vec![
            scored(0.5, 1, Category::Other, Category::Other),
            scored(0.5, 0, Category::Other, Category::Other),
        ];
        assert!((auc(&set) - 0.5).abs() < 1e-12);
    }
}
