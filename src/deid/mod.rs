//! De-identification: turning vault interviews into records fit to leave the laptop.
//!
//! [`deidentify`] runs the pipeline in order, counting each step in a [`Report`]:
//! 1. consent gate, as [`consent`] decides: only interviews whose consent allows sharing a
//!    de-identified copy, never a withdrawn one; quotes only with the participant's consent to
//!    quote *and* the quote scope;
//! 2. drop the fields the [`Policy`] drops (direct identifiers first of all);
//! 3. pseudonymise linking values with a keyed hash ([`transforms::Pseudonymiser`]): interview
//!    ids, actor ids and names, field pseudonyms;
//! 4. generalise quasi-identifiers (dates, birth years, places, amounts);
//! 5. redact every string left with [`redact::Redactor`]: identifiers known to the vault and
//!    pattern detectors;
//! 6. k-anonymity over the policy's quasi-identifiers ([`kanon`]): generalise them further up a
//!    fixed ladder until every group holds `k` records; if that is not enough, refuse, or
//!    suppress the records of the groups still too small when the caller allows it.
//!
//! The final leak scan ([`leak::scan`]) runs over the bundle's files once they are written out
//! (see [`crate::bundle`]). This module reads [`Interview`]s and returns JSON records; it does not
//! touch the vault, files or keys.

pub mod consent;
pub mod entities;
pub mod fields;
pub mod gazetteer;
pub mod kanon;
pub mod leak;
pub mod marker;
/// An experiment, not shipped: a CRF tagger of names, measured leave-one-corpus-out.
#[cfg(test)]
mod names_model;
pub mod normalize;
pub mod policy;
mod public_bodies;
pub mod record_schema;
pub mod redact;
pub mod transforms;
mod words;

#[cfg(test)]
mod owners;

/// Texts the matchers' equivalence tests run on.
#[cfg(test)]
pub(crate) mod test_texts {
    use std::path::Path;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The fixture interviews: each one's JSON text.
    pub fn fixtures() -> Vec<String> {
        let mut paths: Vec<_> = std::fs::read_dir(root().join("tests/fixtures/interviews")).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
    }

    /// Every string value of a JSON text.
    pub fn strings(json: &str) -> Vec<String> {
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                serde_json::Value::Object(m) => m.values().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&serde_json::from_str(json).unwrap(), &mut out);
        out
    }

    /// A xorshift generator with a fixed seed, so a failing random text repeats.
    pub struct XorShift(pub u64);

    impl XorShift {
        /// The next number.
        pub fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        /// One of `items`.
        pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[(self.next() % items.len() as u64) as usize]
        }
    }

    /// The redaction corpus's texts.
    pub fn corpus_texts() -> Vec<String> {
        corpus().iter().map(|v| v["text"].as_str().unwrap().to_owned()).collect()
    }

    /// The redaction corpus: each line's JSON value (`text`, `known`, …).
    pub fn corpus() -> Vec<serde_json::Value> {
        ["tests/redaction_corpus/faker.jsonl", "tests/redaction_corpus/hard_cases.jsonl"]
            .iter()
            .flat_map(|f| {
                std::fs::read_to_string(root().join(f)).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect::<Vec<_>>()
            })
            .collect()
    }
}

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use entities::Confidence;
pub use fields::{Field, FieldKind, IdClass};
pub use kanon::{EquivalenceClass, Generalised, KAnonymityReport, LadderStep};
pub use leak::{Leak, LeakScanReport};
pub use policy::{policy_schema, Generalisation, Policy, PolicyError, Rule};
pub use record_schema::deid_record_schema;
pub use redact::{known_identifiers, IdentifierKind, KnownIdentifier, Redactor};
pub use transforms::Pseudonymiser;

use crate::schema::{Interview, PartialDate};
use fields::{Node, Prop};

