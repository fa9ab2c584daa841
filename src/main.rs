//! The `proeftuin` binary: the GUI, or a CLI command.

use std::process::ExitCode;

use proeftuin::cli;

fn main() -> ExitCode {
    // Help, output and errors in the user's language (LANG / LC_ALL: Dutch or English).
    let tr = proeftuin::i18n::I18n::new(proeftuin::format::Language::from_system());
    let cli = cli::parse(&tr);
    match &cli.command {
        Some(command) => {
            keep_heap_for_bulk_work();
            // One command, then the process ends: what it loaded goes with the process.
            proeftuin::memory::leave_to_exit();
            // Names and labels come from users: no escape sequence reaches the terminal.
            // Buffered in large pieces: stdout alone writes (a system call) per line, which
            // was a third of `list` at 100,000 initiatives.
            let mut stdout = std::io::BufWriter::with_capacity(
                1 << 16,
                cli::TerminalSafe::new(std::io::stdout().lock()),
            );
            let result = cli::run(cli.db.as_ref(), command, &tr, &mut stdout)
                .and_then(|()| std::io::Write::flush(&mut stdout).map_err(anyhow::Error::from));
            match result {
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

/// The CLI's bulk writes (`demo`, `copy`, imports) grow and free SQLite's page cache in
/// large steps; glibc's default of handing freed memory back to the system at once, only
/// to ask for it again, cost half of `demo --size 100000` (12.3 s, now 6.6 s; the peak
/// memory stays the same). Keep up to 128 MB of freed heap and grow it 64 MB at a time.
/// Not for the GUI, which should give memory back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_heap_for_bulk_work() {
    // SAFETY: mallopt only sets two of glibc's allocator parameters; called before the
    // command allocates much, from the only thread there is.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_heap_for_bulk_work() {}
