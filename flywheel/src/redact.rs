//! Redaction: replaces personal data and secrets in every string of a record's `request` and
//! `response` (recursively through the JSON, object keys excepted) with `[REDACTED:<kind>]`
//! before the record is written anywhere.
//!
//! Detectors are tuned against false positives on ordinary text: phone numbers need phone-like
//! punctuation (`+` country code, `(555) 123-4567`, `555-123-4567`), card numbers need 13-19
//! digits with an issuer prefix and a valid Luhn check, and matches never start or end inside a
//! longer run of letters or digits. Runs on the writer thread, never on the request path.

use std::borrow::Cow;

use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::record::Record;

/// What to redact. Every built-in kind is on unless turned off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RedactionConfig {
    /// E-mail addresses -> `[REDACTED:email]`. Default true.
    #[serde(default = "yes")]
    pub emails: bool,
    /// Phone numbers written with a `+` country code or North American punctuation
    /// -> `[REDACTED:phone]`. Default true.
    #[serde(default = "yes")]
    pub phones: bool,
    /// Payment card numbers (13-19 digits, issuer prefix, Luhn-checked) -> `[REDACTED:card]`.
    /// Default true.
    #[serde(default = "yes")]
    pub cards: bool,
    /// API keys and tokens (`sk-...`, `sk-ant-...`, `AKIA...`, `ghp_...`, `Bearer ...`, JWTs,
    /// private key blocks, `password=...`) -> `[REDACTED:secret]`. Default true.
    #[serde(default = "yes")]
    pub secrets: bool,
    /// Extra patterns, each replaced with `[REDACTED:<name>]`. Default none.
    #[serde(default)]
    pub custom: Vec<CustomPattern>,
}

/// A named regular expression (Rust `regex` syntax).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomPattern {
    /// Goes into the replacement: `[REDACTED:<name>]`.
    pub name: String,
    /// The regular expression; a capture group named `secret` limits the replacement to it.
    pub pattern: String,
}

fn yes() -> bool {
    true
}

impl Default for RedactionConfig {
    fn default() -> Self {
        RedactionConfig {
            emails: true,
            phones: true,
            cards: true,
            secrets: true,
            custom: Vec::new(),
        }
    }
}

impl RedactionConfig {
    /// Nothing redacted.
    pub fn none() -> Self {
        RedactionConfig {
            emails: false,
            phones: false,
            cards: false,
            secrets: false,
            custom: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("redaction pattern {name:?} is not a valid regular expression: {source}")]
pub struct RedactionError {
    pub name: String,
    #[source]
    pub source: regex::Error,
}

/// Extra check on a match, beyond the regular expression.
#[derive(Debug, Clone, Copy)]
enum Check {
    None,
    Card,
    Phone,
}

#[derive(Debug, Clone)]
struct Detector {
    regex: Regex,
    replacement: String,
    check: Check,
}

/// A compiled [`RedactionConfig`].
#[derive(Debug, Clone)]
pub struct Redactor {
    detectors: Vec<Detector>,
}

const EMAIL: &str = r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}";

/// `+CC ...` (8-15 digits, checked later), and North American numbers: `(555) 123-4567`,
/// `555-123-4567`, `555.123.4567`, `1-555-123-4567`.
const PHONE: &str = r"\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){1,5}|(?:\b1[ .-]?)?(?:\(\d{3}\) ?|\b\d{3}[.-])\d{3}[.-]\d{4}\b";

/// 13-19 digits, plain or in groups of four (or Amex's 4-6-5) separated by spaces or dashes;
/// issuer, length and Luhn checked later.
const CARD: &str = r"\b(?:\d{13,19}|\d{4}(?: \d{4}){2,3}(?: \d{1,4})?|\d{4}(?:-\d{4}){2,3}(?:-\d{1,4})?|\d{4}[ -]\d{6}[ -]\d{4,5})\b";

/// Secrets. Where a group named `secret` exists, only it is replaced.
const SECRETS: &[&str] = &[
    // OpenAI (sk-, sk-proj-, ...), Anthropic (sk-ant-...), and others using the sk- prefix.
    r"\bsk-[A-Za-z0-9_-]{16,}",
    // Stripe-style live/test keys.
    r"\b[rsp]k_(?:live|test)_[A-Za-z0-9]{16,}",
    // AWS access key ids.
    r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b",
    // GitHub tokens.
    r"\bgh[pousr]_[A-Za-z0-9]{30,}",
    r"\bgithub_pat_[A-Za-z0-9_]{22,}",
    // Slack, Google, Hugging Face.
    r"\bxox[abposr]-[A-Za-z0-9-]{10,}",
    r"\bAIza[0-9A-Za-z_-]{35}",
    r"\bhf_[A-Za-z0-9]{30,}",
    // JSON Web Tokens.
    r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
    // PEM private keys.
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----",
    // Authorization: Bearer <token> (the word "Bearer" is kept).
    r"(?i)\bbearer\s+(?P<secret>[A-Za-z0-9._~+/=-]{16,})",
    // password = ..., api_key: "...", client_secret=... (the name is kept).
    r#"(?i)\b(?:api[_-]?key|secret[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|password|passwd|pwd)["']?\s*[:=]\s*["']?(?P<secret>[^\s"',;]{6,})"#,
];

impl Redactor {
    pub fn new(config: &RedactionConfig) -> Result<Self, RedactionError> {
        let mut detectors = Vec::new();
        let mut add = |name: &str, pattern: &str, check: Check| -> Result<(), RedactionError> {
            let regex = Regex::new(pattern).map_err(|source| RedactionError {
                name: name.to_owned(),
                source,
            })?;
            detectors.push(Detector {
                regex,
                replacement: format!("[REDACTED:{name}]"),
                check,
            });
            Ok(())
        };
        // Secrets first: a token may contain digit runs the later detectors would half-match.
        if config.secrets {
            for p in SECRETS {
                add("secret", p, Check::None)?;
            }
        }
        if config.emails {
            add("email", EMAIL, Check::None)?;
        }
        if config.cards {
            add("card", CARD, Check::Card)?;
        }
        if config.phones {
            add("phone", PHONE, Check::Phone)?;
        }
        for c in &config.custom {
            add(&c.name, &c.pattern, Check::None)?;
        }
        Ok(Redactor { detectors })
    }

