// Research mode in the browser tests' core: a research workspace that answers as the Rust commands
// do (src-tauri/src/research.rs over fieldvault::api::research): create or open with a passphrase,
// import known bundle paths with progress events, one conflict, one possible duplicate, and the
// charts the core would compute, with its small counts already withheld (`n` and `value` null).

import type { Charts, Conflict, ConflictDetail, ImportReport, Origin, PossibleDuplicate, ResearchStatus } from '../../../src/lib/bindings';
import type { Command } from '../../../src/lib/ipc';
import { fail, type Core, type Handlers } from './core';

/** Research mode's commands (research.ts). */
export type ResearchCommand = Extract<Command, `research_${string}`>;

const DEFAULT_PATH = '/home/fieldworker/.local/share/fieldvault/research.fvw';
const PROJECT = { project_name: 'Vietnamese migrant workers in East Asia', project_id: '6c1f2a5e-0b7d-4c8e-9a51-3f2d7e9b8c40' };

/** The bundles the test's "USB stick" holds, and what importing each brings. */
export const BUNDLES = {
  lan: '/media/usb/lan-2025-03.fvb',
  laptop: '/media/usb/lan-laptop-2025-03.fvb',
  stranger: '/media/usb/old/stranger.fvb',
} as const;
const FOLDER = '/media/usb';

const origin = (signer: string, revision: number, created_at: string): Origin => ({
  signer,
  key_id: signer === 'Lan' ? 'A1B2C3D4E5F60718' : '',
  created_at,
  revision,
  fingerprint: `fp-${signer}-${revision}`,
});

const CONFLICT: ConflictDetail = {
  conflict: {
    id: 'c1',
    interview_id: 'i_5d0c2e9a71',
    a: origin('Lan', 3, '2025-03-02T08:00:00Z'),
    b: origin('Lan', 3, '2025-03-04T10:30:00Z'),
    opened_at: '2025-03-10T09:05:00Z',
    resolved: false,
  },
  diff: [
    { path: 'participant.children', a: 3, b: 4 },
    { path: 'migration_episodes[0].fees[0].amount.amount', a: 6500, b: 7000 },
  ],
  record_a: { interview_id: 'i_5d0c2e9a71', participant: { children: 3 } },
  record_b: { interview_id: 'i_5d0c2e9a71', participant: { children: 4 } },
};

const DUPLICATE: PossibleDuplicate = {
  id: 'd_8e41b0c2f9aa',
  a: 'i_13fe20b7c4',
  b: 'i_9a7d5e3b10',
  reasons: ['same keyed participant pseudonym'],
  decision: null,
};

/** The charts after the imports, k = 5: Korea, one year of fees, a lender kind, an exit reason and the relatives' support and cost are withheld. */
const CHARTS: Charts = {
  k: 5,
  interviews: 24,
  charts: [
    {
      id: 'interviews_by_destination',
      measure: 'interviews',
      bars: [
        { category: 'JP', series: '', n: 12, value: 12 },
        { category: 'KR', series: '', n: null, value: null },
        { category: 'TW', series: '', n: 9, value: 9 },
      ],
    },
    {
      id: 'fees_by_destination_year',
      measure: 'median_usd',
      bars: [
        { category: 'JP', series: '2019', n: 7, value: 8400 },
        { category: 'JP', series: '2020', n: null, value: null },
        { category: 'TW', series: '2019', n: 6, value: 5150.5 },
      ],
    },
    {
      id: 'debt_by_lender_kind',
      measure: 'interviews',
      bars: [
        { category: 'moneylender', series: '', n: null, value: null },
        { category: 'relatives', series: '', n: 11, value: 11 },
        { category: 'state_bank', series: '', n: 6, value: 6 },
      ],
    },
    { id: 'unpaid_overtime_by_destination', measure: 'interviews', bars: [{ category: 'JP', series: '', n: 8, value: 8 }] },
    {
      id: 'exits_by_reason',
      measure: 'interviews',
      bars: [
        { category: 'low_wages', series: '', n: 5, value: 5 },
        { category: 'other', series: '', n: null, value: null },
      ],
    },
    {
      id: 'support_by_kind_dimension',
      measure: 'interviews',
      bars: [
        { category: 'ngo', series: 'humanitarian', n: 6, value: 6 },
        { category: 'relative', series: 'social', n: null, value: null },
        { category: 'union', series: 'humanitarian', n: 9, value: 9 },
      ],
    },
    {
      id: 'help_cost_by_actor_kind',
      measure: 'median_usd',
      bars: [
        { category: 'broker', series: '', n: 8, value: 6200 },
        { category: 'intermediary_company', series: '', n: 7, value: 7450 },
        { category: 'relative', series: '', n: null, value: null },
      ],
    },
    {
      id: 'hours_by_destination',
      measure: 'median_hours',
      bars: [
        { category: 'JP', series: '', n: 12, value: 9 },
        { category: 'KR', series: '', n: null, value: null },
        { category: 'TW', series: '', n: 9, value: 10.5 },
      ],
    },
    {
      id: 'hourly_wage_by_destination',
      measure: 'median_usd',
      bars: [
        { category: 'JP', series: '', n: 11, value: 7.85 },
        { category: 'KR', series: '', n: null, value: null },
        { category: 'TW', series: '', n: 8, value: 6.05 },
      ],
    },
  ],
};

