//! Committed bundle vectors (`tests/vectors/`, see its README): the researcher opens the good
//! bundle, and every `fail_*` bundle is refused with its own error, as age's test vectors are.
//! Every vector is encrypted to the demo researcher and, unless it says otherwise, signed by the
//! committed fieldworker key (`tests/vectors/fieldworker.pub`).

use std::io::Read;
use std::path::PathBuf;
use std::process::Command;

use fieldvault::bundle::{self, Exporter, FileEntry, FileParts, Manifest, ReadError, Roster, MANIFEST, SIGNATURE};
use fieldvault::{demo, keys};
use sha2::Digest;

/// What each vector must give: `ok`, or the name of its [`ReadError`] variant. A vector file with
/// no row here fails the test.
const EXPECTED: &[(&str, &str)] = &[
    ("good.fvb", "ok"),
    ("fail_flipped_byte.fvb", "Altered"),
    ("fail_truncated.fvb", "Truncated"),
    ("fail_wrong_key.fvb", "WrongKey"),
    ("fail_no_roster.fvb", "NoRoster"),
    ("fail_unknown_signer.fvb", "UnknownSigner"),
    ("fail_forged_key_id.fvb", "BadSignature"),
    ("fail_signer_key_mismatch.fvb", "SignerKeyMismatch"),
    ("fail_missing_manifest.fvb", "ManifestNotFirst"),
    ("fail_path_traversal.fvb", "UnsafeEntry"),
    ("fail_link_entry.fvb", "UnsafeEntry"),
    ("fail_duplicate_entry.fvb", "DuplicateEntry"),
    ("fail_unlisted_file.fvb", "UnlistedFile"),
    ("fail_hash_mismatch.fvb", "HashMismatch"),
    ("fail_invalid_record.fvb", "InvalidRecord"),
    ("fail_trailing_data.fvb", "TrailingData"),
];

/// The vectors read with no roster at all (the others with the fieldworker's key).
const WITHOUT_ROSTER: &[&str] = &["fail_no_roster.fvb"];

fn vectors() -> PathBuf {
    crate::util::root().join("tests/vectors")
}

fn researcher() -> age::x25519::Identity {
    demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap()
}

fn fieldworker_pub() -> String {
    std::fs::read_to_string(vectors().join("fieldworker.pub")).unwrap()
}

fn roster() -> Roster {
    let mut roster = Roster::new();
    roster.add("fieldworker.pub", &fieldworker_pub()).unwrap();
    roster
}

fn variant(e: &ReadError) -> &'static str {
    match e {
        ReadError::Io { .. } => "Io",
        ReadError::TooLarge { .. } => "TooLarge",
        ReadError::Oversized { .. } => "Oversized",
        ReadError::NotABundle(_) => "NotABundle",
        ReadError::WrongKey => "WrongKey",
        ReadError::Truncated(_) => "Truncated",
        ReadError::Altered(_) => "Altered",
        ReadError::NotATar(_) => "NotATar",
        ReadError::UnsafeEntry { .. } => "UnsafeEntry",
        ReadError::DuplicateEntry { .. } => "DuplicateEntry",
        ReadError::TooManyFiles { .. } => "TooManyFiles",
        ReadError::EntryTooLarge { .. } => "EntryTooLarge",
        ReadError::ManifestNotFirst { .. } => "ManifestNotFirst",
        ReadError::ManifestInvalid(_) => "ManifestInvalid",
        ReadError::SignatureInvalid(_) => "SignatureInvalid",
        ReadError::NoRoster { .. } => "NoRoster",
        ReadError::UnknownSigner { .. } => "UnknownSigner",
        ReadError::BadSignature { .. } => "BadSignature",
        ReadError::SignerKeyMismatch { .. } => "SignerKeyMismatch",
        ReadError::UnsupportedFormat(_) => "UnsupportedFormat",
        ReadError::UnlistedFile { .. } => "UnlistedFile",
        ReadError::MissingFile { .. } => "MissingFile",
        ReadError::HashMismatch { .. } => "HashMismatch",
        ReadError::InvalidRecord { .. } => "InvalidRecord",
        ReadError::TrailingData => "TrailingData",
        ReadError::InvalidRosterKey { .. } => "InvalidRosterKey",
        _ => "a variant this test does not know",
    }
}

