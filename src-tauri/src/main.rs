//! FieldVault desktop shell: window, state and IPC commands only.
//!
//! Each command takes the session, makes one call into the `fieldvault` core and returns its
//! result; errors cross as the core's `AppError` (`{code, message, details}`). No SQL, crypto or
//! de-identification lives here. Run with `--demo` to open the demo vault.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use fieldvault_app::commands;

// The system allocator, not the CLI's mimalloc: in this long-running process mimalloc's arenas
// were backed by transparent huge pages (about 23 MB more resident with 1,000 interviews
// listed) and at times kept the 1 GiB scrypt buffer of an unlock resident afterwards;
// glibc returns such a buffer to the system when it is freed (docs/benchmarks.md, desktop app).

use std::sync::Mutex;
use std::time::Duration;

use fieldvault::api::Session;
use tauri::{Emitter, Manager};

fn main() {
    // First: core dumps off, passphrase variables out of the environment.
    if let Err(e) = fieldvault::api::harden_process() {
        eprintln!("fieldvault: warning: cannot turn core dumps off ({e}); a crash could write secrets to disk");
    }
    // Before any thread and before WebKit starts: no OpenGL compositing (rendering.rs).
    #[cfg(target_os = "linux")]
    fieldvault_app::rendering::before_webkit_starts();
    let demo = std::env::args().any(|a| a == "--demo");
    // Read by test builds only (the end-to-end suite's debug app); a release build ignores it.
    let work_factor = fieldvault::api::work_factor_override();
    // The same data dir as the CLI's (`FIELDVAULT_DATA_DIR`, else the platform's).
    let data_dir = match fieldvault::api::data_dir() {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("fieldvault: {e}");
            std::process::exit(1);
        }
    };
    let mut session = Session::new(&data_dir).with_work_factor(work_factor);
    if demo {
        if let Err(e) = session.open_demo() {
            eprintln!("fieldvault: cannot open the demo vault: {e}");
        }
    }
    tauri::Builder::default()
        .manage(Mutex::new(session))
        // Research mode's workspace, beside (and independent of) the vault session.
        .manage(Mutex::new(fieldvault::api::research::Research::new(&data_dir, work_factor)))
        // The export wizard's native save dialog (only `save` is allowed, capabilities/default.json).
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            // No trace outside the vault: a file picked to attach stays out of GTK's
            // recently-used list (recent_files.rs).
            #[cfg(target_os = "linux")]
            if !fieldvault_app::recent_files::turn_off() {
                eprintln!("fieldvault: warning: GTK's recently-used list could not be turned off; attached files may be listed there");
            }
            // Incognito: WebKit keeps no storage, cache or history on disk. WebKitWebDriver cannot
            // drive an ephemeral context, so end-to-end runs (FIELDVAULT_WEBDRIVER=1) use a normal
            // one, and scan it for plaintext: a stricter test of the same UI.
            let incognito = std::env::var_os("FIELDVAULT_WEBDRIVER").is_none();
            let window = tauri::WebviewWindowBuilder::new(app, "main", tauri::WebviewUrl::App("index.html".into()))
                .title("FieldVault")
                // Fits a 1366×768 laptop screen with its panel and title bar; works down to 1024×600.
                .inner_size(1280.0, 680.0)
                .min_inner_size(1000.0, 560.0)
                .incognito(incognito)
                // Only the app's own pages: nothing dropped on the window, nor a page gone wrong,
                // loads a file:// path or a remote site in it (navigation.rs).
                .on_navigation(fieldvault_app::navigation::allowed)
                .build()?;
            // CPU rendering, WebGL off (rendering.rs).
            #[cfg(target_os = "linux")]
            window.with_webview(|webview| fieldvault_app::rendering::apply(&webview.inner()))?;
            // Auto-lock: check idleness every few seconds and tell the UI when the vault locked.
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(Duration::from_secs(5));
                let state = handle.state::<Mutex<Session>>();
                let (locked, minutes) =
                    state.lock().map(|mut s| (s.auto_lock_check(), s.settings().auto_lock_minutes)).unwrap_or((false, 5));
                // Research mode's workspace too, after the same idle time (the UI clears its page
                // on the same event).
                let research = handle.state::<Mutex<fieldvault::api::research::Research>>();
                let limit = Duration::from_secs(60 * u64::from(minutes.clamp(1, 120)));
                let closed = research.lock().map(|mut r| r.close_if_idle(limit)).unwrap_or(false);
                if locked || closed {
                    let _ = handle.emit("vault-locked", ());
                }
            });
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("FieldVault could not start its window");
}
