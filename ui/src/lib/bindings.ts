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

export type ErrorCode = "wrong_passphrase" | "locked" | "no_vault" | "in_use" | "invalid" | "weak_passphrase" | "passphrase_mismatch" | "not_found" | "already_exists" | "damaged" | "too_new" | "disk_full" | "withdrawn" | "profile_invalid" | "internal";

export type ValidationError = { 
/**
 * Where: `migration_episodes[1].fees[0].amount.currency`; empty for the whole record.
 */
path: string, 
/**
 * What is wrong and how to fix it.
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
 * Hex SHA-256 of the previous entry (zeros for the first).
 */
prev_hash: string, 
/**
 * Hex SHA-256 of this entry.
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
