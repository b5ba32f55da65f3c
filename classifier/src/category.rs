//! The fixed label set the classifier predicts over.

use std::fmt;
use std::str::FromStr;

/// Task categories, in the order of the model's output vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Extraction,
    Classification,
    Summarization,
    Rewrite,
    ClosedQa,
    Translation,
    Formatting,
    OpenQa,
    Brainstorming,
    CreativeWriting,
    Reasoning,
    Coding,
    Other,
}

impl Category {
    pub const COUNT: usize = 13;

    pub const ALL: [Category; Self::COUNT] = [
        Category::Extraction,
        Category::Classification,
        Category::Summarization,
        Category::Rewrite,
        Category::ClosedQa,
        Category::Translation,
        Category::Formatting,
        Category::OpenQa,
        Category::Brainstorming,
        Category::CreativeWriting,
        Category::Reasoning,
        Category::Coding,
        Category::Other,
    ];

    /// The label as written in policies, headers and `labels.json`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Extraction => "extraction",
            Category::Classification => "classification",
            Category::Summarization => "summarization",
            Category::Rewrite => "rewrite",
            Category::ClosedQa => "closed_qa",
            Category::Translation => "translation",
            Category::Formatting => "formatting",
            Category::OpenQa => "open_qa",
            Category::Brainstorming => "brainstorming",
            Category::CreativeWriting => "creative_writing",
            Category::Reasoning => "reasoning",
            Category::Coding => "coding",
            Category::Other => "other",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown category `{0}`; expected one of: extraction, classification, summarization, rewrite, closed_qa, translation, formatting, open_qa, brainstorming, creative_writing, reasoning, coding, other")]
pub struct CategoryParseError(pub String);

impl FromStr for Category {
    type Err = CategoryParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| CategoryParseError(s.to_owned()))
    }
}

impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_in_output_order() {
        for (i, c) in Category::ALL.into_iter().enumerate() {
            assert_eq!(c as usize, i);
            assert_eq!(c.as_str().parse::<Category>().unwrap(), c);
        }
        assert!("Extraction".parse::<Category>().is_err());
    }
}
