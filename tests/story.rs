//! The fieldworker's story, end to end through the library: create a vault, record the five
//! interviews, lock, unlock, read them back, revise one, withdraw one, verify the audit log.

use fieldvault::vault::{RecordState, Vault, VaultError};

use crate::util::{fixtures, new_vault, pass};

#[test]
fn init_add_lock_unlock_edit_history_withdraw_verify() {
    let (dir, mut vault) = new_vault();
    let path = dir.path().join("test.vault");
    let interviews = fixtures();

    let ids: Vec<String> = interviews.iter().map(|i| vault.add_record(i).unwrap()).collect();
    assert_eq!(ids.len(), 5);

    // Lock: nothing can be read; the keys are gone.
    vault.lock();
    assert!(!vault.is_unlocked());
    assert!(matches!(vault.get_record(&ids[0]), Err(VaultError::Locked)));
    assert!(matches!(vault.list_records(), Err(VaultError::Locked)));
    drop(vault);

    // Reopen and unlock: list and show equal what was added.
    let mut vault = Vault::open(&path).unwrap();
    vault.unlock(&pass()).unwrap();
    let list = vault.list_records().unwrap();
    assert_eq!(list.len(), 5);
    for (id, original) in ids.iter().zip(&interviews) {
        let stored = vault.get_record(id).unwrap();
        assert_eq!(&stored.interview, original, "record {id} reads back unchanged");
        assert_eq!(stored.revision, 1);
        let item = list.iter().find(|i| &i.id == id).unwrap();
        assert_eq!(item.state, RecordState::Active { summary: original.summary() });
    }
    let xuan = list.iter().filter_map(|i| match &i.state {
        RecordState::Active { summary } => Some(summary),
        _ => None,
    });
    assert!(xuan.clone().any(|s| s.destinations.contains(&"JP".to_string())));
    assert!(xuan.clone().any(|s| s.destinations.contains(&"TW".to_string())));
    assert!(xuan.clone().any(|s| s.ran_away));

    // Edit: a new revision; the history holds both.
    let mut edited = interviews[2].clone();
    edited.notes = Some("Follow-up: the union's case was settled.".into());
    assert_eq!(vault.update_record(&ids[2], &edited).unwrap(), 2);
    assert_eq!(vault.get_record(&ids[2]).unwrap().interview, edited);
    let history = vault.history(&ids[2]).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].interview.as_ref().unwrap(), &interviews[2]);
    assert!(history[0].damaged.is_none());
    assert_eq!(history[1].interview.as_ref().unwrap(), &edited);
    let listed = vault.list_records().unwrap().into_iter().find(|i| i.id == ids[2]).unwrap();
    assert_eq!((listed.revision, listed.state), (2, RecordState::Active { summary: edited.summary() }));

    // Withdraw: tombstone stays, content goes, every revision included.
    vault.withdraw(&ids[2]).unwrap();
    assert!(matches!(vault.get_record(&ids[2]), Err(VaultError::Withdrawn(_))));
    assert!(matches!(vault.history(&ids[2]), Err(VaultError::Withdrawn(_))));
    assert!(matches!(vault.update_record(&ids[2], &edited), Err(VaultError::Withdrawn(_))));
    let blobs: i64 = vault
        .connection()
        .query_row("SELECT count(*) FROM revisions WHERE record_id = ?1 AND blob IS NOT NULL", [&ids[2]], |r| r.get(0))
        .unwrap();
    assert_eq!(blobs, 0, "no ciphertext of a withdrawn record remains");
    let list = vault.list_records().unwrap();
    assert_eq!(list.len(), 5);
    assert!(matches!(list.iter().find(|i| i.id == ids[2]).unwrap().state, RecordState::Withdrawn { .. }));

    // The audit log tells the same story and verifies.
    let head = vault.verify_audit().unwrap();
    let events: Vec<String> = vault.audit_entries().unwrap().into_iter().map(|e| e.event).collect();
    assert_eq!(head.seq as usize, events.len());
    assert_eq!(events.first().unwrap(), "vault_created");
    assert_eq!(events.iter().filter(|e| *e == "record_created").count(), 5);
    assert!(events.contains(&"unlocked".to_string()));
    assert!(events.contains(&"record_revised".to_string()));
    assert_eq!(events.last().unwrap(), "record_withdrawn");
    let report = vault.check().unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!((report.records_ok, report.records_withdrawn), (4, 1));
}

#[test]
fn drafts_are_encrypted_and_survive_reopening() {
    let (dir, mut vault) = new_vault();
    let draft = uuid::Uuid::new_v4().to_string();
    let partial = serde_json::json!({ "consent": { "scopes": { "store": true } }, "notes": "half-typed" });
    vault.save_draft(&draft, None, &partial).unwrap();
    drop(vault);
    let mut vault = Vault::open(&dir.path().join("test.vault")).unwrap();
    assert_eq!(vault.drafts().unwrap().len(), 1);
    assert!(matches!(vault.load_draft(&draft), Err(VaultError::Locked)));
    vault.unlock(&pass()).unwrap();
    assert_eq!(vault.load_draft(&draft).unwrap(), partial);
    vault.discard_draft(&draft).unwrap();
    assert!(vault.drafts().unwrap().is_empty());
}

