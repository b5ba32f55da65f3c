//! What the model reads: the prompt's text as token ids, cut to its head and tail.
//!
//! The contract (labels.json): the text is `system + "\n" + user` (just `user` when there is no
//! system prompt); it is tokenized without padding, and when the content tokens do not fit in
//! `max_length - 2`, the first `head_tokens` and the last `tail_tokens` of them are kept between
//! `[CLS]` and `[SEP]`.
//!
//! Two halves, for the two threads that run them:
//! - [`segments`] runs on the caller's thread and must stay cheap whatever the prompt's size: it
//!   copies at most a window of bytes from each end of the system prompt and of the user message
//!   (cut at whitespace), never the whole of a long document.
//! - [`TextRules::token_ids`] runs on a classifier worker: it tokenizes the segments and applies
//!   the head/tail cut.
//!
//! Tokenizing segments one by one gives the same tokens as tokenizing the joined text because
//! every cut is at whitespace and the tokenizer never joins tokens across whitespace (BERT
//! WordPiece and SentencePiece's Metaspace both split at whitespace first; checked for each
//! loaded tokenizer by [`TextRules::check_separable`]). The only differences from tokenizing
//! everything: a window of `BYTES_PER_TOKEN` bytes per kept token that holds fewer tokens than
//! that (text with over 24 bytes per token, e.g. long unbroken strings) gives the model fewer
//! tokens from the middle's side than the reference would; and a window of text with no
//! whitespace at all (long CJK runs) is cut at a character boundary, where a SentencePiece
//! tokenizer may split the one or two pieces at the cut differently, far from the kept tokens.

use std::hash::{BuildHasher, Hash};

use tokenizers::Tokenizer;

use crate::ScoreInput;

/// Bytes copied per kept token at each end of a long text: English runs about 4-6 bytes per
/// token, so 24 leaves a wide margin.
pub(crate) const BYTES_PER_TOKEN: usize = 24;

/// How labels.json says text becomes model input.
#[derive(Debug, Clone)]
pub(crate) struct TextRules {
    pub head_tokens: usize,
    pub tail_tokens: usize,
    pub max_length: usize,
    pub cls: u32,
    pub sep: u32,
}

/// The pieces of one prompt, in order, that the worker tokenizes and concatenates.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Segments(pub Vec<String>);

impl Segments {
    /// The cache key: same segments, same model input, same scores. `keys` is seeded at random
    /// per model, so nobody can craft a prompt that collides with another's cached scores.
    pub fn key(&self, keys: &impl BuildHasher) -> u64 {
        keys.hash_one(self)
    }
}

/// Copies what the model can see of `input`: each of the system prompt and the user message
/// whole when short, else only its head and tail windows.
pub(crate) fn segments(input: ScoreInput<'_>, rules: &TextRules) -> Segments {
    let head = rules.head_tokens * BYTES_PER_TOKEN;
    let tail = rules.tail_tokens * BYTES_PER_TOKEN;
    let mut out = Vec::with_capacity(4);
    for part in [input.system, input.user] {
        let (first, last) = windows(part, head, tail);
        if !first.is_empty() {
            out.push(first.to_owned());
        }
        if let Some(last) = last {
            out.push(last.to_owned());
        }
    }
    Segments(out)
}

