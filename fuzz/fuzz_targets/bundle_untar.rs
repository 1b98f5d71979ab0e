//! The bundle reader from the plaintext tar (`bundle::read::untar`): entry order, safe entries,
//! size caps, the manifest and its signature checked with the roster's key, every hash; and the
//! de-identified records check on the same bytes. Must return, never panic. The roster is the
//! committed test vectors' fieldworker, so a seed made from `tests/vectors/good.fvb`'s plaintext
//! reaches the data files.
#![no_main]

use std::sync::LazyLock;

use fieldvault::bundle::read::{check_records, untar, Roster};
use libfuzzer_sys::fuzz_target;

static ROSTER: LazyLock<Roster> = LazyLock::new(|| {
    let mut roster = Roster::new();
    roster.add("the fieldworker", include_str!("../../tests/vectors/fieldworker.pub")).unwrap();
    roster
});

fuzz_target!(|tar: &[u8]| {
    if let Ok(b) = untar(tar, &ROSTER) {
        let _ = b.records();
    }
    let _ = check_records(tar);
});