#[test]
fn every_vector_opens_or_fails_with_its_own_error() {
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(vectors()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if !name.ends_with(".fvb") {
            continue;
        }
        let (_, expected) = EXPECTED.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("{name} has no row in EXPECTED: add one"));
        let roster = if WITHOUT_ROSTER.contains(&name.as_str()) { Roster::new() } else { roster() };
        let got = bundle::open(&path, &researcher(), &roster);
        let what = match &got {
            Ok(_) => "ok",
            Err(e) => variant(e),
        };
        assert_eq!(what, *expected, "{name}: {got:?}");
        if let Err(e) = &got {
            // Every refusal says what to do next, in a message of bounded length.
            let message = e.to_string();
            assert!(message.len() < 600 && message.contains(':'), "{name}: {message}");
        }
        seen.push(name);
    }
    seen.sort();
    let mut listed: Vec<&str> = EXPECTED.iter().map(|(n, _)| *n).collect();
    listed.sort();
    assert_eq!(seen, listed, "every row of EXPECTED has its file");
}

#[test]
fn the_good_vector_verifies_in_layers_from_its_plaintext() {
    let bytes = std::fs::read(vectors().join("good.fvb")).unwrap();
    let tar = keys::decrypt(&researcher(), &bytes).unwrap();
    // The plaintext entry point, as a reviewer who decrypted the bundle with `age` would use it.
    let b = bundle::read::untar(&tar[..], &roster()).unwrap();
    assert_eq!(b.signer_key_id, bundle::key_id(&keys::parse_minisign_public(&fieldworker_pub()).unwrap()));
    assert_eq!(b.manifest.counts.interviews, b.records().unwrap().len());
    assert!(!b.records().unwrap().is_empty());
    // The same files through the decryption layer, streamed.
    let mut plaintext = bundle::read::decrypt(&bytes[..], &researcher()).unwrap();
    let mut again = Vec::new();
    plaintext.read_to_end(&mut again).unwrap();
    assert_eq!(again, tar.to_vec());
    // And the trust layer alone, on the first two entries.
    let v = bundle::read::verify(&b.files[MANIFEST], &b.files[SIGNATURE], &roster()).unwrap();
    assert_eq!(v.manifest, b.manifest);
    assert_eq!(bundle::read::check_records(&b.files["records.jsonl"]).unwrap(), b.manifest.counts.interviews);
}

/// The forged bundle is refused by `bundle inspect --signer` (exit 7, damaged), and by minisign
/// itself; the good one passes both.
#[test]
fn fail_a_forged_key_id_is_refused_by_the_cli_and_by_minisign() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("researcher.key");
    std::fs::write(&key, format!("{}\n", demo::DEMO_RESEARCHER_IDENTITY)).unwrap();
    let inspect = |name: &str| {
        crate::util::cli()
            .args(["bundle", "inspect"])
            .arg(vectors().join(name))
            .arg("--identity")
            .arg(&key)
            .arg("--signer")
            .arg(vectors().join("fieldworker.pub"))
            .output()
            .unwrap()
    };
    let o = inspect("good.fvb");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = inspect("fail_forged_key_id.fvb");
    assert_eq!(o.status.code(), Some(7), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("does not verify"), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());

    if Command::new("minisign").arg("-v").output().is_err() {
        eprintln!("note: minisign is not installed; its cross-check skipped");
        return;
    }
    for (name, verifies) in [("good.fvb", true), ("fail_forged_key_id.fvb", false)] {
        let tar = keys::decrypt(&researcher(), &std::fs::read(vectors().join(name)).unwrap()).unwrap();
        let mut archive = tar::Archive::new(&tar[..]);
        for entry in archive.entries().unwrap().take(2) {
            let mut entry = entry.unwrap();
            let path = dir.path().join(entry.path().unwrap().file_name().unwrap());
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            std::fs::write(path, data).unwrap();
        }
        let o = Command::new("minisign")
            .arg("-Vm")
            .arg(dir.path().join(MANIFEST))
            .arg("-p")
            .arg(vectors().join("fieldworker.pub"))
            .output()
            .unwrap();
        assert_eq!(o.status.success(), verifies, "minisign -V on {name}: {}", String::from_utf8_lossy(&o.stderr));
    }
}

/// `bundle inspect --profile` trusts the profile's fieldworkers roster, and only it.
#[test]
fn the_cli_trusts_the_profiles_fieldworkers_roster() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("researcher.key");
    std::fs::write(&key, format!("{}\n", demo::DEMO_RESEARCHER_IDENTITY)).unwrap();
    let inspect = |profile: &fieldvault::profile::Profile| {
        let path = dir.path().join("profile.json");
        std::fs::write(&path, profile.to_json()).unwrap();
        let mut c = crate::util::cli();
        c.args(["bundle", "inspect"]).arg(vectors().join("good.fvb")).arg("--identity").arg(&key).arg("--profile").arg(&path);
        c.output().unwrap()
    };
    let mut profile = demo::demo_profile();
    let o = inspect(&profile);
    assert_eq!(o.status.code(), Some(7), "no fieldworker on the roster: {}", String::from_utf8_lossy(&o.stderr));
    profile.fieldworkers.push(fieldvault::profile::Fieldworker { name: "Lan".into(), minisign_public_key: fieldworker_pub() });
    let o = inspect(&profile);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["checks"]["signer"], "Lan");
}

