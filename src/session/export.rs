//! The export wizard's core: one de-identified export in progress per session.
//!
//! [`Session::export_candidates`] lists the interviews with whether each may be shared and why
//! not; [`Session::export_prepare`] runs pipeline steps 1–6 ([`bundle::prepare`]) and returns an
//! [`ExportPreview`]: the counts of each step, what was left out and why, an example of what each
//! field becomes, and every redacted text for review, pre-split into [`Segment`]s so the UI only
//! has to wrap the redacted ones. [`Session::export_revise`] re-redacts a fieldworker's edit,
//! [`Session::export_approve`] marks a text approved, and [`Session::export_seal`] writes the
//! bundle once every text is approved. Locking drops the export in progress with everything in
//! it. The originals shown here are the fieldworker's own data on their own machine; nothing in
//! this module logs them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::{AppError, ErrorCode, Session};
use crate::bundle::{self, BundleError, ExportOptions, Prepared, SealStage};
use crate::deid::{self, fields, DeidError, ExclusionReason, IdClass, Pseudonymiser, Rule};
use crate::schema::Interview;
use crate::vault::RecordState;

/// Why an interview, or some of it, cannot be shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ExclusionKind {
    /// The participant withdrew.
    Withdrawn,
    /// Consent does not cover sharing a de-identified copy.
    NoShareConsent,
    /// Quotes left out: no consent to quote verbatim.
    QuotesWithoutConsent,
    /// Left out to reach k-anonymity.
    KAnonymity,
    /// The interview cannot be decrypted.
    Damaged,
}

impl From<&ExclusionReason> for ExclusionKind {
    fn from(r: &ExclusionReason) -> Self {
        match r {
            ExclusionReason::Withdrawn => ExclusionKind::Withdrawn,
            ExclusionReason::NoShareConsent => ExclusionKind::NoShareConsent,
            ExclusionReason::QuotesWithoutConsent => ExclusionKind::QuotesWithoutConsent,
            ExclusionReason::KAnonymity => ExclusionKind::KAnonymity,
        }
    }
}

/// An interview of the vault, as the first step of the wizard lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportCandidate {
    /// The vault's record id.
    pub id: String,
    /// The participant's field pseudonym, if readable.
    pub label: Option<String>,
    /// The interview date, if readable.
    pub interview_date: Option<String>,
    /// Whether it may be exported at all.
    pub shareable: bool,
    /// Why it may not be exported, or (for a shareable one) why some of it is left out.
    pub reason: Option<ExclusionKind>,
    /// Quotes that will be left out for want of consent to quote.
    pub quotes_without_consent: u32,
}

/// What each pipeline step did, for the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StepCounts {
    /// Interviews considered.
    pub considered: u32,
    /// Left out: withdrawn.
    pub withdrawn: u32,
    /// Left out: no consent to share.
    pub no_share_consent: u32,
    /// Through the consent gate.
    pub passed: u32,
    /// Quotes kept.
    pub quotes_kept: u32,
    /// Quotes left out for want of consent to quote.
    pub quotes_excluded: u32,
    /// Values dropped.
    pub dropped: u32,
    /// Values pseudonymised.
    pub pseudonymised: u32,
    /// Values generalised.
    pub generalised: u32,
    /// Texts scanned for identifiers.
    pub strings_scanned: u32,
    /// Texts in which something was redacted.
    pub strings_redacted: u32,
    /// Spans redacted in all.
    pub spans_redacted: u32,
    /// The `k` of k-anonymity.
    pub k: u32,
    /// Groups of interviews sharing the same quasi-identifiers.
    pub classes: u32,
    /// Size of the smallest group.
    pub smallest_class: u32,
    /// Interviews suppressed to reach k.
    pub suppressed: u32,
    /// Interviews that will be in the bundle.
    pub exported: u32,
}

