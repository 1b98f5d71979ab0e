//! Crash safety: a saver killed with SIGKILL at random moments, 50 times, never loses an
//! acknowledged save and never corrupts the vault.

use std::process::Stdio;
use std::time::Duration;

use fieldvault::vault::Vault;

use crate::util::{cli, fixture_paths, lines_of, pass, xorshift};

#[test]
fn sigkill_during_saves_loses_no_acknowledged_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.vault");
    let out = cli().arg("--vault").arg(&path).args(["vault", "init"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fixture = fixture_paths()[2].clone();

    let mut acknowledged: Vec<String> = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let kills = 50;
    for round in 0..kills {
        let mut child = cli()
            .arg("--vault")
            .arg(&path)
            .args(["record", "add", "--repeat", "100000"])
            .arg(&fixture)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (rx, reader) = lines_of(child.stdout.take().unwrap());
        // Wait for the first acknowledgement so the kill lands mid-save, then a random delay.
        let first = rx.recv_timeout(Duration::from_secs(30)).expect("the saver acknowledges a save");
        std::thread::sleep(Duration::from_millis(5 + xorshift(&mut seed) % 60));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        acknowledged.push(first);
        acknowledged.extend(rx.try_iter());
        assert!(round < kills);
    }

    let mut vault = Vault::open(&path).unwrap();
    let integrity: String = vault.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    vault.unlock(&pass()).unwrap();
    let stored: std::collections::HashSet<String> = vault.list_records().unwrap().into_iter().map(|i| i.id).collect();
    let missing: Vec<&String> = acknowledged.iter().filter(|id| !stored.contains(*id)).collect();
    assert!(missing.is_empty(), "{} acknowledged saves lost: {missing:?}", missing.len());
    assert!(acknowledged.len() >= kills, "only {} saves acknowledged", acknowledged.len());
    vault.verify_audit().unwrap();
    assert!(vault.check().unwrap().is_ok());
    eprintln!("{kills} kills, {} acknowledged saves, {} stored", acknowledged.len(), stored.len());
}
