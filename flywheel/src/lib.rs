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
//!
//! ```
//! use triage_flywheel::{export, FileSinkOptions, FeedbackRecord, LogWriter, LogWriterOptions};
//! use triage_flywheel::{Timestamp, SCHEMA_VERSION};
//!
//! let dir = tempfile::tempdir().unwrap();
//! // Startup: an unwritable directory is an error here, never later.
//! let log = LogWriter::open_dir(dir.path(), FileSinkOptions::default(), LogWriterOptions::default())?;
//! // Request path: never blocks; false (and counted) when the queue is full.
//! log.try_log(FeedbackRecord {
//!     schema: SCHEMA_VERSION,
//!     request_id: "req-1".into(),
//!     timestamp: Timestamp::now(),
//!     score: Some(1.0),
//!     label: None,
//!     comment: None,
//! });
//! println!("{:?}", log.stats()); // written, dropped, write_errors, queue_depth, ...
//! // Exit: write everything, close and compress the segment.
//! log.shutdown();
//!
//! let out = tempfile::tempdir().unwrap();
//! let summary = export::export(&export::ExportOptions::new(dir.path(), out.path()))?;
//! assert_eq!(summary.feedback_records, 1);
//! println!("{}", triage_flywheel::stats::collect(dir.path())?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

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
