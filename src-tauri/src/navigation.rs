//! Where the window may go: only the app's own pages. A link, a URL or a file dropped on the
//! window (WebKit navigates to what is dropped where nothing handles it), or a page gone wrong
//! setting `location`, would otherwise load `file://` paths or a remote site in the window that
//! holds the vault's IPC. The CSP does not cover the window's own navigation; this does.

use tauri::Url;

/// Whether the main window may load `url`: the app's bundled pages (`tauri://localhost` on Linux
/// and macOS, `http(s)://tauri.localhost` on Windows), nothing else.
pub fn allowed(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::allowed;

    /// The attacker drops a file or a link on the window, or sets `location` from the page.
    #[test]
    fn only_the_apps_own_pages_load_in_the_window() {
        let ok = |u: &str| allowed(&u.parse().unwrap());
        assert!(ok("tauri://localhost/index.html") && ok("tauri://localhost/") && ok("http://tauri.localhost/index.html"));
        for bad in [
            "file:///home/lan/interviews/lan-2019.fvb",
            "file:///etc/passwd",
            "https://example.org/",
            "http://localhost:8080/",
            "http://tauri.localhost.example.org/",
            "tauri://evil/",
            "data:text/html,<script>alert(1)</script>",
            "blob:tauri://localhost/0b6f2d5e-5ad1-4d4e-9a52-2ad1c6e8e7f1",
            "javascript:alert(1)",
            "about:blank",
        ] {
            assert!(!ok(bad), "{bad}");
        }
    }
}