    /// Whether any detector is on.
    pub fn is_active(&self) -> bool {
        !self.detectors.is_empty()
    }

    /// The text with every detected span replaced.
    pub fn redact_str<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = Cow::Borrowed(text);
        for d in &self.detectors {
            let next = match d.apply(&out) {
                Cow::Owned(s) => Some(s),
                Cow::Borrowed(_) => None,
            };
            if let Some(s) = next {
                out = Cow::Owned(s);
            }
        }
        out
    }

    /// Redacts every string inside `value` in place.
    pub fn redact_value(&self, value: &mut Value) {
        match value {
            Value::String(s) => {
                if let Cow::Owned(r) = self.redact_str(s) {
                    *s = r;
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.redact_value(v)),
            Value::Object(map) => map.values_mut().for_each(|v| self.redact_value(v)),
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }

    /// Redacts what a record carries from users: request, response, feedback comment.
    pub fn redact_record(&self, record: &mut Record) {
        if !self.is_active() {
            return;
        }
        match record {
            Record::Request(r) => {
                self.redact_value(&mut r.request);
                for v in [&mut r.response.message, &mut r.response.error]
                    .into_iter()
                    .flatten()
                {
                    self.redact_value(v);
                }
            }
            Record::Feedback(f) => {
                if let Some(c) = &mut f.comment {
                    if let Cow::Owned(r) = self.redact_str(c) {
                        *c = r;
                    }
                }
            }
        }
    }
}

impl Detector {
    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out: Option<String> = None;
        let mut last = 0;
        for caps in self.regex.captures_iter(text) {
            let Some(span) = caps.name("secret").or_else(|| caps.get(0)) else {
                continue;
            };
            if !self.accepts(text, span.start(), span.end()) {
                continue;
            }
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[last..span.start()]);
            o.push_str(&self.replacement);
            last = span.end();
        }
        match out {
            None => Cow::Borrowed(text),
            Some(mut o) => {
                o.push_str(&text[last..]);
                Cow::Owned(o)
            }
        }
    }

    fn accepts(&self, text: &str, start: usize, end: usize) -> bool {
        let m = &text[start..end];
        match self.check {
            Check::None => true,
            Check::Card => !glued(text, start, end) && is_card(m),
            Check::Phone => !glued(text, start, end) && is_phone(m),
        }
    }
}

/// Whether a match touches a letter, digit or connector on either side, i.e. it is part of a
/// longer token (an id, a hash, a version string) rather than a value of its own.
fn glued(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let joins = |c: char| c.is_alphanumeric() || c == '_';
    // A decimal point or separator continuing a number: `1.5551234567`, `4111-1111-...-9`.
    let continues_number = |c: Option<char>, next: Option<char>| {
        matches!(c, Some('.' | '-' | ',' | '/')) && next.is_some_and(|n| n.is_ascii_digit())
    };
    before.is_some_and(joins)
        || after.is_some_and(joins)
        || continues_number(before, text[..start].chars().rev().nth(1))
        || continues_number(after, text[end..].chars().nth(1))
}

fn is_card(m: &str) -> bool {
    let digits: Vec<u8> = m
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    if !(13..=19).contains(&digits.len()) || !issuer_ok(&digits) {
        return false;
    }
    // Separators, when present, are all the same and cut the number into card-like groups.
    let groups: Vec<usize> = m.split([' ', '-']).map(str::len).collect();
    let seps: Vec<char> = m.chars().filter(|c| !c.is_ascii_digit()).collect();
    let grouped = groups.len() == 1
        || (seps.windows(2).all(|w| w[0] == w[1])
            && (groups[..groups.len() - 1].iter().all(|&g| g == 4) || groups[..2] == [4, 6]));
    grouped && luhn(&digits)
}

/// Issuer prefix and length of the major networks (Visa, Mastercard, Amex, Diners, JCB,
/// Discover, UnionPay), which rules out most ids, timestamps and other long numbers.
fn issuer_ok(d: &[u8]) -> bool {
    let n = d.len();
    let prefix = |k: usize| d[..k].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    match d[0] {
        4 => matches!(n, 13 | 16 | 19),
        5 => (51..=55).contains(&prefix(2)) && n == 16,
        2 => (2221..=2720).contains(&prefix(4)) && n == 16,
        3 => {
            let amex = matches!(prefix(2), 34 | 37) && n == 15;
            let diners = (matches!(prefix(2), 36 | 38 | 39) || (300..=305).contains(&prefix(3)))
                && (14..=19).contains(&n);
            let jcb = (3528..=3589).contains(&prefix(4)) && (16..=19).contains(&n);
            amex || diners || jcb
        }
        6 => {
            let discover = prefix(4) == 6011 || prefix(2) == 65 || (644..=649).contains(&prefix(3));
            (discover || prefix(2) == 62) && (16..=19).contains(&n)
        }
        _ => false,
    }
}

fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn is_phone(m: &str) -> bool {
    let n = m.bytes().filter(u8::is_ascii_digit).count();
    if m.starts_with('+') {
        // E.164: at most 15 digits; at least 8, so that `+1 5` or `+44 20` are not phones.
        (8..=15).contains(&n)
    } else {
        n == 10 || (n == 11 && m.starts_with('1'))
    }
}
