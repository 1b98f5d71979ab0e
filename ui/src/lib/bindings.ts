// Generated from the Rust IPC types by src-tauri/tests/bindings.rs. Do not edit by hand:
// run `FIELDVAULT_BLESS=1 cargo test -p fieldvault-app --test bindings` after changing them.

/** An interview record as JSON; its shape is `schemas/interview.schema.json`. */
export type InterviewJson = Record<string, unknown>;

export type AppStatus = { 
/**
 * The vault file in use.
 */
vault_path: string, 
/**
 * Whether it exists.
 */
vault_exists: boolean, 
/**
 * Whether it is the demo vault.
 */
demo: boolean, 
/**
 * Whether it is unlocked.
 */
unlocked: boolean, 
/**
 * Failed unlock attempts since the last success.
 */
failed_attempts: number, 
/**
 * Settings in force.
 */
settings: Settings, };

export type Settings = { 
/**
 * Minutes of inactivity before the vault locks itself (1–120).
 */
auto_lock_minutes: number, 
/**
 * UI language: `en`, `vi`, `ja` or `zh-TW`.
 */
language: string, };

export type Preferences = { 
/**
 * Show the sensitive badges (ran away, detained or deported, undocumented) in the interview
 * list; off by default, so that a glance over the fieldworker's shoulder does not read them.
 */
show_sensitive_badges: boolean, };

export type AppError = { 
/**
 * What kind of failure.
 */
code: ErrorCode, 
/**
 * What happened and what to do next.
 */
message: string, 
/**
 * Per-field problems, for `invalid`.
 */
details: Array<ValidationError>, };

export type ErrorCode = "wrong_passphrase" | "locked" | "no_vault" | "in_use" | "invalid" | "weak_passphrase" | "passphrase_mismatch" | "not_found" | "already_exists" | "damaged" | "too_new" | "disk_full" | "withdrawn" | "profile_invalid" | "no_profile" | "nothing_to_export" | "k_anonymity" | "leak" | "not_approved" | "no_export" | "not_writable" | "review_failed" | "internal";

export type ValidationError = { 
/**
 * Where: `migration_episodes[1].fees[0].amount.currency`; empty for the whole record.
 */
path: string, 
/**
 * What is wrong, as a message key (`whole_number`); the UI translates it.
 */
key: string, 
/**
 * The values the message names (`min`, `id`, `value`…), already quoted where they are text.
 */
params: { [key in string]: string }, 
/**
 * The message in English, with the field's label: "Number of children must be a whole number".
 */
message: string, };

export type ProfileSummary = { 
/**
 * Project name.
 */
name: string, 
/**
 * Project id.
 */
project_id: string, 
/**
 * Researchers bundles will be encrypted to: (name, age recipient).
 */
researchers: Array<[string, string]>, 
/**
 * Ethics reviewers: (name, age recipient).
 */
reviewers: Array<[string, string]>, 
/**
 * The recovery recipient, if any.
 */
recovery_recipient: string | null, };

export type Strength = "too_short" | "weak" | "fair" | "strong";

export type ListItem = { 
/**
 * Record id.
 */
id: string, 
/**
 * Current revision.
 */
revision: number, 
/**
 * First saved.
 */
created_at: string, 
/**
 * Last saved.
 */
updated_at: string, } & ({ "state": "active", 
/**
 * What the list shows.
 */
summary: Summary, } | { "state": "withdrawn", 
/**
 * When.
 */
withdrawn_at: string, } | { "state": "damaged", 
/**
 * What failed.
 */
why: string, });

export type RecordState = { "state": "active", 
/**
 * What the list shows.
 */
summary: Summary, } | { "state": "withdrawn", 
/**
 * When.
 */
withdrawn_at: string, } | { "state": "damaged", 
/**
 * What failed.
 */
why: string, };

