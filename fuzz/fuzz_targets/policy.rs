//! The export policy: `Policy::from_json` (parse + check). A policy that passes writes back to
//! JSON that passes and is the same policy, with the same hash.
#![no_main]

use fieldvault::deid::Policy;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(policy) = Policy::from_json(text) else { return };
    let again = Policy::from_json(&policy.to_json()).expect("a checked policy reads back");
    assert_eq!(again, policy);
    assert_eq!(again.sha256(), policy.sha256());
});
