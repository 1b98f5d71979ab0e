//! De-identified export: a fieldworker exports the study's five interviews to the project's
//! researchers and reviewers; the bundle leaks nothing, says what was done, and opens only
//! with the right key and only when intact.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::ExposeSecret;
use fieldvault::api;
use fieldvault::bundle::{self, BundleError, ExportOptions, ExportSummary, ReadError};
use fieldvault::deid::{DeidError, Exclusion, ExclusionReason, Generalisation, LadderStep, Policy, PolicyError, Rule};
use fieldvault::keys::MIN_WORK_FACTOR;
use fieldvault::profile::{Member, Profile};
use fieldvault::vault::{CreateOptions, Vault};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::util::{fixture_paths, fixtures, pass, read};

/// A project with one researcher and one reviewer, and a vault holding the five fixtures.
struct Project {
    dir: tempfile::TempDir,
    vault: Vault,
    researcher: age::x25519::Identity,
    reviewer: age::x25519::Identity,
    ids: Vec<String>,
}

fn project_with(policy: Option<&Policy>) -> Project {
    let dir = tempfile::tempdir().unwrap();
    let researcher = age::x25519::Identity::generate();
    let reviewer = age::x25519::Identity::generate();
    let mut profile = Profile::new("Migration infrastructures");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    profile.reviewers.push(Member { name: "Ethics".into(), age_recipient: reviewer.to_public().to_string() });
    profile.deid_policy = policy.map(|p| serde_json::to_value(p).unwrap());
    let opts = CreateOptions { work_factor: Some(MIN_WORK_FACTOR), profile: Some(profile) };
    let mut vault = Vault::create(&dir.path().join("field.vault"), &pass(), &opts).unwrap();
    let ids = vault.add_records(&fixtures()).unwrap();
    Project { dir, vault, researcher, reviewer, ids }
}

/// The study's policy for a set this small: the built-in rules, with k = 1 so that four
/// interviews can leave at all (k-anonymity is tested on its own below).
fn small_set_policy() -> Policy {
    Policy { k: 1, ..Policy::default() }
}

fn clock() -> chrono::DateTime<chrono::Utc> {
    "2024-05-01T09:00:00Z".parse().unwrap()
}

fn options(policy: Policy) -> ExportOptions {
    ExportOptions { now: clock(), policy: Some(policy), interviews: None, allow_suppression: false }
}

/// The project's roster of fieldworkers: the vault's signing key, as `vault pubkey` prints it
/// for the principal investigator.
fn roster(vault: &Vault) -> bundle::Roster {
    let mut roster = bundle::Roster::new();
    roster.add("the fieldworker", &vault.signing_public_key().unwrap()).unwrap();
    roster
}

fn export(p: &mut Project, name: &str) -> (PathBuf, ExportSummary) {
    let out = p.dir.path().join(name);
    let summary = bundle::export(&mut p.vault, &out, &options(small_set_policy())).unwrap();
    (out, summary)
}

/// Lower case, no diacritics, full-width as half-width, `đ` as `d`, punctuation as one space,
/// written here independently of the library's own folding.
fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = if c == 'đ' || c == 'Đ' { 'd' } else { c };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    format!(" {} ", out.trim())
}

/// Digit runs of a text, with spaces, dots, dashes and brackets between digits removed.
fn digit_runs(s: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = s.nfkc().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            cur.push(*c);
        } else if matches!(c, ' ' | '-' | '.' | '(' | ')') && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()) && !cur.is_empty() {
            continue;
        } else if !cur.is_empty() {
            runs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    runs
}

/// Every identifier planted in the fixtures: identity fields, actor names and contacts,
/// districts and localities, interviewer, field pseudonym, and hand-picked parts of them that
/// the free text uses on their own.
fn planted() -> Vec<String> {
    let mut out = Vec::new();
    fn strings(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            Value::Object(m) => {
                for (k, x) in m {
                    if k != "kind" && k != "platform" {
                        strings(x, out);
                    }
                }
            }
            _ => {}
        }
    }
    for p in fixture_paths() {
        let v: Value = serde_json::from_str(&read(&p)).unwrap();
        strings(&v["identity"], &mut out);
        strings(&v["interview"]["interviewer"], &mut out);
        strings(&v["participant"]["pseudonym"], &mut out);
        for place in [&v["interview"]["place"], &v["participant"]["origin"]] {
            strings(&place["district"], &mut out);
            strings(&place["locality"], &mut out);
        }
        for a in v["actors"].as_array().into_iter().flatten() {
            strings(&a["contact"], &mut out);
            // Names of people (organisation names are pseudonymised and redacted too, but
            // some are common words such as "Internet").
            if matches!(a["kind"].as_str(), Some("broker" | "friend" | "relative" | "informal_job_agent")) {
                strings(&a["name"], &mut out);
            }
        }
    }
    out.extend(
        [
            "Huong",
            "Hương",
            "chị Thu",
            "anh Tuấn",
            "Mr. Wang",
            "王志明",
            "阿香",
            "阿美",
            "A-Ming",
            "huong.nguyen.1966",
            "myanh.pham.hd80",
            "xuan.le.9517",
            "xuanle_95",
            "huydo_hy95",
            "thanh.tran.phumy",
            "Đông Lạc",
            "An Thanh",
            "Đông Kết",
            "Khoái Châu",
            "Tứ Kỳ",
            "Gia Lộc",
            "An Lại",
            "Phương Hưng",
            "Tân Phong",
            "Hải Xuân",
            "Vĩnh Hòa",
            "anh Hiếu",
            "Quang",
            "Xuân Lê",
            "Hotel Shirakaba",
            "Agribank",
            "Kobayashi Sewing",
            "Sagami Steel",
        ]
        .map(String::from),
    );
    out.sort();
    out.dedup();
    out
}

/// Country code or trunk zero removed.
fn core(digits: &str) -> String {
    for cc in ["886", "84", "81"] {
        if digits.len() >= 11 {
            if let Some(r) = digits.strip_prefix(cc) {
                return r.trim_start_matches('0').to_owned();
            }
        }
    }
    digits.trim_start_matches('0').to_owned()
}

/// Asserts that no planted identifier is anywhere in these files; returns how many were checked.
fn assert_no_planted_identifier(files: &BTreeMap<String, Vec<u8>>) -> usize {
    let planted = planted();
    for (name, bytes) in files {
        let text = String::from_utf8_lossy(bytes);
        let hay = fold(&text);
        let runs = digit_runs(&text);
        for id in &planted {
            let needle = fold(id);
            assert!(!hay.contains(&needle), "planted identifier {id:?} found in {name}");
            let digits: String = id.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 8 {
                let c = core(&digits);
                assert!(!runs.iter().any(|r| r.ends_with(&c)), "digits of planted identifier {id:?} found in {name}");
            }
        }
    }
    planted.len()
}