export type Summary = { 
/**
 * Field pseudonym or code.
 */
pseudonym: string | null, 
/**
 * Interview date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 */
interview_date: string | null, 
/**
 * Destination countries, in order of episodes.
 */
destinations: Array<string>, 
/**
 * Sectors worked in, as codes.
 */
sectors: Array<string>, 
/**
 * Legal statuses held, as codes.
 */
statuses: Array<string>, 
/**
 * The participant ran away from an employer at least once.
 */
ran_away: boolean, 
/**
 * The participant was detained or deported at least once.
 */
detained: boolean, 
/**
 * Consent allows sharing a de-identified version.
 */
shareable: boolean, };

export type StoredRecord = { 
/**
 * Record id (UUID v4).
 */
id: string, 
/**
 * Revision number, from 1.
 */
revision: number, 
/**
 * When the record was first saved (UTC, RFC 3339).
 */
created_at: string, 
/**
 * When this revision was saved.
 */
updated_at: string, 
/**
 * The interview.
 */
interview: InterviewJson, };

export type Revision = { 
/**
 * Revision number.
 */
revision: number, 
/**
 * When it was saved.
 */
created_at: string, 
/**
 * Its content, unless damaged.
 */
interview: InterviewJson | null, 
/**
 * Why it cannot be read, if damaged.
 */
damaged: string | null, };

export type DraftInfo = { 
/**
 * Draft id.
 */
id: string, 
/**
 * The record it edits, if not a new interview.
 */
record_id: string | null, 
/**
 * Last autosave.
 */
updated_at: string, };

export type AttachmentInfo = { 
/**
 * Attachment id.
 */
id: string, 
/**
 * The interview it belongs to.
 */
record_id: string, 
/**
 * Original file name.
 */
name: string, 
/**
 * Media type (`audio/ogg`, `image/jpeg`).
 */
media_type: string, 
/**
 * Size in bytes of the plaintext.
 */
size: number, 
/**
 * When it was added.
 */
created_at: string, };

export type Entry = { 
/**
 * Position in the chain, from 1.
 */
seq: number, 
/**
 * UTC time, RFC 3339.
 */
at: string, 
/**
 * Event name (see [`Event::as_str`]).
 */
event: string, 
/**
 * The record concerned, if any.
 */
record_id: string | null, 
/**
 * The revision concerned, if any.
 */
revision: number | null, 
/**
 * Non-content detail (e.g. a bundle's hash), if any.
 */
detail: string | null, 
/**
 * The previous entry's hash (zeros for the first).
 */
prev_hash: string, 
/**
 * Hex HMAC-SHA256 of this entry under the vault's key (plain SHA-256 for an entry written
 * while locked or before the log was keyed).
 */
hash: string, };

export type Head = { 
/**
 * Number of entries.
 */
seq: number, 
/**
 * Hex hash of the last entry.
 */
hash: string, };

export type ExportCandidate = { 
/**
 * The vault's record id.
 */
id: string, 
/**
 * The participant's field pseudonym, if readable.
 */
label: string | null, 
/**
 * The interview date, if readable.
 */
interview_date: string | null, 
/**
 * Whether it may be exported at all.
 */
shareable: boolean, 
/**
 * Why it may not be exported, or (for a shareable one) why some of it is left out.
 */
reason: ExclusionKind | null, 
/**
 * Quotes that will be left out for want of consent to quote.
 */
quotes_without_consent: number, };

export type ExclusionKind = "withdrawn" | "no_share_consent" | "quotes_without_consent" | "k_anonymity" | "damaged";

