//! The researcher's story: fieldworkers export bundles; the researcher imports them into a
//! research workspace, where nothing is lost and everything is verified. Re-importing changes
//! nothing, diverging revisions are conflicts to resolve, withdrawals remove interviews, the same
//! participant interviewed twice is flagged; and every bad bundle is refused with its own
//! message, leaving the workspace file byte for byte as it was while the others import.

use std::path::{Path, PathBuf};

use fieldvault::bundle::{self, ExportOptions, ReadError};
use fieldvault::deid::Policy;
use fieldvault::keys::MIN_WORK_FACTOR;
use fieldvault::profile::{Fieldworker, Member, Profile};
use fieldvault::store::StoreError;
use fieldvault::vault::{CreateOptions, Vault};
use fieldvault::workspace::{self, Choice, Decision, ImportError, Workspace, WorkspaceError};
use serde_json::Value;

use crate::util::{cli, fixtures, pass};

fn clock() -> chrono::DateTime<chrono::Utc> {
    "2024-05-01T09:00:00Z".parse().unwrap()
}

/// A project: a researcher, a profile (k = 1: five interviews cannot form groups of five), and
/// fieldworkers' vaults made from it.
struct Project {
    dir: tempfile::TempDir,
    researcher: age::x25519::Identity,
    profile: Profile,
}

impl Project {
    fn new() -> Project {
        let researcher = age::x25519::Identity::generate();
        let mut profile = Profile::new("Migration infrastructures");
        profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
        profile.deid_policy = Some(serde_json::to_value(Policy { k: 1, ..Policy::default() }).unwrap());
        Project { dir: tempfile::tempdir().unwrap(), researcher, profile }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A fieldworker's new vault in this project.
    fn vault(&self, name: &str) -> Vault {
        let opts = CreateOptions { work_factor: Some(MIN_WORK_FACTOR), profile: Some(self.profile.clone()) };
        Vault::create(&self.path(name), &pass(), &opts).unwrap()
    }

    /// Closes `vault` (the file `name`), copies it to `copy` (a second laptop, a backup
    /// restored) and opens both, unlocked: the same keys and interviews, edited apart from now on.
    fn copy(&self, vault: Vault, name: &str, copy: &str) -> (Vault, Vault) {
        drop(vault);
        std::fs::copy(self.path(name), self.path(copy)).unwrap();
        let open = |n: &str| {
            let mut v = Vault::open(&self.path(n)).unwrap();
            v.unlock(&pass()).unwrap();
            v
        };
        (open(name), open(copy))
    }

    /// The profile the principal investigator sends the researcher: the fieldworkers' keys on
    /// its roster.
    fn with_roster(&self, vaults: &[(&str, &Vault)]) -> Profile {
        let mut p = self.profile.clone();
        for (name, v) in vaults {
            p.fieldworkers.push(Fieldworker { name: (*name).into(), minisign_public_key: v.signing_public_key().unwrap() });
        }
        p
    }

    fn workspace(&self, profile: Profile) -> Workspace {
        let opts = workspace::CreateOptions { work_factor: Some(MIN_WORK_FACTOR) };
        Workspace::create(&self.path("research.fvw"), &pass(), self.researcher.clone(), profile, &opts).unwrap()
    }
}

/// Exports every shareable interview of `vault` to `out`.
fn export(vault: &mut Vault, out: &Path) -> PathBuf {
    let options = ExportOptions { now: clock(), policy: None, interviews: None, allow_suppression: false };
    bundle::export(vault, out, &options).unwrap();
    out.to_owned()
}

fn import(ws: &mut Workspace, paths: &[&Path]) -> workspace::ImportSummary {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    ws.import(&paths, &mut |_| {})
}

fn counts(s: &workspace::ImportSummary) -> [usize; 5] {
    let c = s.counts;
    [c.added, c.updated, c.unchanged, c.conflicts, c.withdrawn]
}

fn by_id<'a>(records: &'a [Value], id: &str) -> Option<&'a Value> {
    records.iter().find(|r| r["interview_id"] == id)
}

fn pseudonym(profile: &Profile, record_id: &str) -> String {
    fieldvault::deid::Pseudonymiser::for_project(profile).unwrap().pseudonym("interview", record_id)
}

