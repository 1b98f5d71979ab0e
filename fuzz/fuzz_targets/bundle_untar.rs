//! The bundle reader from the plaintext tar: the input is encrypted to the demo researcher and
//! opened as a bundle (safe entries, signature, hashes). Must return, never panic.
#![no_main]

use std::sync::LazyLock;

use fieldvault::{bundle, demo, keys};
use libfuzzer_sys::fuzz_target;

static IDENTITY: LazyLock<age::x25519::Identity> = LazyLock::new(|| demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap());

fuzz_target!(|tar: &[u8]| {
    let bundle = keys::encrypt(&[&IDENTITY.to_public()], tar);
    if let Ok(b) = bundle::open_bytes(&bundle, &*IDENTITY, &bundle::OpenOptions::default()) {
        let _ = b.records();
    }
});
