//! The export as one state machine, the same for the CLI and the app's wizard:
//! candidates → preview → review → seal.
//!
//! [`Export::candidates`] lists the interviews with whether each may be shared and why not;
//! [`Export::prepare`] runs pipeline steps 1–6 ([`bundle::prepare`]); [`Export::preview`] tells
//! what the bundle would hold ([`ExportPreview`]: the counts of each step, what was left out and
//! why, an example of what each field becomes, and every redacted text, pre-split into
//! [`Segment`]s so the UI only has to wrap the redacted ones). In the review,
//! [`Export::revise`] re-redacts a fieldworker's edit and [`Export::approve`] marks a text
//! approved. [`Export::seal`] writes the bundle, and only with every text approved: it is the one
//! maker of the [`bundle::Approval`] that [`bundle::Prepared::seal`] requires. The originals
//! shown here are the fieldworker's own data on their own machine; nothing in this module logs
//! them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::error::{Result, SessionError};
use super::vault::Vault;
use crate::bundle::{self, Approval, ExportOptions, ExportSummary, Prepared, SealStage};
use crate::deid::{self, fields, ExclusionReason, IdClass, Pseudonymiser, Report, ReviewItem, Rule};
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
    /// In an original: a detection marked "possible" (or one restored), which the fieldworker
    /// may restore with [`Export::restore`] at `start`.
    pub possible: bool,
    /// In an original: the piece's byte offset, the `start` a restore names.
    pub start: u32,
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
    /// The project's keep-list: names never redacted (unions, NGOs, churches, ministries).
    pub keep_list: Vec<String>,
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

/// Progress of [`super::Session::export_seal`].
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

/// One export in progress: de-identified records and the originals of the texts under review,
/// with which texts the fieldworker approved. Drop it to cancel; nothing is written before
/// [`Export::seal`].
pub struct Export {
    prepared: Prepared,
    flags: Vec<Flags>,
    /// Pseudonymous interview id → (vault id, field pseudonym or code).
    labels: HashMap<String, (String, Option<String>)>,
}

