//! The window as a user starts it: the `proeftuin` binary in a private X server (Xvfb),
//! drawn by OpenGL where it can be and by wgpu where OpenGL cannot start, until the
//! portfolio is shown (`PROEFTUIN_TIMINGS` says when, and by which renderer).
//!
//! Needs `Xvfb` and Mesa's OpenGL and Vulkan drivers (`.ci/run` installs them). Without
//! Xvfb the tests are skipped and say so, except under CI (`CI` set), where they fail.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A private X server, stopped when dropped.
struct XServer {
    server: Child,
    display: String,
}

impl Drop for XServer {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// Start Xvfb on a display it finds free (`-displayfd` writes its number), or `None` with
/// the skip printed when there is no Xvfb (a failure under CI).
fn x_server() -> Option<XServer> {
    let started = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut server = match started {
        Ok(server) => server,
        Err(error) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must install Xvfb (apt-get install xvfb): {error}"
            );
            eprintln!("skipped the window's tests: no Xvfb ({error})");
            return None;
        }
    };
    let mut number = String::new();
    let stdout = server.stdout.take().expect("Xvfb's output");
    BufReader::new(stdout)
        .read_line(&mut number)
        .expect("Xvfb says its display");
    let number = number.trim();
    assert!(!number.is_empty(), "Xvfb did not start");
    Some(XServer {
        server,
        display: format!(":{number}"),
    })
}

/// What the window said on stderr, and how it ended.
struct Run {
    stderr: String,
    /// The exit status when the window ended by itself; `None` when it showed the
    /// portfolio and was stopped.
    exited: Option<std::process::ExitStatus>,
}

impl Run {
    /// The renderer that drew the first frame.
    fn renderer(&self) -> Option<&str> {
        self.stderr
            .lines()
            .find(|line| line.starts_with("timing first-frame"))?
            .split_whitespace()
            .find_map(|field| field.strip_prefix("renderer="))
    }

    fn shown(&self) -> bool {
        self.stderr.lines().any(|line| {
            line.starts_with("timing portfolio-shown") && line.contains("initiatives=30")
        })
    }
}

/// Start the window on a new file in `home` (it gets the demo portfolio of 30
/// initiatives), with `extra` in its environment; stop it once the portfolio is shown.
fn open_window(x: &XServer, home: &Path, extra: &[(&str, &str)]) -> Run {
    let runtime = home.join("runtime");
    std::fs::create_dir_all(&runtime).expect("a runtime folder");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))
            .expect("the runtime folder private");
    }
    let mut command = Command::new(env!("CARGO_BIN_EXE_proeftuin"));
    command
        .arg("--db")
        .arg(home.join("portfolio.sqlite"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("DISPLAY", &x.display)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("LANG", "en_GB.UTF-8")
        .env("PROEFTUIN_TIMINGS", "1")
        .envs(extra.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut window = command.spawn().expect("the window starts");
    let stderr = window.stderr.take().expect("the window's stderr");
    let (lines, said) = mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        let mut stderr = BufReader::new(stderr);
        let mut line = String::new();
        while stderr.read_line(&mut line).is_ok_and(|read| read > 0) {
            if lines.send(std::mem::take(&mut line)).is_err() {
                break;
            }
        }
        // The rest, so the window never blocks on a full pipe.
        let _ = stderr.read_to_string(&mut line);
    });
    let mut text = String::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(180);
    let mut exited = None;
    loop {
        match said.recv_timeout(Duration::from_millis(100)) {
            Ok(line) => {
                let shown = line.starts_with("timing portfolio-shown");
                text.push_str(&line);
                if shown {
                    break;
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                exited = Some(window.wait().expect("the window's status"));
                break;
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the window showed no portfolio in 180 s; it said:\n{text}"
        );
    }
    if exited.is_none() {
        let _ = window.kill();
        let _ = window.wait();
    }
    drop(said);
    let _ = reader.join();
    Run {
        stderr: text,
        exited,
    }
}

/// An empty file in the place of each OpenGL library the renderer loads: OpenGL cannot
/// start, as on a machine without it.
fn without_opengl(home: &Path) -> String {
    let folder = home.join("no-opengl");
    std::fs::create_dir_all(&folder).expect("a folder");
    for library in [
        "libEGL.so.1",
        "libEGL.so",
        "libGL.so.1",
        "libGL.so",
        "libGLX.so.0",
    ] {
        std::fs::write(folder.join(library), b"").expect("an empty library");
    }
    folder.display().to_string()
}

#[test]
#[cfg(target_os = "linux")]
fn the_window_is_drawn_by_opengl_and_by_wgpu_where_opengl_cannot_start() {
    let Some(x) = x_server() else {
        return;
    };
    let home = tempfile::tempdir().expect("a home");

    // OpenGL first.
    let run = open_window(&x, home.path(), &[]);
    assert!(run.shown(), "the demo portfolio is shown:\n{}", run.stderr);
    assert_eq!(run.renderer(), Some("glow"), "{}", run.stderr);
    assert!(!run.stderr.contains("could not draw"), "{}", run.stderr);

    // Without OpenGL: said on stderr, and wgpu draws the same window.
    let no_opengl = without_opengl(home.path());
    let run = open_window(&x, home.path(), &[("LD_LIBRARY_PATH", &no_opengl)]);
    assert!(
        run.stderr
            .contains("proeftuin: glow could not draw the window (")
            && run.stderr.contains("); trying wgpu"),
        "{}",
        run.stderr
    );
    assert!(
        run.shown(),
        "the portfolio is shown by wgpu:\n{}",
        run.stderr
    );
    assert_eq!(run.renderer(), Some("wgpu"), "{}", run.stderr);

    // One renderer chosen: that one alone, and its failure is the window's.
    let run = open_window(&x, home.path(), &[("PROEFTUIN_RENDERER", "wgpu")]);
    assert!(run.shown(), "{}", run.stderr);
    assert_eq!(run.renderer(), Some("wgpu"), "{}", run.stderr);
    let run = open_window(
        &x,
        home.path(),
        &[
            ("PROEFTUIN_RENDERER", "glow"),
            ("LD_LIBRARY_PATH", &no_opengl),
        ],
    );
    let status = run.exited.expect("the window gives up");
    assert!(!status.success(), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("proeftuin: the window cannot be opened: glow: ")
            && !run.stderr.contains("trying wgpu")
            && !run.stderr.contains("timing first-frame"),
        "{}",
        run.stderr
    );
    let run = open_window(&x, home.path(), &[("PROEFTUIN_RENDERER", "vulkan")]);
    assert!(run.exited.is_some_and(|status| !status.success()));
    assert!(
        run.stderr
            .contains("PROEFTUIN_RENDERER=vulkan: glow or wgpu"),
        "{}",
        run.stderr
    );
}
