//! The ethics reviewer's story: a fieldworker exports, the reviewer checks every export
//! independently. A good bundle passes every check; each defective bundle (built here, signed
//! with a roster key where the defect is not the signature) fails exactly the check that
//! catches it; the risk figures agree with pycanon and pandas; the report is one
//! self-contained HTML file, signed so that `minisign -V` verifies it.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use fieldvault::api::{self, Export};
use fieldvault::bundle::{self, Exporter, FileEntry, FileParts, Manifest, MANIFEST, SIGNATURE};
use fieldvault::deid::{Deidentified, Policy, Redactor};
use fieldvault::profile::{Fieldworker, Profile};
use fieldvault::review::{self, CheckId, Status};
use fieldvault::{demo, keys};
use serde_json::{json, Value};
use sha2::Digest;

fn researcher() -> age::x25519::Identity {
    demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap()
}

/// A roster member's minisign key pair.
struct Signer {
    public: minisign::PublicKey,
    secret: minisign::SecretKey,
}

impl Signer {
    fn new() -> Signer {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        Signer { public: kp.pk, secret: kp.sk }
    }
}

/// A bundle's files, decrypted, by path.
fn unpack(bundle: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let tar = keys::decrypt(&researcher(), bundle).unwrap();
    let mut archive = tar::Archive::new(&tar[..]);
    let mut files = BTreeMap::new();
    for e in archive.entries().unwrap() {
        let mut e = e.unwrap();
        let path = e.path().unwrap().to_str().unwrap().to_owned();
        let mut data = Vec::new();
        e.read_to_end(&mut data).unwrap();
        files.insert(path, data);
    }
    files
}

fn records_of(files: &BTreeMap<String, Vec<u8>>) -> Vec<Value> {
    files["records.jsonl"].split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(|l| serde_json::from_slice(l).unwrap()).collect()
}

/// A real export of the demo vault, and what a reviewer needs around it.
struct Study {
    dir: tempfile::TempDir,
    /// The fieldworker's vault, open (`None` while the CLI has it).
    vault: Option<api::Vault>,
    /// The reviewer's copy of the profile: the vault's project, the demo policy, the
    /// vault's fieldworker on the roster.
    profile: Profile,
}