// ---------------------------------------------------------------------------------------------
// The generator.

/// A minisign key pair to sign vectors with.
struct Signer {
    public: minisign::PublicKey,
    secret: minisign::SecretKey,
}

impl Signer {
    /// The committed fieldworker key (made on the first run).
    fn fieldworker() -> Signer {
        if !vectors().join("fieldworker.key").exists() {
            let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
            std::fs::write(
                vectors().join("fieldworker.key"),
                kp.sk.to_box(Some("FieldVault test fieldworker (signs test vectors only)")).unwrap().into_string(),
            )
            .unwrap();
            std::fs::write(vectors().join("fieldworker.pub"), kp.pk.to_box().unwrap().into_string()).unwrap();
        }
        let text = std::fs::read_to_string(vectors().join("fieldworker.key")).unwrap();
        let secret = minisign::SecretKeyBox::from_string(&text).unwrap().into_unencrypted_secret_key().unwrap();
        Signer { public: keys::parse_minisign_public(&fieldworker_pub()).unwrap(), secret }
    }

    fn stranger() -> Signer {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        Signer { public: kp.pk, secret: kp.sk }
    }

    /// A fresh Ed25519 key that carries `like`'s key id, as anyone can make one.
    fn forging(like: &minisign::PublicKey) -> Signer {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        let mut pk = kp.pk.to_bytes();
        pk[2..10].copy_from_slice(like.keynum());
        let mut sk = kp.sk.to_bytes();
        // algorithm, KDF, checksum algorithm, salt, ops and memory limits, then the key id
        sk[54..62].copy_from_slice(like.keynum());
        Signer { public: minisign::PublicKey::from_bytes(&pk).unwrap(), secret: minisign::SecretKey::from_bytes(&sk).unwrap() }
    }
}

type Files = Vec<(String, Vec<u8>)>;

/// `data` behind a manifest (the exported one's, its file list and exporter made anew) that
/// `signer` signs and that names `named` as its exporter.
fn sealed(manifest: &Manifest, data: &Files, signer: &Signer, named: &minisign::PublicKey) -> Files {
    let mut m = manifest.clone();
    m.exporter = Exporter { key_id: bundle::key_id(named), public_key: named.to_base64() };
    m.files = data
        .iter()
        .map(|(path, b)| FileEntry { path: path.clone(), size: b.len() as u64, sha256: hex::encode(sha2::Sha256::digest(b)) })
        .collect();
    let bytes = m.to_bytes();
    let sig = minisign::sign(None, &signer.secret, &bytes[..], Some("fieldvault test vector"), None).unwrap();
    let mut files = vec![(MANIFEST.to_owned(), bytes), (SIGNATURE.to_owned(), sig.into_string().into_bytes())];
    files.extend(data.iter().cloned());
    files
}

/// The tar of `files` in the given order, with no closing zero blocks.
fn tar_open(files: &Files) -> Vec<u8> {
    let parts: Vec<(String, FileParts)> = files.iter().map(|(p, b)| (p.clone(), FileParts::from(b.clone()))).collect();
    let mut t = bundle::tar_bytes(&parts);
    t.truncate(t.len() - 1024);
    t
}

fn tar(files: &Files) -> Vec<u8> {
    let mut t = tar_open(files);
    t.extend_from_slice(&[0; 1024]);
    t
}

fn encrypt_to(recipient: &age::x25519::Recipient, tar: &[u8]) -> Vec<u8> {
    keys::encrypt(&[recipient as &dyn age::Recipient], tar)
}