#[test]
fn export_the_five_fixtures_and_check_every_step() {
    let mut p = project_with(None);
    let (path, summary) = export(&mut p, "study.fvb");
    let m = &summary.manifest;
    let r = &m.report;

    // 1. Consent gate: Thanh did not consent to sharing; Huy's two quotes lack consent to quote.
    assert_eq!(r.consent.considered, 5);
    assert_eq!(r.consent.no_share_consent, 1);
    assert_eq!(r.consent.passed, 4);
    assert_eq!(r.consent.quotes_excluded, 2);
    assert_eq!(r.exported, 4);
    assert_eq!(m.counts.interviews, 4);
    let reasons: Vec<&ExclusionReason> = m.exclusions.iter().map(|e| &e.reason).collect();
    assert!(reasons.contains(&&ExclusionReason::NoShareConsent), "{reasons:?}");
    assert!(reasons.contains(&&ExclusionReason::QuotesWithoutConsent), "{reasons:?}");
    // 2–4. Each step did something.
    assert!(r.dropped > 30, "dropped {}", r.dropped);
    assert!(r.pseudonymised > 50, "pseudonymised {}", r.pseudonymised);
    assert!(r.generalised > 10, "generalised {}", r.generalised);
    // 5. Redaction found known identifiers and detector hits in the free text.
    assert!(r.redaction.per_rule.get("known:name").copied().unwrap_or(0) > 0, "{:?}", r.redaction.per_rule);
    assert!(r.redaction.per_rule.keys().any(|k| k.starts_with("known:") && k != "known:name"), "{:?}", r.redaction.per_rule);
    assert!(r.redaction.strings_redacted > 0);
    assert_eq!(m.redactions, r.redaction.per_rule);
    // 6. k-anonymity report with k = 1: four classes or fewer, none below k.
    assert_eq!(r.k_anonymity.k, 1);
    assert_eq!(r.k_anonymity.records_below_k, 0);
    assert_eq!(r.k_anonymity.classes.iter().map(|c| c.size).sum::<usize>(), 4);
    // 7. The leak scan covered every file and found nothing.
    let scan = r.leak_scan.as_ref().expect("leak scan report");
    assert_eq!(scan.hits, 0);
    assert_eq!(scan.files, m.files.len() + 1, "every data file and the manifest");

    // The bundle opens with the researcher's key and the reviewer's, and holds what it says.
    let b = bundle::open(&path, &p.researcher, &roster(&p.vault)).unwrap();
    bundle::open(&path, &p.reviewer, &roster(&p.vault)).unwrap();
    let records = b.records().unwrap();
    assert_eq!(records.len(), 4);
    for rec in &records {
        let id = rec["interview_id"].as_str().unwrap();
        assert!(id.starts_with("p_") && id.len() == 18, "{id}");
        assert!(rec.get("identity").is_none());
        assert!(!p.ids.iter().any(|vid| b.files.values().any(|f| crate::util::contains(f, vid.as_bytes()))), "a vault id leaked");
        // Birth years are banded, interview dates cut to the month, districts gone.
        if let Some(by) = rec["participant"].get("birth_year") {
            assert!(by.as_str().unwrap().contains('-'), "{by}");
        }
        assert!(rec["participant"].get("origin").is_none_or(|o| o.get("district").is_none() && o.get("locality").is_none()));
        for q in rec.get("quotes").and_then(Value::as_array).into_iter().flatten() {
            assert_eq!(q["consent_to_quote"], true);
        }
    }
    // Actor ids are pseudonyms, and foreign keys still resolve.
    for rec in &records {
        let actor_ids: Vec<&str> = rec["actors"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
        assert!(actor_ids.iter().all(|a| a.starts_with("p_")), "{actor_ids:?}");
        for e in rec["migration_episodes"].as_array().unwrap() {
            if let Some(emp) = e.get("employer").and_then(Value::as_str) {
                assert!(actor_ids.contains(&emp), "employer {emp} is not an actor");
            }
        }
    }
    // The same employer name links across interviews: Agribank lent to Huong and to Huy, at
    // different branches, so their pseudonyms differ; but one name always gives one pseudonym.
    let names: Vec<&str> = records.iter().flat_map(|r| r["actors"].as_array().unwrap()).filter_map(|a| a["name"].as_str()).collect();
    assert!(names.iter().all(|n| n.starts_with("p_")), "{names:?}");
    if let Some(d) = std::env::var_os("FIELDVAULT_DUMP") {
        dump(&b.files, Path::new(&d));
    }
    let check = assert_no_planted_identifier(&b.files);
    assert!(check > 100, "only {check} planted identifiers checked");
}

#[test]
fn the_same_employer_gets_the_same_pseudonym_in_every_interview() {
    // Two interviews naming the same broker, spelt differently, and no other actor in common.
    let mut p = project_with(None);
    let mut a = fixtures()[0].clone();
    let mut b = fixtures()[1].clone();
    a.actors[6].name = Some("Lê Văn Tuấn".into());
    b.actors[7].name = Some("LE VAN TUAN".into());
    let ids = p.vault.add_records(&[a, b]).unwrap();
    let out = p.dir.path().join("link.fvb");
    let o = ExportOptions { interviews: Some(ids), ..options(small_set_policy()) };
    bundle::export(&mut p.vault, &out, &o).unwrap();
    let records = bundle::open(&out, &p.researcher, &roster(&p.vault)).unwrap().records().unwrap();
    let names = |r: &Value| -> std::collections::BTreeSet<String> {
        r["actors"].as_array().unwrap().iter().filter_map(|a| a["name"].as_str().map(String::from)).collect()
    };
    let shared: Vec<String> = names(&records[0]).intersection(&names(&records[1])).cloned().collect();
    assert_eq!(shared.len(), 1, "exactly the broker links the two interviews: {shared:?}");
    // And the fee or exit that refers to him uses the same pseudonym as his actor id.
    for r in &records {
        let broker = r["actors"].as_array().unwrap().iter().find(|a| a["name"] == shared[0].as_str()).unwrap();
        assert_eq!(broker["id"], shared[0].as_str());
    }
}

/// The pseudonymous interview id an export gives a vault record in this project.
fn interview_pseudonym(vault: &Vault, record_id: &str) -> String {
    fieldvault::deid::Pseudonymiser::for_project(&vault.profile().unwrap().unwrap()).unwrap().pseudonym("interview", record_id)
}

/// The bundle's data files as text: records, tables and package descriptor, not the manifest.
fn data_texts(b: &bundle::Bundle) -> Vec<(&str, String)> {
    b.files
        .iter()
        .filter(|(name, _)| name.as_str() != bundle::MANIFEST && name.as_str() != bundle::SIGNATURE)
        .map(|(name, bytes)| (name.as_str(), String::from_utf8(bytes.clone()).unwrap()))
        .collect()
}

/// A participant withdrawn from the vault (a tombstone) is in no file of the bundle, not even
/// by pseudonymous id; the manifest counts the withdrawal without naming anyone, and the other
/// interviews export as the fixtures' own consents allow.
#[test]
fn a_withdrawn_participant_is_in_no_file_and_the_manifest_counts_the_withdrawal() {
    let mut p = project_with(None);
    // Huong's pseudonymous id and quote as a bundle would hold them, before she withdraws.
    let o = ExportOptions { interviews: Some(vec![p.ids[0].clone()]), ..options(small_set_policy()) };
    let huong = bundle::prepare(&p.vault, &o).unwrap().records()[0].clone();
    let huong_id = huong["interview_id"].as_str().unwrap().to_owned();
    let quote: String = huong["quotes"][0]["text"].as_str().unwrap().chars().take(40).collect();
    p.vault.withdraw(&p.ids[0]).unwrap();

    // What the other four fixtures' consents let through.
    let others = &fixtures()[1..];
    let may_share = |i: &&fieldvault::schema::Interview| i.consent.withdrawal.is_none() && i.consent.scopes.share_deidentified;
    let expected = others.iter().filter(may_share).count();
    let no_share = others.iter().filter(|i| i.consent.withdrawal.is_none() && !i.consent.scopes.share_deidentified).count();
    assert_eq!((expected, no_share), (3, 1), "Thanh alone does not consent to sharing");

    let (path, summary) = export(&mut p, "withdrawn.fvb");
    let b = bundle::open(&path, &p.researcher, &roster(&p.vault)).unwrap();
    for m in [&summary.manifest, &b.manifest] {
        let c = &m.report.consent;
        assert_eq!((c.considered, c.withdrawn, c.no_share_consent, c.passed), (5, 1, no_share, expected));
        assert_eq!((m.report.exported, m.counts.interviews, m.counts.rows["interviews"]), (expected, expected, expected));
        let withdrawn: Vec<&Exclusion> = m.exclusions.iter().filter(|e| e.reason == ExclusionReason::Withdrawn).collect();
        assert_eq!(withdrawn, [&Exclusion { interview_id: None, reason: ExclusionReason::Withdrawn, count: 1 }]);
    }
    let records = b.records().unwrap();
    assert_eq!(records.len(), expected);
    assert!(records.iter().all(|r| r["interview_id"] != huong_id.as_str()));
    for (name, text) in data_texts(&b) {
        assert!(!text.contains(&huong_id), "the withdrawn interview's id is in {name}");
        assert!(!text.contains(&quote), "the withdrawn participant's quote is in {name}");
    }
    assert!(!crate::util::contains(&b.files[bundle::MANIFEST], huong_id.as_bytes()), "the manifest names the tombstone");
}

/// A withdrawal recorded in the interview's consent (the record not yet erased) keeps it out
/// too: it is excluded as withdrawn under its pseudonymous id and none of its text is in the
/// bundle, while the same interview without the withdrawal is exported.
#[test]
fn a_recorded_withdrawal_of_consent_is_excluded_as_withdrawn() {
    let mut p = project_with(None);
    let mut withdrawn = fixtures()[1].clone();
    withdrawn.notes = Some("She asked to leave the study after the harvest festival.".into());
    withdrawn.consent.withdrawal =
        Some(fieldvault::schema::Withdrawal { date: "2019-03".parse().unwrap(), note: Some("asked at the harvest festival".into()) });
    let mut kept = fixtures()[1].clone();
    kept.notes = Some("She agreed to the study after the lantern festival.".into());
    let ids = p.vault.add_records(&[withdrawn, kept]).unwrap();
    let (withdrawn_id, kept_id) = (interview_pseudonym(&p.vault, &ids[0]), interview_pseudonym(&p.vault, &ids[1]));

    let (path, summary) = export(&mut p, "recorded.fvb");
    let m = &summary.manifest;
    let c = &m.report.consent;
    // The five fixtures (Thanh without share consent) and the two copies.
    assert_eq!((c.considered, c.withdrawn, c.no_share_consent, c.passed, m.report.exported), (7, 1, 1, 5, 5));
    let excluded: Vec<&Exclusion> = m.exclusions.iter().filter(|e| e.reason == ExclusionReason::Withdrawn).collect();
    assert_eq!(excluded, [&Exclusion { interview_id: Some(withdrawn_id.clone()), reason: ExclusionReason::Withdrawn, count: 1 }]);
    assert!(!m.exclusions.iter().any(|e| e.interview_id.as_deref() == Some(kept_id.as_str())), "{:?}", m.exclusions);

    let b = bundle::open(&path, &p.researcher, &roster(&p.vault)).unwrap();
    let records = b.records().unwrap();
    assert!(records
        .iter()
        .any(|r| r["interview_id"] == kept_id.as_str() && r["notes"] == "She agreed to the study after the lantern festival."));
    assert!(!records.iter().any(|r| r["interview_id"] == withdrawn_id.as_str()));
    for (name, text) in data_texts(&b) {
        assert!(!text.contains(&withdrawn_id), "the withdrawn interview's id is in {name}");
        assert!(!text.contains("harvest festival"), "the withdrawn interview's text is in {name}");
    }
}

/// Quotes leave only with both consents, each needed on its own: the interview's consent to
/// quote verbatim and the quote's own. Without the quote's own, that quote alone is dropped;
/// without the interview's, every quote is, however each is marked. The report counts both.
#[test]
fn quotes_need_the_interviews_consent_to_quote_and_their_own() {
    let mut p = project_with(None);
    // Xuan: two quotes, each with its own consent, and the interview's consent to quote.
    let xuan = fixtures()[2].clone();
    assert!(xuan.consent.scopes.quote_verbatim && xuan.quotes.len() == 2 && xuan.quotes.iter().all(|q| q.consent_to_quote));
    let mut one_refused = xuan.clone();
    one_refused.quotes[1].consent_to_quote = false;
    let mut no_scope = xuan.clone();
    no_scope.consent.scopes.quote_verbatim = false;
    let ids = p.vault.add_records(&[one_refused, no_scope]).unwrap();
    let first = "I boarded a plane for the first time in my life";
    let second = "community center to learn about Japanese culture";

    for (id, kept, excluded) in [(&ids[0], 1, 1), (&ids[1], 0, 2)] {
        let out = p.dir.path().join(format!("quotes-{kept}.fvb"));
        let o = ExportOptions { interviews: Some(vec![id.clone()]), ..options(small_set_policy()) };
        let s = bundle::export(&mut p.vault, &out, &o).unwrap();
        let c = &s.manifest.report.consent;
        assert_eq!((c.passed, c.quotes_kept, c.quotes_excluded), (1, kept, excluded), "interview {kept}");
        let iid = interview_pseudonym(&p.vault, id);
        assert_eq!(
            s.manifest.exclusions,
            [Exclusion { interview_id: Some(iid), reason: ExclusionReason::QuotesWithoutConsent, count: excluded }]
        );
        assert_eq!(s.manifest.counts.rows["quotes"], kept);

        let b = bundle::open(&out, &p.researcher, &roster(&p.vault)).unwrap();
        let records = b.records().unwrap();
        let quotes = records[0].get("quotes").and_then(Value::as_array).cloned().unwrap_or_default();
        assert_eq!(quotes.len(), kept);
        assert!(quotes.iter().all(|q| q["consent_to_quote"] == true && q["text"].as_str().unwrap().contains(first)), "{quotes:?}");
        for (name, text) in data_texts(&b) {
            assert!(!text.contains(second), "a quote without consent is in {name}");
        }
        let in_tables = String::from_utf8_lossy(&b.files["data/quotes.csv"]).contains(first);
        assert_eq!(in_tables, kept == 1, "the quote with both consents is in the quotes table");
    }
}

/// No exported id encodes time or device. Every interview id and every pseudonymised value in
/// the records is a keyed-hash pseudonym (`p_` and 16 hex digits), not a UUID, and holds no
/// record id's time prefix; no file holds a UUID but the project's own (v4) or any record id
/// (UUID v7, which encodes when it was made) in any spelling, nor the vault's id or key; no
/// data file holds the fieldworker's signing key.
#[test]
fn no_exported_id_encodes_time_or_device() {
    let mut p = project_with(None);
    let vault_id: String = p.vault.connection().query_row("SELECT value FROM meta WHERE key = 'vault_id'", [], |r| r.get(0)).unwrap();
    let recipient = p.vault.recipient().unwrap().to_string();
    let signing = fieldvault::keys::parse_minisign_public(&p.vault.signing_public_key().unwrap()).unwrap();
    let project_id = p.vault.profile().unwrap().unwrap().project_id.to_string();
    assert_eq!(uuid::Uuid::parse_str(&project_id).unwrap().get_version_num(), 4);
    let (path, _) = export(&mut p, "ids.fvb");
    let b = bundle::open(&path, &p.researcher, &roster(&p.vault)).unwrap();

    // Record ids are UUID v7: their first 12 hex digits are the time they were made.
    let uuids = |id: &str| {
        let u = uuid::Uuid::parse_str(id).unwrap();
        [u.hyphenated().to_string(), u.simple().to_string()]
    };
    let time_prefixes: Vec<String> = p.ids.iter().map(|id| id.replace('-', "")[..12].to_owned()).collect();
    assert!(p.ids.iter().all(|id| uuid::Uuid::parse_str(id).unwrap().get_version_num() == 7));

    // Every id-like value of the records: interview ids and the policy's pseudonymised fields.
    fn at<'a>(v: &'a Value, path: &[&str], out: &mut Vec<&'a Value>) {
        let Some((first, rest)) = path.split_first() else {
            match v {
                Value::Array(a) => out.extend(a),
                other => out.push(other),
            }
            return;
        };
        let (name, list) = first.strip_suffix("[]").map_or((*first, false), |n| (n, true));
        match (v.get(name), list) {
            (Some(Value::Array(items)), true) => items.iter().for_each(|x| at(x, rest, out)),
            (Some(x), false) => at(x, rest, out),
            _ => {}
        }
    }
    let mut paths = vec!["interview_id".to_string()];
    paths.extend(small_set_policy().rules.iter().filter(|(_, r)| **r == Rule::Pseudonymise).map(|(f, _)| f.clone()));
    let records = b.records().unwrap();
    let mut values = Vec::new();
    for r in &records {
        for path in &paths {
            at(r, &path.split('.').collect::<Vec<_>>(), &mut values);
        }
    }
    assert!(values.len() > 80, "only {} id-like values", values.len());
    for v in values {
        let s = v.as_str().unwrap_or_else(|| panic!("an id that is not a string: {v}"));
        assert!(s.len() == 18 && s.starts_with("p_") && s[2..].bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')), "{s}");
        assert!(uuid::Uuid::parse_str(s).is_err() && uuid::Uuid::parse_str(&s[2..]).is_err(), "{s}");
        assert!(!time_prefixes.iter().any(|t| s.contains(t.as_str())), "{s} holds a record id's time");
    }

    // No file holds a UUID but the project id, nor a record id, the vault's id or its key.
    let any_uuid = regex::Regex::new(r"(?i)[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}").unwrap();
    for (name, bytes) in &b.files {
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        for m in any_uuid.find_iter(&text).filter(|m| m.as_str().contains('-')) {
            assert_eq!(m.as_str(), project_id, "a UUID in {name}");
        }
        for id in p.ids.iter().chain([&vault_id]) {
            for spelling in uuids(id) {
                assert!(!text.contains(&spelling), "{spelling} is in {name}");
            }
        }
        assert!(!text.contains(&recipient), "the vault's age recipient is in {name}");
    }
    for (name, text) in data_texts(&b) {
        for key in [signing.to_base64(), bundle::key_id(&signing)] {
            assert!(!text.contains(&key), "the signing key is in {name}");
        }
    }
}

#[test]
fn bundle_contents_are_deterministic() {
    let p = project_with(None);
    let policy = small_set_policy();
    let profile = p.vault.profile().unwrap().unwrap();
    let records: Vec<fieldvault::deid::SourceRecord> = p
        .ids
        .iter()
        .map(|id| {
            let r = p.vault.get_record(id).unwrap();
            fieldvault::deid::SourceRecord { id: r.id, interview: r.interview }
        })
        .collect();
    let make = || {
        let input = fieldvault::deid::Input {
            records: &records,
            selected: None,
            withdrawn_tombstones: 0,
            policy: &policy,
            pseudonymiser: &fieldvault::deid::Pseudonymiser::for_project(&profile).unwrap(),
            allow_suppression: false,
            deny_list: &profile.deny_list,
            keep_list: &[],
        };
        let mut d = fieldvault::deid::deidentify(&input).unwrap();
        let ctx = bundle::SealContext { profile: &profile, policy: &policy, now: clock(), audit_head: (7, "ab".repeat(32)) };
        bundle::seal(&mut d, &ctx, &p.vault).unwrap()
    };
    let (s1, s2) = (make(), make());
    let unpack = |tar: &[u8]| -> Vec<(String, Vec<u8>)> {
        let mut a = tar::Archive::new(tar);
        a.entries()
            .unwrap()
            .map(|e| {
                let mut e = e.unwrap();
                let mut v = Vec::new();
                std::io::Read::read_to_end(&mut e, &mut v).unwrap();
                (e.path().unwrap().to_string_lossy().into_owned(), v)
            })
            .collect()
    };
    let (f1, f2) = (unpack(&s1.tar()), unpack(&s2.tar()));
    let paths: Vec<&str> = f1.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(paths[..2], [bundle::MANIFEST, bundle::SIGNATURE], "the signed manifest comes first");
    let mut sorted = paths[2..].to_vec();
    sorted.sort();
    assert_eq!(paths[2..], sorted, "then the other entries in sorted order");
    for (a, b) in f1.iter().zip(&f2) {
        assert_eq!(a.0, b.0);
        if a.0 != bundle::SIGNATURE {
            assert!(a.1 == b.1, "{} differs between two runs", a.0);
        }
    }
    assert_eq!(s1.manifest_sha256, s2.manifest_sha256);
    // Ed25519 without noise (RFC 8032): the signature, and so the whole tar, is byte-identical.
    assert!(s1.tar() == s2.tar(), "the tars differ");
}

#[test]
fn the_fieldworker_reviews_redacted_text_before_the_bundle_is_sealed() {
    let p = project_with(None);
    let roster = roster(&p.vault);
    let mut vault = api::Vault::from(p.vault);
    let mut export = api::Export::prepare(&vault, &options(small_set_policy())).unwrap();
    let items = export.review_items().to_vec();
    assert!(items.len() > 20, "{} review items", items.len());
    assert!(items.iter().all(|i| i.redacted.contains("[REDACTED:")));
    let note = items.iter().find(|i| i.path == "notes").unwrap().clone();
    // The fieldworker rewrites a note, carelessly naming the participant and a phone number:
    // the edit is redacted again.
    export.revise(&note.interview_id, "notes", "Talked with Nguyễn Thị Hương (call 0912 000 111) at home.").unwrap();
    let err = export.revise(&note.interview_id, "participant.gender", "x").unwrap_err();
    assert_eq!(err.code, api::ErrorCode::NotFound, "{err}");
    for i in &items {
        export.approve(&i.interview_id, &i.path, true).unwrap();
    }
    let out = p.dir.path().join("reviewed.fvb");
    export.seal(&mut vault, &out, &mut |_| {}).unwrap();
    let b = bundle::open(&out, &p.researcher, &roster).unwrap();
    let rec = b.records().unwrap().into_iter().find(|r| r["interview_id"] == note.interview_id.as_str()).unwrap();
    assert_eq!(rec["notes"], "Talked with [REDACTED:name] (call [REDACTED:phone]) at home.");
}

#[test]
fn the_export_is_an_audit_event_and_the_manifest_names_the_chain_head() {
    let mut p = project_with(None);
    let before = p.vault.verify_audit().unwrap();
    let (_, summary) = export(&mut p, "audited.fvb");
    assert_eq!(summary.manifest.audit.chain_head, before.hash);
    assert_eq!(summary.manifest.audit.chain_seq, before.seq);
    let after = p.vault.verify_audit().unwrap();
    assert_eq!(after.seq, before.seq + 1);
    let last = p.vault.audit_entries().unwrap().pop().unwrap();
    assert_eq!(last.event, "exported");
    assert!(last.detail.unwrap().contains(&summary.bundle_sha256));
}

#[test]
fn fail_k_anonymity_unreachable_says_how_many_and_writes_nothing() {
    let mut p = project_with(None);
    let out = p.dir.path().join("k5.fvb");
    let mut o = options(Policy::default());
    let err = bundle::export(&mut p.vault, &out, &o).unwrap_err();
    match &err {
        BundleError::Deid(DeidError::KAnonymityUnreachable { k, below, total, .. }) => {
            assert_eq!((*k, *below, *total), (5, 4, 4));
        }
        other => panic!("expected k-anonymity refusal, got {other}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("4 of 4") && msg.contains("participant.birth_year") && msg.contains("suppress"), "{msg}");
    assert!(!out.exists());
    assert!(std::fs::read_dir(p.dir.path()).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().contains("k5.fvb")));

    // k = 2 on gender and destination: Huong and My Anh (women, Taiwan) form a group; the
    // other two are suppressed when allowed, and the report says so.
    let mut policy = Policy { k: 2, ..Policy::default() };
    policy.quasi_identifiers = vec!["participant.gender".into(), "migration_episodes[].destination_country".into()];
    o.policy = Some(policy);
    o.allow_suppression = true;
    let s = bundle::export(&mut p.vault, &out, &o).unwrap();
    let k = &s.manifest.report.k_anonymity;
    assert_eq!(k.suppressed, 2);
    assert_eq!(s.manifest.counts.interviews, 2);
    assert_eq!(k.classes.len(), 1);
    assert_eq!(k.classes[0].size, 2);
    assert_eq!(k.classes[0].values.as_ref().unwrap()["migration_episodes[].destination_country"], "TW");
    assert_eq!(s.manifest.exclusions.iter().filter(|e| e.reason == ExclusionReason::KAnonymity).count(), 2);
}

#[test]
fn fail_policy_missing_a_field_or_naming_an_unknown_one() {
    let mut p = project_with(None);
    let out = p.dir.path().join("policy.fvb");
    let mut missing = small_set_policy();
    missing.rules.remove("migration_episodes[].exits[].description");
    let err = bundle::export(&mut p.vault, &out, &options(missing)).unwrap_err();
    assert!(matches!(&err, BundleError::Policy(PolicyError::MissingRule(f)) if f == "migration_episodes[].exits[].description"), "{err}");
    assert!(err.to_string().contains("migration_episodes[].exits[].description"));
    let mut unknown = small_set_policy();
    unknown.rules.insert("participant.shoe_size".into(), Rule::Keep);
    let err = bundle::export(&mut p.vault, &out, &options(unknown)).unwrap_err();
    assert!(matches!(&err, BundleError::Policy(PolicyError::UnknownField(f)) if f == "participant.shoe_size"), "{err}");
    let mut kept = small_set_policy();
    kept.rules.insert("identity".into(), Rule::Keep);
    assert!(matches!(bundle::export(&mut p.vault, &out, &options(kept)), Err(BundleError::Policy(PolicyError::DirectKept(_)))));
    let mut wrong = small_set_policy();
    wrong.rules.insert("participant.birth_year".into(), Rule::Generalise(Generalisation::AmountBand));
    assert!(matches!(bundle::export(&mut p.vault, &out, &options(wrong)), Err(BundleError::Policy(PolicyError::NotApplicable { .. }))));
    assert!(!out.exists());
    // A profile's policy is checked the same way.
    let mut bad = small_set_policy();
    bad.rules.remove("notes");
    let mut p = project_with(Some(&bad));
    let o = ExportOptions { policy: None, ..options(small_set_policy()) };
    assert!(matches!(bundle::export(&mut p.vault, &out, &o), Err(BundleError::Policy(PolicyError::MissingRule(f))) if f == "notes"));
}

#[test]
fn fail_no_consenting_interview_writes_nothing() {
    let mut p = project_with(None);
    let thanh = p.ids[3].clone();
    let out = p.dir.path().join("thanh.fvb");
    // Ids are matched however they are written, and named twice they count once.
    let o = ExportOptions { interviews: Some(vec![thanh.clone(), thanh.to_uppercase()]), ..options(small_set_policy()) };
    let err = bundle::export(&mut p.vault, &out, &o).unwrap_err();
    assert!(matches!(err, BundleError::Deid(DeidError::NoConsentingInterviews { considered: 1, no_share: 1, .. })), "{err}");
    assert!(!out.exists());
    let o = ExportOptions { interviews: Some(vec!["0190f0aa-0000-7000-8000-000000000000".into()]), ..options(small_set_policy()) };
    assert!(matches!(bundle::export(&mut p.vault, &out, &o), Err(BundleError::Deid(DeidError::UnknownInterview(_)))));
    // Withdrawn participants are never exported either.
    for id in p.ids.clone() {
        p.vault.withdraw(&id).unwrap();
    }
    let err = bundle::export(&mut p.vault, &out, &options(small_set_policy())).unwrap_err();
    assert!(matches!(err, BundleError::Deid(DeidError::NoConsentingInterviews { withdrawn: 5, .. })), "{err}");
}

#[test]
fn fail_output_exists_or_folder_missing() {
    let mut p = project_with(None);
    let out = p.dir.path().join("exists.fvb");
    std::fs::write(&out, b"keep me").unwrap();
    assert!(matches!(bundle::export(&mut p.vault, &out, &options(small_set_policy())), Err(BundleError::OutputExists(_))));
    assert_eq!(std::fs::read(&out).unwrap(), b"keep me");
    let nowhere = p.dir.path().join("no/such/dir/x.fvb");
    assert!(matches!(bundle::export(&mut p.vault, &nowhere, &options(small_set_policy())), Err(BundleError::Output { .. })));
}

#[test]
fn fail_wrong_key_truncated_and_tampered_bundles() {
    let mut p = project_with(None);
    let (path, _) = export(&mut p, "t.fvb");
    let bytes = std::fs::read(&path).unwrap();
    let stranger = age::x25519::Identity::generate();
    assert!(matches!(bundle::open(&path, &stranger, &roster(&p.vault)), Err(ReadError::WrongKey)));

    let write = |name: &str, b: &[u8]| {
        let f = p.dir.path().join(name);
        std::fs::write(&f, b).unwrap();
        f
    };
    let truncated = write("truncated.fvb", &bytes[..bytes.len() - 100]);
    let err = bundle::open(&truncated, &p.researcher, &roster(&p.vault)).unwrap_err();
    assert!(matches!(err, ReadError::Truncated(_)), "{err:?}");
    // Cut exactly after the first 64 KiB chunk: age itself sees the stream end early.
    let mac = bytes.windows(5).position(|w| w == b"\n--- ").unwrap();
    let header_end = mac + 1 + bytes[mac + 1..].iter().position(|&b| b == b'\n').unwrap() + 1;
    let at_chunk = write("chunk.fvb", &bytes[..header_end + 16 + 64 * 1024 + 16]);
    assert!(bytes.len() > header_end + 16 + 2 * (64 * 1024 + 16), "the test bundle spans several chunks");
    let err = bundle::open(&at_chunk, &p.researcher, &roster(&p.vault)).unwrap_err();
    assert!(matches!(err, ReadError::Truncated(_)), "{err:?}");
    let header_only = write("header.fvb", &bytes[..40]);
    assert!(matches!(
        bundle::open(&header_only, &p.researcher, &roster(&p.vault)),
        Err(ReadError::Truncated(_) | ReadError::NotABundle(_))
    ));

    let mut flipped = bytes.clone();
    let at = flipped.len() - 500;
    flipped[at] ^= 1;
    let err = bundle::open(&write("flipped.fvb", &flipped), &p.researcher, &roster(&p.vault)).unwrap_err();
    assert!(matches!(err, ReadError::Altered(_)), "{err:?}");

    // Someone with the researchers' public keys re-encrypts an edited tar: the signature or
    // the hashes catch it.
    let tar = fieldvault::keys::decrypt(&p.researcher, &bytes).unwrap();
    let profile = p.vault.profile().unwrap().unwrap();
    let edit = |from: &[u8], to: &[u8]| -> ReadError {
        let mut t = tar.to_vec();
        let pos = t.windows(from.len()).position(|w| w == from).expect("text to edit");
        t.splice(pos..pos + from.len(), to.iter().copied());
        let enc = bundle::encrypt(&profile, &t).unwrap();
        bundle::open_bytes(&enc, &p.researcher, &roster(&p.vault)).unwrap_err()
    };
    let err = edit(b"\"format\": 1", b"\"format\": 2");
    assert!(matches!(&err, ReadError::BadSignature { .. }), "{err:?}");
    let err = edit(b"interview_id,", b"interview_iD,");
    assert!(matches!(&err, ReadError::HashMismatch { path } if path.starts_with("data/")), "{err:?}");

    // A roster that does not hold the signer refuses the bundle, and so does no roster at all.
    let mut other = bundle::Roster::new();
    other.add("someone else", &fieldvault::keys::generate_member_keys("someone-else").minisign_public_file).unwrap();
    assert!(matches!(bundle::open(&path, &p.researcher, &other), Err(ReadError::UnknownSigner { .. })));
    let signer = bundle::key_id(&fieldvault::keys::parse_minisign_public(&p.vault.signing_public_key().unwrap()).unwrap());
    match bundle::open(&path, &p.researcher, &bundle::Roster::new()) {
        Err(ReadError::NoRoster { key_id }) => assert_eq!(key_id, signer),
        other => panic!("{other:?}"),
    }
    bundle::open(&path, &p.researcher, &roster(&p.vault)).unwrap();
}

#[test]
fn fail_unsafe_tar_entries_are_refused() {
    let p = project_with(None);
    let profile = p.vault.profile().unwrap().unwrap();
    // A tar with a parent-directory path, built by hand (the tar crate refuses to write one).
    let mut header = tar::Header::new_ustar();
    header.as_mut_bytes()[..16].copy_from_slice(b"../../etc/passwd");
    header.set_size(3);
    header.set_mode(0o644);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    let mut t = header.as_bytes().to_vec();
    t.extend_from_slice(b"x\n\n");
    t.resize(1024 + 512 * 2, 0);
    let enc = bundle::encrypt(&profile, &t).unwrap();
    let err = bundle::open_bytes(&enc, &p.researcher, &roster(&p.vault)).unwrap_err();
    assert!(matches!(&err, ReadError::UnsafeEntry { path, .. } if path.contains("..")), "{err:?}");
    // A symlink entry.
    let mut b = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_ustar();
    h.set_entry_type(tar::EntryType::Symlink);
    h.set_size(0);
    b.append_link(&mut h, "manifest.json", "/etc/passwd").unwrap();
    let enc = bundle::encrypt(&profile, &b.into_inner().unwrap()).unwrap();
    assert!(matches!(bundle::open_bytes(&enc, &p.researcher, &roster(&p.vault)), Err(ReadError::UnsafeEntry { .. })));
}

fn which(cmd: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(cmd)).find(|p| p.is_file()))
}