/// The story, through the library: fieldworker 1 exports, edits an interview and exports
/// again; a copy of her vault (her second laptop, restored from a backup) edits the same
/// interview differently; fieldworker 2, with his own key, interviews two of the same
/// participants again; fieldworker 1 withdraws a participant.
#[test]
fn import_merge_conflict_withdrawal_and_duplicates() {
    let p = Project::new();
    let mut lan = p.vault("lan.vault");
    let ids = lan.add_records(&fixtures()).unwrap();
    let a1 = export(&mut lan, &p.path("a1.fvb"));
    // Her second laptop: a copy of the vault as it was at the first export.
    let (mut lan, mut laptop2) = p.copy(lan, "lan.vault", "lan-laptop2.vault");

    // Xuan (the third fixture): one edit on each copy.
    let mut on_one = fixtures()[2].clone();
    on_one.participant.children = Some(3);
    lan.update_record(&ids[2], &on_one).unwrap();
    let a2 = export(&mut lan, &p.path("a2.fvb"));
    let mut on_two = fixtures()[2].clone();
    on_two.participant.children = Some(4);
    laptop2.update_record(&ids[2], &on_two).unwrap();
    let b2 = export(&mut laptop2, &p.path("b2.fvb"));

    // Fieldworker 2 interviews Huong and My Anh again.
    let mut minh = p.vault("minh.vault");
    let minh_ids = minh.add_records(&fixtures()[..2]).unwrap();
    let c1 = export(&mut minh, &p.path("c1.fvb"));

    let profile = p.with_roster(&[("Lan", &lan), ("Minh", &minh)]);
    let mut ws = p.workspace(profile.clone());

    // Four of Lan's five consent to sharing (Thanh does not).
    let s = import(&mut ws, &[&a1]);
    assert!(s.refused.is_empty(), "{:?}", s.refused);
    assert_eq!((s.imported, counts(&s)), (1, [4, 0, 0, 0, 0]));
    let s = import(&mut ws, &[&a2]);
    assert_eq!(counts(&s), [0, 1, 3, 0, 0], "the newer revision on the same line replaces");
    let s = import(&mut ws, &[&b2]);
    assert_eq!(counts(&s), [0, 0, 3, 1, 0], "the diverging revision is kept as a conflict");
    let s = import(&mut ws, &[&c1]);
    assert_eq!(counts(&s), [2, 0, 0, 0, 0], "another fieldworker's interviews are other interviews");

    // Re-import, all at once, in another order: nothing changes, not even a byte.
    let hash = ws.content_hash().unwrap();
    drop(ws);
    let bytes = std::fs::read(p.path("research.fvw")).unwrap();
    let mut ws = Workspace::open(&p.path("research.fvw"), &pass()).unwrap();
    let s = import(&mut ws, &[&c1, &b2, &a2, &a1]);
    assert_eq!((s.imported, counts(&s)), (4, [0, 0, 14, 0, 0]));
    assert_eq!(ws.content_hash().unwrap(), hash);
    drop(ws);
    assert!(std::fs::read(p.path("research.fvw")).unwrap() == bytes, "re-import changed the workspace file");
    let mut ws = Workspace::open(&p.path("research.fvw"), &pass()).unwrap();

    // The conflict: Xuan, children 3 on one side and 4 on the other, both kept.
    let xuan = pseudonym(&profile, &ids[2]);
    let conflicts = ws.conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    let c = &conflicts[0];
    assert_eq!((c.interview_id.as_str(), c.resolved, c.a.revision, c.b.revision), (xuan.as_str(), false, 2, 2));
    assert_eq!((c.a.signer.as_str(), c.b.signer.as_str()), ("Lan", "Lan"));
    let detail = ws.conflict(&c.id).unwrap();
    let diff: Vec<(&str, &Value, &Value)> = detail.diff.iter().map(|d| (d.path.as_str(), &d.a, &d.b)).collect();
    assert_eq!(diff, [("participant.children", &Value::from(3), &Value::from(4))]);
    let data = ws.analysis_data().unwrap();
    assert_eq!(by_id(&data.records, &xuan).unwrap()["participant"]["children"], 3, "side A until resolved");
    assert_eq!(data.open_conflicts.len(), 1);

    // Resolved with side B: a revision of its own, with who chose what.
    let r = ws.resolve(&c.id, Choice::TakeB, None).unwrap();
    assert_eq!((r.choice, r.resolved_by.as_str()), (Choice::TakeB, p.researcher.to_public().to_string().as_str()));
    assert!(matches!(ws.resolve(&c.id, Choice::TakeA, None), Err(WorkspaceError::AlreadyResolved(_))));
    let data = ws.analysis_data().unwrap();
    assert_eq!(by_id(&data.records, &xuan).unwrap()["participant"]["children"], 4);
    assert_eq!(data.resolutions, std::slice::from_ref(&r));
    assert!(data.open_conflicts.is_empty());
    let s = import(&mut ws, &[&a1, &a2, &b2]);
    assert_eq!(counts(&s), [0, 0, 12, 0, 0], "both sides are covered by the resolution");

    // Possible duplicates: Huong and My Anh, interviewed by both, share their keyed pseudonyms.
    let dups = ws.duplicates().unwrap();
    let pairs: Vec<(String, String)> = dups.iter().map(|d| (d.a.clone(), d.b.clone())).collect();
    for (lan_id, minh_id) in [(&ids[0], &minh_ids[0]), (&ids[1], &minh_ids[1])] {
        let (x, y) = (pseudonym(&profile, lan_id), pseudonym(&profile, minh_id));
        let pair = if x < y { (x, y) } else { (y, x) };
        assert!(pairs.contains(&pair), "{pair:?} not flagged in {dups:?}");
    }
    assert!(dups.iter().all(|d| d.decision.is_none()));
    let my_anh = dups.iter().find(|d| [d.a.as_str(), d.b.as_str()].contains(&pseudonym(&profile, &ids[1]).as_str())).unwrap();
    assert!(my_anh.reasons[0].contains("pseudonym"), "{:?}", my_anh.reasons);
    let dismissed = ws.decide_duplicate(&my_anh.id, Decision::Dismissed).unwrap();
    assert_eq!(dismissed.decision, Some(Decision::Dismissed));
    let listed = ws.duplicates().unwrap().into_iter().find(|d| d.id == my_anh.id).unwrap();
    assert_eq!(listed.decision, Some(Decision::Dismissed), "the decision is kept");
    assert!(ws.analysis_data().unwrap().confirmed_duplicates.is_empty());
    let huong_pair = dups.iter().find(|d| d.id != my_anh.id && d.reasons[0].contains("pseudonym")).unwrap();
    ws.decide_duplicate(&huong_pair.id, Decision::Confirmed).unwrap();
    assert_eq!(ws.analysis_data().unwrap().confirmed_duplicates, [(huong_pair.a.clone(), huong_pair.b.clone())]);
    assert!(matches!(ws.decide_duplicate("d_000000000000", Decision::Confirmed), Err(WorkspaceError::DuplicateNotFound(_))));

    // Lan withdraws Huong: the interview leaves the workspace and is listed.
    lan.withdraw(&ids[0]).unwrap();
    let a3 = export(&mut lan, &p.path("a3.fvb"));
    let huong = pseudonym(&profile, &ids[0]);
    let manifest_text =
        serde_json::to_string(&bundle::open(&a3, &p.researcher, &bundle::Roster::from_profile(&profile).unwrap()).unwrap().manifest)
            .unwrap();
    assert!(!manifest_text.contains(&huong), "the manifest names no withdrawn interview");
    let s = import(&mut ws, &[&a3]);
    assert_eq!(counts(&s), [0, 0, 3, 0, 1]);
    let data = ws.analysis_data().unwrap();
    assert!(by_id(&data.records, &huong).is_none());
    assert_eq!(data.withdrawn.iter().map(|w| w.interview_id.as_str()).collect::<Vec<_>>(), [huong.as_str()]);
    assert_eq!(data.records.len(), 5, "Lan's My Anh, Xuan and Huy, Minh's Huong and My Anh");
    let erased: i64 = ws
        .connection()
        .query_row("SELECT count(*) FROM revisions WHERE interview_id = ?1 AND sealed IS NOT NULL", [&huong], |r| r.get(0))
        .unwrap();
    assert_eq!(erased, 0, "no revision of a withdrawn interview is kept");
    // An older bundle does not bring her back.
    let s = import(&mut ws, &[&a1, &a3]);
    assert_eq!(counts(&s), [0, 0, 7, 0, 0]);
    assert!(by_id(&ws.analysis_data().unwrap().records, &huong).is_none());

    // The analysis export of the workspace: her interview is only in the withdrawn list, the
    // resolution and who chose it in the resolutions list.
    drop(ws);
    let ws = fieldvault::api::workspace::Workspace::open(&p.path("research.fvw"), &pass()).unwrap();
    let out = p.path("analysis");
    let summary = fieldvault::api::analysis::export_workspace(&out, &ws, &Default::default()).unwrap();
    assert_eq!(summary.interviews, 5);
    let withdrawn = std::fs::read_to_string(out.join("withdrawn.csv")).unwrap();
    assert!(withdrawn.lines().skip(1).any(|l| l.starts_with(&huong) && l.contains("withdrawn")), "{withdrawn}");
    assert_eq!(withdrawn.lines().count(), 2, "one withdrawal: {withdrawn}");
    let interviews = std::fs::read_to_string(out.join("data/interviews.csv")).unwrap();
    assert!(!interviews.contains(&huong), "a withdrawn interview is in the data");
    assert_eq!(interviews.lines().count(), 6, "a header and five interviews: {interviews}");
    let resolutions = std::fs::read_to_string(out.join("resolutions.csv")).unwrap();
    let row = resolutions.lines().nth(1).unwrap_or_else(|| panic!("no resolution: {resolutions}"));
    assert!(row.contains(&c.id) && row.contains(&xuan) && row.contains(",B,") && row.contains(&r.resolved_by), "{row}");
}