/// Why an export was refused. Nothing is written when any of these is returned.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeidError {
    /// The policy is incomplete or wrong.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// The project secret is missing or malformed.
    #[error("the project's pseudonym secret is not 32 bytes: ask the principal investigator for a fresh profile")]
    BadSecret,
    /// An interview asked for is not in the vault.
    #[error(
        "no readable interview with id {0} in the vault (it may have been withdrawn and erased): list them with `fieldvault record list`"
    )]
    UnknownInterview(String),
    /// No selected interview may be shared.
    #[error("none of the {considered} selected interviews may be shared ({no_share} without consent to share a de-identified copy, {withdrawn} withdrawn): nothing was exported")]
    NoConsentingInterviews {
        /// Interviews considered.
        considered: usize,
        /// Without share consent.
        no_share: usize,
        /// Withdrawn.
        withdrawn: usize,
    },
    /// k-anonymity cannot be reached without suppressing records.
    #[error("k-anonymity with k = {k} is not reached, even with the quasi-identifiers generalised as far as the ladder goes: {below} of {total} interviews are in groups smaller than {k} on {quasi_identifiers} (smallest group: {smallest}); those {below} interviews would be suppressed. Drop a quasi-identifier or lower k in the policy, or allow suppression (`--allow-suppression`); nothing was exported")]
    KAnonymityUnreachable {
        /// The `k` required.
        k: u32,
        /// Records in groups smaller than `k`.
        below: usize,
        /// Records after the consent gate.
        total: usize,
        /// Size of the smallest group.
        smallest: usize,
        /// The quasi-identifiers with how many distinct values each has.
        quasi_identifiers: String,
    },
    /// Suppression would leave nothing.
    #[error("k-anonymity with k = {k} would suppress all {total} interviews: nothing was exported. Generalise the quasi-identifiers further or lower k in the policy")]
    EverythingSuppressed {
        /// The `k` required.
        k: u32,
        /// Records after the consent gate.
        total: usize,
    },
    /// A review edit names a string that was not up for review.
    #[error("nothing to review at {path} in interview {interview_id}: revise only the strings listed for review")]
    NotReviewable {
        /// Pseudonymous interview id.
        interview_id: String,
        /// Path in the record.
        path: String,
    },
    /// A restore names no possible detection.
    #[error("nothing to restore at byte {start} of {path} in interview {interview_id}: only detections marked \"possible\" can be restored; edit the text to change others")]
    NotRestorable {
        /// Pseudonymous interview id.
        interview_id: String,
        /// Path in the record.
        path: String,
        /// Byte offset asked for.
        start: usize,
    },
    /// The final leak scan found a known identifier in an output file.
    #[error("the leak scan found an identifier ({rule}) in {file} at byte {offset}: the export was stopped and no bundle was written. Add a drop or redact rule for the field it came from, or report this as a bug")]
    Leak {
        /// The file.
        file: String,
        /// Byte offset.
        offset: usize,
        /// What matched.
        rule: String,
    },
}

/// An interview as read from the vault, with the vault's id for it.
#[derive(Clone, Debug)]
pub struct SourceRecord {
    /// The vault's record id (never exported; pseudonymised).
    pub id: String,
    /// The current revision.
    pub interview: Interview,
}

/// Everything the pipeline needs.
pub struct Input<'a> {
    /// Every readable interview of the vault: all are sources of known identifiers.
    pub records: &'a [SourceRecord],
    /// Vault ids of the interviews to export (`None`: all).
    pub selected: Option<&'a [String]>,
    /// Interviews the vault holds only as withdrawal tombstones.
    pub withdrawn_tombstones: usize,
    /// The policy, already checked.
    pub policy: &'a Policy,
    /// Pseudonyms under the project's secret ([`Pseudonymiser::for_project`]).
    pub pseudonymiser: &'a Pseudonymiser,
    /// Leave out the records of groups smaller than `k` instead of refusing.
    pub allow_suppression: bool,
    /// The project's deny-list: matched like identifiers known to the vault, redacted as
    /// `known:deny_list`, and looked for by the leak scan.
    pub deny_list: &'a [String],
    /// The project's keep-list: names never redacted ([`Redactor::with_keep_list`]).
    pub keep_list: &'a [String],
}

/// Why an interview or part of it is not in the export.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExclusionReason {
    /// The participant withdrew.
    Withdrawn,
    /// Consent does not cover sharing a de-identified copy.
    NoShareConsent,
    /// Quotes left out: no consent to quote verbatim.
    QuotesWithoutConsent,
    /// Suppressed to reach k-anonymity.
    KAnonymity,
}