/** The research workspace of the test core. */
export class ResearchWorkspace {
  exists = false;
  passphrase: string | null = null;
  open = false;
  imported = new Set<string>();
  conflicts: Conflict[] = [];
  duplicates: PossibleDuplicate[] = [];
  /** Charts saved through the save dialog: path → bytes. */
  saved = new Map<string, Uint8Array>();
  /** What the native open dialog answers. */
  openAnswer: string[] = [FOLDER];

  status(): ResearchStatus {
    return { default_path: DEFAULT_PATH, default_exists: this.exists, open: this.open ? { path: DEFAULT_PATH, ...PROJECT } : null };
  }

  require(): void {
    if (!this.open) throw fail('no_vault', 'no research workspace is open: open or create one first');
  }

  /** One bundle into the workspace: what it changed, or why it was refused. */
  importOne(path: string, report: ImportReport): void {
    if (path === BUNDLES.stranger) {
      report.refused.push({
        path,
        code: 'damaged',
        message:
          "the bundle is signed by key 9C2E4B1F07A3D5E6, which is not on the project's fieldworker roster: do not use it; check who sent it, and if it is a new fieldworker ask the principal investigator to add their public key to the profile",
      });
      return;
    }
    if (path !== BUNDLES.lan && path !== BUNDLES.laptop) {
      report.refused.push({ path, code: 'not_found', message: `reading ${path}: No such file or directory (os error 2)` });
      return;
    }
    report.imported++;
    if (this.imported.has(path)) {
      report.counts.unchanged += path === BUNDLES.lan ? 3 : 2;
      return;
    }
    this.imported.add(path);
    if (path === BUNDLES.lan) {
      report.counts.added += 3;
      this.duplicates = [{ ...DUPLICATE }];
    } else {
      report.counts.unchanged += 1;
      report.counts.conflicts += 1;
      this.conflicts = [{ ...CONFLICT.conflict }];
    }
  }
}

/** The research commands over `core`'s workspace `ws`. */
export function researchCommands(core: Core, ws: ResearchWorkspace): Handlers<ResearchCommand> {
  return {
    research_status: () => ws.status(),
    research_create({ identity, profile, passphrase, confirm }) {
      if (!identity.startsWith('/') || !profile.startsWith('/')) throw fail('not_found', `reading ${identity}: No such file or directory`);
      if (passphrase !== confirm) throw fail('passphrase_mismatch', 'the two passphrases differ');
      if (passphrase.length < 12) throw fail('weak_passphrase', 'the passphrase is too short');
      if (ws.exists) throw fail('already_exists', `${DEFAULT_PATH} already exists`);
      Object.assign(ws, { exists: true, passphrase, open: true });
      return ws.status();
    },
    research_open({ passphrase }) {
      if (!ws.exists) throw fail('not_found', `${DEFAULT_PATH} does not exist: create a workspace first`);
      if (passphrase !== ws.passphrase) throw fail('wrong_passphrase', 'wrong passphrase');
      ws.open = true;
      return ws.status();
    },
    research_close() {
      ws.open = false;
      return null;
    },
    async research_import({ paths }) {
      ws.require();
      const files = paths.flatMap((p) => (p === FOLDER ? [BUNDLES.lan, BUNDLES.laptop, BUNDLES.stranger] : [p]));
      const report: ImportReport = { imported: 0, counts: { added: 0, updated: 0, unchanged: 0, conflicts: 0, withdrawn: 0 }, refused: [] };
      for (const [done, path] of files.entries()) {
        core.emit('research-import-progress', { done, total: files.length, path });
        // Decrypting and verifying takes a moment: long enough for the progress bar to be seen.
        await new Promise((resolve) => setTimeout(resolve, 150));
        ws.importOne(path, report);
      }
      core.emit('research-import-progress', { done: files.length, total: files.length, path: files[files.length - 1] ?? '' });
      return report;
    },
    research_conflicts() {
      ws.require();
      return ws.conflicts;
    },
    research_conflict({ id }) {
      ws.require();
      const c = ws.conflicts.find((x) => x.id === id);
      if (!c) throw fail('not_found', `no conflict ${id}: list them with 'fieldvault conflicts list'`);
      return { ...CONFLICT, conflict: c };
    },
    research_resolve({ id, takeB }) {
      ws.require();
      const c = ws.conflicts.find((x) => x.id === id);
      if (!c) throw fail('not_found', `no conflict ${id}`);
      if (c.resolved) throw fail('invalid', `conflict ${id} is already resolved`);
      c.resolved = true;
      return {
        conflict_id: id,
        interview_id: c.interview_id,
        choice: takeB ? 'take_b' : 'take_a',
        resolved_by: 'age1researcher',
        resolved_at: core.now(),
        a: c.a,
        b: c.b,
        fingerprint: 'fp-resolution',
      };
    },
    research_duplicates() {
      ws.require();
      return ws.duplicates;
    },
    research_decide_duplicate({ id, confirm }) {
      ws.require();
      const d = ws.duplicates.find((x) => x.id === id);
      if (!d) throw fail('not_found', `no possible duplicate ${id}`);
      d.decision = confirm ? 'confirmed' : 'dismissed';
      return d;
    },
    research_charts() {
      ws.require();
      return ws.imported.size > 0 ? CHARTS : { k: 5, interviews: null, charts: CHARTS.charts.map((c) => ({ ...c, bars: [] })) };
    },
    research_save_chart(bytes, headers) {
      const path = decodeURIComponent(headers['x-path']);
      if (!path.startsWith('/')) throw fail('invalid', `'${path}' is not a full file path`);
      if (ws.saved.has(path)) throw fail('internal', `creating ${path} (it must not exist yet): File exists`);
      ws.saved.set(path, bytes);
      return null;
    },
  };
}