#[test]
fn attachments_stream_through_age_and_read_back() {
    let (_dir, mut vault) = new_vault();
    let id = vault.add_record(&fixtures()[0]).unwrap();
    // 1.3 MiB of patterned bytes: several chunks, not a multiple of the chunk size.
    let data: Vec<u8> = (0..1_300_000u32).map(|i| (i % 251) as u8).collect();
    let info = vault.add_attachment(&id, "interview.ogg", "audio/ogg", &mut &data[..]).unwrap();
    assert_eq!(info.size, data.len() as u64);
    let chunks: i64 = vault.connection().query_row("SELECT count(*) FROM attachment_chunks", [], |r| r.get(0)).unwrap();
    assert!(chunks >= 5, "stored in {chunks} chunks");
    let mut out = Vec::new();
    let read = vault.read_attachment(&info.id, &mut out).unwrap();
    assert_eq!(read, info);
    assert!(out == data, "attachment content round-trips");
    assert_eq!(vault.attachments(&id).unwrap(), vec![info]);
    vault.withdraw(&id).unwrap();
    let left: i64 = vault.connection().query_row("SELECT count(*) FROM attachment_chunks", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0, "withdrawal erases attachments");
}

#[test]
fn a_deleted_attachment_is_erased_from_the_file_and_logged() {
    let (dir, mut vault) = new_vault();
    let id = vault.add_record(&fixtures()[0]).unwrap();
    let keep = vault.add_attachment(&id, "keep.jpg", "image/jpeg", &mut &b"a photo of the payslip"[..]).unwrap();
    let data: Vec<u8> = (0..600_000u32).map(|i| (i % 253) as u8).collect();
    let wrong = vault.add_attachment(&id, "wrong.jpg", "image/jpeg", &mut &data[..]).unwrap();
    // A slice of the stored ciphertext, to look for in the file afterwards.
    let chunk: Vec<u8> = vault
        .connection()
        .query_row("SELECT data FROM attachment_chunks WHERE attachment_id = ?1 AND seq = 1", [&wrong.id], |r| r.get(0))
        .unwrap();
    let needle = chunk[1000..1064].to_vec();
    let vault_path = dir.path().join("test.vault");
    let in_files = |needle: &[u8]| {
        ["", "-wal"].iter().any(|suffix| {
            let bytes = std::fs::read(format!("{}{suffix}", vault_path.display())).unwrap_or_default();
            bytes.windows(needle.len()).any(|w| w == needle)
        })
    };
    assert!(in_files(&needle), "the test must see the ciphertext before deleting it");

    assert_eq!(vault.delete_attachment(&wrong.id).unwrap(), wrong);
    assert_eq!(vault.attachments(&id).unwrap(), vec![keep.clone()]);
    let err = vault.read_attachment(&wrong.id, &mut Vec::new()).unwrap_err();
    assert!(matches!(err, VaultError::NotFoundItem { what: "attachment", .. }), "{err}");
    assert!(matches!(vault.delete_attachment(&wrong.id).unwrap_err(), VaultError::NotFoundItem { .. }));
    assert!(!in_files(&needle), "the deleted ciphertext is overwritten, in the file and its WAL");
    let events: Vec<String> = vault.audit_entries().unwrap().into_iter().map(|e| e.event).collect();
    assert_eq!(events.iter().filter(|e| *e == "attachment_deleted").count(), 1);
    vault.verify_audit().unwrap();
    let mut out = Vec::new();
    vault.read_attachment(&keep.id, &mut out).unwrap();
    assert_eq!(out, b"a photo of the payslip");
}

#[test]
fn passphrase_change_and_recovery_with_the_project_identity() {
    use fieldvault::keys::{generate_member_keys, parse_identity_file};
    use fieldvault::profile::{Member, Profile};
    use secrecy::{ExposeSecret, SecretString};

    let researcher = generate_member_keys("researcher");
    let recovery = generate_member_keys("recovery");
    let mut profile = Profile::new("Runaway trajectories");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.age_recipient.clone() });
    profile.recovery_recipient = Some(recovery.age_recipient.clone());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.vault");
    let mut options = crate::util::fast();
    options.profile = Some(profile.clone());
    let mut vault = Vault::create(&path, &pass(), &options).unwrap();
    let id = vault.add_record(&fixtures()[1]).unwrap();
    assert_eq!(vault.profile().unwrap().unwrap().project_id, profile.project_id);

    let new = SecretString::from("a different long passphrase".to_owned());
    assert!(matches!(
        vault.change_passphrase(&SecretString::from("not the passphrase".to_owned()), &new),
        Err(VaultError::WrongPassphrase { .. })
    ));
    vault.change_passphrase(&pass(), &new).unwrap();
    drop(vault);
    let mut vault = Vault::open(&path).unwrap();
    assert!(matches!(vault.unlock(&pass()), Err(VaultError::WrongPassphrase { .. })));
    vault.unlock(&new).unwrap();
    drop(vault);

    // Passphrase forgotten: the project's recovery identity sets a new one; nothing is lost.
    let wrong = parse_identity_file(researcher.age_identity_file.expose_secret()).unwrap();
    let third = SecretString::from("third passphrase after recovery".to_owned());
    assert!(matches!(Vault::recover(&path, &wrong, &third), Err(VaultError::Key(fieldvault::keys::KeyError::WrongRecoveryIdentity))));
    let identity = parse_identity_file(recovery.age_identity_file.expose_secret()).unwrap();
    let vault = Vault::recover(&path, &identity, &third).unwrap();
    assert_eq!(vault.get_record(&id).unwrap().interview, fixtures()[1]);
    drop(vault);
    let mut vault = Vault::open(&path).unwrap();
    vault.unlock(&third).unwrap();
    let events: Vec<String> = vault.audit_entries().unwrap().into_iter().map(|e| e.event).collect();
    assert!(events.contains(&"passphrase_changed".into()) && events.contains(&"recovered".into()));
    vault.verify_audit().unwrap();
}