/// One interview, or some of its quotes, left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Exclusion {
    /// Pseudonymous interview id (absent for withdrawal tombstones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview_id: Option<String>,
    /// Why.
    pub reason: ExclusionReason,
    /// How many items (interviews: 1; quotes: how many).
    pub count: usize,
}

/// The consent gate's counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ConsentReport {
    /// Interviews considered (selected, readable or withdrawn).
    pub considered: usize,
    /// Left out: withdrawn (tombstones and recorded withdrawals).
    pub withdrawn: usize,
    /// Left out: no consent to share a de-identified copy.
    pub no_share_consent: usize,
    /// Interviews through the gate.
    pub passed: usize,
    /// Quotes kept.
    pub quotes_kept: usize,
    /// Quotes left out for want of consent to quote.
    pub quotes_excluded: usize,
}

/// The redaction step's counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RedactionReport {
    /// Known identifiers looked for (values, before expansion into variants).
    pub known_identifiers: usize,
    /// Strings scanned.
    pub strings_scanned: usize,
    /// Strings changed.
    pub strings_redacted: usize,
    /// Spans replaced, per rule (`known:name`, `detector:phone`, …).
    pub per_rule: BTreeMap<String, usize>,
    /// Spans replaced, per confidence (`high`, `possible`: [`Confidence`]).
    #[serde(default)]
    pub per_confidence: BTreeMap<String, usize>,
}

/// What each step did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Report {
    /// Step 1.
    pub consent: ConsentReport,
    /// Step 2: values dropped.
    pub dropped: usize,
    /// Step 3: values pseudonymised.
    pub pseudonymised: usize,
    /// Step 4: values generalised (including places dropped as finer than a province).
    pub generalised: usize,
    /// Step 5.
    pub redaction: RedactionReport,
    /// Step 6.
    pub k_anonymity: KAnonymityReport,
    /// Step 7, filled in when the bundle's files are scanned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leak_scan: Option<LeakScanReport>,
    /// Interviews exported.
    pub exported: usize,
}

/// A redacted string for the fieldworker to review before the bundle is sealed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewItem {
    /// Pseudonymous interview id.
    pub interview_id: String,
    /// Path of the string in the record (`migration_episodes[0].notes`).
    pub path: String,
    /// The text before redaction (the vault's own text, or the fieldworker's edit). It never
    /// enters a bundle; it is here so the fieldworker can see what was redacted.
    pub original: String,
    /// The text after redaction.
    pub redacted: String,
    /// Where the possible detections the fieldworker restored start (byte offsets in
    /// `original`): left as written ([`Deidentified::restore`]).
    pub restored: Vec<usize>,
}

/// The pipeline's result: de-identified records and what was done.
pub struct Deidentified {
    /// One JSON record per exported interview, sorted by `interview_id`.
    pub records: Vec<Value>,
    /// What each step did.
    pub report: Report,
    /// What was left out and why.
    pub exclusions: Vec<Exclusion>,
    /// Redacted strings, for human review.
    pub review: Vec<ReviewItem>,
    /// The matcher of known identifiers, for the final leak scan.
    pub redactor: Redactor,
}

/// [`canonical`] in place.
fn canonicalise(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.sort_keys();
            m.values_mut().for_each(canonicalise);
        }
        Value::Array(a) => a.iter_mut().for_each(canonicalise),
        _ => {}
    }
}

/// Copies a JSON value with every object's keys in sorted order.
pub fn canonical(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(keys.into_iter().map(|k| (k.clone(), canonical(&m[k]))).collect())
        }
        Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Drop,
    Pseudonymise,
    Generalise,
}

impl Phase {
    /// The phases in the pipeline's order; a phase's index is its place in the report's counts.
    const ALL: [Phase; 3] = [Phase::Drop, Phase::Pseudonymise, Phase::Generalise];
}

fn phase_of(rule: Rule) -> Option<Phase> {
    match rule {
        Rule::Drop => Some(Phase::Drop),
        Rule::Pseudonymise => Some(Phase::Pseudonymise),
        Rule::Generalise(_) => Some(Phase::Generalise),
        Rule::Keep | Rule::RedactText => None,
    }
}

fn present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