/// A workspace that learns of a withdrawal before it sees the interview (bundles arrive in any
/// order) never adds it.
#[test]
fn a_withdrawal_imported_first_keeps_the_older_bundle_s_interview_out() {
    let p = Project::new();
    let mut lan = p.vault("lan.vault");
    let ids = lan.add_records(&fixtures()).unwrap();
    let a1 = export(&mut lan, &p.path("a1.fvb"));
    lan.withdraw(&ids[0]).unwrap();
    let a2 = export(&mut lan, &p.path("a2.fvb"));
    let profile = p.with_roster(&[("Lan", &lan)]);
    let mut ws = p.workspace(profile.clone());
    let s = import(&mut ws, &[&a2, &a1]);
    assert_eq!(counts(&s), [3, 0, 4, 0, 0], "{:?}", s.refused);
    let data = ws.analysis_data().unwrap();
    assert!(by_id(&data.records, &pseudonym(&profile, &ids[0])).is_none());
    assert_eq!(data.withdrawn.len(), 1);
}

/// A merged record resolves a conflict too; it must be a valid de-identified record of the same
/// interview, and the resolution says which field came from where.
#[test]
fn a_conflict_resolved_with_a_merged_record() {
    let p = Project::new();
    let mut lan = p.vault("lan.vault");
    let ids = lan.add_records(&fixtures()[..3]).unwrap();
    export(&mut lan, &p.path("a1.fvb"));
    let (mut lan, mut copy) = p.copy(lan, "lan.vault", "copy.vault");
    let mut x = fixtures()[1].clone();
    x.participant.children = Some(7);
    lan.update_record(&ids[1], &x).unwrap();
    let a2 = export(&mut lan, &p.path("a2.fvb"));
    let mut y = fixtures()[1].clone();
    y.participant.children = Some(8);
    y.participant.gender = Some(fieldvault::schema::Choice::Known(fieldvault::schema::Gender::Undisclosed));
    copy.update_record(&ids[1], &y).unwrap();
    let b2 = export(&mut copy, &p.path("b2.fvb"));
    let mut ws = p.workspace(p.with_roster(&[("Lan", &lan)]));
    let s = import(&mut ws, &[&p.path("a1.fvb"), &a2, &b2]);
    assert_eq!(counts(&s), [3, 1, 4, 1, 0]);
    let c = ws.conflicts().unwrap().remove(0);
    let detail = ws.conflict(&c.id).unwrap();
    assert_eq!(detail.diff.len(), 2, "{:?}", detail.diff);

    let mut bad = detail.record_a.clone();
    bad["full_name"] = "Nguyen Thi My Anh".into();
    assert!(matches!(ws.resolve(&c.id, Choice::Merged, Some(bad)), Err(WorkspaceError::InvalidMerged { .. })));
    let mut other = detail.record_a.clone();
    other["interview_id"] = "p_0000000000000000".into();
    assert!(matches!(ws.resolve(&c.id, Choice::Merged, Some(other)), Err(WorkspaceError::InvalidMerged { .. })));
    assert!(!ws.conflicts().unwrap()[0].resolved, "a refused resolution changes nothing");

    let mut merged = detail.record_a.clone();
    merged["participant"]["gender"] = detail.record_b["participant"]["gender"].clone();
    let r = ws.resolve(&c.id, Choice::Merged, Some(merged.clone())).unwrap();
    let fields: Vec<(&str, &str)> = r.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(fields, [("participant.children", "a"), ("participant.gender", "b")]);
    let data = ws.analysis_data().unwrap();
    assert_eq!(by_id(&data.records, &c.interview_id).unwrap(), &fieldvault::deid::canonical(&merged));
}

