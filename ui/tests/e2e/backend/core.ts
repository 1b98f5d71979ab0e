// The in-memory core behind the browser tests' backend: vaults with passphrases, records and their
// revisions, drafts, attachments and settings, answering as the Rust commands do
// (src-tauri/src/commands.rs): same results, same error codes, similar messages.

import type { AppError, AttachmentInfo, ErrorCode, InterviewJson, ListItem, Preferences, Revision, Settings, Strength, Summary } from '../../../src/lib/bindings';
import type { Args, Command, Events, Result } from '../../../src/lib/ipc';
import type { ExportSession } from './export';
import type { ReviewCommand } from './review';
import type { Interview } from './interview';
import type { TestOptions } from './options';
import { validate } from './validate';

/** An implementation of some commands, keyed by their generated names. */
export type Handlers<K extends Command = Command> = { [C in K]: (...args: Args<C>) => Result<C> | Promise<Result<C>> };

/** The export wizard's commands (export.ts). */
export type ExportCommand = Extract<Command, `export_${string}`>;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DATA_DIR = '/home/fieldworker/.local/share/fieldvault';
const LANGUAGES = ['en', 'vi', 'ja', 'zh-TW'];

/** A record as the vault keeps it: every revision, or tombstones once withdrawn. */
interface StoredRecord {
  id: string;
  created_at: string;
  withdrawn_at: string | null;
  revisions: Revision[];
}

interface Draft {
  record_id: string | null;
  updated_at: string;
  content: unknown;
}

/** One vault file. */
export interface Vault {
  exists: boolean;
  passphrase: string | null;
  unlocked: boolean;
  failed: number;
  /** The project profile's JSON; null when created without one (nothing can be exported). */
  profile: string | null;
  records: Map<string, StoredRecord>;
  drafts: Map<string, Draft>;
  attachments: Map<string, { info: AttachmentInfo; bytes: Uint8Array }>;
  /** The fieldworker's preferences, sealed in the vault (readable only unlocked). */
  preferences: Preferences;
}

/** A failure as the core reports it. */
export const fail = (code: ErrorCode, message: string, details: AppError['details'] = []): AppError => ({ code, message, details });

/** A deep copy, as a value that crossed IPC as JSON. */
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** Everything the core holds, and the helpers its commands share. */
export class Core {
  settings: Settings;
  current: 'default' | 'demo' = 'default';
  vaults: { default: Vault; demo: Vault | null };
  /** The export between its preview and its sealing, if any. */
  exporting: ExportSession | null = null;
  /** Bundles written so far (a second one at the same path is refused). */
  files: string[] = [];
  private clock = Date.parse('2025-03-10T09:00:00.000Z');

  constructor(
    readonly options: TestOptions,
    readonly fixtures: InterviewJson[],
    readonly emit: <E extends keyof Events>(event: E, payload: Events[E]) => void,
  ) {
    this.settings = { auto_lock_minutes: 5, language: 'en', ...options.settings };
    this.vaults = { default: this.newVault(options.vault), demo: null };
  }

  /** The time now: each call a minute later, so that lists and histories have an order. */
  now(): string {
    this.clock += 61_000;
    return new Date(this.clock).toISOString();
  }

  vault(): Vault | null {
    return this.vaults[this.current];
  }

  requireUnlocked(): Vault {
    const v = this.vault();
    if (!v || !v.exists) throw fail('no_vault', 'no vault is open');
    if (!v.unlocked) throw fail('locked', 'the vault is locked: unlock it first');
    return v;
  }

