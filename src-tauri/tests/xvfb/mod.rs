//! A private X server for the tests that need a real GTK display (`recent_files`, `rendering`).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Runs `case` with a fresh Xvfb display (numbered from `base` and the process id, so that
/// parallel test binaries do not meet), and stops the server afterwards whatever `case` returned.
/// Without Xvfb the test is skipped (`Ok`, with a line saying so), and fails under `CI`.
pub fn with_display(test: &str, base: u32, case: impl FnOnce(&str) -> Result<(), String>) -> Result<(), String> {
    let Some(xvfb) = which("Xvfb") else {
        if std::env::var_os("CI").is_some() {
            return Err("Xvfb is missing under CI: scripts/setup.sh app installs it".into());
        }
        println!("{test}: skipped: no Xvfb (scripts/setup.sh app installs it)");
        return Ok(());
    };
    let display = format!(":{}", base + std::process::id() % 300);
    let mut server = Command::new(xvfb)
        .args([display.as_str(), "-screen", "0", "1024x768x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting Xvfb: {e}"))?;
    std::thread::sleep(Duration::from_millis(800));
    let result = case(&display);
    let _ = server.kill();
    let _ = server.wait();
    result
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(name)).find(|p| p.is_file()))
}
