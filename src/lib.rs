//! FieldVault core: everything the desktop app and the CLI do, with no UI and no Tauri.
//!
//! - [`schema`]: the interview record, its JSON Schema and validation.
pub mod schema;

/// Version of this build of FieldVault.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