export type StepCounts = { 
/**
 * Interviews considered.
 */
considered: number, 
/**
 * Left out: withdrawn.
 */
withdrawn: number, 
/**
 * Left out: no consent to share.
 */
no_share_consent: number, 
/**
 * Through the consent gate.
 */
passed: number, 
/**
 * Quotes kept.
 */
quotes_kept: number, 
/**
 * Quotes left out for want of consent to quote.
 */
quotes_excluded: number, 
/**
 * Values dropped.
 */
dropped: number, 
/**
 * Values pseudonymised.
 */
pseudonymised: number, 
/**
 * Values generalised.
 */
generalised: number, 
/**
 * Texts scanned for identifiers.
 */
strings_scanned: number, 
/**
 * Texts in which something was redacted.
 */
strings_redacted: number, 
/**
 * Spans redacted in all.
 */
spans_redacted: number, 
/**
 * The `k` of k-anonymity.
 */
k: number, 
/**
 * Groups of interviews sharing the same quasi-identifiers.
 */
classes: number, 
/**
 * Size of the smallest group.
 */
smallest_class: number, 
/**
 * Interviews suppressed to reach k.
 */
suppressed: number, 
/**
 * Interviews that will be in the bundle.
 */
exported: number, };

export type ExportExclusion = { 
/**
 * The vault's record id (absent for withdrawal tombstones).
 */
record_id: string | null, 
/**
 * The participant's field pseudonym, if known.
 */
label: string | null, 
/**
 * Why.
 */
reason: ExclusionKind, 
/**
 * How many (interviews: 1; quotes: how many).
 */
count: number, };

export type FieldPreview = { 
/**
 * The policy's path (`migration_episodes[].fees[].amount`).
 */
path: string, 
/**
 * Where the example comes from (`migration_episodes[0].fees[1].amount`).
 */
example_path: string, 
/**
 * The rule: `drop`, `keep`, `pseudonymise`, `redact_text` or `generalise:<how>`.
 */
rule: string, 
/**
 * The field's identifier class: `direct`, `quasi`, `sensitive` or `none`.
 */
class: string, 
/**
 * Whether k-anonymity counts it as a quasi-identifier.
 */
quasi_identifier: boolean, 
/**
 * The interview the example comes from (its field pseudonym).
 */
example_from: string | null, 
/**
 * The value in the vault.
 */
before: unknown, 
/**
 * What the bundle will hold (`null`: left out).
 */
after: unknown, };

export type Segment = { 
/**
 * The text of the piece.
 */
text: string, 
/**
 * Whether it is redacted.
 */
redacted: boolean, 
/**
 * What kind of identifier (`name`, `phone`, …) when redacted.
 */
kind: string | null, 
/**
 * In an original: a detection marked "possible" (or one restored), which the fieldworker
 * may restore with [`Export::restore`] at `start`.
 */
possible: boolean, 
/**
 * In an original: the piece's byte offset, the `start` a restore names.
 */
start: number, };

export type ExportReviewItem = { 
/**
 * Pseudonymous interview id (identifies the item with `path`).
 */
interview_id: string, 
/**
 * The participant's field pseudonym.
 */
label: string | null, 
/**
 * Path of the text in the record (`migration_episodes[0].notes`).
 */
path: string, 
/**
 * The text before redaction (or the fieldworker's edit), split at what is redacted.
 */
original: Array<Segment>, 
/**
 * The text that will be exported, split at the `[REDACTED:kind]` replacements.
 */
result: Array<Segment>, 
/**
 * The text that will be exported, whole (to start an edit from).
 */
redacted: string, 
/**
 * Approved by the fieldworker.
 */
approved: boolean, 
/**
 * Edited by the fieldworker.
 */
edited: boolean, };

export type ExportPreview = { 
/**
 * The project's name.
 */
project: string, 
/**
 * Names of the researchers and reviewers who can open the bundle.
 */
recipients: Array<string>, 
/**
 * Counts of each pipeline step.
 */
steps: StepCounts, 
/**
 * What is left out and why.
 */
exclusions: Array<ExportExclusion>, 
/**
 * Each field that occurs in the selected interviews: its rule and an example.
 */
fields: Array<FieldPreview>, 
/**
 * Every redacted text, for review.
 */
items: Array<ExportReviewItem>, 
/**
 * The project's keep-list: names never redacted (unions, NGOs, churches, ministries).
 */
keep_list: Array<string>, 
/**
 * A suggested file for the bundle (Documents or home folder).
 */
default_path: string, };