fn run(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{cmd:?} failed: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    out
}

#[test]
fn debian_age_tar_and_minisign_open_and_verify_the_bundle() {
    let (Some(age), Some(minisign), Some(tar)) = (which("age"), which("minisign"), which("tar")) else {
        panic!("age, minisign and tar are needed: apt-get install age minisign tar");
    };
    let mut p = project_with(None);
    let (path, summary) = export(&mut p, "interop.fvb");
    let dir = p.dir.path();
    let key = dir.join("researcher.key");
    std::fs::write(&key, format!("{}\n", p.researcher.to_string().expose_secret())).unwrap();
    let tar_file = dir.join("bundle.tar");
    run(Command::new(&age).arg("-d").arg("-i").arg(&key).arg("-o").arg(&tar_file).arg(&path));
    let listing = run(Command::new(&tar).arg("-tvf").arg(&tar_file));
    let listing = String::from_utf8_lossy(&listing.stdout);
    for line in listing.lines() {
        assert!(line.starts_with("-rw-r--r-- 0/0"), "not a plain 0644 file owned by 0/0: {line}");
        assert!(line.contains("1970-01-01"), "mtime is not 0: {line}");
    }
    let unpacked = dir.join("unpacked");
    std::fs::create_dir(&unpacked).unwrap();
    run(Command::new(&tar).arg("-xf").arg(&tar_file).arg("-C").arg(&unpacked));
    let pubkey = fieldvault::keys::parse_minisign_public(&p.vault.signing_public_key().unwrap()).unwrap().to_base64();
    run(Command::new(&minisign).arg("-Vm").arg(unpacked.join("manifest.json")).arg("-P").arg(&pubkey));
    // Every hash in the manifest matches the unpacked file, and nothing else is there.
    let mut on_disk: Vec<String> =
        crate::util::files_under(&unpacked).iter().map(|f| f.strip_prefix(&unpacked).unwrap().to_string_lossy().into_owned()).collect();
    on_disk.sort();
    let mut listed: Vec<String> = summary.manifest.files.iter().map(|f| f.path.clone()).collect();
    listed.extend([bundle::MANIFEST.to_string(), bundle::SIGNATURE.to_string()]);
    listed.sort();
    assert_eq!(on_disk, listed);
    for f in &summary.manifest.files {
        let data = std::fs::read(unpacked.join(&f.path)).unwrap();
        let sum = run(Command::new("sha256sum").arg(unpacked.join(&f.path)));
        assert!(String::from_utf8_lossy(&sum.stdout).starts_with(&f.sha256), "{}", f.path);
        assert_eq!(data.len() as u64, f.size);
    }
    // The Frictionless validator (PyPI `frictionless`) accepts the data package, foreign keys
    // included, where it is installed.
    match crate::util::py_tool("frictionless") {
        Some(fl) => {
            let out = run(Command::new(fl).arg("validate").arg("datapackage.json").current_dir(&unpacked));
            let report = String::from_utf8_lossy(&out.stdout);
            assert!(report.contains("VALID") && !report.contains("INVALID"), "{report}");
        }
        None => eprintln!("note: frictionless is not installed (scripts/setup.sh app installs it); data package validation skipped"),
    }
    // A tampered manifest fails minisign too.
    let m = unpacked.join("manifest.json");
    let text = std::fs::read_to_string(&m).unwrap().replace("\"k\": 1", "\"k\": 9");
    std::fs::write(&m, text).unwrap();
    let out = Command::new(&minisign).arg("-Vm").arg(&m).arg("-P").arg(&pubkey).output().unwrap();
    assert!(!out.status.success(), "minisign accepted an edited manifest");
}

