//! The project profile: `Profile::from_json` (parse + check of keys and values). A profile that
//! passes writes back to JSON that passes.
#![no_main]

use fieldvault::profile::Profile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(profile) = Profile::from_json(text) else { return };
    let _ = profile.recovery();
    Profile::from_json(&profile.to_json()).expect("a checked profile reads back");
});
