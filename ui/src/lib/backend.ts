// The one place the UI talks to the Rust core: every IPC command, typed with the generated
// bindings (bindings.ts, generated from the Rust types; never edited by hand) and the command table
// in ipc.ts (keyed by commands.ts, generated from the Rust command list).
// Errors always reject with an `AppError` {code, message, details}; the UI branches on `code`.
//
// Which core answers is decided at build time: `$backend` is the Tauri IPC in the app and an
// in-memory core in the browser tests (vite.config.ts); the app's bundle holds only the first.

import { implementation } from '$backend';
import type { AppError, ErrorCode, ExportProgress, InterviewJson, Preferences, ResearchImportProgress, ReviewRequest, Settings } from './bindings';
import type { Args, Command, OpenDialogOptions, Result, SaveDialogOptions, Unlisten } from './ipc';

export type * from './bindings';

/** Every error code, for exhaustive messages (a type error here when the Rust enum grows). */
export const ERROR_CODES = [
  'wrong_passphrase',
  'locked',
  'no_vault',
  'in_use',
  'invalid',
  'weak_passphrase',
  'passphrase_mismatch',
  'not_found',
  'already_exists',
  'damaged',
  'too_new',
  'disk_full',
  'withdrawn',
  'profile_invalid',
  'no_profile',
  'nothing_to_export',
  'k_anonymity',
  'leak',
  'not_approved',
  'no_export',
  'not_writable',
  'review_failed',
  'internal',
] as const satisfies readonly ErrorCode[];
type MissingCodes = Exclude<ErrorCode, (typeof ERROR_CODES)[number]>;
const _allCodesListed: MissingCodes extends never ? true : never = true;
void _allCodesListed;

export function isAppError(e: unknown): e is AppError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as AppError).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((e as AppError).code) &&
    typeof (e as AppError).message === 'string'
  );
}

/** Whatever an invoke rejected with, as an `AppError` (Tauri's own failures become `internal`). */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return { code: e.code, message: e.message, details: Array.isArray(e.details) ? e.details : [] };
  const message = typeof e === 'string' ? e : e instanceof Error ? e.message : 'unexpected error';
  return { code: 'internal', message, details: [] };
}