impl Study {
    fn new() -> Study {
        let dir = tempfile::tempdir().unwrap();
        let vault =
            api::project::create_demo_vault(&dir.path().join("demo.vault"), &crate::util::pass(), false, Some(keys::MIN_WORK_FACTOR))
                .unwrap();
        let mut profile = demo::demo_profile();
        profile.fieldworkers.push(Fieldworker { name: "Lan".into(), minisign_public_key: vault.signing_public_key().unwrap() });
        let mut study = Study { dir, vault: Some(vault), profile };
        let first = study.export("first.fvb");
        let manifest: Manifest = serde_json::from_slice(&unpack(&std::fs::read(first).unwrap())[MANIFEST]).unwrap();
        study.profile.project_id = manifest.project_id.parse().unwrap();
        study
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn export(&mut self, name: &str) -> PathBuf {
        let out = self.path(name);
        let vault =
            self.vault.get_or_insert_with(|| api::Vault::open_unlocked(&self.dir.path().join("demo.vault"), &crate::util::pass()).unwrap());
        let mut e = Export::prepare(vault, &api::ExportOptions::now()).unwrap();
        e.approve_all_unseen();
        e.seal(vault, &out, &mut |_| {}).unwrap();
        out
    }

    /// The vault's signed audit-log copy, written to `name` (and `name.minisig`).
    fn audit_log(&self, name: &str) -> (Vec<u8>, String) {
        let out = self.path(name);
        api::review::export_audit_log(self.vault.as_ref().unwrap(), &out, chrono::Utc::now()).unwrap();
        (std::fs::read(&out).unwrap(), std::fs::read_to_string(api::review::signature_path(&out)).unwrap())
    }
}

fn review_of(bytes: &[u8], profile: &Profile, log: Option<(&[u8], &str)>) -> review::BundleReview {
    let options = review::Options { identity: &researcher(), profile, log, now: chrono::Utc::now() };
    review::review_bundle("bundle.fvb", bytes, &options).unwrap()
}

/// The checks that did not pass, with their status.
fn not_passed(r: &review::BundleReview) -> Vec<(CheckId, Status)> {
    r.checks.iter().filter(|c| !matches!(c.status, Status::Pass | Status::Skipped)).map(|c| (c.id, c.status)).collect()
}

/// Asserts that exactly `check` failed (the checks after an unreadable bundle may not run).
fn fails_exactly(r: &review::BundleReview, check: CheckId, what: &str) {
    assert_eq!(r.failed(), vec![check], "{what}: {:#?}", r.checks);
    assert!(!r.passed(), "{what}");
    let finding = &r.check(check).unwrap().findings;
    assert!(!finding.is_empty(), "{what}: a failing check says what it found");
}

// ---------------------------------------------------------------------------------------------
// Bundles crafted from records: what a fieldworker's tampered or careless export could hold.

/// The policy the crafted bundles' committee approved: k = 5 on birth band and gender, marital
/// status diverse (l = 2).
fn crafted_policy() -> Policy {
    Policy {
        k: 5,
        quasi_identifiers: vec!["participant.birth_year".into(), "participant.gender".into()],
        sensitive_attributes: vec!["participant.marital_status".into()],
        l: Some(2),
        ..Policy::default()
    }
}

/// A roster member, the profile naming them, and the template a real export gives.
struct Crafter {
    fieldworker: Signer,
    profile: Profile,
    template: Manifest,
    records: Vec<Value>,
}

impl Crafter {
    fn new(study: &mut Study) -> Crafter {
        let files = unpack(&std::fs::read(study.path("first.fvb")).unwrap());
        let template: Manifest = serde_json::from_slice(&files[MANIFEST]).unwrap();
        let fieldworker = Signer::new();
        let mut profile = demo::demo_profile();
        profile.project_id = template.project_id.parse().unwrap();
        profile.fieldworkers.push(Fieldworker { name: "Mai".into(), minisign_public_key: fieldworker.public.to_base64() });
        profile.deid_policy = Some(serde_json::to_value(crafted_policy()).unwrap());
        // Twenty interviews from the exported four: four groups of five on (birth band,
        // gender), married and single in each.
        let exported = records_of(&files);
        let groups = [("1980-1984", "woman"), ("1980-1984", "man"), ("1985-1989", "woman"), ("1985-1989", "man")];
        let records = (0..20)
            .map(|i| {
                let mut r = exported[i % exported.len()].clone();
                r["interview_id"] = json!(format!("p_{:016x}", 0xa000 + i));
                let (band, gender) = groups[i % 4];
                r["participant"]["birth_year"] = json!(band);
                r["participant"]["gender"] = json!(gender);
                r["participant"]["marital_status"] = json!(if (i / 4) % 2 == 0 { "married" } else { "single" });
                r
            })
            .collect();
        Crafter { fieldworker, profile, template, records }
    }

    /// The index of a crafted record with a quote.
    fn with_quote(&self) -> usize {
        self.records.iter().position(|r| r["quotes"].as_array().is_some_and(|q| !q.is_empty())).expect("a record with a quote")
    }

