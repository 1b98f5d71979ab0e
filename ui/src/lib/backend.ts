// The one place the UI talks to the Rust core: every IPC command, typed with the generated
// bindings (bindings.ts, generated from the Rust types; never edited by hand).
// Errors always reject with an `AppError` {code, message, details}; the UI branches on `code`.

import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  AppError,
  AppStatus,
  AttachmentInfo,
  DraftInfo,
  ErrorCode,
  ExportCandidate,
  ExportDone,
  ExportPreview,
  ExportProgress,
  ExportReviewItem,
  InterviewJson,
  ListItem,
  ProfileSummary,
  Revision,
  Settings,
  StoredRecord,
  Strength,
  ValidationError,
} from './bindings';

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

async function call<T>(cmd: string, args?: Record<string, unknown> | Uint8Array, options?: { headers: Record<string, string> }): Promise<T> {
  try {
    return await invoke<T>(cmd, args, options);
  } catch (e) {
    throw toAppError(e);
  }
}

export const backend = {
  /** Tells the shell a screen has rendered (benchmarks read it; nothing else happens). */
  uiReady: (what: string) => call<void>('ui_ready', { what }),
  appStatus: () => call<AppStatus>('app_status'),
  passphraseStrength: (passphrase: string) => call<Strength>('passphrase_strength', { passphrase }),
  inspectProfile: (json: string) => call<ProfileSummary>('inspect_profile', { json }),
  createVault: (passphrase: string, confirm: string, profileJson: string | null) =>
    call<void>('create_vault', { passphrase, confirm, profileJson }),
  openDemo: () => call<void>('open_demo'),
  useDefaultVault: () => call<void>('use_default_vault'),
  unlock: (passphrase: string) => call<void>('unlock', { passphrase }),
  lock: () => call<void>('lock'),
  touch: () => call<void>('touch'),
  changePassphrase: (old: string, next: string, confirm: string) => call<void>('change_passphrase', { old, new: next, confirm }),
  getSettings: () => call<Settings>('get_settings'),
  setSettings: (settings: Settings) => call<void>('set_settings', { settings }),
  listRecords: () => call<ListItem[]>('list_records'),
  getRecord: (id: string) => call<StoredRecord>('get_record', { id }),
  validateRecord: (interview: InterviewJson) => call<ValidationError[]>('validate_record', { interview }),
  createRecord: (interview: InterviewJson) => call<string>('create_record', { interview }),
  updateRecord: (id: string, interview: InterviewJson) => call<number>('update_record', { id, interview }),
  recordHistory: (id: string) => call<Revision[]>('record_history', { id }),
  withdrawRecord: (id: string) => call<void>('withdraw_record', { id }),
  saveDraft: (draftId: string, recordId: string | null, content: unknown) => call<void>('save_draft', { draftId, recordId, content }),
  listDrafts: () => call<DraftInfo[]>('list_drafts'),
  loadDraft: (draftId: string) => call<unknown>('load_draft', { draftId }),
  discardDraft: (draftId: string) => call<void>('discard_draft', { draftId }),
  addAttachment: (recordId: string, file: { name: string; type: string }, bytes: Uint8Array) =>
    call<AttachmentInfo>('add_attachment', bytes, {
      headers: { 'x-record-id': recordId, 'x-name': encodeURIComponent(file.name), 'x-media-type': file.type || 'application/octet-stream' },
    }),
  listAttachments: (recordId: string) => call<AttachmentInfo[]>('list_attachments', { recordId }),
  readAttachment: (id: string) => call<ArrayBuffer>('read_attachment', { id }),
  deleteAttachment: (id: string) => call<AttachmentInfo>('delete_attachment', { id }),
  /** Interviews that could be exported, with why each cannot be shared. */
  exportCandidates: () => call<ExportCandidate[]>('export_candidates'),
  /** Starts an export (steps 1–6, nothing written) and returns its preview. */
  exportPrepare: (interviewIds: string[] | null, allowSuppression: boolean) =>
    call<ExportPreview>('export_prepare', { interviewIds, allowSuppression }),
  exportRevise: (interviewId: string, path: string, text: string) => call<ExportReviewItem>('export_revise', { interviewId, path, text }),
  exportApprove: (interviewId: string, path: string, approved: boolean) =>
    call<ExportReviewItem>('export_approve', { interviewId, path, approved }),
  /** Writes the bundle; refused while any text is unapproved. Progress comes as events. */
  exportSeal: (outPath: string) => call<ExportDone>('export_seal', { outPath }),
  exportCancel: () => call<void>('export_cancel'),
  onExportProgress: (handler: (p: ExportProgress) => void): Promise<UnlistenFn> =>
    listen<ExportProgress>('export-progress', (e) => handler(e.payload)),
  /** The core locked the vault on its own (idle): `handler` must clear everything. */
  onVaultLocked: (handler: () => void): Promise<UnlistenFn> => listen('vault-locked', () => handler()),
};