#[test]
fn records_validate_against_the_deid_record_schema_with_a_third_party_validator() {
    // Python's `jsonschema` (Debian's python3-jsonschema) checks records.jsonl against the
    // committed schema; skipped with a note where it is not installed.
    let Some(python) = crate::util::py_tool("python") else {
        eprintln!("note: the Python tools venv is missing (scripts/setup.sh app makes it); third-party schema validation skipped");
        return;
    };
    let probe = Command::new(&python).args(["-c", "import jsonschema"]).output();
    assert!(probe.is_ok_and(|o| o.status.success()), "jsonschema is not installed in {}", python.display());
    let mut p = project_with(None);
    let (path, _) = export(&mut p, "schema.fvb");
    let b = bundle::open(&path, &p.researcher, &roster(&p.vault)).unwrap();
    let records = p.dir.path().join("records.jsonl");
    std::fs::write(&records, &b.files["records.jsonl"]).unwrap();
    let schema = crate::util::root().join("schemas/deid-record.schema.json");
    let script = "import json,sys,jsonschema\n\
        s=json.load(open(sys.argv[1]))\n\
        v=jsonschema.Draft202012Validator(s)\n\
        n=0\n\
        for line in open(sys.argv[2]):\n\
        \x20   errs=list(v.iter_errors(json.loads(line)))\n\
        \x20   assert not errs, [e.message+' at '+e.json_path for e in errs[:5]]\n\
        \x20   n+=1\n\
        print(n)\n";
    let out = run(Command::new(&python).arg("-c").arg(script).arg(&schema).arg(&records));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "4");
    // And a record with a leftover identity section does not validate.
    let bad = p.dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"interview_id\": \"p_0123456789abcdef\", \"identity\": {\"full_name\": \"X\"}}\n").unwrap();
    let out = Command::new(&python).arg("-c").arg(script).arg(&schema).arg(&bad).output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn cli_exports_and_inspects_a_bundle() {
    let mut p = project_with(Some(&small_set_policy()));
    let vault_path = p.vault.path().to_owned();
    let signer = p.dir.path().join("fieldworker.pub");
    std::fs::write(&signer, p.vault.signing_public_key().unwrap()).unwrap();
    p.vault.lock();
    drop(p.vault);
    let key = p.dir.path().join("researcher.key");
    std::fs::write(&key, format!("{}\n", p.researcher.to_string().expose_secret())).unwrap();
    let out = p.dir.path().join("cli.fvb");
    let export = || {
        let mut c = crate::util::cli();
        c.arg("--vault").arg(&vault_path).arg("export").arg("--out").arg(&out);
        c
    };
    // With no one to review the redacted texts (stdin is not a terminal), nothing is written.
    let o = crate::util::run_with_stdin(&mut export(), None);
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("need review"), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!out.exists());
    // Reviewing on stdin: quitting writes nothing; a review that ends early writes nothing.
    let o = crate::util::run_with_stdin(export().arg("--review"), Some("a\nq\n"));
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cancelled during review"));
    let o = crate::util::run_with_stdin(export().arg("--review"), Some("a\n"));
    assert!(!o.status.success());
    assert!(!out.exists());
    // Replacing the first text: the replacement is redacted again before it is shown and sealed.
    let answers = format!("e\nCall her on 0912 345 678 later.\n{}", "a\n".repeat(200));
    let o = crate::util::run_with_stdin(export().arg("--review"), Some(&answers));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("in the bundle: Call her on [REDACTED:phone] later."), "{stderr}");
    assert!(stderr.contains("4 interviews exported"), "{stderr}");
    std::fs::remove_file(&out).unwrap();
    let o = export().arg("--approve-redactions").output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("4 interviews exported") && stderr.contains("sealed without review"), "{stderr}");
    // With no fieldworker's key to check the signer against, inspect refuses, naming the signer.
    let o = crate::util::cli().args(["bundle", "inspect"]).arg(&out).arg("--identity").arg(&key).output().unwrap();
    assert_eq!(o.status.code(), Some(7), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--signer"), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    let o =
        crate::util::cli().args(["bundle", "inspect"]).arg(&out).arg("--identity").arg(&key).arg("--signer").arg(&signer).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["manifest"]["counts"]["interviews"], 4);
    assert_eq!(v["checks"]["signature"], "ok");
    assert_eq!(v["checks"]["signer_on_roster"], "ok");
    // A wrong identity exits with the wrong-key code.
    let stranger = p.dir.path().join("stranger.key");
    std::fs::write(&stranger, format!("{}\n", age::x25519::Identity::generate().to_string().expose_secret())).unwrap();
    let o = crate::util::cli()
        .args(["bundle", "inspect"])
        .arg(&out)
        .arg("--identity")
        .arg(&stranger)
        .arg("--signer")
        .arg(&signer)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    // Exporting again to the same file refuses and leaves it alone.
    let before = std::fs::read(&out).unwrap();
    let o = export().arg("--approve-redactions").output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

