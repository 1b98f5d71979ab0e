//! How the window renders: on the CPU, without OpenGL, and with no WebGL for the page.
//!
//! WebKitGTK (2.50 here) composites every page with OpenGL by default. On a laptop without a
//! working GPU driver, in a virtual machine or under Xvfb, that OpenGL is Mesa's llvmpipe: a
//! software renderer that JIT-compiles its shaders with LLVM and keeps its own buffers, about
//! 90 MB more in the web process with 1,000 interviews listed (`scripts/bench-app.sh`,
//! docs/benchmarks.md). A form app gains nothing from GPU compositing, so the window is drawn
//! by WebKit's CPU renderer instead. WebGL, which the UI never uses, is off too: a page gone
//! wrong cannot reach the GL driver (one less attack surface).
//!
//! Two steps, because Tauri hands over the webview only once it has started loading the page:
//! [`before_webkit_starts`] sets WebKit's own switch in the environment, which WebKit reads when
//! it starts (and which its web process inherits), so the first page is never composited with
//! OpenGL; [`apply`] then sets the same policy and WebGL off in the webview's settings, where
//! they stay whatever the environment said.
//!
//! Under WebKitWebDriver (`FIELDVAULT_WEBDRIVER`, the end-to-end suite) the window keeps WebKit's
//! default renderer: with the CPU renderer, WebKitGTK 2.50's WebDriver screenshot of an idle page
//! never returns (research.e2e.mjs's conflict step hung on it while the window itself kept
//! painting and answering clicks). WebGL is off there too.

use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};

/// WebKitGTK's environment switch for its CPU renderer (`1` turns compositing with OpenGL off).
pub const COMPOSITING_SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Turns WebKit's OpenGL compositing off for this process and its web processes. Call it first
/// in `main`, before any thread starts (the environment is process-wide) and before GTK or
/// WebKit initialise.
pub fn before_webkit_starts() {
    if cpu_only() {
        std::env::set_var(COMPOSITING_SWITCH, "1");
    }
}

/// The webview's rendering settings: hardware acceleration never (except under WebDriver, see
/// the module doc), WebGL off.
pub fn apply(webview: &webkit2gtk::WebView) {
    if let Some(settings) = WebViewExt::settings(webview) {
        if cpu_only() {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
        settings.set_enable_webgl(false);
    }
}

/// Whether the window renders on the CPU: always, except when driven by WebKitWebDriver.
fn cpu_only() -> bool {
    std::env::var_os("FIELDVAULT_WEBDRIVER").is_none()
}