struct Ctx<'a> {
    /// The policy's rule for each field of [`fields::fields`], by index (no rule: drop).
    rules: &'a [Rule],
    ps: &'a Pseudonymiser,
    actors: HashMap<String, String>,
    record_id: String,
}

impl Ctx<'_> {
    fn actor(&self, local: &str) -> String {
        self.actors.get(local).cloned().unwrap_or_else(|| self.ps.pseudonym("actor-local", &format!("{}/{local}", self.record_id)))
    }
}

/// Applies to the fields of `obj` (whose schema node is `node`) the rules of the phases in
/// `phases`, counting in `counts` (by phase) the fields each changed. Each field has one rule,
/// of one phase, so one walk with every phase does what a walk per phase would.
fn apply_phases(obj: &mut Map<String, Value>, node: &Node, phases: &[Phase], ctx: &Ctx, counts: &mut [usize; 3]) {
    for (name, prop) in &node.props {
        match prop {
            Prop::Recurse { list, node } => match obj.get_mut(name) {
                Some(Value::Object(m)) if !list => apply_phases(m, node, phases, ctx, counts),
                Some(Value::Array(items)) if *list => {
                    for item in items {
                        if let Value::Object(m) = item {
                            apply_phases(m, node, phases, ctx, counts);
                        }
                    }
                }
                _ => {}
            },
            Prop::Rule(i) => {
                let field = &fields::fields()[*i];
                let rule = ctx.rules[*i];
                let Some(phase) = phase_of(rule).filter(|p| phases.contains(p)) else { continue };
                let Some(value) = obj.get(name) else { continue };
                if !present(value) {
                    // An empty value under a drop rule goes too: the de-identified record schema
                    // has no place for it (`"identity": {}` made the bundle unreadable).
                    if matches!(rule, Rule::Drop) {
                        obj.remove(name);
                    }
                    continue;
                }
                counts[phase as usize] += 1;
                match rule {
                    Rule::Drop => {
                        obj.remove(name);
                    }
                    Rule::Pseudonymise => {
                        let new = pseudonymise_value(value, field, ctx);
                        obj.insert(name.clone(), new);
                    }
                    Rule::Generalise(g) => {
                        let new = match value {
                            Value::Array(items) => Some(Value::Array(items.iter().filter_map(|v| transforms::generalise(g, v)).collect())),
                            v => transforms::generalise(g, v),
                        };
                        match new {
                            Some(v) => obj.insert(name.clone(), v),
                            None => obj.remove(name),
                        };
                    }
                    Rule::Keep | Rule::RedactText => {}
                }
            }
        }
    }
}

fn pseudonymise_value(value: &Value, field: &Field, ctx: &Ctx) -> Value {
    let one = |s: &str| -> String {
        match (field.kind, field.path.as_str()) {
            (FieldKind::ActorRef, _) => ctx.actor(s),
            (_, "actors[].name") => ctx.ps.pseudonym("actor", s),
            (_, "participant.pseudonym") => ctx.ps.pseudonym("participant", s),
            (_, path) => ctx.ps.pseudonym(path, s),
        }
    };
    match value {
        Value::String(s) => Value::String(one(s)),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| v.as_str().map(|s| Value::String(one(s))).unwrap_or(Value::Null)).collect())
        }
        // A number or object under a pseudonymise rule cannot be linked safely: leave it out.
        _ => Value::Null,
    }
}

fn strip_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

