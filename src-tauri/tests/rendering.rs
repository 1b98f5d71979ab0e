//! The app's webview settings (`rendering`): a page cannot get a WebGL context, and WebKit
//! renders without OpenGL. Played with a real WebKitGTK webview under Xvfb.
//!
//! Each case runs in a child process of this binary (GTK must own the main thread, and WebKit
//! reads its environment switch once): a webview gets wry's settings (WebGL on), then, in the
//! `app` case, the app's (`rendering::before_webkit_starts` first in the process, as in
//! `main`, and `rendering::apply` once the webview exists); it loads a page that asks for a
//! WebGL context as any script could, and the child reports what the page got. Without the
//! app's settings the same page must get one, or the probe proves nothing. Under WebKitWebDriver
//! (`FIELDVAULT_WEBDRIVER`) WebGL must be off as well, with WebKit's default renderer.
//!
//! Needs Xvfb (`scripts/setup.sh app`); without it the test is skipped, and fails under CI.

mod xvfb;

use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// A page asking for every kind of WebGL context; its title says what it got.
const PROBE: &str = r#"<!doctype html><script>
let gl = null;
try {
  const c = document.createElement('canvas');
  gl = c.getContext('webgl2') || c.getContext('webgl') || c.getContext('experimental-webgl');
} catch (e) {}
document.title = 'webgl:' + (gl ? 'yes' : 'no');
</script>"#;

fn main() -> ExitCode {
    if let Ok(mode) = std::env::var("RENDERING_CHILD") {
        child(&mode);
        return ExitCode::SUCCESS;
    }
    match parent() {
        Ok(()) => {
            println!("rendering: ok");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("rendering: FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}

/// In a child: a webview loads the probe page; prints its title and the webview's hardware
/// acceleration policy.
fn child(mode: &str) {
    use gtk::prelude::*;
    use webkit2gtk::{SettingsExt, WebViewExt};
    let app = mode.starts_with("app");
    if app {
        fieldvault_app::rendering::before_webkit_starts();
    }
    gtk::init().expect("GTK initialises on the test display");
    let window = gtk::Window::new(gtk::WindowType::Toplevel);
    window.set_default_size(400, 300);
    let webview = webkit2gtk::WebView::new();
    let settings = WebViewExt::settings(&webview).expect("a webview has settings");
    // What wry sets for every Tauri webview.
    settings.set_enable_webgl(true);
    if app {
        fieldvault_app::rendering::apply(&webview);
    }
    window.add(&webview);
    window.show_all();
    webview.load_html(PROBE, None);
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut title = String::new();
    while Instant::now() < deadline && !title.starts_with("webgl:") {
        while gtk::events_pending() {
            gtk::main_iteration();
        }
        std::thread::sleep(Duration::from_millis(10));
        title = webview.title().map(|t| t.to_string()).unwrap_or_default();
    }
    println!("{title}");
    println!("policy:{:?}", settings.hardware_acceleration_policy());
}

/// Runs one case; returns the child's report (the page's title, then the policy).
fn run_case(display: &str, mode: &str) -> Result<String, String> {
    let home = tempfile::tempdir().map_err(|e| e.to_string())?;
    let out = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
        .env("RENDERING_CHILD", mode)
        .env("HOME", home.path())
        .env("DISPLAY", display)
        .env("XDG_RUNTIME_DIR", home.path())
        .env("NO_AT_BRIDGE", "1")
        // Each case starts from WebKit's defaults, whatever the test's own environment says.
        .env_remove(fieldvault_app::rendering::COMPOSITING_SWITCH)
        .env_remove("FIELDVAULT_WEBDRIVER")
        .envs((mode == "app-webdriver").then_some(("FIELDVAULT_WEBDRIVER", "1")))
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("the {mode} child failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn parent() -> Result<(), String> {
    xvfb::with_display("rendering", 500, |display| {
        // The probe works: with wry's settings alone the page gets a WebGL context.
        let plain = run_case(display, "plain")?;
        if !plain.starts_with("webgl:yes") {
            return Err(format!("without the app's settings the page got no WebGL context, so the probe proves nothing:\n{plain}"));
        }
        // With the app's: none, and WebKit renders without OpenGL.
        let app = run_case(display, "app")?;
        if !app.starts_with("webgl:no\n") {
            return Err(format!("with the app's settings the page still got a WebGL context (or did not load):\n{app}"));
        }
        if !app.contains("policy:Never") {
            return Err(format!("with the app's settings WebKit may still render with OpenGL:\n{app}"));
        }
        // Under WebKitWebDriver (the end-to-end suite) the renderer is WebKit's default, and
        // WebGL still off.
        let driven = run_case(display, "app-webdriver")?;
        if !driven.starts_with("webgl:no\n") || driven.contains("policy:Never") {
            return Err(format!("under WebDriver: WebGL must be off, the renderer WebKit's default:\n{driven}"));
        }
        Ok(())
    })
}