// ---------------------------------------------------------------------------------------------
// Bad input: each refused with its own error, the workspace file unchanged, the others imported.

fn vectors() -> PathBuf {
    crate::util::root().join("tests/vectors")
}

/// A workspace of the demo researcher (who every committed vector is encrypted to) whose roster
/// is the vectors' fieldworker, in the vectors' project.
fn vector_workspace(dir: &Path) -> (Workspace, Profile) {
    let researcher: age::x25519::Identity = fieldvault::demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap();
    let key = std::fs::read_to_string(vectors().join("fieldworker.pub")).unwrap();
    let mut roster = bundle::Roster::new();
    roster.add("Lan", &key).unwrap();
    let manifest = bundle::open(&vectors().join("good.fvb"), &researcher, &roster).unwrap().manifest;
    let mut profile = fieldvault::demo::demo_profile();
    profile.project_id = manifest.project_id.parse().unwrap();
    profile.fieldworkers.push(Fieldworker { name: "Lan".into(), minisign_public_key: key });
    let opts = workspace::CreateOptions { work_factor: Some(MIN_WORK_FACTOR) };
    (Workspace::create(&dir.join("research.fvw"), &pass(), researcher, profile.clone(), &opts).unwrap(), profile)
}

/// The workspace file's bytes, read with the workspace closed.
fn closed_bytes(ws: Workspace) -> (PathBuf, Vec<u8>) {
    let path = ws.path().to_owned();
    drop(ws);
    assert!(
        !Path::new(&format!("{}-wal", path.display())).exists() || std::fs::metadata(format!("{}-wal", path.display())).unwrap().len() == 0
    );
    let bytes = std::fs::read(&path).unwrap();
    (path, bytes)
}

/// The signed bundle `files` (manifest data made anew around them) by the vectors' fieldworker,
/// encrypted to the demo researcher: for hostile content that a fieldworker's key signed.
fn signed_by_the_vector_fieldworker(files: &[(String, Vec<u8>)], project_id: &str, raw_tail: Option<Vec<u8>>) -> Vec<u8> {
    use sha2::Digest;
    let researcher: age::x25519::Identity = fieldvault::demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap();
    let key = std::fs::read_to_string(vectors().join("fieldworker.pub")).unwrap();
    let mut roster = bundle::Roster::new();
    roster.add("Lan", &key).unwrap();
    let mut m = bundle::open(&vectors().join("good.fvb"), &researcher, &roster).unwrap().manifest;
    m.project_id = project_id.to_owned();
    m.files = files
        .iter()
        .map(|(path, b)| bundle::FileEntry { path: path.clone(), size: b.len() as u64, sha256: hex::encode(sha2::Sha256::digest(b)) })
        .collect();
    let bytes = m.to_bytes();
    let text = std::fs::read_to_string(vectors().join("fieldworker.key")).unwrap();
    let sk = minisign::SecretKeyBox::from_string(&text).unwrap().into_unencrypted_secret_key().unwrap();
    let sig = minisign::sign(None, &sk, &bytes[..], Some("workspace test"), None).unwrap();
    let mut all = vec![(bundle::MANIFEST.to_owned(), bytes), (bundle::SIGNATURE.to_owned(), sig.into_string().into_bytes())];
    all.extend(files.iter().cloned());
    let parts: Vec<(String, bundle::FileParts)> = all.iter().map(|(p, b)| (p.clone(), bundle::FileParts::from(b.clone()))).collect();
    let mut tar = bundle::tar_bytes(&parts);
    if let Some(tail) = raw_tail {
        tar.truncate(tar.len() - 1024);
        tar.extend(tail);
        tar.extend_from_slice(&[0; 1024]);
    }
    let to: age::x25519::Recipient = fieldvault::demo::DEMO_RESEARCHER_RECIPIENT.parse().unwrap();
    fieldvault::keys::encrypt(&[&to as &dyn age::Recipient], &tar)
}