/// Something left out of the export, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportExclusion {
    /// The vault's record id (absent for withdrawal tombstones).
    pub record_id: Option<String>,
    /// The participant's field pseudonym, if known.
    pub label: Option<String>,
    /// Why.
    pub reason: ExclusionKind,
    /// How many (interviews: 1; quotes: how many).
    pub count: u32,
}

/// One field of the policy as it applies to the selected interviews.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldPreview {
    /// The policy's path (`migration_episodes[].fees[].amount`).
    pub path: String,
    /// Where the example comes from (`migration_episodes[0].fees[1].amount`).
    pub example_path: String,
    /// The rule: `drop`, `keep`, `pseudonymise`, `redact_text` or `generalise:<how>`.
    pub rule: String,
    /// The field's identifier class: `direct`, `quasi`, `sensitive` or `none`.
    pub class: String,
    /// Whether k-anonymity counts it as a quasi-identifier.
    pub quasi_identifier: bool,
    /// The interview the example comes from (its field pseudonym).
    pub example_from: Option<String>,
    /// The value in the vault.
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub before: Value,
    /// What the bundle will hold (`null`: left out).
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub after: Value,
}

/// A piece of a text: plain, or an identifier (in an original) or its replacement (in a result).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Segment {
    /// The text of the piece.
    pub text: String,
    /// Whether it is redacted.
    pub redacted: bool,
    /// What kind of identifier (`name`, `phone`, …) when redacted.
    pub kind: Option<String>,
}

/// A redacted text for the fieldworker to approve or edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportReviewItem {
    /// Pseudonymous interview id (identifies the item with `path`).
    pub interview_id: String,
    /// The participant's field pseudonym.
    pub label: Option<String>,
    /// Path of the text in the record (`migration_episodes[0].notes`).
    pub path: String,
    /// The text before redaction (or the fieldworker's edit), split at what is redacted.
    pub original: Vec<Segment>,
    /// The text that will be exported, split at the `[REDACTED:kind]` replacements.
    pub result: Vec<Segment>,
    /// The text that will be exported, whole (to start an edit from).
    pub redacted: String,
    /// Approved by the fieldworker.
    pub approved: bool,
    /// Edited by the fieldworker.
    pub edited: bool,
}

/// What the export will do, before anything is written.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportPreview {
    /// The project's name.
    pub project: String,
    /// Names of the researchers and reviewers who can open the bundle.
    pub recipients: Vec<String>,
    /// Counts of each pipeline step.
    pub steps: StepCounts,
    /// What is left out and why.
    pub exclusions: Vec<ExportExclusion>,
    /// Each field that occurs in the selected interviews: its rule and an example.
    pub fields: Vec<FieldPreview>,
    /// Every redacted text, for review.
    pub items: Vec<ExportReviewItem>,
    /// A suggested file for the bundle (Documents or home folder).
    pub default_path: String,
}

/// The coarse stages of sealing, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ExportStage {
    /// Building the files, the leak scan and the signature.
    Building,
    /// Encrypting to the recipients.
    Encrypting,
    /// Writing the file and the audit event.
    Writing,
    /// Finished.
    Done,
}

/// Progress of [`Session::export_seal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportProgress {
    /// The stage now running.
    pub stage: ExportStage,
    /// Stages finished so far.
    pub done: u32,
    /// Stages in all.
    pub total: u32,
}

/// Spans redacted under one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleCount {
    /// The rule (`known:name`, `detector:phone`).
    pub rule: String,
    /// How many spans.
    pub count: u32,
}

/// What a sealed export wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportDone {
    /// The bundle file.
    pub path: String,
    /// Hex SHA-256 of the bundle file.
    pub sha256: String,
    /// Interviews in the bundle.
    pub interviews: u32,
    /// Files inside the bundle.
    pub files: u32,
    /// Who can open it.
    pub recipients: Vec<String>,
    /// What was left out and why.
    pub exclusions: Vec<ExportExclusion>,
    /// Spans redacted, per rule.
    pub redactions: Vec<RuleCount>,
}

