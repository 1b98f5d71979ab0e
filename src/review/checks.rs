//! Running a review's checks on one bundle.
//!
//! The bundle is decrypted, then read by [`crate::bundle::read::untar`], which checks the
//! signature, the tar, every hash and every record and stops at the first defect: its
//! [`ReadError`] names the check that fails ([`super::check_of`]). The signature is also
//! checked on its own ([`crate::bundle::read::verify`] on the first two entries), so that a
//! defect found later still shows who signed. A bundle whose only defect is an invalid record
//! has been verified whole, so the content checks still run on it; after any other defect they
//! cannot, and say so. The content checks: no direct identifier, the policy, consent
//! ([`crate::deid::consent::check_record`]), disclosure risk ([`super::risk`]), the leak scan
//! ([`super::leaks`]) and the audit log ([`super::auditlog`]).

use std::collections::BTreeMap;
use std::io::Read;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::{auditlog, capped, check_of, leaks, risk, BundleReview, Check, CheckId, Options, ReviewError, Status};
use crate::bundle::read::{self, ReadError, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES};
use crate::bundle::{Manifest, Roster, MANIFEST, MAX_BUNDLE_BYTES, SIGNATURE};
use crate::deid::consent::{self, Breach, Refusal};
use crate::deid::fields::{self, IdClass};
use crate::deid::kanon::qi_value;
use crate::deid::Policy;

/// A bundle's content, once its files are verified.
struct Content {
    manifest: Manifest,
    files: BTreeMap<String, Vec<u8>>,
}

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// Runs every check on the bundle `bytes` (named `file`).
pub(super) fn run(file: &str, bytes: &[u8], options: &Options) -> Result<BundleReview, ReviewError> {
    let approved = super::approved_policy(options.profile)?;
    let roster = Roster::from_profile(options.profile).map_err(|e| ReviewError::Profile(e.to_string()))?;
    let sha256 = sha256_hex(bytes);
    let mut checks: BTreeMap<CheckId, Check> = BTreeMap::new();
    let mut signer = None;
    let content = open(file, bytes, options.identity, &roster, &mut checks, &mut signer)?;
    let mut review = BundleReview {
        file: file.to_owned(),
        sha256: sha256.clone(),
        signer,
        created_at: None,
        checks: Vec::new(),
        risk: None,
        policy: None,
        redactions: BTreeMap::new(),
        interview_ids: Vec::new(),
    };
    if let Some(content) = &content {
        let m = &content.manifest;
        review.created_at = Some(m.created_at.clone());
        review.policy = Some(m.policy.clone());
        review.redactions = m.redactions.clone();
        let records = records(content);
        review.interview_ids = records.iter().filter_map(|r| r.get("interview_id").and_then(Value::as_str)).map(str::to_owned).collect();
        let found = risk::measure(&records, &approved.quasi_identifiers, &approved.sensitive_attributes);
        for c in [
            direct(&records, &content.files),
            policy(m, &approved, &options.profile.project_id.to_string()),
            consent(&records),
            k_anonymity(&found, &approved),
            l_diversity(&found, &approved),
            leak_scan(&content.files, &options.profile.deny_list, &machine_values(m)),
        ] {
            checks.insert(c.id, c);
        }
        review.risk = Some(found);
        if let Some((log, sig)) = options.log {
            let manifest_sha256 = sha256_hex(&content.files[MANIFEST]);
            checks.insert(CheckId::AuditLog, audit(log, sig, &roster, m, &manifest_sha256, &sha256));
        }
    }
    for id in CheckId::ALL {
        let c = checks.remove(&id).unwrap_or_else(|| match (id, options.log) {
            (CheckId::AuditLog, None) => {
                Check::new(id, Status::Skipped, "no audit log given (--log): the export was not matched to the vault's log")
            }
            _ => Check::not_run(id, "not run: the bundle could not be read past the failure above"),
        });
        review.checks.push(c);
    }
    Ok(review)
}