export type ExportStage = "building" | "encrypting" | "writing" | "done";

export type ExportProgress = { 
/**
 * The stage now running.
 */
stage: ExportStage, 
/**
 * Stages finished so far.
 */
done: number, 
/**
 * Stages in all.
 */
total: number, };

export type RuleCount = { 
/**
 * The rule (`known:name`, `detector:phone`).
 */
rule: string, 
/**
 * How many spans.
 */
count: number, };

export type ExportDone = { 
/**
 * The bundle file.
 */
path: string, 
/**
 * Hex SHA-256 of the bundle file.
 */
sha256: string, 
/**
 * Interviews in the bundle.
 */
interviews: number, 
/**
 * Files inside the bundle.
 */
files: number, 
/**
 * Who can open it.
 */
recipients: Array<string>, 
/**
 * What was left out and why.
 */
exclusions: Array<ExportExclusion>, 
/**
 * Spans redacted, per rule.
 */
redactions: Array<RuleCount>, };

export type ReviewRequest = { 
/**
 * The bundles (`.fvb`).
 */
bundles: Array<string>, 
/**
 * The reviewer's age identity file.
 */
identity: string, 
/**
 * The project profile (roster, approved policy, deny-list).
 */
profile: string, 
/**
 * The vault's audit-log copy (`fieldvault audit export`); its signature is read from
 * the same path with `.minisig` added.
 */
log: string | null, 
/**
 * Where to write the HTML report (a new file).
 */
report: string | null, 
/**
 * The reviewer's minisign secret key file, to sign the report (`REPORT.minisig`).
 */
sign: string | null, };

export type Reviewed = { 
/**
 * The review.
 */
review: Review, 
/**
 * The report written, if asked for.
 */
report: string | null, 
/**
 * Its signature, if asked for.
 */
signature: string | null, };

export type Review = { 
/**
 * The project's name and id.
 */
project: string, 
/**
 * The project's id.
 */
project_id: string, 
/**
 * When the review ran (UTC, RFC 3339).
 */
reviewed_at: string, 
/**
 * The policy the profile approves.
 */
approved_policy: Record<string, unknown>, 
/**
 * One review per bundle, in the order given.
 */
bundles: Array<BundleReview>, };

export type BundleReview = { 
/**
 * The bundle's file name.
 */
file: string, 
/**
 * Hex SHA-256 of the bundle file.
 */
sha256: string, 
/**
 * Who signed it (roster name and key id), once the signature verified.
 */
signer: string | null, 
/**
 * When it was made, from its manifest.
 */
created_at: string | null, 
/**
 * Every check, in [`CheckId::ALL`]'s order.
 */
checks: Array<Check>, 
/**
 * The disclosure-risk figures, when the records could be read.
 */
risk: Risk | null, 
/**
 * The policy the bundle names.
 */
policy: Record<string, unknown> | null, 
/**
 * Spans redacted per rule, from the manifest.
 */
redactions: { [key in string]: number }, 
/**
 * The pseudonymous interview ids.
 */
interview_ids: Array<string>, };

export type CheckId = "signature" | "hashes" | "tar_safety" | "schema" | "no_direct_identifiers" | "policy" | "consent" | "k_anonymity" | "l_diversity" | "leak_scan" | "audit_log";

export type Status = "pass" | "fail" | "not_run" | "skipped";

export type Check = { 
/**
 * Which check.
 */
id: CheckId, 
/**
 * How it ended.
 */
status: Status, 
/**
 * Its figures, in a line.
 */
figures: string, 
/**
 * What failed, one line each (offsets, paths, pseudonymous ids; never a value).
 */
findings: Array<string>, };