/// Every committed `fail_*` vector, and hostile content a roster key signed, is refused with its
/// own error; the workspace file stays byte for byte as it was; in the same call, the good
/// bundle still imports.
#[test]
fn fail_every_bad_bundle_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (ws, profile) = vector_workspace(dir.path());
    let project = profile.project_id.to_string();

    // Hostile content, signed by a roster key with every hash right.
    let good_records = {
        let researcher: age::x25519::Identity = fieldvault::demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap();
        let roster = bundle::Roster::from_profile(&profile).unwrap();
        bundle::open(&vectors().join("good.fvb"), &researcher, &roster).unwrap().files["records.jsonl"].clone()
    };
    let nested = format!("{{\"interview_id\":\"p_0000000000000000\",\"notes\":{}{}}}\n", "[".repeat(10_000), "]".repeat(10_000));
    let mut not_utf8 = good_records.clone();
    let at = not_utf8.iter().position(|&b| b == b'"').unwrap() + 1;
    not_utf8.splice(at..at, [0xff, 0xfe]);
    let mut huge_header = tar::Header::new_ustar();
    huge_header.set_path("data/huge.csv").unwrap();
    huge_header.set_size(1 << 40);
    huge_header.set_mode(0o644);
    huge_header.set_cksum();
    let mut device = tar::Header::new_ustar();
    device.set_path("data/dev.csv").unwrap();
    device.set_entry_type(tar::EntryType::Char);
    device.set_size(0);
    device.set_cksum();
    let other_project = uuid::Uuid::new_v4().to_string();
    let enormous = format!("{{\"interview_id\":\"p_0000000000000000\",\"notes\":\"{}\"}}\n", "x".repeat(5 << 20));
    let mut absolute = tar::Header::new_ustar();
    absolute.as_mut_bytes()[..12].copy_from_slice(b"/etc/cron.d/");
    absolute.set_size(0);
    absolute.set_mode(0o644);
    absolute.set_entry_type(tar::EntryType::Regular);
    absolute.set_cksum();
    let made: Vec<(&str, Vec<u8>)> = vec![
        ("fail_deeply_nested_json.fvb", signed_by_the_vector_fieldworker(&[("records.jsonl".into(), nested.into_bytes())], &project, None)),
        ("fail_invalid_utf8.fvb", signed_by_the_vector_fieldworker(&[("records.jsonl".into(), not_utf8)], &project, None)),
        (
            "fail_declared_size_far_above_real.fvb",
            signed_by_the_vector_fieldworker(
                &[("records.jsonl".into(), good_records.clone())],
                &project,
                Some([huge_header.as_bytes().as_slice(), b"short"].concat()),
            ),
        ),
        (
            "fail_device_file.fvb",
            signed_by_the_vector_fieldworker(&[("records.jsonl".into(), good_records.clone())], &project, Some(device.as_bytes().to_vec())),
        ),
        ("fail_enormous_field.fvb", signed_by_the_vector_fieldworker(&[("records.jsonl".into(), enormous.into_bytes())], &project, None)),
        (
            "fail_absolute_path.fvb",
            signed_by_the_vector_fieldworker(
                &[("records.jsonl".into(), good_records.clone())],
                &project,
                Some(absolute.as_bytes().to_vec()),
            ),
        ),
        (
            "fail_decompression_bomb.fvb",
            signed_by_the_vector_fieldworker(&[("records.jsonl".into(), good_records.clone())], &project, Some(vec![b'A'; 16 << 20])),
        ),
        (
            "fail_other_project.fvb",
            signed_by_the_vector_fieldworker(&[("records.jsonl".into(), good_records.clone())], &other_project, None),
        ),
    ];
    let made_dir = dir.path().join("made");
    std::fs::create_dir(&made_dir).unwrap();
    for (name, bytes) in &made {
        std::fs::write(made_dir.join(name), bytes).unwrap();
    }
    let good = std::fs::read(vectors().join("good.fvb")).unwrap();
    std::fs::write(made_dir.join("fail_half_copied.fvb"), &good[..good.len() / 2]).unwrap();

    let expect = |name: &str, e: &ImportError| -> bool {
        use ReadError as R;
        match (name, e) {
            ("fail_flipped_byte.fvb", ImportError::Bundle(R::Altered(_))) => true,
            ("fail_truncated.fvb" | "fail_half_copied.fvb", ImportError::Bundle(R::Truncated(_))) => true,
            ("fail_wrong_key.fvb", ImportError::Bundle(R::WrongKey)) => e.to_string().contains("encrypted to other researchers"),
            ("fail_unknown_signer.fvb", ImportError::Bundle(R::UnknownSigner { key_id })) => e.to_string().contains(key_id.as_str()),
            ("fail_forged_key_id.fvb", ImportError::Bundle(R::BadSignature { .. })) => true,
            ("fail_signer_key_mismatch.fvb", ImportError::Bundle(R::SignerKeyMismatch { .. })) => true,
            ("fail_missing_manifest.fvb", ImportError::Bundle(R::ManifestNotFirst { .. })) => true,
            (
                "fail_path_traversal.fvb" | "fail_absolute_path.fvb" | "fail_link_entry.fvb" | "fail_device_file.fvb",
                ImportError::Bundle(R::UnsafeEntry { .. }),
            ) => true,
            ("fail_enormous_field.fvb", ImportError::RecordTooLarge { line: 1, .. }) => true,
            ("fail_decompression_bomb.fvb", ImportError::Bundle(R::Oversized { .. } | R::NotATar(_) | R::TrailingData)) => true,
            ("fail_duplicate_entry.fvb", ImportError::Bundle(R::DuplicateEntry { .. })) => true,
            ("fail_unlisted_file.fvb", ImportError::Bundle(R::UnlistedFile { .. })) => true,
            ("fail_hash_mismatch.fvb", ImportError::Bundle(R::HashMismatch { .. })) => true,
            (
                "fail_invalid_record.fvb" | "fail_deeply_nested_json.fvb" | "fail_invalid_utf8.fvb",
                ImportError::Bundle(R::InvalidRecord { .. }),
            ) => true,
            ("fail_trailing_data.fvb", ImportError::Bundle(R::TrailingData)) => true,
            ("fail_declared_size_far_above_real.fvb", ImportError::Bundle(R::UnlistedFile { .. } | R::EntryTooLarge { .. })) => true,
            ("fail_other_project.fvb", ImportError::OtherProject { found, .. }) => found == &other_project,
            _ => false,
        }
    };

    let mut bad: Vec<PathBuf> = std::fs::read_dir(vectors())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_str().unwrap();
            // A good bundle read with no roster: the workspace always has one.
            n.starts_with("fail_") && n != "fail_no_roster.fvb"
        })
        .collect();
    bad.extend(std::fs::read_dir(&made_dir).unwrap().map(|e| e.unwrap().path()));
    bad.sort();
    assert!(bad.len() >= 20, "{bad:?}");

    let (path, before) = closed_bytes(ws);
    for b in &bad {
        let mut ws = Workspace::open(&path, &pass()).unwrap();
        let s = ws.import(std::slice::from_ref(b), &mut |_| {});
        let name = b.file_name().unwrap().to_str().unwrap();
        assert_eq!((s.imported, s.refused.len()), (0, 1), "{name}");
        let e = &s.refused[0].error;
        assert!(expect(name, e), "{name} was refused with {e:?}: {e}");
        let (_, after) = closed_bytes(ws);
        assert!(after == before, "{name} changed the workspace file");
    }

    // All of them with the good one, in one call: the good one imports, each other is listed.
    let mut ws = Workspace::open(&path, &pass()).unwrap();
    let mut all = vec![vectors().join("good.fvb")];
    all.extend(bad.iter().cloned());
    let s = ws.import(&all, &mut |_| {});
    assert_eq!((s.imported, s.refused.len()), (1, bad.len()));
    assert_eq!(s.counts.added, ws.analysis_data().unwrap().records.len());
    assert!(s.counts.added > 0);
}