/// Decrypts and reads the bundle, recording the signature, hash, tar and schema checks;
/// returns its content when the content checks can run.
fn open(
    file: &str,
    bytes: &[u8],
    identity: &dyn age::Identity,
    roster: &Roster,
    checks: &mut BTreeMap<CheckId, Check>,
    signer: &mut Option<String>,
) -> Result<Option<Content>, ReviewError> {
    let fail = |e: ReadError, checks: &mut BTreeMap<CheckId, Check>| -> Result<CheckId, ReviewError> {
        match (check_of(&e), e) {
            (_, ReadError::WrongKey) => Err(ReviewError::WrongKey { file: file.to_owned() }),
            (Some(id), e) => {
                checks.insert(id, Check::fail(id, "failed", vec![e.to_string()]));
                Ok(id)
            }
            (None, e) => Err(ReviewError::Read { path: file.to_owned(), source: std::io::Error::other(e.to_string()) }),
        }
    };
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        fail(ReadError::TooLarge { size: bytes.len() as u64, limit: MAX_BUNDLE_BYTES }, checks)?;
        return Ok(None);
    }
    let mut plain = Vec::new();
    match read::decrypt(bytes, identity) {
        Err(e) => {
            fail(e, checks)?;
            return Ok(None);
        }
        Ok(mut p) => {
            if let Err(io) = p.read_to_end(&mut plain) {
                let e = p.take_error().unwrap_or_else(|| ReadError::Altered(io.to_string()));
                fail(e, checks)?;
                return Ok(None);
            }
        }
    }
    let encrypted = "the encrypted file authenticates (age)";
    let signature_alone = first_two(&plain).map(|(m, s)| read::verify(&m, &s, roster));
    match read::untar(&plain[..], roster) {
        Ok(b) => {
            *signer = Some(format!("{} (key {})", b.signer, b.signer_key_id));
            let files = b.files.len();
            let records = b.manifest.counts.interviews;
            checks.insert(
                CheckId::Signature,
                Check::pass(CheckId::Signature, format!("signed by {} with roster key {}", b.signer, b.signer_key_id)),
            );
            checks.insert(
                CheckId::Hashes,
                Check::pass(
                    CheckId::Hashes,
                    format!("{encrypted}; {} files, {} bytes, every size and SHA-256 as signed", files - 2, plain_bytes(&b.files)),
                ),
            );
            checks.insert(
                CheckId::TarSafety,
                Check::pass(CheckId::TarSafety, format!("{files} regular files with safe names, each once, nothing after the end")),
            );
            checks.insert(
                CheckId::Schema,
                Check::pass(
                    CheckId::Schema,
                    format!("manifest format {}; {records} records valid against the de-identified record schema", b.manifest.format),
                ),
            );
            Ok(Some(Content { manifest: b.manifest, files: b.files }))
        }
        Err(e) => {
            let invalid_record = matches!(e, ReadError::InvalidRecord { .. });
            let failed = fail(e, checks)?;
            if failed != CheckId::Signature {
                match signature_alone {
                    Some(Ok(v)) => {
                        *signer = Some(format!("{} (key {})", v.signer, v.signer_key_id));
                        checks.insert(
                            CheckId::Signature,
                            Check::pass(CheckId::Signature, format!("signed by {} with roster key {}", v.signer, v.signer_key_id)),
                        );
                    }
                    Some(Err(e)) if check_of(&e) == Some(CheckId::Signature) => {
                        fail(e, checks)?;
                    }
                    _ => {}
                }
            }
            if !invalid_record {
                return Ok(None);
            }
            // Every file was read and matched its signed hash before the records were checked.
            let files = files_of(&plain);
            checks.insert(
                CheckId::Hashes,
                Check::pass(CheckId::Hashes, format!("{encrypted}; {} files, every size and SHA-256 as signed", files.len() - 2)),
            );
            checks.insert(
                CheckId::TarSafety,
                Check::pass(CheckId::TarSafety, format!("{} regular files with safe names, each once", files.len())),
            );
            let manifest: Manifest = serde_json::from_slice(&files[MANIFEST])
                .map_err(|e| ReviewError::Read { path: file.to_owned(), source: std::io::Error::other(e) })?;
            Ok(Some(Content { manifest, files }))
        }
    }
}

fn plain_bytes(files: &BTreeMap<String, Vec<u8>>) -> usize {
    files.iter().filter(|(p, _)| p.as_str() != MANIFEST && p.as_str() != SIGNATURE).map(|(_, b)| b.len()).sum()
}

/// The first two entries of a tar, when they are the manifest and its signature within their
/// caps.
fn first_two(plain: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut archive = tar::Archive::new(plain);
    let mut entries = archive.entries().ok()?;
    let mut take = |name: &str, cap: u64| -> Option<Vec<u8>> {
        let mut e = entries.next()?.ok()?;
        if e.path_bytes().as_ref() != name.as_bytes() || e.size() > cap {
            return None;
        }
        let mut data = Vec::new();
        e.read_to_end(&mut data).ok()?;
        Some(data)
    };
    let manifest = take(MANIFEST, MAX_MANIFEST_BYTES)?;
    let signature = take(SIGNATURE, MAX_SIGNATURE_BYTES)?;
    Some((manifest, signature))
}