export type Risk = { 
/**
 * Records measured.
 */
records: number, 
/**
 * The quasi-identifiers.
 */
quasi_identifiers: Array<string>, 
/**
 * The smallest class's size (0 when there are no records).
 */
k: number, 
/**
 * Per class, its size, in class order (the order of their values).
 */
class_sizes: Array<number>, 
/**
 * Class size → how many classes of that size.
 */
size_histogram: { [key in number]: number }, 
/**
 * Records alone in their class.
 */
sample_uniques: number, 
/**
 * The highest prosecutor risk, 1 / k.
 */
highest_risk: number, 
/**
 * The average prosecutor risk over records (classes / records).
 */
average_risk: number, 
/**
 * Records whose risk is above [`RISK_THRESHOLD`].
 */
records_at_risk: number, 
/**
 * Per sensitive attribute.
 */
l_diversity: Array<LDiversity>, 
/**
 * Minimal sample uniques.
 */
minimal_uniques: MinimalUniques, 
/**
 * The smallest classes, smallest first (at most [`RISKIEST`]).
 */
riskiest: Array<RiskyClass>, };

export type LDiversity = { 
/**
 * The attribute's field path.
 */
attribute: string, 
/**
 * The fewest distinct values of it in a class (0 when there are no records).
 */
l: number, 
/**
 * Per class, in class order, its number of distinct values.
 */
per_class: Array<number>, };

export type MinimalUniques = { 
/**
 * The largest set searched.
 */
max_size: number, 
/**
 * The quasi-identifiers searched (at most [`MSU_MAX_QUASI_IDENTIFIERS`]).
 */
searched: Array<string>, 
/**
 * Per set size from 1, how many minimal sample uniques of that size.
 */
per_size: Array<number>, 
/**
 * Records with at least one.
 */
records: number, 
/**
 * The sets of quasi-identifiers that single records out, with how many records each,
 * most first (at most [`RISKIEST`]).
 */
sets: Array<[Array<string>, number]>, };

export type RiskyClass = { 
/**
 * Records in it.
 */
size: number, 
/**
 * Their prosecutor risk, 1 / size.
 */
risk: number, 
/**
 * Per quasi-identifier, its value one rung up the generalisation ladder, or `•` where the
 * ladder has no rung (the value itself is never shown).
 */
values: Array<[string, string]>, };

export type ResearchStatus = { 
/**
 * The default workspace's file (in the data folder).
 */
default_path: string, 
/**
 * Whether that file exists.
 */
default_exists: boolean, 
/**
 * The open workspace, if any.
 */
open: OpenWorkspace | null, };

export type OpenWorkspace = { 
/**
 * Its file.
 */
path: string, 
/**
 * The project's name.
 */
project_name: string, 
/**
 * The project's id.
 */
project_id: string, };

export type ResearchImportProgress = { 
/**
 * Bundles done so far.
 */
done: number, 
/**
 * Bundles in all.
 */
total: number, 
/**
 * The bundle about to be imported.
 */
path: string, };

export type ImportReport = { 
/**
 * Bundles imported.
 */
imported: number, 
/**
 * Interviews added, updated, unchanged, in conflict and withdrawn, over those bundles.
 */
counts: Counts, 
/**
 * Bundles refused, each with its reason; the others were imported.
 */
refused: Array<ImportRefusal>, };

export type Counts = { 
/**
 * Interviews new to the workspace.
 */
added: number, 
/**
 * Interviews whose revision a newer one on the same line replaced.
 */
updated: number, 
/**
 * Records already held (the same revision, or an older one of the line).
 */
unchanged: number, 
/**
 * Diverging revisions, kept beside the current one as a conflict.
 */
conflicts: number, 
/**
 * Interviews removed because their participant withdrew.
 */
withdrawn: number, };

export type ImportRefusal = { 
/**
 * The bundle (or folder).
 */
path: string, 
/**
 * What kind of failure.
 */
code: ErrorCode, 
/**
 * Why, and what to do next.
 */
message: string, };