#[derive(Clone, Copy, Default)]
struct Flags {
    approved: bool,
    edited: bool,
}

/// The export the wizard is working on. Holds de-identified records and the originals of the
/// texts under review; dropped on lock.
pub(crate) struct ExportInProgress {
    prepared: Prepared,
    flags: Vec<Flags>,
    /// Pseudonymous interview id → (vault id, field pseudonym).
    labels: HashMap<String, (String, Option<String>)>,
}

fn app_err(code: ErrorCode, message: impl Into<String>) -> AppError {
    AppError::new(code, message)
}

fn n(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

/// The UI's error for a refused export.
fn export_error(e: BundleError) -> AppError {
    let message = e.to_string();
    let code = match e {
        BundleError::Vault(v) => return v.into(),
        BundleError::NoProfile => ErrorCode::NoProfile,
        BundleError::Policy(_) => ErrorCode::ProfileInvalid,
        BundleError::OutputExists(_) => ErrorCode::AlreadyExists,
        BundleError::Output { .. } => ErrorCode::NotWritable,
        BundleError::Deid(d) => match d {
            DeidError::Policy(_) | DeidError::BadSecret => ErrorCode::ProfileInvalid,
            DeidError::UnknownInterview(_) | DeidError::NotReviewable { .. } => ErrorCode::NotFound,
            DeidError::NoConsentingInterviews { .. } => ErrorCode::NothingToExport,
            DeidError::KAnonymityUnreachable { .. } | DeidError::EverythingSuppressed { .. } => ErrorCode::KAnonymity,
            DeidError::Leak { .. } => ErrorCode::Leak,
        },
    };
    app_err(code, message)
}

/// `text` split at `spans` (sorted, non-overlapping byte ranges of `text`).
pub fn split_at_spans(text: &str, spans: &[deid::redact::Span]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for s in spans {
        if s.start < at || s.end > text.len() || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue;
        }
        if s.start > at {
            out.push(Segment { text: text[at..s.start].to_owned(), redacted: false, kind: None });
        }
        out.push(Segment { text: text[s.start..s.end].to_owned(), redacted: true, kind: Some(s.label.to_owned()) });
        at = s.end;
    }
    if at < text.len() {
        out.push(Segment { text: text[at..].to_owned(), redacted: false, kind: None });
    }
    out
}

/// A redacted text split at its `[REDACTED:kind]` replacements ([`deid::marker::parse`]).
pub fn split_redacted(text: &str) -> Vec<Segment> {
    deid::marker::parse(text)
        .into_iter()
        .map(|p| match p {
            deid::marker::Piece::Plain(t) => Segment { text: t.to_owned(), redacted: false, kind: None },
            deid::marker::Piece::Marker { text, kind } => Segment { text: text.to_owned(), redacted: true, kind: Some(kind.to_owned()) },
        })
        .collect()
}

fn rule_code(rule: Rule) -> String {
    fn code(v: Value) -> String {
        match v {
            Value::String(s) => s,
            other => other.to_string(),
        }
    }
    match rule {
        Rule::Generalise(g) => format!("generalise:{}", code(serde_json::to_value(g).unwrap_or_default())),
        other => code(serde_json::to_value(other).unwrap_or_default()),
    }
}

fn class_code(c: IdClass) -> &'static str {
    match c {
        IdClass::Direct => "direct",
        IdClass::Quasi => "quasi",
        IdClass::Sensitive => "sensitive",
        IdClass::None => "none",
    }
}

fn present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::String(s) => !s.is_empty(),
        _ => true,
    }
}

