//! The demo vault: the field study's five cases, for trying FieldVault without real data.
//!
//! The names, phone numbers and places in these records are invented.

use std::path::Path;

use secrecy::SecretString;

use crate::schema::parse_interview;
use crate::vault::{CreateOptions, Result, Vault};

/// Passphrase of the demo vault (its data is fictional).
pub const DEMO_PASSPHRASE: &str = "demo field vault";

/// The five fixture interviews of the study: (file stem, JSON).
pub const FIXTURES: [(&str, &str); 5] = [
    ("01_huong", include_str!("../tests/fixtures/interviews/01_huong.json")),
    ("02_my_anh", include_str!("../tests/fixtures/interviews/02_my_anh.json")),
    ("03_xuan", include_str!("../tests/fixtures/interviews/03_xuan.json")),
    ("04_thanh", include_str!("../tests/fixtures/interviews/04_thanh.json")),
    ("05_huy", include_str!("../tests/fixtures/interviews/05_huy.json")),
];

/// Creates a vault at `path` holding the five fixture interviews; returns it unlocked.
pub fn create_demo_vault(path: &Path, passphrase: &SecretString, work_factor: Option<u8>) -> Result<Vault> {
    let mut vault = Vault::create(path, passphrase, &CreateOptions { work_factor, profile: None })?;
    for (_, json) in FIXTURES {
        let interview = parse_interview(json)?;
        vault.add_record(&interview)?;
    }
    Ok(vault)
}