async function call<C extends Command>(cmd: C, ...args: Args<C>): Promise<Result<C>> {
  try {
    return await implementation.invoke(cmd, ...args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const backend = {
  /** Tells the shell a screen has rendered (benchmarks read it; nothing else happens). */
  uiReady: (what: string) => call('ui_ready', { what }),
  appStatus: () => call('app_status'),
  inspectProfile: (json: string) => call('inspect_profile', { json }),
  createVault: (passphrase: string, confirm: string, profileJson: string | null) =>
    call('create_vault', { passphrase, confirm, profileJson }),
  openDemo: () => call('open_demo'),
  useDefaultVault: () => call('use_default_vault'),
  unlock: (passphrase: string) => call('unlock', { passphrase }),
  lock: () => call('lock'),
  touch: () => call('touch'),
  changePassphrase: (old: string, next: string, confirm: string) => call('change_passphrase', { old, new: next, confirm }),
  getSettings: () => call('get_settings'),
  setSettings: (settings: Settings) => call('set_settings', { settings }),
  /** The fieldworker's preferences, sealed in the unlocked vault. */
  getPreferences: () => call('get_preferences'),
  setPreferences: (preferences: Preferences) => call('set_preferences', { preferences }),
  listRecords: () => call('list_records'),
  getRecord: (id: string) => call('get_record', { id }),
  validateRecord: (interview: InterviewJson) => call('validate_record', { interview }),
  createRecord: (interview: InterviewJson) => call('create_record', { interview }),
  updateRecord: (id: string, interview: InterviewJson) => call('update_record', { id, interview }),
  recordHistory: (id: string) => call('record_history', { id }),
  withdrawRecord: (id: string) => call('withdraw_record', { id }),
  saveDraft: (draftId: string, recordId: string | null, content: unknown) => call('save_draft', { draftId, recordId, content }),
  listDrafts: () => call('list_drafts'),
  loadDraft: (draftId: string) => call('load_draft', { draftId }),
  discardDraft: (draftId: string) => call('discard_draft', { draftId }),
  addAttachment: (recordId: string, file: { name: string; type: string }, bytes: Uint8Array) =>
    call('add_attachment', bytes, {
      'x-record-id': recordId,
      'x-name': encodeURIComponent(file.name),
      'x-media-type': file.type || 'application/octet-stream',
    }),
  listAttachments: (recordId: string) => call('list_attachments', { recordId }),
  readAttachment: (id: string) => call('read_attachment', { id }),
  deleteAttachment: (id: string) => call('delete_attachment', { id }),
  /** Interviews that could be exported, with why each cannot be shared. */
  exportCandidates: () => call('export_candidates'),
  /** Starts an export (steps 1–6, nothing written) and returns its preview. */
  exportPrepare: (interviewIds: string[] | null, allowSuppression: boolean) => call('export_prepare', { interviewIds, allowSuppression }),
  exportRevise: (interviewId: string, path: string, text: string) => call('export_revise', { interviewId, path, text }),
  exportApprove: (interviewId: string, path: string, approved: boolean) => call('export_approve', { interviewId, path, approved }),
  /** Keeps the words of a possible detection (its segment's `start`); the text must be approved anew. */
  exportRestore: (interviewId: string, path: string, start: number) => call('export_restore', { interviewId, path, start }),
  /** Writes the bundle; refused while any text is unapproved. Progress comes as events. */
  exportSeal: (outPath: string) => call('export_seal', { outPath }),
  exportCancel: () => call('export_cancel'),
  /** The ethics review of bundles (no vault needed): every check, and the report if asked. */
  reviewBundles: (request: ReviewRequest) => call('review_bundles', { request }),
  /** The native open dialog: the paths chosen, or null when cancelled. Its failures reject as `internal`. */
  openDialog: async (options: OpenDialogOptions): Promise<string[] | null> => {
    try {
      return await implementation.openDialog(options);
    } catch (e) {
      throw toAppError(e);
    }
  },
  /** The native save dialog; null when cancelled. Its failures reject as `internal`. */
  saveDialog: async (options: SaveDialogOptions): Promise<string | null> => {
    try {
      return await implementation.saveDialog(options);
    } catch (e) {
      throw toAppError(e);
    }
  },
  /** Files and folders dropped on the window (Research mode's import). */
  onFileDrop: (handler: (paths: string[]) => void): Promise<Unlisten> => implementation.onFileDrop(handler),
  // Research mode (src-tauri/src/research.rs): the research workspace beside the vault.
  researchStatus: () => call('research_status'),
  researchCreate: (path: string | null, identity: string, profile: string, passphrase: string, confirm: string) =>
    call('research_create', { path, identity, profile, passphrase, confirm }),
  researchOpen: (path: string | null, passphrase: string) => call('research_open', { path, passphrase }),
  researchClose: () => call('research_close'),
  researchImport: (paths: string[]) => call('research_import', { paths }),
  researchConflicts: () => call('research_conflicts'),
  researchConflict: (id: string) => call('research_conflict', { id }),
  researchResolve: (id: string, takeB: boolean) => call('research_resolve', { id, takeB }),
  researchDuplicates: () => call('research_duplicates'),
  researchDecideDuplicate: (id: string, confirm: boolean) => call('research_decide_duplicate', { id, confirm }),
  researchCharts: () => call('research_charts'),
  /** Writes a chart (SVG or PNG bytes) to `path`, a new file; the core writes it. */
  researchSaveChart: (path: string, bytes: Uint8Array) => call('research_save_chart', bytes, { 'x-path': encodeURIComponent(path) }),
  onResearchImportProgress: (handler: (p: ResearchImportProgress) => void): Promise<Unlisten> =>
    implementation.listen('research-import-progress', handler),
  onExportProgress: (handler: (p: ExportProgress) => void): Promise<Unlisten> => implementation.listen('export-progress', handler),
  /** The core locked the vault on its own (idle): `handler` must clear everything. */
  onVaultLocked: (handler: () => void): Promise<Unlisten> => implementation.listen('vault-locked', () => handler()),
};