/// The first occurrence of a policy path (`a[].b`) in `v`: its concrete path and value.
fn first_at(v: &Value, segs: &[&str], prefix: String) -> Option<(String, Value)> {
    let Some((seg, rest)) = segs.split_first() else {
        return present(v).then(|| (prefix, v.clone()));
    };
    let (name, list) = match seg.strip_suffix("[]") {
        Some(n) => (n, true),
        None => (*seg, false),
    };
    let child = v.get(name)?;
    let here = if prefix.is_empty() { name.to_owned() } else { format!("{prefix}.{name}") };
    if list {
        child.as_array()?.iter().enumerate().find_map(|(i, item)| first_at(item, rest, format!("{here}[{i}]")))
    } else {
        first_at(child, rest, here)
    }
}

/// The value at a concrete path (`a[0].b`), if any.
fn value_at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = v;
    for seg in path.split('.') {
        let (name, index) = match seg.split_once('[') {
            Some((n, rest)) => (n, rest.strip_suffix(']').and_then(|i| i.parse::<usize>().ok())),
            None => (seg, None),
        };
        cur = cur.get(name)?;
        if let Some(i) = index {
            cur = cur.get(i)?;
        }
    }
    Some(cur)
}

/// The interview as the consent gate passes it on: quotes without consent to quote removed.
fn gated(interview: &Interview) -> Value {
    let mut i = interview.clone();
    let mut quotable = deid::consent::quotable(interview).into_iter();
    i.quotes.retain(|_| quotable.next().unwrap_or(false));
    serde_json::to_value(&i).unwrap_or_default()
}

/// `fieldvault-<project>-<date>.fvb` in the Documents folder (else home, else `fallback`),
/// numbered if that name is taken.
pub fn default_bundle_path(project: &str, date: chrono::NaiveDate, fallback: &Path) -> PathBuf {
    let dir = dirs::document_dir().filter(|d| d.is_dir()).or_else(dirs::home_dir).unwrap_or_else(|| fallback.to_owned());
    let mut slug = String::new();
    for c in project.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "export" } else { slug };
    let stem = format!("fieldvault-{slug}-{}", date.format("%Y-%m-%d"));
    let mut path = dir.join(format!("{stem}.fvb"));
    let mut i = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{i}.fvb"));
        i += 1;
    }
    path
}

impl ExportInProgress {
    fn label(&self, interview_id: &str) -> Option<String> {
        self.labels.get(interview_id).and_then(|(_, l)| l.clone())
    }

    fn item(&self, i: usize) -> ExportReviewItem {
        let r = &self.prepared.review()[i];
        let spans = self.prepared.redactor().find(&r.original);
        ExportReviewItem {
            interview_id: r.interview_id.clone(),
            label: self.label(&r.interview_id),
            path: r.path.clone(),
            original: split_at_spans(&r.original, &spans),
            result: split_redacted(&r.redacted),
            redacted: r.redacted.clone(),
            approved: self.flags[i].approved,
            edited: self.flags[i].edited,
        }
    }

    fn index(&self, interview_id: &str, path: &str) -> Result<usize, AppError> {
        self.prepared.review().iter().position(|r| r.interview_id == interview_id && r.path == path).ok_or_else(|| {
            app_err(ErrorCode::NotFound, format!("nothing to review at {path} in interview {interview_id}: reload the review step"))
        })
    }

    fn exclusions(&self) -> Vec<ExportExclusion> {
        self.prepared
            .exclusions()
            .iter()
            .map(|e| {
                let known = e.interview_id.as_ref().and_then(|id| self.labels.get(id));
                ExportExclusion {
                    record_id: known.map(|(v, _)| v.clone()),
                    label: known.and_then(|(_, l)| l.clone()),
                    reason: (&e.reason).into(),
                    count: n(e.count),
                }
            })
            .collect()
    }