  /** A vault as the options describe it (records, the last ones withdrawn or damaged, drafts); none without. */
  newVault(init: TestOptions['vault']): Vault {
    const v: Vault = {
      exists: !!init,
      passphrase: init ? init.passphrase : null,
      unlocked: false,
      failed: 0,
      profile: init ? 'the test project' : null,
      records: new Map(),
      drafts: new Map(),
      attachments: new Map(),
      preferences: { show_sensitive_badges: false, ...init?.preferences },
    };
    if (!init) return v;
    const ids = (init.records ?? []).map((interview) => this.addRecord(v, interview));
    const damaged = init.damaged ?? 0;
    const withdrawn = init.withdrawn ?? 0;
    for (const id of ids.slice(ids.length - damaged)) {
      const r = v.records.get(id)!;
      r.revisions = r.revisions.map((x) => ({ ...x, interview: null, damaged: 'authentication tag mismatch' }));
    }
    for (const id of ids.slice(ids.length - damaged - withdrawn, ids.length - damaged)) {
      const r = v.records.get(id)!;
      r.withdrawn_at = this.now();
      r.revisions = r.revisions.map((x) => ({ ...x, interview: null, damaged: 'withdrawn' }));
    }
    for (const d of init.drafts ?? []) {
      const rid = d.recordIndex === null ? null : [...v.records.keys()][d.recordIndex];
      v.drafts.set(crypto.randomUUID(), { record_id: rid, updated_at: this.now(), content: { format: 1, interview: d.interview } });
    }
    return v;
  }

  addRecord(v: Vault, interview: InterviewJson): string {
    const id = crypto.randomUUID();
    const t = this.now();
    v.records.set(id, { id, created_at: t, withdrawn_at: null, revisions: [{ revision: 1, created_at: t, interview: clone(interview), damaged: null }] });
    return id;
  }

  /** A readable, not withdrawn record, or the error the core gives. */
  liveRecord(id: string): StoredRecord {
    const rec = this.requireUnlocked().records.get(id);
    if (!rec) throw fail('not_found', `no record ${id}`);
    if (rec.withdrawn_at) throw fail('withdrawn', 'the participant withdrew');
    return rec;
  }
}

/** The latest revision's interview, unless withdrawn or damaged. */
export const latest = (rec: StoredRecord): Interview | null => rec.revisions[rec.revisions.length - 1].interview as Interview | null;

export function strength(p: string): Strength {
  const n = [...p].length;
  if (n < 10) return 'too_short';
  const distinct = new Set([...p]).size;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(p)).length;
  if (distinct < 5) return 'weak';
  if (n >= 20 || (n >= 14 && classes >= 3)) return 'strong';
  if (n >= 14 || classes >= 3) return 'fair';
  return 'weak';
}

/** What the list shows of an interview (src/schema/summary.rs). */
function summary(r: Interview): Summary {
  const s: Summary = {
    pseudonym: r.participant?.pseudonym ?? null,
    interview_date: r.interview?.date ?? null,
    destinations: [],
    sectors: [],
    statuses: [],
    ran_away: false,
    detained: false,
    shareable: !!(r.consent?.scopes?.share_deidentified && !r.consent.withdrawal),
  };
  const push = (list: string[], v: string | null | undefined) => {
    if (v != null && !list.includes(v)) list.push(v);
  };
  for (const e of r.migration_episodes ?? []) {
    push(s.destinations, e.destination_country);
    push(s.sectors, e.sector);
    push(s.statuses, e.status);
    for (const w of e.informal_work ?? []) push(s.sectors, w.sector);
    for (const x of e.exits ?? []) {
      if (x.kind === 'running_away') s.ran_away = true;
      if (x.kind === 'detention' || x.kind === 'deportation') s.detained = true;
    }
  }
  return s;
}

function listItem(rec: StoredRecord): ListItem {
  const last = rec.revisions[rec.revisions.length - 1];
  const base = { id: rec.id, revision: last.revision, created_at: rec.created_at, updated_at: rec.withdrawn_at ?? last.created_at };
  if (rec.withdrawn_at) return { ...base, state: 'withdrawn', withdrawn_at: rec.withdrawn_at };
  if (!last.interview) return { ...base, state: 'damaged', why: last.damaged ?? '' };
  return { ...base, state: 'active', summary: summary(last.interview as Interview) };
}

