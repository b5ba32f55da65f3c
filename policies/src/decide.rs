//! `decide()`: which model serves a routed request. A pure function of the request's features,
//! the classifier's scores and the route: no I/O, no clock, no randomness.

use crate::policy::{ModelId, Route};
use crate::schema::Condition;
use triage_classifier::Scores;

/// Looks up request headers by lower-case name.
pub trait HeaderLookup {
    fn header(&self, name: &str) -> Option<&str>;
}

/// What `decide()` knows about the request besides the classifier's scores.
pub struct RequestFeatures<'a> {
    /// Estimated prompt tokens over all messages (about 4 bytes per token).
    pub prompt_tokens: u32,
    pub has_tools: bool,
    pub has_images: bool,
    pub stream: bool,
    pub headers: &'a dyn HeaderLookup,
}

/// Why the target was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matched {
    /// The rule at this index in the route.
    Rule(usize),
    /// No rule matched.
    Default,
    /// A rule needed scores the classifier could not give.
    ClassifierError,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub target: ModelId,
    pub matched: Matched,
}

impl Decision {
    /// The name shown in `x-triage-rule`.
    pub fn rule_name(self, route: &Route) -> &str {
        match self.matched {
            Matched::Rule(i) => &route.rules[i].name,
            Matched::Default => "default",
            Matched::ClassifierError => "on_classifier_error",
        }
    }
}

/// Picks the target: the first rule whose conditions all hold, else the route's default.
/// With no scores, a rule that needs them ends the search at `on_classifier_error`.
pub fn decide(route: &Route, features: &RequestFeatures<'_>, scores: Option<&Scores>) -> Decision {
    for (i, rule) in route.rules.iter().enumerate() {
        if !request_conditions_hold(&rule.when, features) {
            continue;
        }
        if rule.when.needs_scores() {
            let Some(scores) = scores else {
                return Decision {
                    target: route.on_classifier_error,
                    matched: Matched::ClassifierError,
                };
            };
            if !score_conditions_hold(&rule.when, scores) {
                continue;
            }
        }
        return Decision {
            target: rule.to,
            matched: Matched::Rule(i),
        };
    }
    Decision {
        target: route.default,
        matched: Matched::Default,
    }
}

fn request_conditions_hold(c: &Condition, f: &RequestFeatures<'_>) -> bool {
    c.tools.is_none_or(|want| want == f.has_tools)
        && c.images.is_none_or(|want| want == f.has_images)
        && c.stream.is_none_or(|want| want == f.stream)
        && c.prompt_tokens_below.is_none_or(|n| f.prompt_tokens < n)
        && c.prompt_tokens_at_least
            .is_none_or(|n| f.prompt_tokens >= n)
        && c.header.as_ref().is_none_or(|headers| {
            headers
                .iter()
                .all(|(name, value)| f.headers.header(name) == Some(value.as_str()))
        })
}

fn score_conditions_hold(c: &Condition, s: &Scores) -> bool {
    c.category
        .as_ref()
        .is_none_or(|cats| cats.contains(&s.category()))
        && c.score_below.is_none_or(|t| s.escalation < t)
        && c.score_at_least.is_none_or(|t| s.escalation >= t)
}