    fn steps(&self) -> StepCounts {
        let r = self.prepared.report();
        StepCounts {
            considered: n(r.consent.considered),
            withdrawn: n(r.consent.withdrawn),
            no_share_consent: n(r.consent.no_share_consent),
            passed: n(r.consent.passed),
            quotes_kept: n(r.consent.quotes_kept),
            quotes_excluded: n(r.consent.quotes_excluded),
            dropped: n(r.dropped),
            pseudonymised: n(r.pseudonymised),
            generalised: n(r.generalised),
            strings_scanned: n(r.redaction.strings_scanned),
            strings_redacted: n(r.redaction.strings_redacted),
            spans_redacted: n(r.redaction.per_rule.values().sum()),
            k: r.k_anonymity.k,
            classes: n(r.k_anonymity.classes.len()),
            smallest_class: n(r.k_anonymity.smallest_class),
            suppressed: n(r.k_anonymity.suppressed),
            exported: n(r.exported),
        }
    }

    fn recipients(&self) -> Vec<String> {
        let p = self.prepared.profile();
        p.researchers.iter().chain(&p.reviewers).map(|m| m.name.clone()).collect()
    }
}

impl Session {
    /// Every interview of the open vault, with whether it may be exported and why not.
    pub fn export_candidates(&mut self) -> Result<Vec<ExportCandidate>, AppError> {
        let vault = self.vault()?;
        let mut out = Vec::new();
        for item in vault.list_records()? {
            let c = match &item.state {
                RecordState::Active { summary } => {
                    let verdict = deid::consent::verdict(&vault.get_record(&item.id)?.interview);
                    let shareable = verdict.shareable();
                    ExportCandidate {
                        id: item.id.clone(),
                        label: summary.pseudonym.clone(),
                        interview_date: summary.interview_date.clone(),
                        shareable,
                        reason: verdict.reason().as_ref().map(ExclusionKind::from),
                        quotes_without_consent: if shareable { n(verdict.quotes_excluded) } else { 0 },
                    }
                }
                RecordState::Withdrawn { .. } => ExportCandidate {
                    id: item.id.clone(),
                    label: None,
                    interview_date: None,
                    shareable: false,
                    reason: Some(ExclusionKind::Withdrawn),
                    quotes_without_consent: 0,
                },
                RecordState::Damaged { .. } => ExportCandidate {
                    id: item.id.clone(),
                    label: None,
                    interview_date: None,
                    shareable: false,
                    reason: Some(ExclusionKind::Damaged),
                    quotes_without_consent: 0,
                },
            };
            out.push(c);
        }
        out.sort_by(|a, b| (!a.shareable, &a.label, &a.id).cmp(&(!b.shareable, &b.label, &b.id)));
        Ok(out)
    }