    /// The bundle of `records` under `policy`, its data files passed through `edit`, signed by
    /// `signer`, encrypted to the demo researcher.
    fn bundle(&self, records: &[Value], policy: &Policy, signer: &Signer, edit: impl FnOnce(&mut Vec<(String, Vec<u8>)>)) -> Vec<u8> {
        let deid = Deidentified {
            records: records.to_vec(),
            report: self.template.report.clone(),
            exclusions: Vec::new(),
            review: Vec::new(),
            redactor: Redactor::new(&[]),
        };
        let (files, counts) = bundle::data_files(&deid, policy, &self.template.project_id, &self.template.created_at);
        let mut data: Vec<(String, Vec<u8>)> = files.into_iter().map(|(p, f)| (p, f.to_vec())).collect();
        edit(&mut data);
        let mut m = self.template.clone();
        m.counts = counts;
        m.policy = policy.clone();
        m.policy_sha256 = policy.sha256();
        m.exporter = Exporter { key_id: bundle::key_id(&signer.public), public_key: signer.public.to_base64() };
        m.files = data
            .iter()
            .map(|(path, b)| FileEntry { path: path.clone(), size: b.len() as u64, sha256: hex::encode(sha2::Sha256::digest(b)) })
            .collect();
        let bytes = m.to_bytes();
        let sig = minisign::sign(None, &signer.secret, &bytes[..], Some("crafted for a review test"), None).unwrap();
        let mut all = vec![(MANIFEST.to_owned(), bytes), (SIGNATURE.to_owned(), sig.into_string().into_bytes())];
        all.extend(data);
        let parts: Vec<(String, FileParts)> = all.into_iter().map(|(p, b)| (p, FileParts::from(b))).collect();
        let to: age::x25519::Recipient = demo::DEMO_RESEARCHER_RECIPIENT.parse().unwrap();
        keys::encrypt(&[&to as &dyn age::Recipient], &bundle::tar_bytes(&parts))
    }

    fn good(&self) -> Vec<u8> {
        self.bundle(&self.records, &crafted_policy(), &self.fieldworker, |_| {})
    }