/// A full disk while a bundle merges: refused, rolled back, the file unchanged; once there is
/// room, the same bundle imports.
#[test]
fn fail_disk_full_during_import_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (ws, _) = vector_workspace(dir.path());
    let (path, before) = closed_bytes(ws);
    let mut ws = Workspace::open(&path, &pass()).unwrap();
    // Cap the database at its current size: the import cannot grow it, as on a full disk.
    let pages: i64 = ws.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    ws.connection().query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(())).unwrap();
    let s = ws.import(&[vectors().join("good.fvb")], &mut |_| {});
    assert_eq!(s.imported, 0);
    let e = &s.refused[0].error;
    assert!(matches!(e, ImportError::Workspace(WorkspaceError::DiskFull)), "{e:?}");
    assert!(e.to_string().contains("nothing was saved"), "{e}");
    let (_, after) = closed_bytes(ws);
    assert!(after == before, "a failed import changed the workspace file");
    let mut ws = Workspace::open(&path, &pass()).unwrap();
    let s = ws.import(&[vectors().join("good.fvb")], &mut |_| {});
    assert_eq!(s.imported, 1, "{:?}", s.refused);
}

/// A workspace open in another process is refused, untouched; a wrong passphrase too.
#[test]
fn fail_workspace_in_use_or_wrong_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (ws, _) = vector_workspace(dir.path());
    let path = ws.path().to_owned();
    let out = cli().arg("--workspace").arg(&path).arg("import").arg(vectors().join("good.fvb")).output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("open in another FieldVault window or process"));
    assert!(matches!(Workspace::open(&path, &pass()), Err(WorkspaceError::Store(StoreError::InUse(_)))));
    let (_, before) = closed_bytes(ws);
    let wrong = secrecy::SecretString::from("not the passphrase at all".to_owned());
    assert!(matches!(Workspace::open(&path, &wrong), Err(WorkspaceError::WrongPassphrase)));
    assert!(std::fs::read(&path).unwrap() == before);
}

