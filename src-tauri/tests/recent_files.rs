//! An attachment leaves no trace in GTK's recently-used list (`recently-used.xbel`), played
//! with a real GTK file chooser under Xvfb.
//!
//! Each case runs in a child process of this binary with a HOME of its own (GTK must own the
//! main thread, and its recent-files manager reads HOME once): a file chooser opens, the
//! "attachment" is selected and accepted as a user would, and the main loop runs until GTK has
//! written whatever it writes. The app's setting (`recent_files::turn_off`, called by the app at
//! startup) must leave no trace of the file's name under HOME and the user's existing list
//! byte for byte as it was; the same chooser without it must record the name, or the probe proves nothing.
//!
//! Needs Xvfb (`scripts/setup.sh app`); without it the test is skipped, and fails under CI.

mod xvfb;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// The file "attached" in each case: its name must not appear anywhere under HOME.
const ATTACHMENT: &str = "E2E-attachment-HUONG-passport-scan.txt";
/// An entry the user's list held before, from another application.
const EARLIER: &str = "file:///home/someone/Documents/holiday-photos.txt";

fn main() -> ExitCode {
    if let Ok(mode) = std::env::var("RECENT_FILES_CHILD") {
        child(&mode);
        return ExitCode::SUCCESS;
    }
    match parent() {
        Ok(()) => {
            println!("recent_files: ok");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("recent_files: FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}

/// In a child: opens a file chooser, selects the attachment, accepts, lets GTK finish. Modes
/// ending in `-native` use a `GtkFileChooserNative`, what Tauri's dialog plugin opens (rfd's GTK
/// backend) for the export's save dialog and the Review screen's open dialog: outside a sandbox
/// it shows the same chooser in this process.
fn child(mode: &str) {
    use gtk::prelude::*;
    gtk::init().expect("GTK initialises on the test display");
    if mode.starts_with("app") {
        assert!(fieldvault_app::recent_files::turn_off(), "GTK took the setting");
    }
    let file = PathBuf::from(std::env::var("ATTACH_FILE").unwrap());
    if mode.ends_with("-native") {
        return child_native(&file);
    }
    let dialog = gtk::FileChooserDialog::with_buttons(
        Some("Attach a file"),
        None::<&gtk::Window>,
        gtk::FileChooserAction::Open,
        &[("Cancel", gtk::ResponseType::Cancel), ("Open", gtk::ResponseType::Accept)],
    );
    dialog.show_all();
    assert!(dialog.select_filename(&file), "the file is selectable");
    // Let the chooser load its folder and show the selection, as before a user's click.
    spin(Duration::from_millis(1500));
    let _ = dialog.set_filename(&file);
    spin(Duration::from_millis(500));
    dialog.response(gtk::ResponseType::Accept);
    let chosen = dialog.filename();
    // GTK writes its list 250 ms after a change, from the main loop.
    spin(Duration::from_millis(1500));
    assert_eq!(chosen.as_deref(), Some(file.as_path()), "the chooser handed the file over");
    unsafe { dialog.destroy() };
    spin(Duration::from_millis(300));
}

/// A `GtkFileChooserNative` (as rfd opens it): its chooser is found among the toplevels, the
/// file selected and accepted there as a user would.
fn child_native(file: &Path) {
    use gtk::prelude::*;
    let native =
        gtk::FileChooserNative::new(Some("Choose the bundles to review"), None::<&gtk::Window>, gtk::FileChooserAction::Open, None, None);
    let accepted = std::rc::Rc::new(std::cell::Cell::new(false));
    let seen = accepted.clone();
    native.connect_response(move |_, r| seen.set(r == gtk::ResponseType::Accept));
    native.show();
    spin(Duration::from_millis(300));
    let dialog = gtk::Window::list_toplevels()
        .into_iter()
        .find_map(|w| w.downcast::<gtk::FileChooserDialog>().ok())
        .expect("the native dialog shows a GTK file chooser in this process");
    assert!(dialog.select_filename(file), "the file is selectable");
    spin(Duration::from_millis(1500));
    let _ = dialog.set_filename(file);
    spin(Duration::from_millis(500));
    dialog.response(gtk::ResponseType::Accept);
    spin(Duration::from_millis(1500));
    assert!(accepted.get(), "the native dialog reported the file accepted");
    assert_eq!(native.filename().as_deref(), Some(file), "the chooser handed the file over");
    native.destroy();
    spin(Duration::from_millis(300));
}

fn spin(d: Duration) {
    let until = Instant::now() + d;
    while Instant::now() < until {
        while gtk::events_pending() {
            gtk::main_iteration_do(false);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Runs one case in a child with a fresh HOME holding the user's earlier list; returns the
/// HOME, and the list as the child left it.
fn run_case(display: &str, mode: &str) -> Result<(tempfile::TempDir, Option<String>), String> {
    let home = tempfile::tempdir().map_err(|e| e.to_string())?;
    let data = home.path().join(".local/share");
    std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
    std::fs::write(data.join("recently-used.xbel"), earlier_list()).map_err(|e| e.to_string())?;
    let docs = home.path().join("Documents");
    std::fs::create_dir_all(&docs).map_err(|e| e.to_string())?;
    let file = docs.join(ATTACHMENT);
    std::fs::write(&file, "scan").map_err(|e| e.to_string())?;
    let out = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
        .env("RECENT_FILES_CHILD", mode)
        .env("ATTACH_FILE", &file)
        .env("HOME", home.path())
        .env("DISPLAY", display)
        .env("XDG_RUNTIME_DIR", home.path())
        .env("GTK_USE_PORTAL", "0")
        .env("GIO_USE_VFS", "local")
        .env("NO_AT_BRIDGE", "1")
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("the {mode} child failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    // The attachment itself is the only file allowed to hold its name.
    std::fs::remove_file(&file).map_err(|e| e.to_string())?;
    let list = std::fs::read_to_string(data.join("recently-used.xbel")).ok();
    Ok((home, list))
}

fn earlier_list() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="{EARLIER}" added="2026-01-02T10:00:00.000000Z" modified="2026-01-02T10:00:00.000000Z" visited="2026-01-02T10:00:00.000000Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="text/plain"/>
        <bookmark:applications>
          <bookmark:application name="gedit" exec="&apos;gedit %u&apos;" modified="2026-01-02T10:00:00.000000Z" count="1"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
"#
    )
}

/// Every file under `dir` whose bytes hold `needle`.
fn holding(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() && !p.is_symlink() {
                stack.push(p);
            } else if std::fs::read(&p).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes())) {
                hits.push(p);
            }
        }
    }
    hits
}

fn parent() -> Result<(), String> {
    xvfb::with_display("recent_files", 200, |display| {
        // The probe works: a plain GTK chooser records the attachment.
        let (_home, list) = run_case(display, "plain")?;
        let list = list.ok_or("the plain chooser wrote no recently-used.xbel: the probe does not reach GTK's list")?;
        if !list.contains(ATTACHMENT) {
            return Err(format!("the plain chooser did not record the attachment, so the probe proves nothing:\n{list}"));
        }
        // The same with the native dialog of Tauri's dialog plugin (save and open dialogs).
        let (_home, list) = run_case(display, "plain-native")?;
        if !list.is_some_and(|l| l.contains(ATTACHMENT)) {
            return Err("the plain native chooser did not record the file, so its probe proves nothing".into());
        }
        // With the app's setting: no trace of the name anywhere under HOME, and the user's
        // earlier entries are still there, whichever chooser picked the file.
        for mode in ["app", "app-native"] {
            let (home, list) = run_case(display, mode)?;
            let hits = holding(home.path(), ATTACHMENT);
            if !hits.is_empty() {
                return Err(format!("{mode}: the attachment's name is in {hits:?}"));
            }
            if list.as_deref() != Some(earlier_list().as_str()) {
                return Err(format!("{mode}: the user's recently-used list was changed:\n{}", list.unwrap_or_default()));
            }
        }
        Ok(())
    })
}
