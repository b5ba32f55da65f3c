fn main() -> std::process::ExitCode {
    triage_gateway::cli::main()
}