/// The profile is sealed in the workspace: a roster changed on disk (to trust another key) is
/// found out, and nothing is imported with it.
#[test]
fn fail_a_profile_changed_on_disk_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (ws, _) = vector_workspace(dir.path());
    let (path, _) = closed_bytes(ws);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let mut blob: Vec<u8> = conn.query_row("SELECT blob FROM keys WHERE kind = 'profile'", [], |r| r.get(0)).unwrap();
        let last = blob.len() - 1;
        blob[last] ^= 1;
        conn.execute("UPDATE keys SET blob = ?1 WHERE kind = 'profile'", [blob]).unwrap();
    }
    let err = Workspace::open(&path, &pass()).err().unwrap();
    assert!(matches!(err, WorkspaceError::Damaged { .. }), "{err:?}");
}

/// The identity must be one the profile's bundles are encrypted to.
#[test]
fn fail_an_identity_not_in_the_profile() {
    let p = Project::new();
    let opts = workspace::CreateOptions { work_factor: Some(MIN_WORK_FACTOR) };
    let err = Workspace::create(&p.path("w.fvw"), &pass(), age::x25519::Identity::generate(), p.profile.clone(), &opts).err().unwrap();
    assert!(matches!(err, WorkspaceError::NotARecipient(_)), "{err:?}");
    assert!(!p.path("w.fvw").exists());
}

