//! The `proeftuin` binary: the GUI, or a CLI command.

use std::process::ExitCode;

use proeftuin::cli;

fn main() -> ExitCode {
    // Help, output and errors in the user's language (LANG / LC_ALL: Dutch or English).
    let tr = proeftuin::i18n::I18n::new(proeftuin::format::Language::from_system());
    let cli = cli::parse(&tr);
    match &cli.command {
        Some(command) => {
            // Names and labels come from users: no escape sequence reaches the terminal.
            let mut stdout = cli::TerminalSafe::new(std::io::stdout().lock());
            match cli::run(cli.db.as_ref(), command, &tr, &mut stdout) {
                Ok(()) => ExitCode::SUCCESS,
                // The reader went away (`proeftuin audit | head`): that is not an error.
                Err(error) if cli::is_broken_pipe(&error) => ExitCode::SUCCESS,
                Err(error) => {
                    drop(stdout);
                    eprintln!(
                        "proeftuin: {}",
                        cli::safe_text(&cli::error_text(&error, &tr))
                    );
                    ExitCode::FAILURE
                }
            }
        }
        None => {
            let location = cli
                .db
                .unwrap_or_else(|| proeftuin::store::Location::File(cli::default_db_path()));
            match proeftuin::gui::run_gui(location) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("proeftuin: {error:#}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
