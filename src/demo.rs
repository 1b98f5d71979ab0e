//! The demo vault: the field study's five cases, for trying FieldVault without real data.
//!
//! The names, phone numbers and places in these records are invented. The demo vault has a
//! project profile ([`demo_profile`]) whose one researcher is [`DEMO_RESEARCHER_IDENTITY`], a
//! key published here on purpose so that anyone can open a demo export: never use it for real
//! data.

use std::path::Path;

use secrecy::SecretString;

use crate::deid::Policy;
use crate::profile::{Member, Profile};
use crate::schema::parse_interview;
use crate::vault::{CreateOptions, Result, Vault};

/// Passphrase of the demo vault (its data is fictional).
pub const DEMO_PASSPHRASE: &str = "demo field vault";

/// The demo researcher's age identity (public on purpose: demo exports are fictional).
pub const DEMO_RESEARCHER_IDENTITY: &str = "AGE-SECRET-KEY-1VCVFZKQ43CRXDSNMD9U5HD3CELFYXM3Y94XGWLD96HZ5QPDG6W7S47FLXA";

/// The demo researcher's age recipient, to which demo exports are encrypted.
pub const DEMO_RESEARCHER_RECIPIENT: &str = "age17u90u30j9svq98z8lack3jdmzyxegpgkr9jx20arh0rcd0pet95q2c27xs";

/// The demo project's profile: one researcher ([`DEMO_RESEARCHER_RECIPIENT`]) and the built-in
/// policy with k = 1, since four shareable interviews can never form groups of five.
pub fn demo_profile() -> Profile {
    let mut profile = Profile::new("Runaway study (demo)");
    profile.researchers.push(Member { name: "Demo researcher".into(), age_recipient: DEMO_RESEARCHER_RECIPIENT.into() });
    let policy = Policy { k: 1, ..Policy::default() };
    profile.deid_policy = Some(serde_json::to_value(policy).expect("a policy serialises"));
    profile
}

/// The five fixture interviews of the study: (file stem, JSON).
pub const FIXTURES: [(&str, &str); 5] = [
    ("01_huong", include_str!("../tests/fixtures/interviews/01_huong.json")),
    ("02_my_anh", include_str!("../tests/fixtures/interviews/02_my_anh.json")),
    ("03_xuan", include_str!("../tests/fixtures/interviews/03_xuan.json")),
    ("04_thanh", include_str!("../tests/fixtures/interviews/04_thanh.json")),
    ("05_huy", include_str!("../tests/fixtures/interviews/05_huy.json")),
];

/// Creates a vault at `path` holding the five fixture interviews and the [`demo_profile`];
/// returns it unlocked.
pub fn create_demo_vault(path: &Path, passphrase: &SecretString, work_factor: Option<u8>) -> Result<Vault> {
    let mut vault = Vault::create(path, passphrase, &CreateOptions { work_factor, profile: Some(demo_profile()) })?;
    for (_, json) in FIXTURES {
        let interview = parse_interview(json)?;
        vault.add_record(&interview)?;
    }
    Ok(vault)
}
