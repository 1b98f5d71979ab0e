//! Interoperability: Debian's `age` CLI decrypts what the vault stored.

use std::process::Command;

use age::secrecy::ExposeSecret;

use crate::util::{fixtures, new_vault, pass};

#[test]
fn age_cli_decrypts_a_record_blob_with_the_vault_identity() {
    let age = which("age").expect("the `age` command is needed for this test: apt-get install age");
    let (dir, mut vault) = new_vault();
    let id = vault.add_record(&fixtures()[0]).unwrap();
    let blob: Vec<u8> = vault.connection().query_row("SELECT blob FROM revisions WHERE record_id = ?1", [&id], |r| r.get(0)).unwrap();
    let identity = dir.path().join("identity.txt");
    // The vault's age identity, as whoever holds the vault file and its passphrase gets it: the
    // first line of the key sealed with the passphrase.
    let sealed: Vec<u8> = vault.connection().query_row("SELECT blob FROM keys WHERE kind = 'passphrase'", [], |r| r.get(0)).unwrap();
    let secret = fieldvault::keys::open_with_passphrase(&sealed, &pass()).unwrap();
    let age_line = std::str::from_utf8(&secret).unwrap().lines().next().unwrap();
    assert!(age_line.starts_with("AGE-SECRET-KEY-1"), "the sealed key starts with the age identity");
    std::fs::write(&identity, format!("{age_line}\n")).unwrap();
    let blob_path = dir.path().join("record.age");
    std::fs::write(&blob_path, &blob).unwrap();

    let out = Command::new(age).arg("-d").arg("-i").arg(&identity).arg(&blob_path).output().unwrap();
    assert!(out.status.success(), "age -d failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["record"], id);
    assert_eq!(v["revision"], 1);
    let interview: fieldvault::schema::Interview = serde_json::from_value(v["interview"].clone()).unwrap();
    assert_eq!(interview, fixtures()[0]);

    // Later saves use age headers prepared ahead on a background thread (keys::encrypt_to_self):
    // each is a complete age file with its own ephemeral key, and age decrypts it.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let mut headers = std::collections::HashSet::new();
    for n in 0..4 {
        let id = vault.add_record(&fixtures()[0]).unwrap();
        let blob: Vec<u8> = vault.connection().query_row("SELECT blob FROM revisions WHERE record_id = ?1", [&id], |r| r.get(0)).unwrap();
        let header_end = blob.windows(4).position(|w| w == b"--- ").unwrap();
        assert!(headers.insert(blob[..header_end].to_vec()), "save {n}: a header was used twice");
        let path = dir.path().join(format!("record{n}.age"));
        std::fs::write(&path, &blob).unwrap();
        let out = Command::new(which("age").unwrap()).arg("-d").arg("-i").arg(&identity).arg(&path).output().unwrap();
        assert!(out.status.success(), "save {n}: age -d failed: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["record"], id);
    }

    // And a wrong identity is refused by age too.
    let other = dir.path().join("other.txt");
    std::fs::write(&other, format!("{}\n", age::x25519::Identity::generate().to_string().expose_secret())).unwrap();
    let out = Command::new(which("age").unwrap()).arg("-d").arg("-i").arg(&other).arg(&blob_path).output().unwrap();
    assert!(!out.status.success());
}

fn which(cmd: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(cmd)).find(|p| p.is_file()))
}

/// `keys::encrypt` and `bundle::encrypt_to` encrypt the payload themselves (in 64 KiB STREAM
/// chunks, on several threads): Debian's age must decrypt what they write, for every
/// recipient, at the chunk edges too.
#[test]
fn age_cli_decrypts_what_fieldvault_encrypts_to_several_recipients() {
    let age = which("age").expect("the `age` command is needed for this test: apt-get install age");
    let dir = tempfile::tempdir().unwrap();
    let ids = [age::x25519::Identity::generate(), age::x25519::Identity::generate()];
    let mut profile = fieldvault::profile::Profile::new("interop");
    for (n, id) in ids.iter().enumerate() {
        let m = fieldvault::profile::Member { name: format!("member {n}"), age_recipient: id.to_public().to_string() };
        if n == 0 {
            profile.researchers.push(m)
        } else {
            profile.reviewers.push(m)
        }
    }
    for (n, id) in ids.iter().enumerate() {
        std::fs::write(dir.path().join(format!("id{n}.txt")), format!("{}\n", id.to_string().expose_secret())).unwrap();
    }
    const C: usize = 64 * 1024;
    for len in [0, 1, C, C + 1, 64 * C, 64 * C + 5] {
        let plain: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let in_memory = fieldvault::bundle::encrypt(&profile, &plain).unwrap();
        let streamed = fieldvault::bundle::encrypt_to(&profile, &[&plain], Vec::new(), dir.path()).unwrap();
        for (kind, blob) in [("in memory", in_memory), ("streamed", streamed)] {
            let path = dir.path().join("payload.age");
            std::fs::write(&path, &blob).unwrap();
            for n in 0..ids.len() {
                let out = Command::new(&age).arg("-d").arg("-i").arg(dir.path().join(format!("id{n}.txt"))).arg(&path).output().unwrap();
                assert!(out.status.success(), "{kind}, {len} bytes, identity {n}: {}", String::from_utf8_lossy(&out.stderr));
                assert!(out.stdout == plain, "{kind}, {len} bytes, identity {n}: different plaintext");
            }
        }
    }
}
