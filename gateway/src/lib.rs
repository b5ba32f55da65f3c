//! The Triage gateway: an OpenAI-compatible endpoint on Pingora that classifies each request,
//! routes it by a YAML policy to a local small model or a frontier API, and streams the answer
//! back unchanged.
//!
//! Reading order, as a request lives: [`proxy`] (the phases) -> [`openai`] (parsing, the
//! `model` splice) -> `triage_policy::decide` -> [`upstream`] (dialing) -> [`error`] (every
//! failure's OpenAI-shaped body). [`server`] wires the services; [`admin`] serves health.

pub mod admin;
pub mod cli;
pub mod dataset;
pub mod demo;
pub mod error;
pub mod escalations;
pub mod eval;
pub mod intake;
pub mod observe;
pub mod openai;
pub mod outcome;
pub mod proxy;
pub mod server;
pub mod state;
pub mod telemetry;
pub mod upstream;

pub use server::{run, spawn, RunningGateway, ServeOptions};

/// Makes ring the process's TLS crypto provider for HTTP clients (shadow calls, OTLP); a
/// no-op when one is already installed.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
pub use state::{AppState, Routing};
