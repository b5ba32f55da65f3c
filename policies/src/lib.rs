//! Triage routing policies: the YAML schema, loading with errors that name file, line and key,
//! and [`decide`], the pure function that picks a model for a routed request.
//!
//! Must never do I/O in `decide()`; loading reads only the text it is given.

mod decide;
mod locate;
mod policy;
pub mod schema;

pub use decide::{decide, Decision, HeaderLookup, Matched, RequestFeatures};
pub use locate::Location;
pub use policy::{
    LogPolicy, Model, ModelId, Policy, PolicyError, Price, Route, RouteId, Rule, Shadow, Target,
    Upstream, UpstreamId,
};
pub use schema::{PolicySpec, Tier};

/// The policy built into the binary (`policies/default.yaml`).
pub const DEFAULT_POLICY: &str = include_str!("../default.yaml");

/// JSON Schema of the policy file, generated from [`PolicySpec`].
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(PolicySpec);
    serde_json::to_string_pretty(&schema).expect("schema serializes") + "\n"
}