/// Every file of a tar the reader has verified whole, by path.
fn files_of(plain: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut archive = tar::Archive::new(plain);
    for mut e in archive.entries().into_iter().flatten().flatten() {
        let path = String::from_utf8_lossy(&e.path_bytes()).into_owned();
        let mut data = Vec::new();
        if e.read_to_end(&mut data).is_ok() {
            files.insert(path, data);
        }
    }
    files
}

/// The records of `records.jsonl` that parse as JSON (those that do not fail the schema check).
fn records(content: &Content) -> Vec<Value> {
    content
        .files
        .get("records.jsonl")
        .map(|b| b.split(|&c| c == b'\n').filter(|l| !l.is_empty()).filter_map(|l| serde_json::from_slice(l).ok()).collect())
        .unwrap_or_default()
}

fn id_of(r: &Value) -> &str {
    r.get("interview_id").and_then(Value::as_str).unwrap_or("(no id)")
}

/// Whether `s` is a keyed pseudonym (`p_` and 16 hex digits).
fn is_pseudonym(s: &str) -> bool {
    s.len() == 18 && s.starts_with("p_") && s[2..].bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Where a field's values sit in the tables: (table, column). A field inside lists is in the
/// table of its innermost list (named by the lists' path, `migration_episodes_fees`), its column
/// the path inside it; any other in `interviews`.
fn table_column(path: &str) -> (String, String) {
    match path.rsplit_once("[].") {
        Some((list, rest)) => (list.replace("[]", "").replace('.', "_"), rest.replace("[]", "")),
        None => ("interviews".into(), path.replace("[]", "")),
    }
}

/// No field of class `direct` holds anything but pseudonyms, in the records or the tables.
fn direct(records: &[Value], files: &BTreeMap<String, Vec<u8>>) -> Check {
    let direct: Vec<&fields::Field> = fields::fields().iter().filter(|f| f.class == IdClass::Direct).collect();
    let mut findings = Vec::new();
    for r in records {
        for f in &direct {
            let v = qi_value(r, &f.path);
            if !v.is_empty() && !v.split(';').all(is_pseudonym) {
                findings.push(format!("records.jsonl: interview {} holds {} (a direct identifier)", id_of(r), f.path));
            }
        }
    }
    let mut columns = 0;
    for (path, bytes) in files.iter().filter(|(p, _)| p.starts_with("data/") && p.ends_with(".csv")) {
        let table = path.trim_start_matches("data/").trim_end_matches(".csv");
        let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(&bytes[..]);
        let Ok(header) = csv.headers().cloned() else { continue };
        columns += header.len();
        let rows: Vec<csv::StringRecord> = csv.records().flatten().collect();
        for (i, name) in header.iter().enumerate() {
            // The field's column, or a member of it (`identity.full_name` of `identity`).
            let Some(f) = direct.iter().find(|f| {
                let (t, c) = table_column(&f.path);
                t == table && (name == c || name.strip_prefix(c.as_str()).is_some_and(|rest| rest.starts_with('.')))
            }) else {
                continue;
            };
            let bad = rows.iter().filter(|row| row.get(i).is_some_and(|v| !v.is_empty() && !v.split(';').all(is_pseudonym))).count();
            if bad > 0 {
                findings
                    .push(format!("{path}: column '{name}' ({}, a direct identifier) holds {bad} values that are not pseudonyms", f.path));
            }
        }
    }
    let figures = format!("{} direct-identifier fields looked for in {} records and {columns} table columns", direct.len(), records.len());
    if findings.is_empty() {
        Check::pass(CheckId::NoDirectIdentifiers, figures)
    } else {
        Check::fail(CheckId::NoDirectIdentifiers, figures, capped(findings))
    }
}

/// The differences between the bundle's policy and the approved one, field by field.
pub fn policy_differences(bundle: &Policy, approved: &Policy) -> Vec<String> {
    let mut out = Vec::new();
    if bundle.format != approved.format {
        out.push(format!("format: approved {}, bundle {}", approved.format, bundle.format));
    }
    if bundle.k != approved.k {
        out.push(format!("k: approved {}, bundle {}", approved.k, bundle.k));
    }
    if bundle.quasi_identifiers != approved.quasi_identifiers {
        out.push(format!(
            "quasi-identifiers: approved [{}], bundle [{}]",
            approved.quasi_identifiers.join(", "),
            bundle.quasi_identifiers.join(", ")
        ));
    }
    if bundle.sensitive_attributes != approved.sensitive_attributes {
        out.push(format!(
            "sensitive attributes: approved [{}], bundle [{}]",
            approved.sensitive_attributes.join(", "),
            bundle.sensitive_attributes.join(", ")
        ));
    }
    if bundle.l != approved.l {
        let show = |l: Option<u32>| l.map_or("(default)".to_owned(), |l| l.to_string());
        out.push(format!("l: approved {}, bundle {}", show(approved.l), show(bundle.l)));
    }
    let paths: std::collections::BTreeSet<&String> = bundle.rules.keys().chain(approved.rules.keys()).collect();
    for p in paths {
        let (a, b) = (approved.rules.get(p), bundle.rules.get(p));
        if a != b {
            let show = |r: Option<&crate::deid::Rule>| r.map_or("(no rule)".to_owned(), |r| r.to_string());
            out.push(format!("{p}: approved {}, bundle {}", show(a), show(b)));
        }
    }
    out
}

fn policy(m: &Manifest, approved: &Policy, project_id: &str) -> Check {
    let mut findings = policy_differences(&m.policy, approved);
    if m.project_id != project_id {
        findings.insert(0, format!("the bundle is for project {}, not this profile's {project_id}", m.project_id));
    }
    if m.policy.sha256() != m.policy_sha256 {
        findings.push("the manifest's policy_sha256 is not the hash of the policy it holds".into());
    }
    let figures = format!(
        "{} field rules, k = {}, {} quasi-identifiers; policy sha256 {}",
        m.policy.rules.len(),
        m.policy.k,
        m.policy.quasi_identifiers.len(),
        &m.policy_sha256.get(..16).unwrap_or(&m.policy_sha256)
    );
    if findings.is_empty() {
        Check::pass(CheckId::Policy, format!("{figures}: the approved policy, rule for rule"))
    } else {
        Check::fail(CheckId::Policy, format!("{figures}: {} differences from the approved policy", findings.len()), capped(findings))
    }
}

fn consent(records: &[Value]) -> Check {
    let mut findings = Vec::new();
    let quotes: usize = records.iter().map(|r| r.get("quotes").and_then(Value::as_array).map_or(0, Vec::len)).sum();
    for r in records {
        for b in consent::check_record(r) {
            findings.push(match b {
                Breach::NotShareable(Refusal::Withdrawn) => format!("interview {}: the participant withdrew", id_of(r)),
                Breach::NotShareable(Refusal::NoShareConsent) => {
                    format!("interview {}: no consent to share a de-identified copy", id_of(r))
                }
                Breach::Quote(i) => format!("interview {}: quote {} has no consent to quote", id_of(r), i + 1),
            });
        }
    }
    let figures = format!("{} interviews and {quotes} quotes checked against the consent each records", records.len());
    if findings.is_empty() {
        Check::pass(CheckId::Consent, figures)
    } else {
        Check::fail(CheckId::Consent, figures, capped(findings))
    }
}

fn percent(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

fn k_anonymity(r: &risk::Risk, approved: &Policy) -> Check {
    let figures = format!(
        "k = {} (approved: at least {}) on {} quasi-identifiers; {} records in {} classes; {} sample uniques; prosecutor risk highest {}, average {}; {} records above {}",
        r.k,
        approved.k,
        r.quasi_identifiers.len(),
        r.records,
        r.class_sizes.len(),
        r.sample_uniques,
        percent(r.highest_risk),
        percent(r.average_risk),
        r.records_at_risk,
        percent(risk::RISK_THRESHOLD),
    );
    let below: Vec<usize> = r.class_sizes.iter().copied().filter(|&s| s < approved.k as usize).collect();
    if r.records == 0 || below.is_empty() {
        Check::pass(CheckId::KAnonymity, figures)
    } else {
        let records: usize = below.iter().sum();
        let mut sizes = below.clone();
        sizes.sort_unstable();
        let sizes: Vec<String> = sizes.iter().take(20).map(usize::to_string).collect();
        Check::fail(
            CheckId::KAnonymity,
            figures,
            vec![format!("{} classes ({records} records) are smaller than k = {}: sizes {}", below.len(), approved.k, sizes.join(", "))],
        )
    }
}

fn l_diversity(r: &risk::Risk, approved: &Policy) -> Check {
    if approved.sensitive_attributes.is_empty() {
        return Check::new(
            CheckId::LDiversity,
            Status::Skipped,
            "the approved policy names no sensitive attribute: no l-diversity is required",
        );
    }
    let l = approved.l_or_default() as usize;
    let figures = r.l_diversity.iter().map(|d| format!("{}: l = {}", d.attribute, d.l)).collect::<Vec<_>>().join("; ");
    let figures = format!("{figures} (approved: at least {l}) over {} classes", r.class_sizes.len());
    let findings: Vec<String> = r
        .l_diversity
        .iter()
        .filter(|d| r.records > 0 && d.l < l)
        .map(|d| {
            let classes = d.per_class.iter().filter(|&&n| n < l).count();
            format!("{}: {classes} classes hold fewer than {l} distinct values (fewest: {})", d.attribute, d.l)
        })
        .collect();
    if findings.is_empty() {
        Check::pass(CheckId::LDiversity, figures)
    } else {
        Check::fail(CheckId::LDiversity, figures, findings)
    }
}

/// The values of a manifest that are ids, keys and hashes, not words ([`leaks::scan`]): the
/// project id (a random UUID, whose digits can look like an ID number), the exporter's key, the
/// files' and policy's hashes, the audit-chain head.
fn machine_values(m: &Manifest) -> Vec<String> {
    let mut v = vec![
        m.project_id.clone(),
        m.exporter.public_key.clone(),
        m.exporter.key_id.clone(),
        m.policy_sha256.clone(),
        m.audit.chain_head.clone(),
    ];
    v.extend(m.files.iter().map(|f| f.sha256.clone()));
    v
}

fn leak_scan(files: &BTreeMap<String, Vec<u8>>, deny_list: &[String], machine: &[String]) -> Check {
    let scan = leaks::scan(files, deny_list, machine);
    let figures = format!(
        "{} files, {} bytes scanned with the pattern detectors and {} deny-list entries; {} found",
        scan.files,
        scan.bytes,
        scan.deny_list,
        scan.findings.len()
    );
    if scan.findings.is_empty() {
        Check::pass(CheckId::LeakScan, figures)
    } else {
        Check::fail(
            CheckId::LeakScan,
            figures,
            capped(scan.findings.iter().map(|f| format!("{} at byte {}: {}", f.file, f.offset, f.kind)).collect()),
        )
    }
}

fn audit(log: &[u8], signature: &str, roster: &Roster, m: &Manifest, manifest_sha256: &str, bundle_sha256: &str) -> Check {
    let (log, signer) = match auditlog::open(log, signature, roster) {
        Ok(x) => x,
        Err(e) => return Check::fail(CheckId::AuditLog, "the audit log copy cannot be trusted", vec![e.to_string()]),
    };
    let figures = format!(
        "audit log signed by {signer}, {} entries; the bundle names chain entry {} ({}…)",
        log.entries.len(),
        m.audit.chain_seq,
        m.audit.chain_head.get(..12).unwrap_or("")
    );
    if let Err(e) = auditlog::check_chain(&log) {
        return Check::fail(CheckId::AuditLog, figures, vec![e.to_string()]);
    }
    let exports = log.exports();
    match auditlog::event_of(&exports, m, manifest_sha256, bundle_sha256) {
        Some(e) => Check::pass(CheckId::AuditLog, format!("{figures}; recorded as export event {} at {}", e.seq, e.at)),
        None => Check::fail(
            CheckId::AuditLog,
            figures,
            vec![format!(
                "no export event of the log follows chain entry {} with this bundle's hashes: the vault did not record this export ({} export events in the log)",
                m.audit.chain_seq,
                exports.len()
            )],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_map_to_their_table_and_column() {
        assert_eq!(table_column("identity"), ("interviews".to_owned(), "identity".to_owned()));
        assert_eq!(table_column("participant.pseudonym"), ("interviews".to_owned(), "participant.pseudonym".to_owned()));
        assert_eq!(table_column("actors[].name"), ("actors".to_owned(), "name".to_owned()));
        assert_eq!(table_column("migration_episodes[].fees[].notes"), ("migration_episodes_fees".to_owned(), "notes".to_owned()));
        assert!(is_pseudonym("p_0123456789abcdef"));
        assert!(!is_pseudonym("p_0123456789ABCDEF") && !is_pseudonym("Nguyen") && !is_pseudonym("p_0123"));
    }
}
