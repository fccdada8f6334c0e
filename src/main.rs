#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    cosell::cli::main()
}