/// Redacts every string in `v`, whose field path is `path` (a buffer that is extended for the
/// children and restored: paths are formatted only for the strings that change).
fn redact_strings(
    v: &mut Value,
    path: &mut String,
    redactor: &Redactor,
    report: &mut RedactionReport,
    review: &mut Vec<(String, String, String)>,
) {
    match v {
        Value::String(s) => {
            // A partial date is 4, 7 or 10 characters from a digit: parse only what may be one
            // (a failed parse formats its error message).
            let may_be_date = s.len() <= 10 && s.as_bytes().first().is_some_and(u8::is_ascii_digit);
            if transforms::is_pseudonym(s) || (may_be_date && s.parse::<PartialDate>().is_ok()) {
                return;
            }
            report.strings_scanned += 1;
            let (new, n) = redactor.redact_keeping(s, &[], &mut report.per_rule, &mut report.per_confidence);
            if n > 0 {
                let new = new.into_owned();
                report.strings_redacted += 1;
                review.push((path.clone(), std::mem::replace(s, new.clone()), new));
            }
        }
        Value::Object(m) => {
            let len = path.len();
            for (k, x) in m.iter_mut() {
                if len > 0 {
                    path.push('.');
                }
                path.push_str(k);
                redact_strings(x, path, redactor, report, review);
                path.truncate(len);
            }
        }
        Value::Array(a) => {
            let len = path.len();
            for (i, x) in a.iter_mut().enumerate() {
                use std::fmt::Write;
                let _ = write!(path, "[{i}]");
                redact_strings(x, path, redactor, report, review);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Runs the pipeline (steps 1–6). The leak scan runs over the files made from the result.
pub fn deidentify(input: &Input) -> Result<Deidentified, DeidError> {
    input.policy.check()?;
    let ps = input.pseudonymiser;

    // Known identifiers come from every readable interview, exported or not. Built below,
    // while the records are dropped, pseudonymised and generalised: only redaction needs it.
    let build_redactor = || {
        let mut known = known_identifiers(input.records.iter().map(|r| &r.interview));
        known.extend(input.records.iter().map(|r| KnownIdentifier { value: r.id.clone(), kind: IdentifierKind::RecordId, person: false }));
        known.extend(input.deny_list.iter().filter(|w| !w.trim().is_empty()).map(|w| KnownIdentifier {
            value: w.trim().to_owned(),
            kind: IdentifierKind::DenyList,
            person: false,
        }));
        (Redactor::with_keep_list(&known, input.keep_list), known.len())
    };

    let selected: Vec<&SourceRecord> = match input.selected {
        None => input.records.iter().collect(),
        Some(ids) => {
            let mut out: Vec<&SourceRecord> = Vec::new();
            for id in ids {
                let canonical_id = uuid::Uuid::parse_str(id).map(|u| u.to_string()).unwrap_or_else(|_| id.clone());
                let r = input.records.iter().find(|r| r.id == canonical_id).ok_or_else(|| DeidError::UnknownInterview(id.clone()))?;
                if !out.iter().any(|o| o.id == r.id) {
                    out.push(r);
                }
            }
            out
        }
    };

    // 1. Consent gate.
    let mut gate = ConsentReport {
        considered: selected.len() + input.withdrawn_tombstones,
        withdrawn: input.withdrawn_tombstones,
        ..Default::default()
    };
    let mut exclusions = Vec::new();
    if input.withdrawn_tombstones > 0 {
        exclusions.push(Exclusion { interview_id: None, reason: ExclusionReason::Withdrawn, count: input.withdrawn_tombstones });
    }
    let mut passed: Vec<(&SourceRecord, String)> = Vec::new();
    for r in selected {
        let iid = ps.pseudonym("interview", &r.id);
        let verdict = consent::verdict(&r.interview);
        if let Some(refusal) = verdict.refusal {
            match refusal {
                consent::Refusal::Withdrawn => gate.withdrawn += 1,
                consent::Refusal::NoShareConsent => gate.no_share_consent += 1,
            }
            exclusions.push(Exclusion { interview_id: Some(iid), reason: refusal.into(), count: 1 });
            continue;
        }
        gate.quotes_kept += verdict.quotes_kept;
        gate.quotes_excluded += verdict.quotes_excluded;
        if verdict.quotes_excluded > 0 {
            exclusions.push(Exclusion {
                interview_id: Some(iid.clone()),
                reason: ExclusionReason::QuotesWithoutConsent,
                count: verdict.quotes_excluded,
            });
        }
        gate.passed += 1;
        passed.push((r, iid));
    }
    if passed.is_empty() {
        return Err(DeidError::NoConsentingInterviews {
            considered: gate.considered,
            no_share: gate.no_share_consent,
            withdrawn: gate.withdrawn,
        });
    }

    // 2–5. Drop, pseudonymise, generalise, then redact every string left: each record on its
    // own, records on every core. Results come back in record order, so the output does not
    // depend on the threads. Steps 2–4 run while another thread gathers the known identifiers
    // and builds the redactor (much of it on one core), so no core waits for it;
    // a third compiles the detectors' patterns.
    struct Phased {
        iid: String,
        value: Value,
        counts: [usize; 3],
    }
    struct Done {
        iid: String,
        value: Value,
        counts: [usize; 3],
        report: RedactionReport,
        review: Vec<(String, String, String)>,
    }
    let rules: Vec<Rule> = fields::fields().iter().map(|f| input.policy.rule(&f.path).unwrap_or(Rule::Drop)).collect();
    let phase = |(r, iid): (&SourceRecord, String)| {
        let mut value = match serde_json::to_value(&r.interview) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        };
        // The consent gate's quotes: only those the participant agreed to have quoted (the
        // interview's quotes, serialised in their order).
        if let Some(Value::Array(quotes)) = value.get_mut("quotes") {
            let mut quotable = consent::quotable(&r.interview).into_iter();
            quotes.retain(|_| quotable.next().unwrap_or(false));
        }
        let actors = r
            .interview
            .actors
            .iter()
            .map(|a| {
                let p = match &a.name {
                    Some(n) => ps.pseudonym("actor", n),
                    None => ps.pseudonym("actor-local", &format!("{}/{}", r.id, a.id.0)),
                };
                (a.id.0.clone(), p)
            })
            .collect();
        let ctx = Ctx { rules: &rules, ps, actors, record_id: r.id.clone() };
        let mut counts = [0usize; 3];
        apply_phases(&mut value, fields::root(), &Phase::ALL, &ctx, &mut counts);
        let mut value = Value::Object(value);
        strip_nulls(&mut value);
        Phased { iid, value, counts }
    };
    let (phased, (redactor, known_count)) = std::thread::scope(|s| {
        // The detectors' patterns are compiled here too, each once per process, so that the
        // threads that redact below find them ready rather than wait on one another's compiling.
        s.spawn(redact::compile_detectors);
        let builder = s.spawn(build_redactor);
        let phased = crate::parallel::map(passed, 16, phase);
        (phased, builder.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    });
    let done = crate::parallel::map(phased, 16, |Phased { iid, mut value, counts }| {
        let mut report = RedactionReport::default();
        let mut review = Vec::new();
        redact_strings(&mut value, &mut String::new(), &redactor, &mut report, &mut review);
        if let Value::Object(m) = &mut value {
            m.insert("interview_id".into(), Value::String(iid.clone()));
        }
        canonicalise(&mut value);
        Done { iid, value, counts, report, review }
    });
    let mut counts = [0usize; 3];
    let mut redaction = RedactionReport { known_identifiers: known_count, ..Default::default() };
    let mut review = Vec::new();
    let mut out: Vec<(String, Value)> = Vec::with_capacity(done.len());
    for d in done {
        for (total, n) in counts.iter_mut().zip(d.counts) {
            *total += n;
        }
        redaction.strings_scanned += d.report.strings_scanned;
        redaction.strings_redacted += d.report.strings_redacted;
        for (rule, n) in d.report.per_rule {
            *redaction.per_rule.entry(rule).or_default() += n;
        }
        for (confidence, n) in d.report.per_confidence {
            *redaction.per_confidence.entry(confidence).or_default() += n;
        }
        review.extend(d.review.into_iter().map(|(path, original, redacted)| ReviewItem {
            interview_id: d.iid.clone(),
            path,
            original,
            redacted,
            restored: Vec::new(),
        }));
        out.push((d.iid, d.value));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));

    // 6. k-anonymity: generalise further up the ladder, then refuse or suppress.
    let policy = input.policy;
    let (ids, mut values): (Vec<String>, Vec<Value>) = out.into_iter().unzip();
    let (mut k_report, below) = kanon::generalise_to_k(&mut values, &policy.quasi_identifiers, policy.k);
    if !below.is_empty() {
        if !input.allow_suppression {
            let qis = k_report.distinct_values.iter().map(|(q, n)| format!("{q} ({n} distinct)")).collect::<Vec<_>>().join(", ");
            return Err(DeidError::KAnonymityUnreachable {
                k: policy.k,
                below: below.len(),
                total: values.len(),
                smallest: k_report.smallest_class,
                quasi_identifiers: qis,
            });
        }
        if below.len() == values.len() {
            return Err(DeidError::EverythingSuppressed { k: policy.k, total: values.len() });
        }
        let suppressed: HashSet<&str> = below.iter().map(|&i| ids[i].as_str()).collect();
        let mut ids_sorted: Vec<&str> = suppressed.iter().copied().collect();
        ids_sorted.sort_unstable();
        for id in ids_sorted {
            exclusions.push(Exclusion { interview_id: Some(id.to_owned()), reason: ExclusionReason::KAnonymity, count: 1 });
        }
        review.retain(|r| !suppressed.contains(r.interview_id.as_str()));
        let mut keep = ids.iter().map(|id| !suppressed.contains(id.as_str()));
        values.retain(|_| keep.next().unwrap_or(true));
        let (after, _) = kanon::evaluate(&values, &policy.quasi_identifiers, policy.k);
        k_report.classes = after.classes;
        k_report.suppressed = suppressed.len();
    }

    // Sorted, so that neither the vault's list order nor the order of the selected ids shows.
    exclusions.sort_by(|a, b| (&a.interview_id, &a.reason).cmp(&(&b.interview_id, &b.reason)));
    let report = Report {
        consent: gate,
        dropped: counts[0],
        pseudonymised: counts[1],
        generalised: counts[2],
        redaction,
        k_anonymity: k_report,
        leak_scan: None,
        exported: values.len(),
    };
    Ok(Deidentified { records: values, report, exclusions, review, redactor })
}

/// Sets the string at `path` (`migration_episodes[0].notes`) in a record; false if there is none.
fn set_string(record: &mut Value, path: &str, text: String) -> bool {
    let mut v = record;
    for seg in path.split('.') {
        let (name, index) = match seg.split_once('[') {
            Some((n, rest)) => (n, rest.strip_suffix(']').and_then(|i| i.parse::<usize>().ok())),
            None => (seg, None),
        };
        let Some(next) = v.get_mut(name) else { return false };
        v = match index {
            Some(i) => match next.get_mut(i) {
                Some(x) => x,
                None => return false,
            },
            None => next,
        };
    }
    match v {
        Value::String(s) => {
            *s = text;
            true
        }
        _ => false,
    }
}

impl Deidentified {
    /// Replaces a redacted string after human review. The new text is redacted again (an edit
    /// cannot bring an identifier back) and the review item updated.
    pub fn revise(&mut self, interview_id: &str, path: &str, text: &str) -> Result<(), DeidError> {
        let item = self
            .review
            .iter_mut()
            .find(|r| r.interview_id == interview_id && r.path == path)
            .ok_or_else(|| DeidError::NotReviewable { interview_id: interview_id.into(), path: path.into() })?;
        let redaction = &mut self.report.redaction;
        let redacted = self.redactor.redact_keeping(text, &[], &mut redaction.per_rule, &mut redaction.per_confidence).0.into_owned();
        let record = self
            .records
            .iter_mut()
            .find(|r| r.get("interview_id").and_then(Value::as_str) == Some(interview_id))
            .ok_or_else(|| DeidError::NotReviewable { interview_id: interview_id.into(), path: path.into() })?;
        if !set_string(record, path, redacted.clone()) {
            return Err(DeidError::NotReviewable { interview_id: interview_id.into(), path: path.into() });
        }
        item.original = text.to_owned();
        item.redacted = redacted;
        item.restored.clear();
        Ok(())
    }

    /// Restores, in a text under review, the possible detection that starts at byte `start` of
    /// its original: the fieldworker judged it no identifier. Only a possible detection can be
    /// restored (never a known identifier or a pattern such as a phone number), so the leak
    /// scan still finds nothing.
    pub fn restore(&mut self, interview_id: &str, path: &str, start: usize) -> Result<(), DeidError> {
        let not = || DeidError::NotRestorable { interview_id: interview_id.into(), path: path.into(), start };
        let item = self.review.iter_mut().find(|r| r.interview_id == interview_id && r.path == path).ok_or_else(not)?;
        let possible = self.redactor.find(&item.original).iter().any(|s| s.start == start && s.confidence == Confidence::Possible);
        if !possible {
            return Err(not());
        }
        if !item.restored.contains(&start) {
            item.restored.push(start);
        }
        let redacted =
            self.redactor.redact_keeping(&item.original, &item.restored, &mut BTreeMap::new(), &mut BTreeMap::new()).0.into_owned();
        let record =
            self.records.iter_mut().find(|r| r.get("interview_id").and_then(Value::as_str) == Some(interview_id)).ok_or_else(not)?;
        if !set_string(record, path, redacted.clone()) {
            return Err(not());
        }
        item.redacted = redacted;
        Ok(())
    }

    /// Step 7: scans output files for every known identifier and records the result in the
    /// report. Any hit is an error naming the file, offset and kind.
    pub fn leak_scan(&mut self, files: &[(String, Vec<u8>)]) -> Result<LeakScanReport, DeidError> {
        let found = leak::scan(&self.redactor, files);
        self.leak_scanned(found)
    }

    /// [`Deidentified::leak_scan`] of files given as parts in order, each ending at a record's
    /// end ([`leak::scan_parts`]).
    pub fn leak_scan_parts(&mut self, files: &[(String, Vec<&[u8]>)]) -> Result<LeakScanReport, DeidError> {
        let found = leak::scan_parts(&self.redactor, files);
        self.leak_scanned(found)
    }

    /// The first leak as the error, or the report recorded.
    fn leak_scanned(&mut self, (report, leaks): (LeakScanReport, Vec<Leak>)) -> Result<LeakScanReport, DeidError> {
        if let Some(l) = leaks.into_iter().next() {
            return Err(DeidError::Leak { file: l.file, offset: l.offset, rule: l.rule });
        }
        self.report.leak_scan = Some(report.clone());
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One walk applying every phase's rules leaves each fixture as the three walks in the
    /// pipeline's order do (the definition), with the same counts.
    #[test]
    fn one_walk_does_what_a_walk_per_phase_does() {
        let ps = Pseudonymiser::new(zeroize::Zeroizing::new(vec![7u8; 32]));
        let policy = Policy::default();
        let rules: Vec<Rule> = fields::fields().iter().map(|f| policy.rule(&f.path).unwrap_or(Rule::Drop)).collect();
        let mut totals = [0usize; 3];
        for text in test_texts::fixtures() {
            let interview = crate::schema::parse_interview(&text).unwrap();
            let Ok(Value::Object(source)) = serde_json::to_value(&interview) else { panic!("an interview is an object") };
            let ctx = Ctx { rules: &rules, ps: &ps, actors: HashMap::new(), record_id: "r".into() };
            let (mut one, mut each) = (source.clone(), source);
            let (mut one_counts, mut each_counts) = ([0usize; 3], [0usize; 3]);
            apply_phases(&mut one, fields::root(), &Phase::ALL, &ctx, &mut one_counts);
            for phase in Phase::ALL {
                apply_phases(&mut each, fields::root(), &[phase], &ctx, &mut each_counts);
            }
            assert_eq!(one, each);
            assert_eq!(one_counts, each_counts);
            totals.iter_mut().zip(one_counts).for_each(|(t, n)| *t += n);
        }
        assert!(totals.iter().all(|&n| n > 0), "every phase changes some field of the fixtures: {totals:?}");
    }

    #[test]
    fn empty_values_under_a_drop_rule_are_dropped_too() {
        let ps = Pseudonymiser::new(zeroize::Zeroizing::new(vec![7u8; 32]));
        let policy = Policy::default();
        let rules: Vec<Rule> = fields::fields().iter().map(|f| policy.rule(&f.path).unwrap_or(Rule::Drop)).collect();
        let text = test_texts::fixtures().into_iter().next().unwrap();
        let interview = crate::schema::parse_interview(&text).unwrap();
        let Ok(Value::Object(mut source)) = serde_json::to_value(&interview) else { panic!("an interview is an object") };
        source.insert("identity".into(), Value::Object(Map::new()));
        let ctx = Ctx { rules: &rules, ps: &ps, actors: HashMap::new(), record_id: "r".into() };
        let mut counts = [0usize; 3];
        apply_phases(&mut source, fields::root(), &Phase::ALL, &ctx, &mut counts);
        assert!(!source.contains_key("identity"), "an empty identity section is left in the record");
    }
}