    /// Starts an export of `interview_ids` (`None`: every interview), replacing any export in
    /// progress: runs pipeline steps 1–6 and returns what the bundle would hold. Nothing is
    /// written until [`Session::export_seal`].
    pub fn export_prepare(&mut self, interview_ids: Option<Vec<String>>, allow_suppression: bool) -> Result<ExportPreview, AppError> {
        self.export = None;
        let data_dir = self.data_dir.clone();
        let vault = self.vault()?;
        let profile = vault.profile()?.ok_or_else(|| export_error(BundleError::NoProfile))?;
        let ps = Pseudonymiser::for_project(&profile).map_err(|e| export_error(BundleError::Deid(e)))?;
        let options = ExportOptions { now: chrono::Utc::now(), policy: None, interviews: interview_ids.clone(), allow_suppression };
        let prepared = bundle::prepare(vault, &options).map_err(export_error)?;

        // Labels, and the originals of the exported interviews in the order chosen.
        let exported: HashMap<&str, &Value> =
            prepared.records().iter().filter_map(|r| Some((r.get("interview_id")?.as_str()?, r))).collect();
        let mut labels = HashMap::new();
        let mut originals: Vec<(String, Option<String>, Value)> = Vec::new();
        let mut order: Vec<String> = Vec::new();
        for item in vault.list_records()? {
            let pid = ps.pseudonym("interview", &item.id);
            if let RecordState::Active { summary } = &item.state {
                labels.insert(pid.clone(), (item.id.clone(), summary.pseudonym.clone()));
            } else {
                labels.insert(pid.clone(), (item.id.clone(), None));
            }
            order.push(item.id);
        }
        if let Some(ids) = &interview_ids {
            order.retain(|id| ids.contains(id));
            order.sort_by_key(|id| ids.iter().position(|x| x == id));
        }
        for id in order {
            let pid = ps.pseudonym("interview", &id);
            if exported.contains_key(pid.as_str()) {
                let interview = vault.get_record(&id)?.interview;
                originals.push((pid, interview.participant.pseudonym.clone(), gated(&interview)));
            }
        }

        // Each field that occurs: its rule and its first occurrence before and after.
        let policy = prepared.policy();
        let mut preview_fields = Vec::new();
        for f in fields::fields() {
            let segs: Vec<&str> = f.path.split('.').collect();
            let found = originals.iter().find_map(|(pid, label, v)| first_at(v, &segs, String::new()).map(|x| (pid, label, x)));
            let Some((pid, label, (example_path, before))) = found else { continue };
            let rule = policy.rule(&f.path).unwrap_or(Rule::Drop);
            let after = exported.get(pid.as_str()).and_then(|r| value_at(r, &example_path)).cloned().unwrap_or(Value::Null);
            preview_fields.push(FieldPreview {
                path: f.path.clone(),
                example_path,
                rule: rule_code(rule),
                class: class_code(f.class).into(),
                quasi_identifier: policy.quasi_identifiers.contains(&f.path),
                example_from: label.clone(),
                before,
                after,
            });
        }

        let flags = vec![Flags::default(); prepared.review().len()];
        let default_path = default_bundle_path(&profile.name, chrono::Local::now().date_naive(), &data_dir);
        let ex = ExportInProgress { prepared, flags, labels };
        let preview = ExportPreview {
            project: profile.name.clone(),
            recipients: ex.recipients(),
            steps: ex.steps(),
            exclusions: ex.exclusions(),
            fields: preview_fields,
            items: (0..ex.flags.len()).map(|i| ex.item(i)).collect(),
            default_path: default_path.display().to_string(),
        };
        self.export = Some(ex);
        Ok(preview)
    }

    fn export_mut(&mut self) -> Result<&mut ExportInProgress, AppError> {
        self.vault()?;
        self.export.as_mut().ok_or_else(|| {
            app_err(
                ErrorCode::NoExport,
                "no export is in progress (the vault was locked, or it was sealed or cancelled): start again from the first step",
            )
        })
    }

    /// Replaces a redacted text with the fieldworker's edit, redacts the edit again and returns
    /// the item to be approved anew.
    pub fn export_revise(&mut self, interview_id: &str, path: &str, text: &str) -> Result<ExportReviewItem, AppError> {
        let ex = self.export_mut()?;
        let i = ex.index(interview_id, path)?;
        ex.prepared.revise(interview_id, path, text).map_err(export_error)?;
        ex.flags[i] = Flags { approved: false, edited: true };
        Ok(ex.item(i))
    }

    /// Marks a redacted text approved (or not).
    pub fn export_approve(&mut self, interview_id: &str, path: &str, approved: bool) -> Result<ExportReviewItem, AppError> {
        let ex = self.export_mut()?;
        let i = ex.index(interview_id, path)?;
        ex.flags[i].approved = approved;
        Ok(ex.item(i))
    }

    /// Drops the export in progress.
    pub fn export_cancel(&mut self) {
        self.export = None;
    }