/// The review at the command line lists the detections marked "possible" and restores one in one
/// answer (`r 1`); the bundle then holds it as written, and the manifest counts redactions per
/// confidence.
#[test]
fn cli_review_shows_possible_detections_and_restores_one() {
    let mut p = project_with(Some(&small_set_policy()));
    let vault_path = p.vault.path().to_owned();
    let signer = p.dir.path().join("fieldworker.pub");
    std::fs::write(&signer, p.vault.signing_public_key().unwrap()).unwrap();
    p.vault.lock();
    drop(p.vault);
    let key = p.dir.path().join("researcher.key");
    std::fs::write(&key, format!("{}\n", p.researcher.to_string().expose_secret())).unwrap();
    let out = p.dir.path().join("possible.fvb");
    let mut c = crate::util::cli();
    c.arg("--vault").arg(&vault_path).arg("export").arg("--out").arg(&out).arg("--review");
    // Replace the first text with one naming someone no lexicon knows after a cue, restore
    // that detection, approve everything.
    let answers = format!("e\nShe met Mr. Wojciechowski and called 0912 345 678.\nr 1\n{}", "a\n".repeat(200));
    let o = crate::util::run_with_stdin(&mut c, Some(&answers));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("in the bundle: She met Mr. [REDACTED:name] and called [REDACTED:phone]."), "{stderr}");
    assert!(stderr.contains("possible name [1]: Wojciechowski (redacted)"), "{stderr}");
    assert!(stderr.contains("in the bundle: She met Mr. Wojciechowski and called [REDACTED:phone]."), "{stderr}");
    assert!(stderr.contains("possible name [1]: Wojciechowski (restored)"), "{stderr}");
    let o =
        crate::util::cli().args(["bundle", "inspect"]).arg(&out).arg("--identity").arg(&key).arg("--signer").arg(&signer).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let by_confidence = &v["manifest"]["redactions_by_confidence"];
    assert!(by_confidence["high"].as_u64().unwrap_or(0) > 0, "{by_confidence}");
    assert!(by_confidence["possible"].as_u64().unwrap_or(0) > 0, "{by_confidence}");
    // A phone number is no possible detection: `r 1` on a text without one restores nothing.
    let out2 = p.dir.path().join("phone.fvb");
    let mut c = crate::util::cli();
    c.arg("--vault").arg(&vault_path).arg("export").arg("--out").arg(&out2).arg("--review");
    let answers = format!("e\nCall 0912 345 678.\nr 1\n{}", "a\n".repeat(200));
    let o = crate::util::run_with_stdin(&mut c, Some(&answers));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("there is no possible detection 1 here"), "{stderr}");
    assert!(stderr.contains("in the bundle: Call [REDACTED:phone]."), "{stderr}");
    assert!(!stderr.contains("(restored)"), "{stderr}");
}

/// A project for the command line: the vault closed, with its path, record ids and the
/// pseudonymous interview ids an export gives them.
struct CliProject {
    dir: tempfile::TempDir,
    researcher: age::x25519::Identity,
    vault: PathBuf,
    roster: bundle::Roster,
    ids: Vec<String>,
    pseudonyms: Vec<String>,
}

fn cli_project() -> CliProject {
    let p = project_with(Some(&small_set_policy()));
    let pseudonyms = p.ids.iter().map(|id| interview_pseudonym(&p.vault, id)).collect();
    let vault = p.vault.path().to_owned();
    let roster = roster(&p.vault);
    drop(p.vault);
    CliProject { dir: p.dir, researcher: p.researcher, vault, roster, ids: p.ids, pseudonyms }
}

/// `fieldvault export` prints a line on stderr as each step of the pipeline and of sealing
/// begins or ends, in order, then a summary (what was exported and left out and why, what was
/// redacted and suppressed, the bundle's path, size and SHA-256) that matches the bundle, and
/// never an identifier or a text of a record.
#[test]
fn cli_export_prints_each_stage_and_a_summary_without_identifiers() {
    let p = cli_project();
    let (vault_path, pseudonyms) = (&p.vault, &p.pseudonyms);
    let out = p.dir.path().join("stages.fvb");
    let o = crate::util::cli().arg("--vault").arg(vault_path).args(["export", "--approve-redactions", "--out"]).arg(&out).output().unwrap();
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(o.status.success(), "{stderr}");
    let stdout = String::from_utf8(o.stdout).unwrap();
    let b = bundle::open(&out, &p.researcher, &p.roster).unwrap();
    let r = &b.manifest.report;

    // Five fixtures, Thanh without share consent; Huy's two quotes without consent to quote.
    let stages = [
        "export: de-identifying (consent gate, drop, pseudonymise, generalise, redact, k-anonymity)…\n".to_string(),
        "export: consent gate: 4 of 5 interviews pass (0 withdrawn, 1 without share consent); 4 quotes kept, 2 without consent to quote\n"
            .into(),
        format!("export: drop: {} values dropped\n", r.dropped),
        format!("export: pseudonymise: {} values pseudonymised\n", r.pseudonymised),
        format!("export: generalise: {} values generalised\n", r.generalised),
        format!(
            "export: redact: {} spans in {} of {} strings\n",
            r.redaction.per_rule.values().sum::<usize>(),
            r.redaction.strings_redacted,
            r.redaction.strings_scanned
        ),
        format!("export: k-anonymity: k = 1, {} groups, 0 further generalisations, 0 suppressed\n", r.k_anonymity.classes.len()),
        "export: building the files, leak scan, signing the manifest…\n".into(),
        "export: encrypting to 2 recipients…\n".into(),
        "export: writing the bundle and recording the export in the audit log…\n".into(),
        "export: done\n".into(),
    ];
    let mut at = 0;
    for s in &stages {
        let i = stderr[at..].find(s.as_str()).unwrap_or_else(|| panic!("{s:?} missing or out of order in:\n{stderr}"));
        at += i + s.len();
    }
    let bytes = std::fs::read(&out).unwrap();
    let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
    let summary = [
        format!("4 interviews exported to {}\n", out.display()),
        "left out: 1 interview (0 withdrawn, 1 without share consent, 0 suppressed for k = 1); 2 quotes without consent to quote\n".into(),
        format!(
            "spans redacted {} in {} strings; leak scan: {} files, 0 hits\n",
            r.redaction.per_rule.values().sum::<usize>(),
            r.redaction.strings_redacted,
            b.manifest.files.len() + 1
        ),
        format!("bundle: {}, {} bytes, sha256 {sha}\n", out.display(), bytes.len()),
    ];
    for s in &summary {
        let i = stderr[at..].find(s.as_str()).unwrap_or_else(|| panic!("{s:?} missing or out of order in:\n{stderr}"));
        at += i + s.len();
    }
    assert_eq!(stdout, format!("{} sha256 {sha}\n", out.display()));

    // No vault id, pseudonym or planted identifier in what was printed.
    let printed = format!("{stdout}{stderr}");
    for id in p.ids.iter().chain(pseudonyms) {
        assert!(!printed.contains(id.as_str()), "{id} printed:\n{printed}");
    }
    for rec in b.records().unwrap() {
        for a in rec["actors"].as_array().unwrap() {
            assert!(!printed.contains(a["id"].as_str().unwrap()), "an actor pseudonym printed:\n{printed}");
        }
    }
    assert_no_planted_identifier(&BTreeMap::from([("output".to_string(), printed.into_bytes())]));
}