export type Origin = { 
/**
 * The signer's name on the roster (for a resolution: the researcher's recipient).
 */
signer: string, 
/**
 * The signer's minisign key id (empty for a resolution).
 */
key_id: string, 
/**
 * When the bundle was made (for a resolution: when it was made).
 */
created_at: string, 
/**
 * The revision's number in the fieldworker's vault (0 for a resolution).
 */
revision: number, 
/**
 * The revision's fingerprint (last of its line).
 */
fingerprint: string, };

export type Conflict = { 
/**
 * Its id (`c1`, `c2`, …).
 */
id: string, 
/**
 * Pseudonymous interview id.
 */
interview_id: string, 
/**
 * The revision the workspace had (side A).
 */
a: Origin, 
/**
 * The diverging revision (side B).
 */
b: Origin, 
/**
 * When the divergence was found.
 */
opened_at: string, 
/**
 * Whether it was resolved.
 */
resolved: boolean, };

export type FieldDiff = { 
/**
 * The field's path in the record (`migration_episodes[0].fees[1].amount`).
 */
path: string, 
/**
 * Side A's value (absent: `null`).
 */
a: unknown, 
/**
 * Side B's value.
 */
b: unknown, };

export type ConflictDetail = { 
/**
 * The conflict.
 */
conflict: Conflict, 
/**
 * Every field whose value differs, in path order.
 */
diff: Array<FieldDiff>, 
/**
 * Side A's record.
 */
record_a: unknown, 
/**
 * Side B's record.
 */
record_b: unknown, };

export type Choice = "take_a" | "take_b" | "merged";

export type Resolution = { 
/**
 * The conflict.
 */
conflict_id: string, 
/**
 * Pseudonymous interview id.
 */
interview_id: string, 
/**
 * What was chosen.
 */
choice: Choice, 
/**
 * Who chose: the researcher's age recipient.
 */
resolved_by: string, 
/**
 * When.
 */
resolved_at: string, 
/**
 * Side A.
 */
a: Origin, 
/**
 * Side B.
 */
b: Origin, 
/**
 * For a merged record: the fields taken from each side, or edited (`a`, `b`, `edited`).
 */
fields?: { [key in string]: string }, 
/**
 * The fingerprint of the revision the resolution made.
 */
fingerprint: string, };

export type Decision = "confirmed" | "dismissed";

export type PossibleDuplicate = { 
/**
 * The pair's id (`d_…`, stable).
 */
id: string, 
/**
 * One interview (pseudonymous id; the smaller).
 */
a: string, 
/**
 * The other.
 */
b: string, 
/**
 * What matched.
 */
reasons: Array<string>, 
/**
 * The researcher's decision, if any.
 */
decision: Decision | null, };

export type ChartId = "interviews_by_destination" | "fees_by_destination_year" | "debt_by_lender_kind" | "unpaid_overtime_by_destination" | "exits_by_reason" | "support_by_kind_dimension" | "help_cost_by_actor_kind" | "hours_by_destination" | "hourly_wage_by_destination";

export type ChartMeasure = "interviews" | "median_usd" | "median_hours";

export type ChartBar = { 
/**
 * The category: a country code, or a code of the schema's lists (`other` for "other: …").
 */
category: string, 
/**
 * The series within the category (a year), or empty.
 */
series: string, 
/**
 * Interviews behind the bar; `None` when fewer than k ("< k").
 */
n: number | null, 
/**
 * The bar's value (the count itself for [`ChartMeasure::Interviews`]); `None` when fewer than k.
 */
value: number | null, };

export type Chart = { 
/**
 * Which chart.
 */
id: ChartId, 
/**
 * What its values are.
 */
measure: ChartMeasure, 
/**
 * Its bars, by category then series.
 */
bars: Array<ChartBar>, };

export type Charts = { 
/**
 * The project's k: no figure rests on fewer interviews.
 */
k: number, 
/**
 * Interviews the charts are made of (`None` when fewer than k).
 */
interviews: number | null, 
/**
 * The charts.
 */
charts: Array<Chart>, };