/// `text` whole, or its first ~`head` and last ~`tail` bytes cut at whitespace when it is longer.
fn windows(text: &str, head: usize, tail: usize) -> (&str, Option<&str>) {
    if text.len() <= head + tail {
        return (text, None);
    }
    let bytes = text.as_bytes();
    let is_space = |b: &u8| b.is_ascii_whitespace();
    // end of the head window: the first whitespace at or after `head` (within another `head`
    // bytes), else a char boundary at `head`
    let head_end = bytes[head..]
        .iter()
        .take(head.max(64))
        .position(is_space)
        .map_or_else(|| floor_char_boundary(text, head), |i| head + i);
    if tail == 0 {
        return (&text[..head_end], None);
    }
    // start of the tail window: the last whitespace at or before len - tail, likewise
    let tail_from = text.len() - tail;
    let tail_start = bytes[..=tail_from]
        .iter()
        .rev()
        .take(tail.max(64))
        .position(is_space)
        .map_or_else(|| floor_char_boundary(text, tail_from), |i| tail_from - i);
    if head_end >= tail_start {
        return (text, None);
    }
    (&text[..head_end], Some(&text[tail_start..]))
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl TextRules {
    /// `[CLS] head... tail... [SEP]` for the segments. Runs on a worker thread.
    pub fn token_ids(
        &self,
        tokenizer: &Tokenizer,
        segments: &Segments,
    ) -> Result<Vec<i64>, String> {
        let mut body = Vec::new();
        for segment in &segments.0 {
            let encoding = tokenizer
                .encode_fast(segment.as_str(), false)
                .map_err(|e| format!("tokenizer failed: {e}"))?;
            body.extend_from_slice(encoding.get_ids());
        }
        let mut ids = Vec::with_capacity(body.len().min(self.max_length) + 2);
        ids.push(i64::from(self.cls));
        if body.len() + 2 > self.max_length {
            let tail_start = body.len() - self.tail_tokens;
            ids.extend(body[..self.head_tokens].iter().map(|&t| i64::from(t)));
            ids.extend(body[tail_start..].iter().map(|&t| i64::from(t)));
        } else {
            ids.extend(body.iter().map(|&t| i64::from(t)));
        }
        ids.push(i64::from(self.sep));
        Ok(ids)
    }

    /// Fails unless tokenizing text in whitespace-separated pieces gives the same tokens as
    /// tokenizing it whole, which [`segments`] relies on.
    pub fn check_separable(tokenizer: &Tokenizer) -> Result<(), String> {
        const PROBE: [&str; 4] = [
            "You are a helpful assistant.",
            "Résumé: extract the dates (2024-01-02)",
            "from this e-mail, please!\t猫は",
            "don't stop",
        ];
        let ids = |text: &str| {
            tokenizer
                .encode_fast(text, false)
                .map(|e| e.get_ids().to_vec())
                .map_err(|e| e.to_string())
        };
        let mut pieces = Vec::new();
        for p in PROBE {
            pieces.extend(ids(p)?);
        }
        if ids(&PROBE.join("\n"))? != pieces || ids(&PROBE.join(" "))? != pieces {
            return Err(
                "tokens depend on text across whitespace; only tokenizers that split at \
                        whitespace first (BERT WordPiece, SentencePiece Metaspace) are supported"
                    .into(),
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> (Tokenizer, TextRules) {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tiny");
        let mut tokenizer = Tokenizer::from_file(format!("{dir}/tokenizer.json")).unwrap();
        tokenizer.with_padding(None);
        let rules = TextRules {
            head_tokens: 5,
            tail_tokens: 3,
            max_length: 10,
            cls: tokenizer.token_to_id("[CLS]").unwrap(),
            sep: tokenizer.token_to_id("[SEP]").unwrap(),
        };
        (tokenizer, rules)
    }

    /// The reference: tokenize the joined text whole, then cut.
    fn reference(tokenizer: &Tokenizer, rules: &TextRules, system: &str, user: &str) -> Vec<i64> {
        let text = if system.is_empty() {
            user.to_owned()
        } else {
            format!("{system}\n{user}")
        };
        let body: Vec<u32> = tokenizer.encode(text, false).unwrap().get_ids().to_vec();
        let body = if body.len() + 2 > rules.max_length {
            [
                &body[..rules.head_tokens],
                &body[body.len() - rules.tail_tokens..],
            ]
            .concat()
        } else {
            body
        };
        let mut ids = vec![i64::from(rules.cls)];
        ids.extend(body.iter().map(|&t| i64::from(t)));
        ids.push(i64::from(rules.sep));
        ids
    }

    #[test]
    fn matches_whole_text_tokenization_for_short_and_long_texts() {
        let (tokenizer, rules) = tiny();
        TextRules::check_separable(&tokenizer).unwrap();
        let words =
            "extract the dates from this email one two three four five six seven eight nine ten";
        let long: String = (0..200)
            .map(|i| format!("{} ", words.split(' ').nth(i % 16).unwrap()))
            .collect();
        let cases = [
            ("", ""),
            ("", "Extract the dates."),
            ("You are a helpful assistant.", ""),
            ("system", "user text with résumé and 猫"),
            ("", long.as_str()),
            (long.as_str(), "short question?"),
            (long.as_str(), long.as_str()),
            ("alpha", &format!("start {long} middle {long} end")),
        ];
        for (system, user) in cases {
            let segs = segments(ScoreInput { system, user }, &rules);
            let got = rules.token_ids(&tokenizer, &segs).unwrap();
            assert_eq!(
                got,
                reference(&tokenizer, &rules, system, user),
                "{system:?} / {user:?}"
            );
        }
    }

    /// The committed model's tokenizer, run the Rust way (segments, then head+tail cut), gives
    /// exactly the `input_ids` the Python trainer recorded in `golden.jsonl` (scripts, full-width
    /// characters, odd whitespace, a truncated document).
    #[test]
    fn committed_model_tokenizes_like_the_trainer() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("model");
        let crate::onnx::model::InputSide {
            tokenizer, rules, ..
        } = crate::onnx::model::InputSide::load(&dir).unwrap();
        let mut truncated = 0;
        let golden = std::fs::read_to_string(dir.join("golden.jsonl")).unwrap();
        for line in golden.lines() {
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let (system, user) = (
                case["system"].as_str().unwrap(),
                case["prompt"].as_str().unwrap(),
            );
            let want: Vec<i64> = serde_json::from_value(case["input_ids"].clone()).unwrap();
            let segs = segments(ScoreInput { system, user }, &rules);
            assert_eq!(
                rules.token_ids(&tokenizer, &segs).unwrap(),
                want,
                "{user:.60}"
            );
            truncated += usize::from(
                case["tokens_before_truncation"].as_u64().unwrap() as usize > want.len(),
            );
        }
        assert!(truncated >= 1, "golden.jsonl has no truncated case");
    }

    #[test]
    fn long_texts_are_copied_only_in_windows() {
        let (_, rules) = tiny();
        let user = format!("start {} end", "one two ".repeat(100_000));
        let segs = segments(
            ScoreInput {
                system: "",
                user: &user,
            },
            &rules,
        );
        let copied: usize = segs.0.iter().map(String::len).sum();
        assert!(
            copied < 8 * BYTES_PER_TOKEN * 2 + 200,
            "copied {copied} bytes"
        );
        assert!(segs.0[0].starts_with("start ") && segs.0[1].ends_with(" end"));
    }

    #[test]
    fn windows_cut_at_whitespace_or_char_boundaries() {
        assert_eq!(windows("short", 4, 4), ("short", None));
        let (h, t) = windows("aaaa bbbb cccc dddd eeee", 6, 6);
        assert_eq!((h, t), ("aaaa bbbb", Some(" dddd eeee")));
        assert_eq!(windows("aaaa bbbb cccc", 6, 0), ("aaaa bbbb", None));
        assert_eq!(
            windows("aaaa bbbb cccc dddd", 0, 6),
            ("aaaa", Some(" cccc dddd"))
        );
        let cjk = "猫".repeat(100);
        let (h, t) = windows(&cjk, 10, 10);
        assert!(h.len() <= 10 && t.unwrap().len() <= 12);
    }
}