/// `--interview ID` exports that interview alone; `--policy P` applies a policy file (here the
/// built-in one from `fieldvault schema default-policy`, with k = 2 on gender and destination);
/// k unreachable refuses and writes nothing unless `--allow-suppression` is given, which leaves
/// the small groups out and says how many.
#[test]
fn cli_export_takes_interviews_a_policy_file_and_allow_suppression() {
    let p = cli_project();
    let (vault_path, pseudonyms) = (&p.vault, &p.pseudonyms);
    let export = |name: &str, args: &[&str]| {
        let out = p.dir.path().join(name);
        let mut c = crate::util::cli();
        c.arg("--vault").arg(vault_path).args(["export", "--approve-redactions", "--out"]).arg(&out).args(args);
        let o = c.output().unwrap();
        (out, o.status.code(), String::from_utf8(o.stderr).unwrap())
    };

    // Xuan alone, named twice (once in upper case).
    let (out, code, stderr) = export("xuan.fvb", &["--interview", &p.ids[2], "--interview", &p.ids[2].to_uppercase()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("export: consent gate: 1 of 1 interviews pass") && stderr.contains("1 interview exported to"), "{stderr}");
    let records = bundle::open(&out, &p.researcher, &p.roster).unwrap().records().unwrap();
    let ids: Vec<&str> = records.iter().map(|r| r["interview_id"].as_str().unwrap()).collect();
    assert_eq!(ids, [pseudonyms[2].as_str()]);

    // The built-in policy as the CLI prints it, with k = 2 on gender and destination.
    let o = crate::util::cli().args(["schema", "default-policy"]).output().unwrap();
    assert!(o.status.success());
    assert_eq!(Policy::from_json(&String::from_utf8(o.stdout.clone()).unwrap()).unwrap(), Policy::default());
    let mut v: Value = serde_json::from_slice(&o.stdout).unwrap();
    v["k"] = 2.into();
    v["quasi_identifiers"] = serde_json::json!(["participant.gender", "migration_episodes[].destination_country"]);
    let policy_file = p.dir.path().join("k2.json");
    std::fs::write(&policy_file, v.to_string()).unwrap();
    let policy = Policy::from_json(&v.to_string()).unwrap();
    let policy_arg = policy_file.to_str().unwrap();

    let (out, code, stderr) = export("k2.fvb", &["--policy", policy_arg]);
    assert_eq!(code, Some(5), "{stderr}");
    assert!(
        stderr.contains("2 of 4 interviews") && stderr.contains("--allow-suppression") && stderr.contains("nothing was exported"),
        "{stderr}"
    );
    assert!(!out.exists());

    // Huong and My Anh (women, Taiwan) form a group; Xuan and Huy are suppressed.
    let (out, code, stderr) = export("k2.fvb", &["--policy", policy_arg, "--allow-suppression"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("export: k-anonymity: k = 2, 1 group, ") && stderr.contains(", 2 suppressed\n"), "{stderr}");
    assert!(stderr.contains("2 interviews exported to"), "{stderr}");
    assert!(stderr.contains("left out: 3 interviews (0 withdrawn, 1 without share consent, 2 suppressed for k = 2)"), "{stderr}");
    let b = bundle::open(&out, &p.researcher, &p.roster).unwrap();
    assert_eq!(b.manifest.policy, policy);
    assert_eq!(b.manifest.policy_sha256, policy.sha256());
    let mut ids: Vec<String> = b.records().unwrap().iter().map(|r| r["interview_id"].as_str().unwrap().to_owned()).collect();
    ids.sort();
    let mut expected = vec![pseudonyms[0].clone(), pseudonyms[1].clone()];
    expected.sort();
    assert_eq!(ids, expected);
}

#[allow(dead_code)]
fn dump(files: &BTreeMap<String, Vec<u8>>, dir: &Path) {
    for (name, data) in files {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }
}

#[test]
fn committed_export_schemas_match_the_rust_types() {
    crate::util::check_committed("deid-policy.schema.json", &fieldvault::deid::policy_schema());
    crate::util::check_committed("deid-record.schema.json", &fieldvault::deid::deid_record_schema());
    crate::util::check_committed("bundle-manifest.schema.json", &bundle::manifest_schema());
}

#[test]
fn the_default_policy_validates_against_its_committed_schema() {
    // The policy schema accepts the built-in policy (checked with PyPI's jsonschema from
    // `target/pytools`, required under CI), and the policy covers every schema field.
    let policy = Policy::default();
    assert_eq!(policy.rules.len(), fieldvault::deid::fields::fields().len());
    let Some(python) = crate::util::py_tool("python") else { return };
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("policy.json");
    std::fs::write(&f, policy.to_json()).unwrap();
    let schema = crate::util::root().join("schemas/deid-policy.schema.json");
    run(Command::new(&python)
        .arg("-c")
        .arg("import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))")
        .arg(&schema)
        .arg(&f));
}

/// Redaction quality on a corpus: Faker-generated sentences in vi_VN, ja_JP and zh_TW
/// (`tests/redaction_corpus/generate.py`) and hand-written hard cases. Prints recall per kind
/// of identifier and precision per redaction rule; the numbers are recorded in
/// `docs/deidentification.md`. Identifiers known to the vault must all be found.
#[test]
fn redaction_corpus_recall_and_precision() {
    use fieldvault::deid::IdentifierKind;
    let (recall, precision, cases) = measure_corpus(|_| None);
    let pct = |(a, b): (usize, usize)| if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 };
    println!("redaction corpus: {cases} cases");
    println!("{:<26} {:>6} {:>8}", "identifier kind", "count", "recall");
    for (k, v) in &recall {
        println!("{k:<26} {:>6} {:>7.1}%", v.1, pct(*v));
    }
    println!("{:<26} {:>6} {:>9}", "redaction rule", "spans", "precision");
    for (k, v) in &precision {
        println!("{k:<26} {:>6} {:>8.1}%", v.1, pct(*v));
    }
    for kind in ["name", "address", "place"] {
        assert_eq!(pct(recall[kind]), 100.0, "every identifier known to the vault must be found ({kind})");
    }
    for kind in ["phone", "email", "url", "social", "vn_id", "jp_residence_card", "tw_resident_certificate"] {
        assert!(pct(recall[kind]) >= 95.0, "{kind} recall {:.1}%", pct(recall[kind]));
    }
    // Places below province level not known to the vault, found by the gazetteer.
    assert!(pct(recall["place_gazetteer"]) >= 90.0, "gazetteer recall {:.1}%", pct(recall["place_gazetteer"]));
    assert!(pct(precision["gazetteer:place"]) >= 90.0, "gazetteer precision {:.1}%", pct(precision["gazetteer:place"]));
    let all = precision.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    assert!(pct(all) >= 95.0, "overall precision {:.1}%", pct(all));

    // The same corpus with every annotated identifier known to the vault, as the participant's
    // or a contact's own phone, account, document number, name or place would be: all found,
    // however the text writes them. A given name alone is not a value the vault holds.
    let as_known = |kind: &str| match kind {
        "phone" => Some(IdentifierKind::Phone),
        "email" | "url" | "social" => Some(IdentifierKind::Social),
        "vn_id" | "jp_residence_card" | "tw_resident_certificate" | "passport" => Some(IdentifierKind::IdNumber),
        "unknown_name" => Some(IdentifierKind::Name),
        "place_gazetteer" => Some(IdentifierKind::Place),
        _ => None,
    };
    let (known, _, _) = measure_corpus(as_known);
    // And with the names and places no one told the vault about on the project's deny-list.
    let (denied, _, _) = measure_corpus(|kind| matches!(kind, "unknown_name" | "place_gazetteer").then_some(IdentifierKind::DenyList));
    println!("{:<26} {:>6} {:>8}", "known to the vault", "count", "recall");
    for (k, v) in known.iter().filter(|(k, _)| *k != "given_name") {
        println!("{k:<26} {:>6} {:>7.1}%", v.1, pct(*v));
        assert_eq!(pct(*v), 100.0, "every identifier known to the vault must be found ({k})");
    }
    for k in ["unknown_name", "place_gazetteer"] {
        println!("{:<26} {:>6} {:>7.1}%", format!("{k} on the deny-list"), denied[k].1, pct(denied[k]));
        assert_eq!(pct(denied[k]), 100.0, "every word of the deny-list must be found ({k})");
    }
}

/// Recall per annotated kind and precision per redaction rule over the redaction corpus
/// (`tests/redaction_corpus`), and the number of cases; the misses are printed. Each case's
/// own known identifiers are given to the redactor, plus every annotated identifier of a kind
/// that `also_known` makes known (as that kind of identifier).
#[allow(clippy::type_complexity)]
fn measure_corpus(
    also_known: impl Fn(&str) -> Option<fieldvault::deid::IdentifierKind>,
) -> (BTreeMap<String, (usize, usize)>, BTreeMap<String, (usize, usize)>, usize) {
    use fieldvault::deid::{IdentifierKind, KnownIdentifier, Redactor};
    let dir = crate::util::root().join("tests/redaction_corpus");
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut precision: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    let mut cases = 0;
    for file in ["faker.jsonl", "hard_cases.jsonl"] {
        for line in read(&dir.join(file)).lines() {
            cases += 1;
            let c: Value = serde_json::from_str(line).unwrap();
            let text = c["text"].as_str().unwrap();
            let mut known: Vec<KnownIdentifier> = c["known"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| KnownIdentifier {
                    value: k[0].as_str().unwrap().into(),
                    kind: match k[1].as_str().unwrap() {
                        "name" => IdentifierKind::Name,
                        "address" => IdentifierKind::Address,
                        "place" => IdentifierKind::Place,
                        "actor" => IdentifierKind::Actor,
                        "contact" => IdentifierKind::Contact,
                        "pseudonym" => IdentifierKind::Pseudonym,
                        "interviewer" => IdentifierKind::Interviewer,
                        other => panic!("unknown kind {other}"),
                    },
                    person: k[2].as_bool().unwrap(),
                })
                .collect();
            for i in c["ids"].as_array().unwrap() {
                if let Some(kind) = also_known(i[1].as_str().unwrap()) {
                    known.push(KnownIdentifier { value: i[0].as_str().unwrap().into(), kind, person: kind == IdentifierKind::Name });
                }
            }
            let spans = Redactor::new(&known).find(text);
            let ids: Vec<(usize, usize, String)> = c["ids"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| {
                    let s = i[0].as_str().unwrap();
                    let at = text.find(s).unwrap_or_else(|| panic!("{s:?} not in {text:?}"));
                    (at, at + s.len(), i[1].as_str().unwrap().to_owned())
                })
                .collect();
            for (s, e, kind) in &ids {
                let found = spans.iter().any(|sp| sp.start <= *s && sp.end >= *e);
                let r = recall.entry(kind.clone()).or_default();
                r.1 += 1;
                if found {
                    r.0 += 1;
                } else if !matches!(kind.as_str(), "unknown_name" | "given_name" | "passport") || also_known(kind).is_some() {
                    misses.push(format!("{kind}: {:?} in {text:?}", &text[*s..*e]));
                }
            }
            for sp in &spans {
                let ok = ids.iter().any(|(s, e, _)| sp.start < *e && sp.end > *s);
                let p = precision.entry(sp.rule.clone()).or_default();
                p.1 += 1;
                if ok {
                    p.0 += 1;
                } else {
                    misses.push(format!("false positive {}: {:?} in {text:?}", sp.rule, &text[sp.start..sp.end]));
                }
            }
        }
    }
    for m in &misses {
        println!("  {m}");
    }
    (recall, precision, cases)
}

/// Writes a bundle for the vault as it is now, without recording an export: what
/// [`bundle::export`] would seal at this moment.
fn seal_now(p: &Project, policy: &Policy) -> bundle::Sealed {
    let profile = p.vault.profile().unwrap().unwrap();
    let mut ids = p.ids.clone();
    ids.sort(); // `bundle::prepare` reads the records in id order
    let records: Vec<fieldvault::deid::SourceRecord> = ids
        .iter()
        .map(|id| {
            let r = p.vault.get_record(id).unwrap();
            fieldvault::deid::SourceRecord { id: r.id, interview: r.interview }
        })
        .collect();
    let input = fieldvault::deid::Input {
        records: &records,
        selected: None,
        withdrawn_tombstones: 0,
        policy,
        pseudonymiser: &fieldvault::deid::Pseudonymiser::for_project(&profile).unwrap(),
        allow_suppression: false,
        deny_list: &profile.deny_list,
        keep_list: &[],
    };
    let mut d = fieldvault::deid::deidentify(&input).unwrap();
    let head = p.vault.verify_audit().unwrap();
    let ctx = bundle::SealContext { profile: &profile, policy, now: clock(), audit_head: (head.seq, head.hash) };
    bundle::seal(&mut d, &ctx, &p.vault).unwrap()
}

/// "The same vault, policy and clock give byte-identical bundle contents before encryption."
///
/// The same vault means the same vault state, audit chain included: the manifest names the
/// chain head, and every event moves it (an unlock appends one with its own time, and so does
/// each export). So two exports in a row differ exactly there, and a bundle made again from
/// the vault as it was before an export is byte for byte the one that export wrote, signature
/// included (age encryption alone differs, by its random file key).
#[test]
fn the_same_vault_policy_and_clock_give_byte_identical_bundles() {
    let mut p = project_with(None);
    let policy = small_set_policy();
    let before_first = seal_now(&p, &policy);
    let (first, _) = export(&mut p, "first.fvb");
    let before_second = seal_now(&p, &policy);
    let (second, _) = export(&mut p, "second.fvb");
    let tar = |path: &Path, who: &age::x25519::Identity| fieldvault::keys::decrypt(who, &std::fs::read(path).unwrap()).unwrap().to_vec();
    let (t1, t2) = (tar(&first, &p.researcher), tar(&second, &p.researcher));
    assert_eq!(tar(&first, &p.reviewer), t1, "every recipient decrypts the same tar");
    assert_ne!(std::fs::read(&first).unwrap(), std::fs::read(&second).unwrap(), "age uses a fresh file key each time");

    let files = |t: &[u8]| {
        bundle::open_bytes(&bundle::encrypt(&p.vault.profile().unwrap().unwrap(), t).unwrap(), &p.researcher, &roster(&p.vault)).unwrap()
    };
    // Each exported tar, manifest.json.minisig included, is the one made from the same state.
    for (exported, sealed) in [(&t1, &before_first.tar()), (&t2, &before_second.tar())] {
        let (e, s) = (files(exported), files(sealed));
        let differ: Vec<&String> = e.files.keys().filter(|k| s.files.get(*k) != e.files.get(*k)).collect();
        assert!(differ.is_empty(), "files differ from the ones sealed at the same vault state: {differ:?}");
        assert!(exported == sealed, "the tar differs from the one sealed at the same vault state");
    }
    let (b1, b2) = (files(&t1), files(&t2));
    assert!(b1.files.contains_key(bundle::SIGNATURE));

    // The second export saw one more audit entry (the first export) and nothing else changed.
    assert_eq!(b2.manifest.audit.chain_seq, b1.manifest.audit.chain_seq + 1);
    assert_ne!(b2.manifest.audit.chain_head, b1.manifest.audit.chain_head);
    let mut m2 = b2.manifest.clone();
    m2.audit = b1.manifest.audit.clone();
    assert_eq!(m2, b1.manifest);
    for (path, data) in &b1.files {
        if path != bundle::MANIFEST && path != bundle::SIGNATURE {
            assert!(b2.files[path] == *data, "{path} differs between two exports");
        }
    }
}

/// The project's deny-list: the PI lists a word no interview records as an identifier (here the
/// barbershop My Anh's husband runs, which would point to their house). Every export redacts
/// it, whatever its case, under its own rule; and the leak scan looks for it, so a copy that
/// slipped past redaction would stop the export.
#[test]
fn a_deny_listed_word_is_redacted_and_the_leak_scan_looks_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let researcher = age::x25519::Identity::generate();
    let mut profile = Profile::new("Migration infrastructures");
    profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
    profile.deny_list = vec!["BARBERSHOP".into()];
    let opts = CreateOptions { work_factor: Some(MIN_WORK_FACTOR), profile: Some(profile.clone()) };
    let mut vault = Vault::create(&dir.path().join("field.vault"), &pass(), &opts).unwrap();
    let ids = vault.add_records(&fixtures()).unwrap();
    assert!(vault.get_record(&ids[1]).unwrap().interview.notes.unwrap().contains("barbershop"), "the fixture note names it");

    let out = dir.path().join("deny.fvb");
    let summary = bundle::export(&mut vault, &out, &options(small_set_policy())).unwrap();
    assert!(summary.manifest.redactions.get("known:deny_list").copied().unwrap_or(0) >= 1, "{:?}", summary.manifest.redactions);
    let b = bundle::open(&out, &researcher, &roster(&vault)).unwrap();
    for (name, bytes) in &b.files {
        assert!(!fold(&String::from_utf8_lossy(bytes)).contains("barbershop"), "the deny-listed word is in {name}");
    }
    assert!(b.files.values().any(|f| crate::util::contains(f, b"[REDACTED:deny_list]")));

    // The leak scan: an output that still held the word would abort the export.
    let records: Vec<fieldvault::deid::SourceRecord> = ids
        .iter()
        .map(|id| {
            let r = vault.get_record(id).unwrap();
            fieldvault::deid::SourceRecord { id: r.id, interview: r.interview }
        })
        .collect();
    let policy = small_set_policy();
    let deidentify = |deny_list: &[String]| {
        fieldvault::deid::deidentify(&fieldvault::deid::Input {
            records: &records,
            selected: None,
            withdrawn_tombstones: 0,
            policy: &policy,
            pseudonymiser: &fieldvault::deid::Pseudonymiser::for_project(&profile).unwrap(),
            allow_suppression: false,
            deny_list,
            keep_list: &[],
        })
        .unwrap()
    };
    let leaky = vec![("records.jsonl".to_string(), "{\"notes\": \"a small Barbershop in the house\"}".as_bytes().to_vec())];
    match deidentify(&profile.deny_list).leak_scan(&leaky) {
        Err(DeidError::Leak { file, rule, .. }) => assert_eq!((file.as_str(), rule.as_str()), ("records.jsonl", "known:deny_list")),
        other => panic!("expected the leak scan to stop the export, got {other:?}"),
    }
    assert!(deidentify(&[]).leak_scan(&leaky).is_ok(), "without the deny-list the word is not an identifier");
}

