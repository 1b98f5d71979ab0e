//! The ethics reviewer's copy of a vault's audit log: `review::AuditLog::from_bytes`, then the
//! chain check and the export events, which must never panic. A copy that reads writes back
//! to bytes that read as the same copy.
#![no_main]

use fieldvault::review::{auditlog, AuditLog};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(log) = AuditLog::from_bytes(data) else { return };
    let _ = auditlog::check_chain(&log);
    let _ = log.exports();
    assert_eq!(AuditLog::from_bytes(&log.to_bytes()).expect("a copy reads back"), log);
});