    fn with_records(&self, edit: impl FnOnce(&mut Vec<Value>)) -> Vec<u8> {
        let mut records = self.records.clone();
        edit(&mut records);
        self.bundle(&records, &crafted_policy(), &self.fieldworker, |_| {})
    }
}

#[test]
fn a_good_bundle_passes_every_check_and_each_defect_fails_exactly_its_check() {
    let mut study = Study::new();
    let crafter = Crafter::new(&mut study);
    let profile = &crafter.profile;

    let good = review_of(&crafter.good(), profile, None);
    assert!(good.passed(), "{:#?}", good.checks);
    assert_eq!(not_passed(&good), vec![]);
    assert_eq!(good.check(CheckId::AuditLog).unwrap().status, Status::Skipped, "no log given");
    let risk = good.risk.as_ref().unwrap();
    assert_eq!((risk.records, risk.k, risk.class_sizes.len(), risk.l()), (20, 5, 4, Some(2)));
    assert_eq!(good.interview_ids.len(), 20);
    assert!(good.signer.as_deref().unwrap().starts_with("Mai "));

    // A byte of the encrypted file flipped.
    let mut flipped = crafter.good();
    let at = flipped.len() / 2;
    flipped[at] ^= 0x01;
    let r = review_of(&flipped, profile, None);
    fails_exactly(&r, CheckId::Hashes, "a flipped byte");
    assert_eq!(r.check(CheckId::Consent).unwrap().status, Status::NotRun, "nothing unverified is read");

    // A byte of a table changed after signing.
    let tampered = crafter.bundle(&crafter.records, &crafted_policy(), &crafter.fieldworker, |_| {});
    let mut files = unpack(&tampered);
    files.get_mut("data/interviews.csv").unwrap()[40] ^= 0x01;
    let parts: Vec<(String, FileParts)> = {
        let mut v: Vec<(String, FileParts)> = files.into_iter().map(|(p, b)| (p, FileParts::from(b))).collect();
        bundle::tar_order(&mut v);
        v
    };
    let to: age::x25519::Recipient = demo::DEMO_RESEARCHER_RECIPIENT.parse().unwrap();
    let edited = keys::encrypt(&[&to as &dyn age::Recipient], &bundle::tar_bytes(&parts));
    let r = review_of(&edited, profile, None);
    fails_exactly(&r, CheckId::Hashes, "a table edited after signing");
    assert_eq!(r.check(CheckId::Signature).unwrap().status, Status::Pass, "the signature itself still verifies");

    let r = review_of(&crafter.bundle(&crafter.records, &crafted_policy(), &Signer::new(), |_| {}), profile, None);
    fails_exactly(&r, CheckId::Signature, "an unknown signer");

    let mut other = crafted_policy();
    other.rules.insert("notes".into(), fieldvault::deid::Rule::Drop);
    other.rules.insert("participant.children".into(), fieldvault::deid::Rule::Drop);
    let r = review_of(&crafter.bundle(&crafter.records, &other, &crafter.fieldworker, |_| {}), profile, None);
    fails_exactly(&r, CheckId::Policy, "a policy other than the approved one");
    let findings = &r.check(CheckId::Policy).unwrap().findings;
    assert!(findings.iter().any(|f| f.starts_with("participant.children: approved keep, bundle drop")), "{findings:?}");

    let r = review_of(&crafter.with_records(|rs| rs[3]["consent"]["scopes"]["share_deidentified"] = json!(false)), profile, None);
    fails_exactly(&r, CheckId::Consent, "an interview without consent to share");
    assert!(r.check(CheckId::Consent).unwrap().findings[0].contains("p_000000000000a003"));

    let q = crafter.with_quote();
    let r = review_of(&crafter.with_records(|rs| rs[q]["quotes"][0]["consent_to_quote"] = json!(false)), profile, None);
    fails_exactly(&r, CheckId::Consent, "a quote without consent to quote");
    assert!(r.check(CheckId::Consent).unwrap().findings[0].contains("quote 1 has no consent to quote"));

    let phone = "Call my sister on 0912 345 678 if they take my passport.";
    let r = review_of(&crafter.with_records(|rs| rs[q]["quotes"][0]["text"] = json!(phone)), profile, None);
    fails_exactly(&r, CheckId::LeakScan, "a phone number left in a quote");
    let findings = &r.check(CheckId::LeakScan).unwrap().findings;
    assert!(findings.iter().all(|f| !f.contains("0912")), "offsets and kinds, never values: {findings:?}");
    assert!(findings.iter().any(|f| f.contains("records.jsonl at byte") && f.contains("phone")), "{findings:?}");

    let direct_bundle = crafter.bundle(&crafter.records, &crafted_policy(), &crafter.fieldworker, |data| {
        let csv = data.iter_mut().find(|(p, _)| p == "data/interviews.csv").unwrap();
        let mut reader = csv::Reader::from_reader(&csv.1[..]);
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        let mut header = reader.headers().unwrap().clone();
        header.push_field("identity.full_name");
        writer.write_record(&header).unwrap();
        for row in reader.records() {
            let mut row = row.unwrap();
            // A given name alone: no pattern finds it, so only the column check can.
            row.push_field("Mai");
            writer.write_record(&row).unwrap();
        }
        csv.1 = writer.into_inner().unwrap();
    });
    let r = review_of(&direct_bundle, profile, None);
    fails_exactly(&r, CheckId::NoDirectIdentifiers, "a direct-identifier column");

    // Two interviews of one group moved to a combination of their own: a class of 2 < k.
    let r = review_of(
        &crafter.with_records(|rs| {
            for i in [0, 4] {
                rs[i]["participant"]["birth_year"] = json!("1990-1994");
            }
        }),
        profile,
        None,
    );
    fails_exactly(&r, CheckId::KAnonymity, "k below the threshold");
    assert_eq!(r.risk.as_ref().unwrap().k, 2);
    // Its report, as a committee sees it: the failing check, the histogram, the risk chart.
    let review = review::Review {
        project: profile.name.clone(),
        project_id: profile.project_id.to_string(),
        reviewed_at: "2026-12-06T12:00:00Z".into(),
        approved_policy: crafted_policy(),
        bundles: vec![r],
    };
    let html = study.path("k-below.html");
    let text = review::report::html(&review);
    // Sizes, ids and generalised values only: no text of a record reaches the report.
    for r in &crafter.records {
        for q in r["quotes"].as_array().into_iter().flatten() {
            assert!(!text.contains(&review::report::esc(q["text"].as_str().unwrap())), "a quote reached the report");
        }
    }
    std::fs::write(&html, text).unwrap();
    screenshot(&html, "review-report.png", "1000,2600");

    // One group all married: l = 1 there.
    let r = review_of(
        &crafter.with_records(|rs| {
            for i in (0..20).step_by(4) {
                rs[i]["participant"]["marital_status"] = json!("married");
            }
        }),
        profile,
        None,
    );
    fails_exactly(&r, CheckId::LDiversity, "l below the threshold");
    assert_eq!(r.risk.as_ref().unwrap().l(), Some(1));
}

#[test]
fn the_export_matches_the_vaults_audit_log_and_a_broken_log_or_an_unknown_export_fails() {
    let mut study = Study::new();
    let first = std::fs::read(study.path("first.fvb")).unwrap();
    let (log, sig) = study.audit_log("audit.json");
    let r = review_of(&first, &study.profile, Some((&log, &sig)));
    assert!(r.passed(), "{:#?}", r.checks);
    assert_eq!(r.check(CheckId::AuditLog).unwrap().status, Status::Pass);

    // A second export the copy (made before it) does not know.
    let second = std::fs::read(study.export("second.fvb")).unwrap();
    let r = review_of(&second, &study.profile, Some((&log, &sig)));
    fails_exactly(&r, CheckId::AuditLog, "an export the log does not know");

    // The copy broken or truncated, and signed again with a key on the roster.
    let resigner = Signer::new();
    let mut profile = study.profile.clone();
    profile.fieldworkers.push(Fieldworker { name: "Lan's second laptop".into(), minisign_public_key: resigner.public.to_base64() });
    let mut copy: review::AuditLog = serde_json::from_slice(&log).unwrap();
    copy.key_id = bundle::key_id(&resigner.public);
    let bytes = copy.to_bytes();
    let resigned = minisign::sign(None, &resigner.secret, &bytes[..], None, None).unwrap().into_string();
    let r = review_of(&first, &profile, Some((&bytes, &resigned)));
    assert!(r.passed(), "the copy as it was, signed by another roster key: {:#?}", r.checks);
    let mut broken = copy.clone();
    broken.entries.remove(1);
    let mut truncated = copy.clone();
    truncated.entries.pop();
    for (what, edited) in [("an entry removed", broken), ("the last entry cut off", truncated)] {
        let bytes = edited.to_bytes();
        let sig = minisign::sign(None, &resigner.secret, &bytes[..], None, None).unwrap().into_string();
        let r = review_of(&first, &profile, Some((&bytes, &sig)));
        fails_exactly(&r, CheckId::AuditLog, what);
        assert!(r.check(CheckId::AuditLog).unwrap().findings[0].contains("chain is broken"), "{what}: {:?}", r.check(CheckId::AuditLog));
    }
    // A copy edited without its signature being made again.
    let mut edited = log.clone();
    let at = edited.len() - 10;
    edited[at] ^= 0x01;
    fails_exactly(&review_of(&first, &study.profile, Some((&edited, &sig))), CheckId::AuditLog, "a copy edited after signing");
}

/// `fieldvault review`, `audit export` and `review-log` end to end: exit codes, the report, its
/// signature checked by Debian's minisign, and the report rendered by headless Chromium.
#[test]
fn the_cli_reviews_writes_a_signed_report_and_checks_the_log() {
    let mut study = Study::new();
    let d = study.dir.path().to_owned();
    std::fs::write(d.join("reviewer.key"), format!("{}\n", demo::DEMO_RESEARCHER_IDENTITY)).unwrap();
    std::fs::write(d.join("profile.json"), study.profile.to_json()).unwrap();
    let signing = keys::generate_member_keys("reviewer");
    std::fs::write(d.join("reviewer.minisign.key"), secrecy::ExposeSecret::expose_secret(&signing.minisign_secret_file)).unwrap();
    std::fs::write(d.join("reviewer.minisign.pub"), &signing.minisign_public_file).unwrap();

    study.vault = None;
    let o = crate::util::cli()
        .args(["--vault"])
        .arg(study.path("demo.vault"))
        .args(["audit", "export", "--out"])
        .arg(d.join("audit.json"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let second = study.export("second.fvb");

    let review = |bundle: &Path, report: &str| {
        let mut c = crate::util::cli();
        c.arg("review").arg(bundle).arg("--identity").arg(d.join("reviewer.key")).arg("--profile").arg(d.join("profile.json"));
        c.arg("--log").arg(d.join("audit.json")).arg("--report").arg(d.join(report)).arg("--sign").arg(d.join("reviewer.minisign.key"));
        c.output().unwrap()
    };
    let o = review(&study.path("first.fvb"), "pass.html");
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout.contains("verdict: pass") && stdout.contains("PASS     Recorded in the vault's audit log"), "{stdout}");

    let o = review(&second, "fail.html");
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(11), "{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout.contains("FAIL     Recorded in the vault's audit log") && stdout.contains("verdict: fail"), "{stdout}");

    for (report, verdict) in [("pass.html", "verdict=pass"), ("fail.html", "verdict=fail")] {
        let html = std::fs::read_to_string(d.join(report)).unwrap();
        // Self-contained: no reference to anything outside the file.
        for outside in ["http://", "https://", "src=", "href=", "@import", "url("] {
            assert!(!html.contains(outside), "{report} refers outside itself: {outside}");
        }
        assert!(html.contains("<svg") && html.contains("@media print"), "{report}");
        let sig = std::fs::read_to_string(d.join(format!("{report}.minisig"))).unwrap();
        assert!(sig.contains(verdict), "{sig}");
        minisign_verifies(&d.join(report), &d.join("reviewer.minisign.pub"), true);
        let mut forged = html.clone().into_bytes();
        forged[100] ^= 0x01;
        std::fs::write(d.join("forged.html"), forged).unwrap();
        std::fs::copy(d.join(format!("{report}.minisig")), d.join("forged.html.minisig")).unwrap();
        minisign_verifies(&d.join("forged.html"), &d.join("reviewer.minisign.pub"), false);
    }
    screenshot(&d.join("fail.html"), "review-report-audit-log.png", "1000,1300");

    // The attacker's report name (a script, an autostart entry): refused before anything is
    // read or written, with the exit code of invalid input.
    for name in ["run.sh", "autostart.desktop", "report"] {
        let o = review(&study.path("first.fvb"), name);
        assert_eq!(o.status.code(), Some(i32::from(api::ErrorCode::Invalid.exit_code())), "{name}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(String::from_utf8_lossy(&o.stderr).contains("ending in .html"), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(!d.join(name).exists() && !d.join(format!("{name}.minisig")).exists(), "{name} was written");
    }

    // review-log: the first bundle matches; the second export was made after the copy.
    let o = crate::util::cli()
        .arg("review-log")
        .arg(d.join("audit.json"))
        .arg("--profile")
        .arg(d.join("profile.json"))
        .arg(study.path("first.fvb"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout.contains("exports not seen: 0"), "{stdout}");
    let o = crate::util::cli()
        .arg("review-log")
        .arg(d.join("audit.json"))
        .arg("--profile")
        .arg(d.join("profile.json"))
        .arg(&second)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(11), "{stdout}");
    assert!(stdout.contains("matches no export event") && stdout.contains("exports not seen: 1"), "{stdout}");
}

/// Debian's `minisign -V` on `file` with `file.minisig`; a missing minisign fails under CI.
fn minisign_verifies(file: &Path, public: &Path, expected: bool) {
    if Command::new("minisign").arg("-v").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "minisign is missing under CI: scripts/setup.sh core installs it");
        eprintln!("note: minisign is not installed; its check is skipped");
        return;
    }
    let o = Command::new("minisign").arg("-Vm").arg(file).arg("-p").arg(public).output().unwrap();
    assert_eq!(
        o.status.success(),
        expected,
        "minisign -V {}: {}{}",
        file.display(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Renders `html` in headless Chromium with no network and saves a screenshot to
/// `target/screenshots/NAME` (or `$FIELDVAULT_SCREENSHOTS/NAME`).
fn screenshot(html: &Path, name: &str, window: &str) {
    let chromium = Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        assert!(std::env::var_os("CI").is_none(), "chromium is missing under CI: scripts/setup.sh app installs it");
        eprintln!("note: chromium is not installed; the screenshot is skipped");
        return;
    }
    let dir = match std::env::var_os("FIELDVAULT_SCREENSHOTS") {
        Some(d) => crate::util::root().join(d),
        None => crate::util::root().join("target/screenshots"),
    };
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join(name);
    let profile = tempfile::tempdir().unwrap();
    let o = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", &format!("--window-size={window}")])
        // No network at all: every request fails, so the page must need none.
        .args(["--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--no-first-run", "--disable-background-networking"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", out.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        out.exists() && std::fs::metadata(&out).unwrap().len() > 10_000,
        "chromium wrote no screenshot: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

// ---------------------------------------------------------------------------------------------
// The risk figures against an independent reference.

/// A table of `rows` interviews with three quasi-identifiers and two sensitive attributes,
/// skewed so that it has large classes, small ones and sample uniques.
fn generated_table(rows: usize) -> Vec<Value> {
    let mut seed = 20u64;
    let mut next = |n: u64| crate::util::xorshift(&mut seed) % n;
    (0..rows)
        .map(|i| {
            let band = 1950 + 5 * (next(8) + next(4) * next(3));
            let gender = ["woman", "man", "non_binary"][(next(20) / 9).min(2) as usize];
            let province = format!("P{:02}", next(6) * next(9));
            let status = ["trainee", "care", "ssw", "student", "undocumented"][next(5) as usize];
            let exit = ["ran_away", "returned", "transferred"][(next(7) / 3) as usize];
            json!({
                "interview_id": format!("p_{i:016x}"),
                "participant": {"birth_year": format!("{band}-{}", band + 4), "gender": gender, "origin": {"province": province}},
                "status": status,
                "exit": exit,
            })
        })
        .collect()
}

/// k and l equal pycanon's; the classes and the sample uniques equal a pandas group-by.
#[test]
fn risk_figures_match_pycanon_and_pandas_on_10000_rows() {
    let python = crate::util::root().join("target/pycanon/bin/python");
    let ready = python.is_file() && Command::new(&python).args(["-c", "import pycanon, pandas"]).output().is_ok_and(|o| o.status.success());
    if !ready {
        assert!(std::env::var_os("CI").is_none(), "pycanon is missing under CI: scripts/setup.sh app installs it in target/pycanon");
        eprintln!("note: pycanon is not installed in target/pycanon (scripts/setup.sh app); the comparison is skipped");
        return;
    }
    let records = generated_table(10_000);
    let qis: Vec<String> =
        ["participant.birth_year", "participant.gender", "participant.origin.province"].iter().map(|s| s.to_string()).collect();
    let sensitive: Vec<String> = vec!["status".into(), "exit".into()];
    let risk = review::risk::measure(&records, &qis, &sensitive);
    assert!(risk.sample_uniques > 0 && risk.class_sizes.iter().any(|&s| s > 50), "a table with both rare and common classes");

    let dir = tempfile::tempdir().unwrap();
    let mut csv = csv::Writer::from_path(dir.path().join("table.csv")).unwrap();
    csv.write_record(["birth", "gender", "province", "status", "exit"]).unwrap();
    for r in &records {
        let p = &r["participant"];
        csv.write_record([&p["birth_year"], &p["gender"], &p["origin"]["province"], &r["status"], &r["exit"]].map(|v| v.as_str().unwrap()))
            .unwrap();
    }
    csv.flush().unwrap();
    let script = r#"
import json, sys
import pandas as pd
from pycanon import anonymity
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
qi = ["birth", "gender", "province"]
sizes = df.groupby(qi).size()
print(json.dumps({
    "k": int(anonymity.k_anonymity(df, qi)),
    "l": int(anonymity.l_diversity(df, qi, ["status", "exit"])),
    "l_status": int(anonymity.l_diversity(df, qi, ["status"])),
    "sizes": sorted(int(s) for s in sizes),
    "uniques": int((sizes == 1).sum()),
}))
"#;
    let o = Command::new(&python).arg("-c").arg(script).arg(dir.path().join("table.csv")).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let reference: Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut sizes = risk.class_sizes.clone();
    sizes.sort_unstable();
    assert_eq!(json!(risk.k), reference["k"], "k");
    assert_eq!(json!(risk.l().unwrap()), reference["l"], "l over both sensitive attributes");
    assert_eq!(json!(risk.l_diversity[0].l), reference["l_status"], "l of one");
    assert_eq!(json!(sizes), reference["sizes"], "equivalence classes");
    assert_eq!(json!(risk.sample_uniques), reference["uniques"], "sample uniques");
}