/// The CLI: init, import a folder (recursively) with a bad bundle in it, the summary, the exit
/// code of the refusal, conflicts and duplicates listed.
#[test]
fn cli_init_import_a_folder_and_list() {
    let dir = tempfile::tempdir().unwrap();
    let id_path = dir.path().join("researcher.age.key");
    std::fs::write(&id_path, format!("{}\n", fieldvault::demo::DEMO_RESEARCHER_IDENTITY)).unwrap();
    let (ws, profile) = vector_workspace(&dir.path().join("tmp").tap_mkdir());
    drop(ws);
    let profile_path = dir.path().join("profile.json");
    std::fs::write(&profile_path, profile.to_json()).unwrap();
    let ws_path = dir.path().join("research.fvw");
    let run = |args: &[&str]| cli().arg("--workspace").arg(&ws_path).args(args).output().unwrap();
    let out = run(&["workspace", "init", "--identity", id_path.to_str().unwrap(), "--profile", profile_path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let inbox = dir.path().join("inbox/usb");
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::copy(vectors().join("good.fvb"), inbox.join("lan.fvb")).unwrap();
    std::fs::copy(vectors().join("fail_unknown_signer.fvb"), dir.path().join("inbox/stranger.fvb")).unwrap();
    let out = run(&["import", dir.path().join("inbox").to_str().unwrap()]);
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(7), "the refusal's exit code: {stdout}{stderr}");
    assert!(stderr.contains("[1/2]") && stderr.contains("[2/2]"), "progress on stderr: {stderr}");
    assert!(stdout.contains("imported 1 bundle: 4 added, 0 updated, 0 unchanged, 0 conflicts, 0 withdrawn, 1 refused"), "{stdout}");
    assert!(stdout.contains("stranger.fvb") && stdout.contains("not on the project's fieldworker roster"), "{stdout}");

    let out = run(&["import", inbox.join("lan.fvb").to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 added, 0 updated, 4 unchanged"));
    for args in [&["conflicts", "list"][..], &["duplicates", "list"], &["workspace", "status"]] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let out = run(&["workspace", "status"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("interviews: 4"));
    let out = run(&["conflicts", "show", "c9"]);
    assert_eq!(out.status.code(), Some(6));
}

trait TapMkdir {
    fn tap_mkdir(self) -> Self;
}

impl TapMkdir for PathBuf {
    fn tap_mkdir(self) -> Self {
        std::fs::create_dir_all(&self).unwrap();
        self
    }
}

// ---------------------------------------------------------------------------------------------
// A file imported before: recognised by its SHA-256, and only that file.

/// A byte-identical copy of an imported bundle changes nothing (not a byte of the workspace);
/// a different file of the same signed content (encrypted again) goes through every check, and
/// one whose content was altered, or cut short, is refused although the workspace knows its
/// manifest.
#[test]
fn a_byte_identical_bundle_is_recognised_and_any_other_file_is_checked_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ws, _) = vector_workspace(dir.path());
    let good = std::fs::read(vectors().join("good.fvb")).unwrap();
    let s = ws.import(&[vectors().join("good.fvb")], &mut |_| {});
    let n = s.counts.added;
    assert!(n > 0 && s.refused.is_empty(), "{:?}", s.refused);
    let (path, before) = closed_bytes(ws);

    let researcher: age::x25519::Identity = fieldvault::demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap();
    let to: age::x25519::Recipient = fieldvault::demo::DEMO_RESEARCHER_RECIPIENT.parse().unwrap();
    let plain = fieldvault::keys::decrypt(&researcher, &good).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let copy = write("copy.fvb", &good);
    let again = write("encrypted-again.fvb", &fieldvault::keys::encrypt(&[&to as &dyn age::Recipient], &plain));
    assert_ne!(std::fs::read(&again).unwrap(), good);
    // One character of the first record's id changed: still valid JSON, no longer what was signed.
    let mut roster = bundle::Roster::new();
    roster.add("Lan", &std::fs::read_to_string(vectors().join("fieldworker.pub")).unwrap()).unwrap();
    let first = bundle::open(&vectors().join("good.fvb"), &researcher, &roster).unwrap().record_lines().next().unwrap().to_vec();
    let mut altered = plain.to_vec();
    let in_line = first.windows(16).position(|w| w == b"\"interview_id\":\"").unwrap() + 18;
    let at = altered.windows(first.len()).position(|w| w == first).expect("the first record in the tar") + in_line;
    altered[at] = if altered[at] == b'a' { b'b' } else { b'a' };
    let altered = write("altered.fvb", &fieldvault::keys::encrypt(&[&to as &dyn age::Recipient], &altered));
    let truncated = write("truncated.fvb", &good[..good.len() - 100]);

    for (file, outcome) in [(&copy, Ok(())), (&again, Ok(())), (&altered, Err("hash")), (&truncated, Err("truncated"))] {
        let mut ws = Workspace::open(&path, &pass()).unwrap();
        let s = ws.import(std::slice::from_ref(file), &mut |_| {});
        match outcome {
            Ok(()) => {
                assert_eq!((s.imported, counts(&s)), (1, [0, 0, n, 0, 0]), "{}: {:?}", file.display(), s.refused);
            }
            Err(what) => {
                assert_eq!(s.imported, 0, "{}", file.display());
                let e = &s.refused[0].error;
                let ok = match what {
                    "hash" => matches!(e, ImportError::Bundle(ReadError::HashMismatch { .. })),
                    _ => matches!(e, ImportError::Bundle(ReadError::Truncated(_))),
                };
                assert!(ok, "{}: {e:?}", file.display());
            }
        }
        let (_, after) = closed_bytes(ws);
        assert!(after == before, "{} changed the workspace file", file.display());
    }
}

/// Someone with write access to the workspace file (not its passphrase) points an imported
/// bundle's row at another file's SHA-256, so that this file would be taken as imported and
/// skipped: the import refuses it as a damaged workspace instead, and changes nothing.
#[test]
fn fail_a_file_hash_changed_in_the_workspace_does_not_let_a_bundle_skip_its_checks() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let (mut ws, _) = vector_workspace(dir.path());
    assert_eq!(ws.import(&[vectors().join("good.fvb")], &mut |_| {}).imported, 1);
    let (path, _) = closed_bytes(ws);
    let to: age::x25519::Recipient = fieldvault::demo::DEMO_RESEARCHER_RECIPIENT.parse().unwrap();
    let other = dir.path().join("other.fvb");
    std::fs::write(&other, fieldvault::keys::encrypt(&[&to as &dyn age::Recipient], b"not what the row was sealed for")).unwrap();
    let other_sha256 = hex::encode(sha2::Sha256::digest(std::fs::read(&other).unwrap()));
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(conn.execute("UPDATE bundles SET file_sha256 = ?1", [&other_sha256]).unwrap(), 1);
    drop(conn);
    let before = std::fs::read(&path).unwrap();

    let mut ws = Workspace::open(&path, &pass()).unwrap();
    let s = ws.import(std::slice::from_ref(&other), &mut |_| {});
    assert_eq!(s.imported, 0);
    let e = &s.refused[0].error;
    assert!(matches!(e, ImportError::Workspace(WorkspaceError::Damaged { .. })), "{e:?}");
    let (_, after) = closed_bytes(ws);
    assert!(after == before, "a refused import changed the workspace file");
}

/// The attacker (who can write the workspace file but lacks its passphrase) copies the bundle's
/// sealed row to a new row that finds another file: under another manifest's key, or under the
/// same one with only the plaintext columns changed. Neither makes that file be skipped: the
/// seal is bound to its row's key and holds the file's SHA-256; the import refuses it and
/// changes nothing.
#[test]
fn fail_a_copied_or_rekeyed_bundle_row_does_not_let_another_file_skip_its_checks() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let (mut ws, _) = vector_workspace(dir.path());
    assert_eq!(ws.import(&[vectors().join("good.fvb")], &mut |_| {}).imported, 1);
    let (path, _) = closed_bytes(ws);
    let to: age::x25519::Recipient = fieldvault::demo::DEMO_RESEARCHER_RECIPIENT.parse().unwrap();
    let other = dir.path().join("other.fvb");
    std::fs::write(&other, fieldvault::keys::encrypt(&[&to as &dyn age::Recipient], b"a bundle never checked")).unwrap();
    let other_sha256 = hex::encode(sha2::Sha256::digest(std::fs::read(&other).unwrap()));
    let attacks = [
        // A copy of the row under another manifest's key, finding the other file.
        "INSERT INTO bundles (manifest_sha256, file_sha256, imported_at, sealed) \
         SELECT 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', ?1, imported_at, sealed FROM bundles",
        // The row itself re-keyed to another manifest and finding the other file.
        "UPDATE bundles SET manifest_sha256 = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', file_sha256 = ?1",
    ];
    let pristine = std::fs::read(&path).unwrap();
    for attack in attacks {
        std::fs::write(&path, &pristine).unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        assert_eq!(conn.execute(attack, [&other_sha256]).unwrap(), 1, "{attack}");
        drop(conn);
        let before = std::fs::read(&path).unwrap();
        let mut ws = Workspace::open(&path, &pass()).unwrap();
        let s = ws.import(std::slice::from_ref(&other), &mut |_| {});
        assert_eq!((s.imported, s.counts.unchanged), (0, 0), "{attack}: the other file was taken as imported");
        assert_eq!(s.refused.len(), 1, "{attack}");
        let (_, after) = closed_bytes(ws);
        assert!(after == before, "{attack}: a refused import changed the workspace file");
    }
}