    /// Seals the export into `out_path` (an absolute path of a file that does not exist yet),
    /// once every redacted text is approved; `progress` hears each stage. Whatever happens, the
    /// export in progress is finished afterwards, except when it was refused before starting
    /// (texts unapproved, bad path).
    pub fn export_seal(&mut self, out_path: &str, progress: &mut dyn FnMut(ExportProgress)) -> Result<ExportDone, AppError> {
        let ex = self.export_mut()?;
        let unapproved = ex.flags.iter().filter(|f| !f.approved).count();
        if unapproved > 0 {
            return Err(app_err(
                ErrorCode::NotApproved,
                format!(
                    "{unapproved} redacted texts are not approved yet: approve or edit each one on the review step; nothing was written"
                ),
            ));
        }
        let out = PathBuf::from(out_path.trim());
        if !out.is_absolute() || out.file_name().is_none() {
            return Err(app_err(
                ErrorCode::Invalid,
                format!("'{out_path}' is not a full file path: give one such as /home/me/Documents/study.fvb"),
            ));
        }
        if out.exists() {
            return Err(export_error(BundleError::OutputExists(out)));
        }
        if !out.parent().is_some_and(Path::is_dir) {
            return Err(app_err(
                ErrorCode::NotWritable,
                format!("the folder of {} does not exist: choose an existing folder", out.display()),
            ));
        }
        // A folder that takes no file (read-only, no permission) is found before any work, and
        // the reviewed texts stay for another try.
        bundle::check_output(&out).map_err(export_error)?;
        let ex = self.export.take().expect("checked above");
        let recipients = ex.recipients();
        let vault = self.vault()?;
        const TOTAL: u32 = 3;
        let mut tell = |stage: SealStage| {
            let (stage, done) = match stage {
                SealStage::Building => (ExportStage::Building, 0),
                SealStage::Encrypting => (ExportStage::Encrypting, 1),
                SealStage::Writing => (ExportStage::Writing, 2),
            };
            progress(ExportProgress { stage, done, total: TOTAL });
        };
        let exclusions = ex.exclusions();
        let summary = ex.prepared.seal_with_progress(vault, &out, &mut tell).map_err(export_error)?;
        progress(ExportProgress { stage: ExportStage::Done, done: TOTAL, total: TOTAL });
        let m = &summary.manifest;
        Ok(ExportDone {
            path: summary.path.display().to_string(),
            sha256: summary.bundle_sha256.clone(),
            interviews: n(m.counts.interviews),
            files: n(m.files.len() + 2),
            recipients,
            exclusions,
            redactions: m.redactions.iter().map(|(rule, c)| RuleCount { rule: rule.clone(), count: n(*c) }).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacted_text_splits_at_its_replacements() {
        let s = split_redacted("Met [REDACTED:name] at [REDACTED:phone]. [REDACTED: x] ok");
        let marked: Vec<(&str, bool)> = s.iter().map(|x| (x.text.as_str(), x.redacted)).collect();
        assert_eq!(
            marked,
            vec![("Met ", false), ("[REDACTED:name]", true), (" at ", false), ("[REDACTED:phone]", true), (". [REDACTED: x] ok", false)]
        );
        assert_eq!(s[1].kind.as_deref(), Some("name"));
        assert!(split_redacted("").is_empty());
    }

    #[test]
    fn rule_codes_are_flat_strings() {
        assert_eq!(rule_code(Rule::Drop), "drop");
        assert_eq!(rule_code(Rule::RedactText), "redact_text");
        assert_eq!(rule_code(Rule::Generalise(deid::Generalisation::BirthYearBand5)), "generalise:birth_year_band5");
    }

    #[test]
    fn first_occurrence_of_a_policy_path() {
        let v = serde_json::json!({"a": [{"b": null}, {"b": {"c": "x"}}]});
        assert_eq!(first_at(&v, &["a[]", "b", "c"], String::new()), Some(("a[1].b.c".into(), Value::String("x".into()))));
        assert_eq!(value_at(&v, "a[1].b.c"), Some(&Value::String("x".into())));
        assert_eq!(first_at(&v, &["a[]", "d"], String::new()), None);
    }
}
