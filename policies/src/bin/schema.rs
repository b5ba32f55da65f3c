//! Prints the policy JSON Schema; `policies/schema.json` is its output (a test keeps them equal).
fn main() {
    print!("{}", triage_policy::json_schema());
}
