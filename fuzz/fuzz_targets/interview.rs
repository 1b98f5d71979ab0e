//! The interview JSON of `record add` and of the app: `parse_interview` (parse + validation).
//! A record that passes writes back to JSON that passes.
#![no_main]

use fieldvault::schema::parse_interview;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    let Ok(interview) = parse_interview(json) else { return };
    parse_interview(&serde_json::to_string(&interview).unwrap()).expect("a valid record reads back");
});