fn n(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

impl Export {
    /// Step 1: every interview of the vault, with whether it may be exported and why not.
    pub fn candidates(vault: &Vault) -> Result<Vec<ExportCandidate>> {
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
                RecordState::Withdrawn { .. } => unshareable(&item.id, ExclusionKind::Withdrawn),
                RecordState::Damaged { .. } => unshareable(&item.id, ExclusionKind::Damaged),
            };
            out.push(c);
        }
        out.sort_by(|a, b| (!a.shareable, &a.label, &a.id).cmp(&(!b.shareable, &b.label, &b.id)));
        Ok(out)
    }

    /// Step 2: runs pipeline steps 1–6 over the vault's interviews. Nothing is written.
    pub fn prepare(vault: &Vault, options: &ExportOptions) -> Result<Export> {
        let prepared = bundle::prepare(vault.core(), options)?;
        let flags = vec![Flags::default(); prepared.review().len()];
        let ps = Pseudonymiser::for_project(prepared.profile())?;
        let mut labels = HashMap::new();
        for item in vault.list_records()? {
            let label = match &item.state {
                RecordState::Active { summary } => summary.pseudonym.clone(),
                _ => None,
            };
            labels.insert(ps.pseudonym("interview", &item.id), (item.id, label));
        }
        Ok(Export { prepared, flags, labels })
    }

    /// The pipeline's report so far (the leak scan is added when sealing).
    pub fn report(&self) -> &Report {
        self.prepared.report()
    }

    /// Names of the researchers and reviewers who will be able to open the bundle.
    pub fn recipients(&self) -> Vec<String> {
        let p = self.prepared.profile();
        p.researchers.iter().chain(&p.reviewers).map(|m| m.name.clone()).collect()
    }

    /// What the bundle would hold, for the wizard's preview; `fallback_dir` is where the
    /// suggested bundle goes when there is no Documents or home folder.
    pub fn preview(&self, vault: &Vault, interview_ids: Option<&[String]>, fallback_dir: &Path) -> Result<ExportPreview> {
        let profile = self.prepared.profile();
        let ps = Pseudonymiser::for_project(profile)?;
        let exported: HashMap<&str, &Value> =
            self.prepared.records().iter().filter_map(|r| Some((r.get("interview_id")?.as_str()?, r))).collect();
        // The originals of the exported interviews, in the order chosen.
        let mut order: Vec<String> = vault.list_records()?.into_iter().map(|item| item.id).collect();
        if let Some(ids) = interview_ids {
            order.retain(|id| ids.contains(id));
            order.sort_by_key(|id| ids.iter().position(|x| x == id));
        }
        let mut originals: Vec<(String, Option<String>, Value)> = Vec::new();
        for id in order {
            let pid = ps.pseudonym("interview", &id);
            if exported.contains_key(pid.as_str()) {
                let interview = vault.get_record(&id)?.interview;
                originals.push((pid, interview.participant.pseudonym.clone(), gated(&interview)));
            }
        }
        let fields = field_previews(&self.prepared, &exported, &originals);
        let project = profile.name.clone();
        let default_path = default_bundle_path(&project, chrono::Local::now().date_naive(), fallback_dir);
        Ok(ExportPreview {
            project,
            recipients: self.recipients(),
            steps: self.steps(),
            exclusions: self.exclusions(),
            fields,
            items: (0..self.flags.len()).map(|i| self.item(i)).collect(),
            keep_list: self.prepared.profile().keep_list.clone(),
            default_path: default_path.display().to_string(),
        })
    }

    /// Step 3: every redacted text, with its interview, path, original and redaction.
    pub fn review_items(&self) -> &[ReviewItem] {
        self.prepared.review()
    }

    /// Replaces a redacted text with the fieldworker's edit, redacts the edit again and returns
    /// the item, to be approved anew.
    pub fn revise(&mut self, interview_id: &str, path: &str, text: &str) -> Result<ExportReviewItem> {
        let i = self.index(interview_id, path)?;
        self.prepared.revise(interview_id, path, text)?;
        self.flags[i] = Flags { approved: false, edited: true };
        Ok(self.item(i))
    }

    /// Restores the possible detection at byte `start` of a text's original (the fieldworker
    /// judged it no identifier) and returns the item, to be approved anew.
    pub fn restore(&mut self, interview_id: &str, path: &str, start: u32) -> Result<ExportReviewItem> {
        let i = self.index(interview_id, path)?;
        self.prepared.restore(interview_id, path, start as usize)?;
        self.flags[i].approved = false;
        Ok(self.item(i))
    }

    /// The possible detections of a text under review, restored or not: (byte offset in the
    /// original, the text found, its kind, whether restored).
    pub fn possible(&self, interview_id: &str, path: &str) -> Result<Vec<(u32, String, String, bool)>> {
        let r = &self.prepared.review()[self.index(interview_id, path)?];
        let spans = self.prepared.redactor().find(&r.original);
        Ok(spans
            .iter()
            .filter(|s| s.confidence == deid::Confidence::Possible)
            .map(|s| (n(s.start), r.original[s.start..s.end].to_owned(), s.label.to_owned(), r.restored.contains(&s.start)))
            .collect())
    }

    /// Marks a redacted text approved (or not).
    pub fn approve(&mut self, interview_id: &str, path: &str, approved: bool) -> Result<ExportReviewItem> {
        let i = self.index(interview_id, path)?;
        self.flags[i].approved = approved;
        Ok(self.item(i))
    }

    /// Approves every text as the pipeline redacted it, unseen: the fieldworker's explicit
    /// decision (the CLI's `--approve-redactions`), never a default.
    pub fn approve_all_unseen(&mut self) {
        self.flags.iter_mut().for_each(|f| f.approved = true);
    }

    /// Texts not approved yet.
    pub fn unapproved(&self) -> usize {
        self.flags.iter().filter(|f| !f.approved).count()
    }

    /// The proof that every text is approved as it reads now, or why not.
    fn approval(&self) -> Result<Approval> {
        let approved: Vec<bool> = self.flags.iter().map(|f| f.approved).collect();
        Ok(Approval::of_review(&self.prepared, &approved).ok_or(SessionError::NotApproved(self.unapproved()))?)
    }

    /// Refuses, before any work, to seal while a text waits for approval.
    pub fn check_approved(&self) -> Result<()> {
        self.approval().map(drop)
    }

    /// Step 4: builds, leak-scans, signs and encrypts the bundle and writes it to `out`
    /// atomically (see [`bundle::Prepared::seal`]); `progress` hears each stage. Refused unless
    /// every redacted text is approved.
    pub fn seal(self, vault: &mut Vault, out: &Path, progress: &mut dyn FnMut(SealStage)) -> Result<ExportSummary> {
        let approval = self.approval()?;
        Ok(self.prepared.seal_with_progress(approval, vault.core_mut(), out, progress)?)
    }

    /// What was left out and why.
    pub fn exclusions(&self) -> Vec<ExportExclusion> {
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

    /// The field pseudonym or code (`HD-01`) of the interview behind a review item's
    /// pseudonymous `interview_id`, to name it to the fieldworker.
    pub fn label(&self, interview_id: &str) -> Option<String> {
        self.labels.get(interview_id).and_then(|(_, l)| l.clone())
    }

    fn item(&self, i: usize) -> ExportReviewItem {
        let r = &self.prepared.review()[i];
        let spans = self.prepared.redactor().find(&r.original);
        ExportReviewItem {
            interview_id: r.interview_id.clone(),
            label: self.label(&r.interview_id),
            path: r.path.clone(),
            original: {
                // A restored detection reads as plain text, still marked possible.
                let mut segments = split_at_spans(&r.original, &spans);
                for s in segments.iter_mut().filter(|s| s.possible && r.restored.contains(&(s.start as usize))) {
                    s.redacted = false;
                }
                segments
            },
            result: split_redacted(&r.redacted),
            redacted: r.redacted.clone(),
            approved: self.flags[i].approved,
            edited: self.flags[i].edited,
        }
    }

    fn index(&self, interview_id: &str, path: &str) -> Result<usize> {
        let found = self.prepared.review().iter().position(|r| r.interview_id == interview_id && r.path == path);
        Ok(found.ok_or_else(|| SessionError::NotUnderReview { interview_id: interview_id.into(), path: path.into() })?)
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
}

fn unshareable(id: &str, reason: ExclusionKind) -> ExportCandidate {
    ExportCandidate {
        id: id.to_owned(),
        label: None,
        interview_date: None,
        shareable: false,
        reason: Some(reason),
        quotes_without_consent: 0,
    }
}

/// Each field that occurs in `originals`: its rule and its first occurrence before and after.
fn field_previews(
    prepared: &Prepared,
    exported: &HashMap<&str, &Value>,
    originals: &[(String, Option<String>, Value)],
) -> Vec<FieldPreview> {
    let policy = prepared.policy();
    let mut out = Vec::new();
    for f in fields::fields() {
        let segs: Vec<&str> = f.path.split('.').collect();
        let found = originals.iter().find_map(|(pid, label, v)| first_at(v, &segs, String::new()).map(|x| (pid, label, x)));
        let Some((pid, label, (example_path, before))) = found else { continue };
        let rule = policy.rule(&f.path).unwrap_or(Rule::Drop);
        let after = exported.get(pid.as_str()).and_then(|r| value_at(r, &example_path)).cloned().unwrap_or(Value::Null);
        out.push(FieldPreview {
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
    out
}

/// What a sealed export wrote, for the wizard's last step.
pub(crate) fn done(summary: &ExportSummary, recipients: Vec<String>, exclusions: Vec<ExportExclusion>) -> ExportDone {
    let m = &summary.manifest;
    ExportDone {
        path: summary.path.display().to_string(),
        sha256: summary.bundle_sha256.clone(),
        interviews: n(m.counts.interviews),
        files: n(m.files.len() + 2),
        recipients,
        exclusions,
        redactions: m.redactions.iter().map(|(rule, c)| RuleCount { rule: rule.clone(), count: n(*c) }).collect(),
    }
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
            out.push(Segment { text: text[at..s.start].to_owned(), redacted: false, kind: None, possible: false, start: n(at) });
        }
        out.push(Segment {
            text: text[s.start..s.end].to_owned(),
            redacted: true,
            kind: Some(s.label.to_owned()),
            possible: s.confidence == deid::Confidence::Possible,
            start: n(s.start),
        });
        at = s.end;
    }
    if at < text.len() {
        out.push(Segment { text: text[at..].to_owned(), redacted: false, kind: None, possible: false, start: n(at) });
    }
    out
}

/// A redacted text split at its `[REDACTED:kind]` replacements ([`deid::marker::parse`]).
pub fn split_redacted(text: &str) -> Vec<Segment> {
    deid::marker::parse(text)
        .into_iter()
        .map(|p| match p {
            deid::marker::Piece::Plain(t) => Segment { text: t.to_owned(), redacted: false, kind: None, possible: false, start: 0 },
            deid::marker::Piece::Marker { text, kind } => {
                Segment { text: text.to_owned(), redacted: true, kind: Some(kind.to_owned()), possible: false, start: 0 }
            }
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

/// The bundle file for `out`: as given when its name ends in `.fvb` (any case), else with
/// `.fvb` added (`study` → `study.fvb`, `study.tar` → `study.tar.fvb`), so that every bundle is
/// recognisable by its name.
pub fn bundle_file(out: &Path) -> PathBuf {
    let named = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("fvb"));
    if named || out.file_name().is_none() {
        return out.to_owned();
    }
    let mut name = out.as_os_str().to_owned();
    name.push(".fvb");
    PathBuf::from(name)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The attacker is a caller that seals texts no one approved: without the review there is
    /// no approval to give (the signature asks for one, see `bundle::Approval`'s compile_fail
    /// examples), and an approval of other texts is refused before anything is written.
    #[test]
    fn fail_sealing_without_an_approval_of_the_texts_as_they_read_now() {
        let dir = tempfile::tempdir().unwrap();
        let pass = secrecy::SecretString::from("a demo passphrase".to_owned());
        let path = dir.path().join("demo.vault");
        let mut vault = Vault::from(crate::demo::create_demo_vault(&path, &pass, Some(crate::keys::MIN_WORK_FACTOR)).unwrap());
        let out = dir.path().join("x.fvb");

        // The review step refuses while a text waits, and after an edit until it is approved anew.
        let mut export = Export::prepare(&vault, &ExportOptions::now()).unwrap();
        let items = export.review_items().to_vec();
        assert!(items.len() > 1, "the demo has texts to review");
        for i in &items {
            export.approve(&i.interview_id, &i.path, true).unwrap();
        }
        export.revise(&items[0].interview_id, &items[0].path, "Met at the station.").unwrap();
        assert_eq!(export.unapproved(), 1);
        let err = export.seal(&mut vault, &out, &mut |_| {}).err().unwrap();
        assert_eq!(err.code, super::super::ErrorCode::NotApproved, "{err}");
        assert!(!out.exists());

        // An approval made for one export's texts does not seal another's.
        let a = bundle::prepare(vault.core(), &ExportOptions::now()).unwrap();
        let mut b = bundle::prepare(vault.core(), &ExportOptions::now()).unwrap();
        let approval = Approval::of_review(&a, &vec![true; a.review().len()]).unwrap();
        assert!(Approval::of_review(&a, &vec![true; a.review().len() - 1]).is_none(), "one text short is no approval");
        b.revise(&items[0].interview_id, &items[0].path, "Met at the station.").unwrap();
        let err = b.seal(approval, vault.core_mut(), &out).err().unwrap();
        assert!(matches!(err, crate::bundle::BundleError::NotApproved), "{err}");
        assert!(!out.exists());
        assert!(!vault.audit_entries().unwrap().iter().any(|e| e.event == "exported"), "nothing was recorded as exported");
    }

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
    fn bundle_files_end_in_fvb() {
        assert_eq!(bundle_file(Path::new("/tmp/study")), Path::new("/tmp/study.fvb"));
        assert_eq!(bundle_file(Path::new("/tmp/study.fvb")), Path::new("/tmp/study.fvb"));
        assert_eq!(bundle_file(Path::new("/tmp/Study.FVB")), Path::new("/tmp/Study.FVB"));
        assert_eq!(bundle_file(Path::new("/tmp/study.tar")), Path::new("/tmp/study.tar.fvb"));
        assert_eq!(bundle_file(Path::new("/tmp/.fvb")), Path::new("/tmp/.fvb.fvb"), "a hidden name is no extension");
        assert_eq!(bundle_file(Path::new("/")), Path::new("/"), "no file name: refused later as it is");
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