/// Writes every vector of [`EXPECTED`] into `tests/vectors/` from an export of the demo vault.
/// Run by hand: `cargo test --locked --test tests bundle_vectors::make_vectors -- --ignored`.
#[test]
#[ignore = "writes tests/vectors/; run by hand when the format changes (tests/vectors/README.md)"]
fn make_vectors() {
    let dir = tempfile::tempdir().unwrap();
    let mut vault = demo::create_demo_vault(&dir.path().join("demo.vault"), &crate::util::pass(), Some(keys::MIN_WORK_FACTOR)).unwrap();
    let out = dir.path().join("demo.fvb");
    let options =
        bundle::ExportOptions { now: "2024-05-01T09:00:00Z".parse().unwrap(), policy: None, interviews: None, allow_suppression: false };
    bundle::export(&mut vault, &out, &options).unwrap();
    let plain = keys::decrypt(&researcher(), &std::fs::read(&out).unwrap()).unwrap();
    let mut archive = tar::Archive::new(&plain[..]);
    let mut manifest = None;
    let mut data: Files = Vec::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().to_str().unwrap().to_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        match path.as_str() {
            MANIFEST => manifest = Some(serde_json::from_slice::<Manifest>(&bytes).unwrap()),
            SIGNATURE => {}
            _ => data.push((path, bytes)),
        }
    }
    let manifest = manifest.unwrap();
    let (fieldworker, stranger) = (Signer::fieldworker(), Signer::stranger());
    let forger = Signer::forging(&fieldworker.public);
    let to_researcher: age::x25519::Recipient = demo::DEMO_RESEARCHER_RECIPIENT.parse().unwrap();
    let good_files = sealed(&manifest, &data, &fieldworker, &fieldworker.public);
    let good = encrypt_to(&to_researcher, &tar(&good_files));
    let write = |name: &str, bytes: &[u8]| std::fs::write(vectors().join(name), bytes).unwrap();

    write("good.fvb", &good);
    write("fail_no_roster.fvb", &encrypt_to(&to_researcher, &tar(&good_files)));
    let mut flipped = good.clone();
    let at = flipped.len() / 2;
    flipped[at] ^= 0x01;
    write("fail_flipped_byte.fvb", &flipped);
    write("fail_truncated.fvb", &good[..good.len() - 100]);
    write("fail_wrong_key.fvb", &encrypt_to(&age::x25519::Identity::generate().to_public(), &tar(&good_files)));
    write("fail_unknown_signer.fvb", &encrypt_to(&to_researcher, &tar(&sealed(&manifest, &data, &stranger, &stranger.public))));
    write("fail_forged_key_id.fvb", &encrypt_to(&to_researcher, &tar(&sealed(&manifest, &data, &forger, &forger.public))));
    write("fail_signer_key_mismatch.fvb", &encrypt_to(&to_researcher, &tar(&sealed(&manifest, &data, &fieldworker, &stranger.public))));
    write("fail_missing_manifest.fvb", &encrypt_to(&to_researcher, &tar(&data)));

    // Hostile entries right after the signed manifest, made by hand (the tar crate refuses them).
    let hostile = |entry: Vec<u8>| {
        let mut t = tar_open(&good_files[..2].to_vec());
        t.extend(entry);
        t.extend(tar(&good_files[2..].to_vec()));
        encrypt_to(&to_researcher, &t)
    };
    let mut header = tar::Header::new_ustar();
    header.as_mut_bytes()[..13].copy_from_slice(b"../escape.csv");
    header.set_size(3);
    header.set_mode(0o644);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    let mut traversal = header.as_bytes().to_vec();
    traversal.extend_from_slice(b"x\r\n");
    traversal.resize(1024, 0);
    write("fail_path_traversal.fvb", &hostile(traversal));
    let mut link = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_ustar();
    h.set_entry_type(tar::EntryType::Symlink);
    h.set_size(0);
    link.append_link(&mut h, "data/link.csv", "/etc/passwd").unwrap();
    let mut link = link.into_inner().unwrap();
    link.truncate(link.len() - 1024);
    write("fail_link_entry.fvb", &hostile(link));

    let mut twice = good_files.clone();
    twice.push(good_files.last().unwrap().clone());
    write("fail_duplicate_entry.fvb", &encrypt_to(&to_researcher, &tar(&twice)));
    let mut extra = good_files.clone();
    extra.push(("data/extra.csv".into(), b"interview_id\r\n".to_vec()));
    write("fail_unlisted_file.fvb", &encrypt_to(&to_researcher, &tar(&extra)));
    let mut edited = good_files.clone();
    let csv = edited.iter_mut().find(|(p, _)| p == "data/interviews.csv").unwrap();
    let last = csv.1.len() - 3;
    csv.1[last] = if csv.1[last] == b'0' { b'1' } else { b'0' };
    write("fail_hash_mismatch.fvb", &encrypt_to(&to_researcher, &tar(&edited)));
    let mut invalid = data.clone();
    let records = invalid.iter_mut().find(|(p, _)| p == "records.jsonl").unwrap();
    records.1.splice(1..1, b"\"full_name\":\"Nguyen Thi Huong\",".iter().copied());
    write("fail_invalid_record.fvb", &encrypt_to(&to_researcher, &tar(&sealed(&manifest, &invalid, &fieldworker, &fieldworker.public))));
    let mut trailing = tar(&good_files);
    trailing.extend_from_slice(&[b'!'; 512]);
    write("fail_trailing_data.fvb", &encrypt_to(&to_researcher, &trailing));
}
