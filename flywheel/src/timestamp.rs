//! UTC instants as the log writes them: RFC 3339 with milliseconds and a `Z`
//! (`2026-11-25T17:00:00.123Z`), so that the text of two timestamps sorts like the instants.
//!
//! Parsing accepts any RFC 3339 offset (converted to UTC) and a bare date (`2026-11-25`,
//! midnight UTC) for command-line filters. Nothing here reads a clock except [`Timestamp::now`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime, UtcOffset};

/// A UTC instant with millisecond precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(OffsetDateTime);

#[derive(Debug, thiserror::Error)]
#[error(
    "invalid timestamp {input:?}: expected RFC 3339 (2026-11-25T17:00:00Z) or a date (2026-11-25)"
)]
pub struct TimestampError {
    input: String,
}

impl Timestamp {
    /// The current time.
    pub fn now() -> Self {
        Self::from_datetime(OffsetDateTime::now_utc())
    }

    /// Milliseconds since the Unix epoch; `None` when out of range.
    pub fn from_unix_millis(ms: i64) -> Option<Self> {
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
            .ok()
            .map(Self::from_datetime)
    }

    pub fn unix_millis(self) -> i64 {
        (self.0.unix_timestamp_nanos() / 1_000_000) as i64
    }

    fn from_datetime(t: OffsetDateTime) -> Self {
        let t = t.to_offset(UtcOffset::UTC);
        // Truncate to what the text form keeps, so a value survives a round trip unchanged.
        let ms = t.millisecond();
        Timestamp(t.replace_millisecond(ms).unwrap_or(t))
    }

    /// The UTC day, `2026-11-25`.
    pub fn date(self) -> String {
        let d = self.0.date();
        format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
    }

    /// A form safe in file names that sorts like the instant: `20261125T170000123Z`.
    pub fn compact(self) -> String {
        let (d, t) = (self.0.date(), self.0.time());
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}{:03}Z",
            d.year(),
            u8::from(d.month()),
            d.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.millisecond()
        )
    }
}

impl From<std::time::SystemTime> for Timestamp {
    fn from(t: std::time::SystemTime) -> Self {
        Self::from_datetime(OffsetDateTime::from(t))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0.time();
        write!(
            f,
            "{}T{:02}:{:02}:{:02}.{:03}Z",
            self.date(),
            t.hour(),
            t.minute(),
            t.second(),
            t.millisecond()
        )
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || TimestampError {
            input: s.to_owned(),
        };
        let s = s.trim();
        if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
            return Ok(Self::from_datetime(t));
        }
        let d = parse_date(s).ok_or_else(err)?;
        Ok(Self::from_datetime(d.midnight().assume_utc()))
    }
}

/// `YYYY-MM-DD`.
fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
