//! FieldVault core: everything the desktop app and the CLI do, with no UI and no Tauri.
//!
//! - [`api`]: the one facade the CLI and the desktop app call; errors classified by [`api::ErrorCode`].
//! - [`schema`]: the interview record, its JSON Schema and validation.
//! - [`deid`]: de-identification for export: policy, transforms, redaction, k-anonymity, leak scan.
//! - [`bundle`]: the signed, encrypted `.fvb` export bundle: write, open and verify.
//! - [`review`]: the ethics review of bundles: independent checks, disclosure risk, the report.
//! - [`analysis`]: the researcher's analysis export (CSV, data package, Stata, codebook).
//! - [`html`]: the one HTML escaper of the reports the core writes.
pub mod age_payload;
pub mod analysis;
pub mod api;
pub mod atomic_file;
pub mod audit;
pub mod bundle;
pub mod deid;
pub mod demo;
pub mod html;
pub mod hygiene;
pub mod input;
pub mod keys;
pub mod parallel;
pub mod paths;
pub mod profile;
pub mod review;
pub mod schema;
pub mod store;
pub mod vault;
pub mod workspace;

/// Version of this build of FieldVault.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
