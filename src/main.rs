#![forbid(unsafe_code)]

use clap::Parser;

fn main() -> std::process::ExitCode {
    cosell::cli::main(cosell::cli::Cli::parse())
}
