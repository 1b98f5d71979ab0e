//! Placeholder for the FieldVault desktop shell.
//!
//! The Tauri 2 window arrives with the desktop-app issue; until then this binary only proves the
//! shell can link the core library without the core depending on Tauri.
fn main() {
    println!("FieldVault desktop shell: not built yet (core {}).", fieldvault::VERSION);
}
