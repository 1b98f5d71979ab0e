// The seam between the UI and the Rust core: each IPC command with its arguments and result, each
// event with its payload, and the `Backend` interface that carries them. The UI reaches a backend
// only through `backend.ts`; the app is built with the Tauri one (`backend.tauri.ts`), the browser
// tests with an in-memory one (`tests/e2e/backend/`), chosen by the `$backend` alias in vite.config.ts.
//
// Command names come from Rust (`commands.ts`, generated from src-tauri/src/commands.rs); the types
// come from Rust too (`bindings.ts`). What is written here by hand is which arguments each command
// takes: they are the Rust parameters in camelCase, as Tauri expects them.

import type {
  AttachmentInfo,
  DraftInfo,
  ExportCandidate,
  ExportDone,
  ExportPreview,
  ExportProgress,
  ExportReviewItem,
  InterviewJson,
  ListItem,
  AppStatus,
  Preferences,
  ProfileSummary,
  ReviewRequest,
  Reviewed,
  Revision,
  Settings,
  StoredRecord,
  ValidationError,
} from './bindings';
import type { ResearchCommands, ResearchEvents } from './research-ipc';
import type { Command } from './commands';

export type { Command } from './commands';

/** The headers `add_attachment` reads next to the file's raw bytes. */
export type AttachmentHeaders = {
  'x-record-id': string;
  /** The file name, URI-encoded (headers are ASCII). */
  'x-name': string;
  'x-media-type': string;
};

/** Each command's arguments (as a parameter list) and result (`null` for Rust's `()`). */
export interface Commands extends ResearchCommands {
  ui_ready: { args: [{ what: string }]; result: null };
  app_status: { args: []; result: AppStatus };
  inspect_profile: { args: [{ json: string }]; result: ProfileSummary };
  create_vault: { args: [{ passphrase: string; confirm: string; profileJson: string | null }]; result: null };
  open_demo: { args: []; result: null };
  use_default_vault: { args: []; result: null };
  unlock: { args: [{ passphrase: string }]; result: null };
  lock: { args: []; result: null };
  touch: { args: []; result: null };
  change_passphrase: { args: [{ old: string; new: string; confirm: string }]; result: null };
  get_settings: { args: []; result: Settings };
  set_settings: { args: [{ settings: Settings }]; result: null };
  get_preferences: { args: []; result: Preferences };
  set_preferences: { args: [{ preferences: Preferences }]; result: null };
  list_records: { args: []; result: ListItem[] };
  get_record: { args: [{ id: string }]; result: StoredRecord };
  validate_record: { args: [{ interview: InterviewJson }]; result: ValidationError[] };
  create_record: { args: [{ interview: InterviewJson }]; result: string };
  update_record: { args: [{ id: string; interview: InterviewJson }]; result: number };
  record_history: { args: [{ id: string }]; result: Revision[] };
  withdraw_record: { args: [{ id: string }]; result: null };
  save_draft: { args: [{ draftId: string; recordId: string | null; content: unknown }]; result: null };
  list_drafts: { args: []; result: DraftInfo[] };
  load_draft: { args: [{ draftId: string }]; result: unknown };
  discard_draft: { args: [{ draftId: string }]; result: null };
  /** The raw bytes are the request body; everything else travels in headers. */
  add_attachment: { args: [bytes: Uint8Array, headers: AttachmentHeaders]; result: AttachmentInfo };
  list_attachments: { args: [{ recordId: string }]; result: AttachmentInfo[] };
  /** A raw response: the decrypted bytes, never a file. */
  read_attachment: { args: [{ id: string }]; result: ArrayBuffer };
  delete_attachment: { args: [{ id: string }]; result: AttachmentInfo };
  export_candidates: { args: []; result: ExportCandidate[] };
  export_prepare: { args: [{ interviewIds: string[] | null; allowSuppression: boolean }]; result: ExportPreview };
  export_revise: { args: [{ interviewId: string; path: string; text: string }]; result: ExportReviewItem };
  export_approve: { args: [{ interviewId: string; path: string; approved: boolean }]; result: ExportReviewItem };
  /** Restores a possible detection (the segment's `start` in the original); the text needs approval anew. */
  export_restore: { args: [{ interviewId: string; path: string; start: number }]; result: ExportReviewItem };
  export_seal: { args: [{ outPath: string }]; result: ExportDone };
  export_cancel: { args: []; result: null };
  /** The ethics review of bundles (no vault needed); writes the report when `request.report` is set. */
  review_bundles: { args: [{ request: ReviewRequest }]; result: Reviewed };
}

// A type error here when Rust registers a command this table lacks, or drops one it still has.
type Unlisted = Exclude<Command, keyof Commands>;
type Unregistered = Exclude<keyof Commands, Command>;
const _sameCommands: [Unlisted, Unregistered] extends [never, never] ? true : never = true;
void _sameCommands;

/** A command's arguments, as a parameter list. */
export type Args<C extends Command> = Commands[C]['args'];
/** What a command resolves to. */
export type Result<C extends Command> = Commands[C]['result'];

/** Each event the core emits, with its payload. */
export interface Events extends ResearchEvents {
  /** While a bundle is sealed. */
  'export-progress': ExportProgress;
  /** The core locked the vault on its own (idle). */
  'vault-locked': null;
}

/** Stops listening to an event. */
export type Unlisten = () => void;

/** What the native save dialog offers: where to start, what to call it, which files to show. */
export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  /** The filter's name, e.g. "FieldVault bundle". */
  filterName: string;
  /** Extensions the filter shows, without the dot. */
  extensions: string[];
}

/** What the native open dialog offers: its title, which files to show, one or several. */
export interface OpenDialogOptions {
  title: string;
  /** The filter's name, e.g. "FieldVault bundle"; none shows every file. */
  filterName?: string;
  /** Extensions the filter shows, without the dot. */
  extensions?: string[];
  multiple: boolean;
  /** Folders instead of files (the filter is then ignored). */
  directory?: boolean;
}

/**
 * The core as the UI sees it. Implementations reject with whatever their transport gives;
 * `backend.ts` turns every rejection into an `AppError`.
 */
export interface Backend {
  invoke<C extends Command>(cmd: C, ...args: Args<C>): Promise<Result<C>>;
  listen<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): Promise<Unlisten>;
  /** The platform's save dialog: the chosen path, or null when the fieldworker cancelled it. */
  saveDialog(options: SaveDialogOptions): Promise<string | null>;
  /** The platform's open dialog: the chosen paths (the core reads the files), or null when cancelled. */
  openDialog(options: OpenDialogOptions): Promise<string[] | null>;
  /** Files and folders dropped on the window: their paths (the core reads them). */
  onFileDrop(handler: (paths: string[]) => void): Promise<Unlisten>;
}
