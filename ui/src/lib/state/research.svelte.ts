// Research mode's state: the research workspace the core has open (none until the researcher
// creates or opens one), the last import, conflicts, possible duplicates and the charts. It holds
// de-identified data only, and is dropped (and the workspace closed) when the researcher leaves
// Research mode or presses the panic lock.

import {
  backend,
  toAppError,
  type AppError,
  type Charts,
  type Conflict,
  type ConflictDetail,
  type ImportReport,
  type PossibleDuplicate,
  type ResearchImportProgress,
  type ResearchStatus,
} from '../backend';

export type ResearchTab = 'import' | 'conflicts' | 'duplicates' | 'charts';

/** Splits what the researcher typed or pasted into the path field: one path per line. */
export function splitPaths(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export class ResearchMode {
  status = $state<ResearchStatus | null>(null);
  tab = $state<ResearchTab>('import');
  busy = $state(false);
  error = $state<AppError | null>(null);
  /** Bundle files and folders to import, one per line (typed, pasted or chosen). */
  paths = $state('');
  progress = $state<ResearchImportProgress | null>(null);
  report = $state<ImportReport | null>(null);
  conflicts = $state.raw<Conflict[]>([]);
  detail = $state.raw<ConflictDetail | null>(null);
  duplicates = $state.raw<PossibleDuplicate[]>([]);
  charts = $state.raw<Charts | null>(null);
  /** A short confirmation after an action (resolved, saved…), as a UI string key and its values. */
  done = $state<{ key: string; params?: Record<string, string | number> } | null>(null);

  /** Shows another section; the last confirmation was about the one left. */
  show(tab: ResearchTab): void {
    this.tab = tab;
    this.done = null;
  }

  get open(): boolean {
    return this.status?.open != null;
  }

  /** Runs `f` with the busy flag and the error line; returns its result, or null when it failed. */
  private async run<T>(f: () => Promise<T>): Promise<T | null> {
    this.busy = true;
    this.error = null;
    try {
      return await f();
    } catch (e) {
      this.error = toAppError(e);
      return null;
    } finally {
      this.busy = false;
    }
  }

  async load(): Promise<void> {
    const s = await this.run(() => backend.researchStatus());
    if (s) this.status = s;
    if (this.open) await this.refresh();
  }

  async create(path: string | null, identity: string, profile: string, passphrase: string, confirm: string): Promise<boolean> {
    const s = await this.run(() => backend.researchCreate(path, identity, profile, passphrase, confirm));
    if (!s) return false;
    this.status = s;
    this.tab = 'import';
    await this.refresh();
    return true;
  }

  async openWorkspace(path: string | null, passphrase: string): Promise<boolean> {
    const s = await this.run(() => backend.researchOpen(path, passphrase));
    if (!s) return false;
    this.status = s;
    this.tab = 'import';
    await this.refresh();
    return true;
  }

  /** Closes the workspace in the core (its lock released) and forgets everything shown. */
  async close(): Promise<void> {
    this.clear();
    await backend.researchClose().catch(() => {});
    const s = await backend.researchStatus().catch(() => null);
    if (s) this.status = s;
  }

  /** Forgets everything shown (the workspace's data), at once. */
  clear(): void {
    if (this.status) this.status = { ...this.status, open: null };
    this.paths = '';
    this.progress = null;
    this.report = null;
    this.conflicts = [];
    this.detail = null;
    this.duplicates = [];
    this.charts = null;
    this.done = null;
    this.error = null;
  }

  /** Conflicts, duplicates and charts, read anew from the core. */
  async refresh(): Promise<void> {
    await this.run(async () => {
      const [conflicts, duplicates, charts] = await Promise.all([
        backend.researchConflicts(),
        backend.researchDuplicates(),
        backend.researchCharts(),
      ]);
      this.conflicts = conflicts;
      this.duplicates = duplicates;
      this.charts = charts;
    });
  }

  /** Adds paths the native open dialog returned to the path field. */
  addPaths(picked: string[]): void {
    const have = splitPaths(this.paths);
    this.paths = [...have, ...picked.filter((p) => !have.includes(p))].join('\n');
  }

  async importBundles(): Promise<void> {
    const paths = splitPaths(this.paths);
    if (paths.length === 0 || this.busy) return;
    this.report = null;
    this.done = null;
    this.progress = { done: 0, total: paths.length, path: paths[0] };
    const unlisten = await backend.onResearchImportProgress((p) => (this.progress = p)).catch(() => null);
    try {
      const report = await this.run(() => backend.researchImport(paths));
      if (report) {
        this.report = report;
        this.paths = '';
        if (this.progress) this.progress = { ...this.progress, done: this.progress.total };
      }
    } finally {
      unlisten?.();
    }
    await this.refresh();
  }

  async showConflict(id: string): Promise<void> {
    const d = await this.run(() => backend.researchConflict(id));
    if (d) this.detail = d;
  }

  async resolve(id: string, takeB: boolean): Promise<void> {
    const r = await this.run(() => backend.researchResolve(id, takeB));
    if (!r) return;
    this.detail = null;
    this.done = { key: takeB ? 'research.conflicts.resolved_b' : 'research.conflicts.resolved_a', params: { id: r.conflict_id } };
    await this.refresh();
  }

  async decide(id: string, confirm: boolean): Promise<void> {
    const d = await this.run(() => backend.researchDecideDuplicate(id, confirm));
    if (!d) return;
    this.duplicates = this.duplicates.map((x) => (x.id === d.id ? d : x));
  }

  /** Asks where to save a chart, then has the core write the bytes `render` makes. */
  async saveChart(name: string, format: 'svg' | 'png', title: string, render: () => Promise<Uint8Array>): Promise<void> {
    let path = await this.run(() =>
      backend.saveDialog({ title, defaultPath: `${name}.${format}`, filterName: format.toUpperCase(), extensions: [format] }),
    );
    if (!path) return;
    // The core saves only a chart under a .svg or .png name: one typed without it gets it.
    if (!path.toLowerCase().endsWith(`.${format}`)) path = `${path}.${format}`;
    const ok = await this.run(async () => {
      await backend.researchSaveChart(path, await render());
      return true;
    });
    if (ok) this.done = { key: 'research.charts.saved', params: { path } };
  }
}