/// What redaction lets through, the final leak scan still stops: a note holding a UUID v7
/// that is not one of the vault's own ids (so no known identifier, and no detector's kind)
/// encodes a time; the whole export stops, naming the file, offset and rule, and no bundle,
/// temporary file or `exported` event is left. Every string is redacted whatever its rule
/// (a policy's `keep` included), so a known name cannot be let through this way.
#[test]
fn a_leak_past_redaction_stops_the_whole_export() {
    let mut p = project_with(None);
    let mut xuan = p.vault.get_record(&p.ids[2]).unwrap().interview;
    xuan.notes = Some(format!("{} Copied from the old tablet: 0190f0aa-3c5e-7b12-9d4f-0a1b2c3d4e5f.", xuan.notes.unwrap_or_default()));
    p.vault.update_record(&p.ids[2], &xuan).unwrap();
    let out = p.dir.path().join("leaky.fvb");
    let before = p.vault.audit_entries().unwrap().len();
    let err = bundle::export(&mut p.vault, &out, &options(small_set_policy())).unwrap_err();
    match &err {
        BundleError::Deid(DeidError::Leak { file, rule, .. }) => {
            assert!(file.ends_with(".csv") || file == "records.jsonl", "{file}");
            assert_eq!(rule, "uuid_v7");
        }
        other => panic!("expected the leak scan to stop the export, got {other}"),
    }
    assert!(!err.to_string().contains("0190f0aa"), "the error names no value: {err}");
    let left: Vec<String> = std::fs::read_dir(p.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("field.vault"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    assert_eq!(p.vault.audit_entries().unwrap().len(), before, "no event for an export that wrote nothing");

    // Kept by the policy, a note is still redacted: the known name in it never reaches the scan.
    let mut policy = small_set_policy();
    policy.rules.insert("actors[].notes".into(), Rule::Keep);
    xuan.notes = None;
    p.vault.update_record(&p.ids[2], &xuan).unwrap();
    let s = bundle::export(&mut p.vault, &out, &options(policy)).unwrap();
    assert!(s.review.iter().any(|r| r.path.starts_with("actors[") && r.path.ends_with("].notes")));
    assert_no_planted_identifier(&bundle::open(&out, &p.researcher, &roster(&p.vault)).unwrap().files);
}

/// The desktop app's export wizard, through the session: choose, preview, review, seal.
mod wizard {
    use fieldvault::api::{ErrorCode, ExclusionKind, ExportStage, Segment, Session};
    use fieldvault::bundle;
    use fieldvault::demo;
    use fieldvault::keys::MIN_WORK_FACTOR;
    use fieldvault::profile::{Member, Profile};
    use sha2::Digest;

    use crate::util::{fixtures, pass};

    fn joined(segs: &[Segment]) -> String {
        segs.iter().map(|s| s.text.as_str()).collect()
    }

    fn marked(segs: &[Segment]) -> Vec<&str> {
        segs.iter().filter(|s| s.redacted).map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn the_wizard_previews_reviews_and_seals_only_once_every_text_is_approved() {
        let dir = tempfile::tempdir().unwrap();
        let researcher = age::x25519::Identity::generate();
        let mut profile = Profile::new("Migration infrastructures");
        profile.researchers.push(Member { name: "PI".into(), age_recipient: researcher.to_public().to_string() });
        profile.deid_policy = Some(serde_json::to_value(super::small_set_policy()).unwrap());
        let mut s = Session::new(dir.path()).with_work_factor(Some(MIN_WORK_FACTOR));
        s.create_vault(&pass(), &pass(), Some(&profile.to_json())).unwrap();
        s.vault().unwrap().add_records(&fixtures()).unwrap();

        // Step 1: which interviews may be shared, and why not.
        let candidates = s.export_candidates().unwrap();
        assert_eq!(candidates.len(), 5);
        let refused: Vec<_> = candidates.iter().filter(|c| !c.shareable).collect();
        assert_eq!(refused.len(), 1, "{candidates:?}");
        assert_eq!(refused[0].reason, Some(ExclusionKind::NoShareConsent));
        assert!(candidates.iter().any(|c| c.shareable && c.quotes_without_consent == 2), "Huy's two quotes lack consent");

        // Step 2: the preview, every interview asked for.
        let ids: Vec<String> = candidates.iter().map(|c| c.id.clone()).collect();
        let preview = s.export_prepare(Some(ids), false).unwrap();
        assert_eq!(preview.steps.considered, 5);
        assert_eq!(preview.steps.passed, 4);
        assert_eq!(preview.steps.exported, 4);
        assert_eq!(preview.recipients, vec!["PI".to_string()]);
        assert!(preview.default_path.ends_with(".fvb") && preview.default_path.contains("fieldvault-migration-infrastructures-"));
        let no_share = preview.exclusions.iter().find(|e| e.reason == ExclusionKind::NoShareConsent).unwrap();
        assert_eq!(no_share.record_id.as_deref(), Some(refused[0].id.as_str()));
        assert_eq!(no_share.label, refused[0].label);
        let field = |p: &str| preview.fields.iter().find(|f| f.path == p).unwrap_or_else(|| panic!("no preview of {p}"));
        let birth = field("participant.birth_year");
        assert!(birth.rule.starts_with("generalise:birth_year_band"), "{}", birth.rule);
        assert!(birth.before.is_number() && birth.after.as_str().is_some_and(|a| a.contains('-')), "{birth:?}");
        let direct: Vec<_> = preview.fields.iter().filter(|f| f.class == "direct").collect();
        assert!(!direct.is_empty());
        assert!(direct.iter().all(|f| f.after.is_null() || f.after.as_str().is_some_and(|a| a.starts_with("p_"))), "{direct:?}");
        // Review items: the original split at what is redacted, the result at its replacements.
        assert!(preview.items.len() > 20);
        for item in &preview.items {
            assert!(!marked(&item.original).is_empty(), "{}: nothing marked", item.path);
            assert_eq!(joined(&item.result), item.redacted);
            assert_eq!(marked(&item.result).len(), marked(&item.original).len(), "{}", item.path);
            assert!(!item.approved && !item.edited);
        }

        // Sealing is refused while any text is unapproved, and writes nothing.
        let out = dir.path().join("wizard.fvb");
        let out_s = out.to_str().unwrap();
        let err = s.export_seal(out_s, &mut |_| {}).unwrap_err();
        assert_eq!(err.code, ErrorCode::NotApproved, "{err:?}");
        assert!(!out.exists());

        // Step 3: an edit is redacted again and must be approved anew.
        let note = preview.items.iter().find(|i| i.path == "notes").unwrap();
        for i in &preview.items {
            s.export_approve(&i.interview_id, &i.path, true).unwrap();
        }
        let edited = s.export_revise(&note.interview_id, "notes", "Talked with Nguyễn Thị Hương (call 0912 000 111) at home.").unwrap();
        assert!(edited.edited && !edited.approved);
        assert_eq!(edited.redacted, "Talked with [REDACTED:name] (call [REDACTED:phone]) at home.");
        assert_eq!(marked(&edited.original), vec!["Nguyễn Thị Hương", "0912 000 111"]);
        assert_eq!(s.export_seal(out_s, &mut |_| {}).unwrap_err().code, ErrorCode::NotApproved);
        let err = s.export_revise(&note.interview_id, "participant.gender", "x").unwrap_err();
        assert_eq!(err.code, ErrorCode::NotFound);
        assert!(s.export_approve(&note.interview_id, "notes", true).unwrap().approved);
        assert_eq!(s.export_seal("relative.fvb", &mut |_| {}).unwrap_err().code, ErrorCode::Invalid);

        // Step 4: seal, with progress; the bundle opens and holds the edit.
        let mut stages = Vec::new();
        let done = s.export_seal(out_s, &mut |p| stages.push(p.stage)).unwrap();
        assert_eq!(stages, vec![ExportStage::Building, ExportStage::Encrypting, ExportStage::Writing, ExportStage::Done]);
        assert_eq!(done.path, out_s);
        assert_eq!(done.interviews, 4);
        assert_eq!(done.sha256, hex::encode(sha2::Sha256::digest(std::fs::read(&out).unwrap())));
        assert!(done.exclusions.iter().any(|e| e.reason == ExclusionKind::QuotesWithoutConsent && e.count == 2));
        assert!(done.redactions.iter().any(|r| r.rule == "known:name" && r.count > 0));
        let b = bundle::open(&out, &researcher, &crate::util::roster_of_its_exporter(&out, &researcher)).unwrap();
        let records = b.records().unwrap();
        assert_eq!(records.len(), 4);
        let rec = records.iter().find(|r| r["interview_id"] == note.interview_id.as_str()).unwrap();
        assert_eq!(rec["notes"], "Talked with [REDACTED:name] (call [REDACTED:phone]) at home.");
        super::assert_no_planted_identifier(&b.files);

        // The export is finished; a new one is dropped by the lock.
        assert_eq!(s.export_seal(out_s, &mut |_| {}).unwrap_err().code, ErrorCode::NoExport);
        let again = s.export_prepare(None, false).unwrap();
        s.lock();
        s.unlock(&pass()).unwrap();
        let err = s.export_approve(&again.items[0].interview_id, &again.items[0].path, true).unwrap_err();
        assert_eq!(err.code, ErrorCode::NoExport);
    }

    #[test]
    fn the_demo_vault_exports_to_the_demo_researcher() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Session::new(dir.path()).with_work_factor(Some(MIN_WORK_FACTOR));
        s.open_demo().unwrap();
        let preview = s.export_prepare(None, false).unwrap();
        assert_eq!(preview.steps.exported, 4);
        for i in &preview.items {
            s.export_approve(&i.interview_id, &i.path, true).unwrap();
        }
        let out = dir.path().join("demo.fvb");
        s.export_seal(out.to_str().unwrap(), &mut |_| {}).unwrap();
        let identity: age::x25519::Identity = demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap();
        assert_eq!(identity.to_public().to_string(), demo::DEMO_RESEARCHER_RECIPIENT);
        assert_eq!(
            bundle::open(&out, &identity, &crate::util::roster_of_its_exporter(&out, &identity)).unwrap().records().unwrap().len(),
            4
        );
    }

    #[test]
    fn fail_an_export_without_a_profile_says_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Session::new(dir.path()).with_work_factor(Some(MIN_WORK_FACTOR));
        s.create_vault(&pass(), &pass(), None).unwrap();
        s.vault().unwrap().add_records(&fixtures()).unwrap();
        let err = s.export_prepare(None, false).unwrap_err();
        assert_eq!(err.code, ErrorCode::NoProfile);
        assert!(err.to_string().contains("profile"), "{err}");
    }
}

/// k-anonymity generalises further before it suppresses: when the policy's own generalisations
/// leave a group smaller than k, the quasi-identifiers go up a fixed ladder (birth-year bands 5
/// → 10 → 20 years, province → region → country, …) until k holds, every record stays, and the manifest
/// says which rungs were taken.
#[test]
fn k_anonymity_generalises_further_before_suppressing() {
    let mut p = project_with(None);
    let ids = p.ids.clone();
    let mut o = options(Policy { k: 2, ..Policy::default() });

    // My Anh (born 1980) and Xuan (1995): 5-year bands apart, then 10, together at 20 years.
    let mut policy = Policy { k: 2, ..Policy::default() };
    policy.quasi_identifiers = vec!["participant.birth_year".into(), "participant.gender".into()];
    o.policy = Some(policy);
    o.interviews = Some(vec![ids[1].clone(), ids[2].clone()]);
    let out = p.dir.path().join("ages.fvb");
    let s = bundle::export(&mut p.vault, &out, &o).unwrap();
    let k = &s.manifest.report.k_anonymity;
    assert_eq!((k.suppressed, k.records_below_k, s.manifest.counts.interviews), (0, 0, 2));
    let rungs: Vec<(&str, LadderStep)> = k.generalised.iter().map(|g| (g.quasi_identifier.as_str(), g.to)).collect();
    assert_eq!(rungs, [("participant.birth_year", LadderStep::BirthYearBand10), ("participant.birth_year", LadderStep::BirthYearBand20)]);
    assert_eq!(k.generalised.last().unwrap().records_below_k, 0);
    assert_eq!(k.classes.len(), 1);
    assert_eq!(k.classes[0].values.as_ref().unwrap()["participant.birth_year"], "1980-1999");
    let b = bundle::open(&out, &p.researcher, &roster(&p.vault)).unwrap();
    assert!(b.records().unwrap().iter().all(|r| r["participant"]["birth_year"] == "1980-1999"));
    let manifest: Value = serde_json::from_slice(&b.files["manifest.json"]).unwrap();
    assert_eq!(manifest["report"]["k_anonymity"]["generalised"][1]["to"], "birth_year_band20");

    // Huong and My Anh (Hải Dương) and Huy (Hưng Yên): provinces become their region.
    let mut policy = Policy { k: 2, ..Policy::default() };
    policy.quasi_identifiers = vec!["participant.origin.province".into()];
    o.policy = Some(policy);
    o.interviews = Some(vec![ids[0].clone(), ids[1].clone(), ids[4].clone()]);
    let out = p.dir.path().join("provinces.fvb");
    let s = bundle::export(&mut p.vault, &out, &o).unwrap();
    let k = &s.manifest.report.k_anonymity;
    assert_eq!((k.suppressed, s.manifest.counts.interviews), (0, 3));
    assert_eq!(k.generalised.len(), 1);
    assert_eq!((k.generalised[0].to, k.generalised[0].values_changed), (LadderStep::Region, 3));
    let b = bundle::open(&out, &p.researcher, &roster(&p.vault)).unwrap();
    assert!(b.records().unwrap().iter().all(|r| r["participant"]["origin"]["province"] == "Red River Delta"));
    assert_no_planted_identifier(&b.files);

    // Records and manifest still validate against the committed schemas (third-party validator).
    if let Some(python) = crate::util::py_tool("python") {
        let dir = p.dir.path();
        for (file, schema) in [("records.jsonl", "deid-record.schema.json"), ("manifest.json", "bundle-manifest.schema.json")] {
            std::fs::write(dir.join(file), &b.files[file]).unwrap();
            run(Command::new(&python)
                .arg("-c")
                .arg("import json,sys,jsonschema\nv=jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))\nfor l in open(sys.argv[2]).read().splitlines() if sys.argv[2].endswith('l') else [open(sys.argv[2]).read()]:\n    e=list(v.iter_errors(json.loads(l)))\n    assert not e, [x.message for x in e[:3]]\n")
                .arg(crate::util::root().join("schemas").join(schema))
                .arg(dir.join(file)));
        }
    }

    // A split the ladder cannot close (gender) is still refused, then suppressed when allowed.
    let mut policy = Policy { k: 2, ..Policy::default() };
    policy.quasi_identifiers = vec!["participant.gender".into(), "participant.origin.province".into()];
    o.policy = Some(policy);
    let out = p.dir.path().join("gender.fvb");
    match bundle::export(&mut p.vault, &out, &o).unwrap_err() {
        BundleError::Deid(DeidError::KAnonymityUnreachable { below, total, .. }) => assert_eq!((below, total), (1, 3)),
        other => panic!("expected k-anonymity refusal, got {other}"),
    }
    o.allow_suppression = true;
    let s = bundle::export(&mut p.vault, &out, &o).unwrap();
    let k = &s.manifest.report.k_anonymity;
    assert_eq!((k.suppressed, s.manifest.counts.interviews), (1, 2));
    let rungs: Vec<LadderStep> = k.generalised.iter().map(|g| g.to).collect();
    assert_eq!(rungs, [LadderStep::Region, LadderStep::Country]);
}

/// What a bundle holds, its own consent allows: every record the export wrote passes the check
/// an ethics review runs on a bundle (`deid::consent::check_record`), quotes included; the same
/// record with its share consent or a quote's consent taken away does not.
#[test]
fn every_exported_record_passes_the_review_s_consent_check() {
    use fieldvault::deid::consent::{check_record, Breach, Refusal};
    let mut p = project_with(None);
    let (path, _) = export(&mut p, "consent.fvb");
    let records = bundle::open(&path, &p.researcher, &roster(&p.vault)).unwrap().records().unwrap();
    assert!(!records.is_empty());
    for r in &records {
        assert_eq!(check_record(r), vec![], "{}", r["interview_id"]);
    }
    let quoted = records.iter().find(|r| r["quotes"].as_array().is_some_and(|q| !q.is_empty())).expect("a record with quotes");
    let mut bad = quoted.clone();
    bad["quotes"][0]["consent_to_quote"] = false.into();
    assert_eq!(check_record(&bad), vec![Breach::Quote(0)]);
    let mut bad = quoted.clone();
    bad["consent"]["scopes"]["share_deidentified"] = false.into();
    assert_eq!(check_record(&bad)[0], Breach::NotShareable(Refusal::NoShareConsent));
}

/// The vault signs with its key and lends the key to no one: what it signs verifies under the
/// key it publishes and under no other data; a comment cannot add a line; a locked vault signs
/// nothing.
#[test]
fn the_vault_signs_only_while_unlocked() {
    let (_dir, mut vault) = crate::util::new_vault();
    let sig = minisign::SignatureBox::from_string(&vault.sign(b"manifest", "fieldvault test").unwrap()).unwrap();
    let pk = fieldvault::keys::parse_minisign_public(&vault.signing_public_key().unwrap()).unwrap();
    minisign::verify(&pk, &sig, std::io::Cursor::new(b"manifest"), true, false, false).unwrap();
    assert!(minisign::verify(&pk, &sig, std::io::Cursor::new(b"manifesT"), true, false, false).is_err());
    assert!(matches!(vault.sign(b"manifest", "ok\ntrusted comment: forged"), Err(fieldvault::vault::VaultError::Key(_))));
    vault.lock();
    assert!(matches!(vault.sign(b"manifest", "fieldvault test"), Err(fieldvault::vault::VaultError::Locked)));
}
