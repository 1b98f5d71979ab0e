//! Where a bundle is written: a full disk, a folder that takes no file and a process killed
//! mid-export each leave no `.fvb` and no temporary file behind, and lose nothing in the vault.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use fieldvault::bundle::{self, BundleError, ExportOptions};
use fieldvault::deid::Policy;
use fieldvault::keys::MIN_WORK_FACTOR;
use fieldvault::profile::{Member, Profile};
use fieldvault::vault::{CreateOptions, Vault};

use crate::util::{cli, fixture_paths, fixtures, lines_of, pass, xorshift};

/// A tmpfs mounted on a fresh folder for one test, unmounted when dropped; `None` where this
/// process may not mount (the tests that need one then say so and skip).
struct Tmpfs {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Tmpfs {
    fn mount(options: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mnt");
        std::fs::create_dir(&path).unwrap();
        let ok = Command::new("mount").args(["-t", "tmpfs", "-o", options, "tmpfs"]).arg(&path).stderr(Stdio::null()).status();
        if !ok.is_ok_and(|s| s.success()) {
            // Not a failure even under CI: a sandbox without CAP_SYS_ADMIN is no fault of the
            // code, and these machines (root, netns-capable) do mount.
            eprintln!("SKIPPED: cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
            return None;
        }
        Some(Tmpfs { _dir: dir, path })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

/// A vault holding the five fixtures, with a profile that has a researcher.
fn project() -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let researcher = age::x25519::Identity::generate();
    let mut profile = Profile::new("Migration infrastructures");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    let opts = CreateOptions { work_factor: Some(MIN_WORK_FACTOR), profile: Some(profile) };
    let mut vault = Vault::create(&dir.path().join("field.vault"), &pass(), &opts).unwrap();
    vault.add_records(&fixtures()).unwrap();
    (dir, vault)
}

fn options() -> ExportOptions {
    ExportOptions {
        now: "2024-05-01T09:00:00Z".parse().unwrap(),
        policy: Some(Policy { k: 1, ..Policy::default() }),
        interviews: None,
        allow_suppression: false,
    }
}

fn entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

fn exports_logged(vault: &Vault) -> usize {
    vault.audit_entries().unwrap().iter().filter(|e| e.event == "exported").count()
}

#[test]
fn fail_full_disk_leaves_no_bundle_and_no_export_event() {
    let Some(full) = Tmpfs::mount("size=64k") else { return };
    let (dir, mut vault) = project();
    let out = full.path.join("may.fvb");
    let err = bundle::export(&mut vault, &out, &options()).unwrap_err();
    match &err {
        BundleError::Output { source, .. } => assert_eq!(source.raw_os_error(), Some(28), "ENOSPC: {err}"),
        other => panic!("expected an output error, got {other}"),
    }
    let message = err.to_string();
    assert!(message.contains("No space left on device") && message.contains("no bundle was written"), "{message}");
    assert!(entries(&full.path).is_empty(), "left behind: {:?}", entries(&full.path));
    // Nothing was recorded as exported, and the same export goes through where there is room.
    assert_eq!(exports_logged(&vault), 0);
    vault.verify_audit().unwrap();
    bundle::export(&mut vault, &dir.path().join("may.fvb"), &options()).unwrap();
    assert_eq!(exports_logged(&vault), 1);
}

#[test]
fn fail_a_folder_that_takes_no_file_is_refused_before_any_work() {
    let Some(ro) = Tmpfs::mount("ro,size=64k") else { return };
    let (_dir, mut vault) = project();
    let out = ro.path.join("may.fvb");
    // The check the CLI and the app run before the pipeline and the review.
    match bundle::check_output(&out) {
        Err(BundleError::Output { source, .. }) => assert_eq!(source.raw_os_error(), Some(30), "EROFS"),
        other => panic!("expected an output error, got {other:?}"),
    }
    // Before any work: with the vault locked, the pipeline would fail on reading it, yet the
    // error is the folder's.
    vault.lock();
    match bundle::export(&mut vault, &out, &options()) {
        Err(BundleError::Output { .. }) => {}
        other => panic!("expected the folder to be refused first, got {other:?}"),
    }
    assert!(entries(&ro.path).is_empty());
}

/// `fieldvault export` killed with SIGKILL at moments spread over a whole export (the
/// pipeline and leak scan, the encryption, the write and the audit event, each told apart
/// by the progress lines the CLI prints) never leaves a file in the output folder but a whole
/// bundle, and the vault stays whole.
#[test]
fn sigkill_during_an_export_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let vault_path = dir.path().join("kill.vault");
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    if !fieldvault::atomic_file::PendingFile::create(&out_dir, "probe").unwrap().is_unnamed() {
        eprintln!("skipped: this file system has no unnamed files, so a killed export leaves its temporary file");
        return;
    }
    let researcher = age::x25519::Identity::generate();
    let mut profile = Profile::new("Kill test");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    let profile_path = dir.path().join("profile.json");
    std::fs::write(&profile_path, serde_json::to_string(&profile).unwrap()).unwrap();
    let run = |args: &[&str]| {
        let out =
            cli().env("FIELDVAULT_PASSPHRASE", "correct horse battery staple").arg("--vault").arg(&vault_path).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["vault", "init", "--profile", profile_path.to_str().unwrap()]);
    run(&["record", "add", "--repeat", "400", fixture_paths()[2].to_str().unwrap()]);
    let mut roster = bundle::Roster::new();
    let mut vault = Vault::open(&vault_path).unwrap();
    vault.unlock(&secrecy::SecretString::from("correct horse battery staple".to_owned())).unwrap();
    roster.add("the fieldworker", &vault.signing_public_key().unwrap()).unwrap();
    drop(vault);

    // Each round waits for a stage's progress line, then kills after a short, varying delay.
    let stages = ["export: de-identifying", "export: building", "export: encrypting", "export: writing"];
    let mut landed = [0usize; 4];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for n in 0..16 {
        let out = out_dir.join(format!("killed-{n}.fvb"));
        let mut child = cli()
            .env("FIELDVAULT_PASSPHRASE", "correct horse battery staple")
            .arg("--vault")
            .arg(&vault_path)
            .args(["export", "--approve-redactions", "--allow-suppression", "--out"])
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (rx, reader) = lines_of(child.stderr.take().unwrap());
        let stage = n % stages.len();
        let seen = rx.iter().any(|line| line.starts_with(stages[stage]));
        std::thread::sleep(std::time::Duration::from_millis(xorshift(&mut seed) % [200, 100, 20, 2][stage]));
        let alive = child.try_wait().unwrap().is_none();
        let _ = child.kill();
        child.wait().unwrap();
        reader.join().unwrap();
        if seen && alive {
            landed[stage] += 1;
        }
        // An export killed after linking its bundle into place has finished: that bundle opens.
        let left: Vec<String> =
            entries(&out_dir).into_iter().filter(|e| bundle::open(&out_dir.join(e), &researcher, &roster).is_err()).collect();
        assert!(left.is_empty(), "after a kill in {:?}: {left:?}", stages[stage]);
    }
    eprintln!("kills that landed, per stage {stages:?}: {landed:?}");
    assert!(landed[..3].iter().all(|&k| k > 0), "a stage was never interrupted: {landed:?}");
    let mut vault = Vault::open(&vault_path).unwrap();
    vault.unlock(&secrecy::SecretString::from("correct horse battery staple".to_owned())).unwrap();
    vault.verify_audit().unwrap();
    assert!(vault.check().unwrap().is_ok());
    assert_eq!(vault.list_records().unwrap().len(), 400);
}

/// A file that appears at the bundle's name while the bundle is being written is never
/// replaced; the audit log, which recorded the export before the bundle got its name, then
/// says that this bundle does not exist.
#[test]
fn a_name_taken_during_the_write_is_not_overwritten_and_the_log_says_so() {
    let (dir, vault) = project();
    let out = dir.path().join("taken.fvb");
    let mut vault = fieldvault::api::Vault::from(vault);
    let mut export = fieldvault::api::Export::prepare(&vault, &options()).unwrap();
    export.approve_all_unseen();
    let err = export
        .seal(&mut vault, &out, &mut |stage| {
            if stage == bundle::SealStage::Writing {
                std::fs::write(&out, b"someone else's file").unwrap();
            }
        })
        .unwrap_err();
    assert_eq!(err.code, fieldvault::api::ErrorCode::AlreadyExists, "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), b"someone else's file");
    let mut names: Vec<String> = entries(dir.path()).into_iter().filter(|n| !n.starts_with("field.vault")).collect();
    names.sort();
    assert_eq!(names, ["taken.fvb"], "no temporary file left");
    let events: Vec<(String, String)> =
        vault.audit_entries().unwrap().into_iter().rev().take(2).map(|e| (e.event, e.detail.unwrap_or_default())).collect();
    assert_eq!(events[0].0, "export_failed");
    assert_eq!(events[1].0, "exported");
    let sha = |d: &str| d.split_whitespace().find_map(|w| w.strip_prefix("sha256=")).map(str::to_owned);
    assert_eq!(sha(&events[0].1), sha(&events[1].1), "the failure names the bundle the export recorded");
    assert!(events[0].1.contains("taken meanwhile"), "{}", events[0].1);
    vault.verify_audit().unwrap();
}
