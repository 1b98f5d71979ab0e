//! `manifest.json` → `Manifest` and its format check; a manifest that parses writes back to
//! JSON that parses to the same manifest.
#![no_main]

use fieldvault::bundle::{Manifest, BUNDLE_FORMAT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &[u8]| {
    let Ok(manifest) = serde_json::from_slice::<Manifest>(json) else { return };
    let _ = manifest.format == BUNDLE_FORMAT;
    let again: Manifest = serde_json::from_slice(&serde_json::to_vec(&manifest).unwrap()).unwrap();
    assert_eq!(again.files, manifest.files);
    assert_eq!(again.policy, manifest.policy);
});
