//! The `.fvb` export bundle: its format, tables, writing, reading and the export that makes it.
//!
//! A bundle is an age file encrypted to the project's researchers and reviewers, holding a
//! deterministic tar (mtime 0, uid/gid 0, mode 0644, regular files only) with, in this order:
//! `manifest.json` ([`Manifest`]: hashes, policy, counts, exclusions, redactions, k-anonymity,
//! audit-chain head), `manifest.json.minisig` (the fieldworker's minisign signature of it), then
//! by path `data/*.csv` (one table per repeatable section, keyed by the pseudonymous interview
//! id), `datapackage.json` (a Frictionless Data Package describing the tables, with foreign keys)
//! and `records.jsonl` (the same records nested, valid against
//! `schemas/deid-record.schema.json`).
//!
//! - [`format`]: the manifest's types and the names in the tar;
//! - [`tables`]: records into CSV tables and the data package (reused by any tabular export);
//! - [`write`]: the tar and its encryption ([`WriteError`]);
//! - [`read`]: a layered, streaming reader that trusts nothing — decrypt, untar, verify against
//!   the project's fieldworker [`Roster`] ([`ReadError`]);
//! - the export ([`export`], [`prepare`], [`Prepared::seal`]): de-identify a vault's interviews,
//!   review, seal ([`BundleError`]).
//!
//! This module does not decide what is identifying; [`crate::deid`] does.

pub mod format;
pub mod read;
pub mod tables;
pub mod write;

mod export;

pub use export::{
    check_output, effective_policy, export, prepare, seal, Approval, BundleError, ExportOptions, ExportSummary, Prepared, Result,
    SealContext, SealStage, Sealed,
};
pub use format::{
    key_id, manifest_schema, AuditRef, Counts, Exporter, FileEntry, FileParts, Lineage, Manifest, BUNDLE_FORMAT, MANIFEST, SIGNATURE,
};
pub use read::{open, open_bytes, Bundle, ReadError, Roster, Verified, MAX_BUNDLE_BYTES, MAX_FILES};
pub use tables::data_files;
pub use write::{encrypt, encrypt_to, leak_scan, tar_bytes, tar_order, tar_pieces, WriteError};
