//! Triage's escalation log and data flywheel.
//!
//! Every request Triage routes can become a [`RequestRecord`]; the gateway hands it to a
//! [`LogWriter`], whose background thread redacts it ([`Redactor`]) and writes it through a
//! [`Sink`] (today [`FileSink`]: rotating, gzip-compressed JSON Lines segments). A [`Reader`]
//! reads a log directory back, [`export`] turns it into fine-tuning and classifier-training
//! datasets, and [`stats`] summarizes it.
//!
//! This crate knows nothing of HTTP or Pingora, and nothing in it may block or fail the request
//! path: the request path only ever calls [`LogWriter::try_log`] / [`LogHandle::try_log`].

pub mod export;
mod file_sink;
mod hash;
mod reader;
mod record;
mod redact;
mod sink;
pub mod stats;
mod timestamp;
mod writer;

pub use file_sink::{FileSink, FileSinkOptions};
pub use reader::{segments, ReadStats, Reader};
pub use record::{
    ClassifierInfo, FeedbackRecord, Record, RecordKind, RequestRecord, ResponseInfo, Tier, Usage,
    UsageSource, SCHEMA_VERSION,
};
pub use redact::{CustomPattern, RedactionConfig, RedactionError, Redactor};
pub use sink::{MemorySink, Sink};
pub use timestamp::{Timestamp, TimestampError};
pub use writer::{LogHandle, LogWriter, LogWriterOptions, StartError, WriterStats};