function inspectProfile(json: string) {
  let p: { format?: unknown; name?: string; project_id?: string; researchers?: Member[]; reviewers?: Member[]; recovery_recipient?: string };
  type Member = { name: string; age_recipient: string };
  try {
    p = JSON.parse(json);
  } catch (e) {
    throw fail('profile_invalid', `profile is not valid at : ${(e as Error).message}`);
  }
  if (p.format !== 1 || !p.name || !p.project_id || !Array.isArray(p.researchers) || !p.researchers.length) {
    throw fail('profile_invalid', 'profile is not valid at researchers: name at least one researcher to export to');
  }
  return {
    name: p.name,
    project_id: p.project_id,
    researchers: p.researchers.map((m): [string, string] => [m.name, m.age_recipient]),
    reviewers: (p.reviewers ?? []).map((m): [string, string] => [m.name, m.age_recipient]),
    recovery_recipient: p.recovery_recipient ?? null,
  };
}

function invalid(interview: InterviewJson): void {
  const errs = validate(interview);
  if (errs.length) throw fail('invalid', `the record is not valid (${errs.length} problems)`, errs);
}

/** Every command but the export's. */
export function vaultCommands(core: Core): Handlers<Exclude<Command, ExportCommand | ReviewCommand | `research_${string}`>> {
  return {
    ui_ready: () => null,
    app_status() {
      const v = core.vault();
      return {
        vault_path: `${DATA_DIR}/${core.current}.vault`,
        vault_exists: !!v?.exists,
        demo: core.current === 'demo',
        unlocked: !!v?.unlocked,
        failed_attempts: v ? v.failed : 0,
        settings: clone(core.settings),
      };
    },
    inspect_profile: ({ json }) => inspectProfile(json),
    create_vault({ passphrase, confirm, profileJson }) {
      if (passphrase !== confirm) throw fail('passphrase_mismatch', 'the two passphrases differ');
      if (strength(passphrase) === 'too_short') throw fail('weak_passphrase', 'passphrase too short: use at least 10 characters');
      if (profileJson !== null) inspectProfile(profileJson);
      core.current = 'default';
      if (core.vaults.default.exists) throw fail('already_exists', 'a vault already exists');
      const v = core.newVault({ passphrase, records: [] });
      v.unlocked = true;
      v.profile = profileJson;
      core.vaults.default = v;
      return null;
    },
    open_demo() {
      core.vaults.demo ??= core.newVault({ passphrase: 'demo field vault', records: core.fixtures });
      core.current = 'demo';
      core.vaults.demo.unlocked = true;
      return null;
    },
    use_default_vault() {
      if (core.vaults.demo) core.vaults.demo.unlocked = false;
      core.current = 'default';
      return null;
    },
    unlock({ passphrase }) {
      const v = core.vault();
      if (!v || !v.exists) throw fail('no_vault', 'there is no vault yet: create one first');
      if (passphrase !== v.passphrase) {
        v.failed++;
        throw fail('wrong_passphrase', `wrong passphrase (${v.failed} failed attempts)`);
      }
      v.failed = 0;
      v.unlocked = true;
      return null;
    },
    lock() {
      const v = core.vault();
      if (v) v.unlocked = false;
      core.exporting = null;
      return null;
    },
    touch: () => null,
    change_passphrase({ old, new: next, confirm }) {
      if (next !== confirm) throw fail('passphrase_mismatch', 'the two passphrases differ');
      if (strength(next) === 'too_short') throw fail('weak_passphrase', 'passphrase too short');
      const v = core.requireUnlocked();
      if (old !== v.passphrase) throw fail('wrong_passphrase', 'wrong passphrase');
      v.passphrase = next;
      return null;
    },
    get_settings: () => clone(core.settings),
    set_settings({ settings }) {
      if (!(settings.auto_lock_minutes >= 1 && settings.auto_lock_minutes <= 120)) throw fail('invalid', 'auto-lock must be between 1 and 120 minutes');
      if (!LANGUAGES.includes(settings.language)) throw fail('invalid', `unknown language '${settings.language}'`);
      core.settings = clone(settings);
      return null;
    },
    get_preferences: () => clone(core.requireUnlocked().preferences),
    set_preferences({ preferences }) {
      core.requireUnlocked().preferences = clone(preferences);
      return null;
    },
    list_records: () => [...core.requireUnlocked().records.values()].map(listItem),
    get_record({ id }) {
      const rec = core.liveRecord(id);
      const last = rec.revisions[rec.revisions.length - 1];
      if (!last.interview) throw fail('damaged', `record ${id} is damaged: ${last.damaged}`);
      return { id: rec.id, revision: last.revision, created_at: rec.created_at, updated_at: last.created_at, interview: clone(last.interview) };
    },
    validate_record: ({ interview }) => validate(interview),
    create_record({ interview }) {
      invalid(interview);
      return core.addRecord(core.requireUnlocked(), interview);
    },
    update_record({ id, interview }) {
      invalid(interview);
      const rec = core.liveRecord(id);
      const revision = rec.revisions.length + 1;
      rec.revisions.push({ revision, created_at: core.now(), interview: clone(interview), damaged: null });
      return revision;
    },
    record_history: ({ id }) => clone(core.liveRecord(id).revisions),
    withdraw_record({ id }) {
      const v = core.requireUnlocked();
      const rec = v.records.get(id);
      if (!rec) throw fail('not_found', `no record ${id}`);
      rec.withdrawn_at = core.now();
      rec.revisions = rec.revisions.map((r) => ({ ...r, interview: null, damaged: 'withdrawn' }));
      for (const [draft, d] of v.drafts) if (d.record_id === id) v.drafts.delete(draft);
      for (const [file, x] of v.attachments) if (x.info.record_id === id) v.attachments.delete(file);
      return null;
    },
    save_draft({ draftId, recordId, content }) {
      if (!UUID_V4.test(draftId)) throw fail('invalid', 'a draft id is a UUID v4');
      core.requireUnlocked().drafts.set(draftId, { record_id: recordId, updated_at: core.now(), content: clone(content) });
      return null;
    },
    list_drafts: () => [...core.requireUnlocked().drafts.entries()].map(([id, d]) => ({ id, record_id: d.record_id, updated_at: d.updated_at })),
    load_draft({ draftId }) {
      const d = core.requireUnlocked().drafts.get(draftId);
      if (!d) throw fail('not_found', 'no such draft');
      return clone(d.content);
    },
    discard_draft({ draftId }) {
      if (!core.requireUnlocked().drafts.delete(draftId)) throw fail('not_found', 'no such draft');
      return null;
    },
    add_attachment(bytes, headers) {
      const v = core.requireUnlocked();
      const recordId = headers['x-record-id'];
      if (!v.records.has(recordId)) throw fail('not_found', `no record ${recordId}`);
      const info: AttachmentInfo = {
        id: crypto.randomUUID(),
        record_id: recordId,
        name: decodeURIComponent(headers['x-name']),
        media_type: headers['x-media-type'] || 'application/octet-stream',
        size: bytes.byteLength,
        created_at: core.now(),
      };
      v.attachments.set(info.id, { info, bytes: bytes.slice() });
      return clone(info);
    },
    list_attachments: ({ recordId }) =>
      [...core.requireUnlocked().attachments.values()].filter((x) => x.info.record_id === recordId).map((x) => clone(x.info)),
    read_attachment({ id }) {
      const x = core.requireUnlocked().attachments.get(id);
      if (!x) throw fail('not_found', 'no such attachment');
      return x.bytes.slice().buffer;
    },
    delete_attachment({ id }) {
      const v = core.requireUnlocked();
      const x = v.attachments.get(id);
      if (!x) throw fail('not_found', 'no such attachment');
      v.attachments.delete(id);
      return clone(x.info);
    },
  };
}
