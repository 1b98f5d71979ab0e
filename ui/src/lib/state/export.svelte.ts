// The export wizard's state: what the core returned at each step, and the fieldworker's choices.
// It holds interview content (originals under review), so the app drops the whole object on lock.

import { backend, toAppError, type AppError, type ExportCandidate, type ExportDone, type ExportPreview, type ExportProgress, type ExportReviewItem } from '../backend';
import { nextOpenGroup, replaceItem, reviewCount, reviewGroups, selectionState, toggleAll, withFvb, type ReviewGroup } from '../export';

export type ExportStep = 'choose' | 'preview' | 'review' | 'seal' | 'done';
export const EXPORT_STEPS: readonly ExportStep[] = ['choose', 'preview', 'review', 'seal', 'done'];

export interface WizardContext {
  /** The app's lock epoch: results from before a lock are dropped. */
  epoch(): number;
  /** Hands a locked/no-vault error to the app (which locks). */
  handle(e: AppError): void;
}

export class ExportWizard {
  step = $state<ExportStep>('choose');
  candidates = $state<ExportCandidate[] | null>(null);
  selected = $state<Set<string>>(new Set());
  allowSuppression = $state(false);
  preview = $state<ExportPreview | null>(null);
  items = $state<ExportReviewItem[]>([]);
  outPath = $state('');
  progress = $state<ExportProgress | null>(null);
  done = $state<ExportDone | null>(null);
  error = $state<AppError | null>(null);
  busy = $state(false);
  /** The interview whose texts the review step shows (index in `groups`). */
  group = $state(0);

  constructor(private ctx: WizardContext) {}

  get counts() {
    return reviewCount(this.items);
  }

  /** The texts under review, by interview. */
  get groups(): ReviewGroup[] {
    return reviewGroups(this.items);
  }

  private fail(e: unknown): void {
    const err = toAppError(e);
    if (err.code === 'locked' || err.code === 'no_vault') this.ctx.handle(err);
    else this.error = err;
  }

  /** Runs a core call unless a lock intervenes; errors are shown in the wizard. */
  private async run<T>(f: () => Promise<T>, then: (v: T) => void): Promise<boolean> {
    const epoch = this.ctx.epoch();
    this.busy = true;
    this.error = null;
    try {
      const v = await f();
      if (epoch !== this.ctx.epoch()) return false;
      then(v);
      return true;
    } catch (e) {
      if (epoch === this.ctx.epoch()) this.fail(e);
      return false;
    } finally {
      if (epoch === this.ctx.epoch()) this.busy = false;
    }
  }

  async load(): Promise<void> {
    await this.run(
      () => backend.exportCandidates(),
      (c) => {
        this.candidates = c;
        this.selected = new Set(c.filter((x) => x.shareable).map((x) => x.id));
      },
    );
  }

  toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  toggleAll(): void {
    if (this.candidates) this.selected = toggleAll(this.candidates, this.selected);
  }

  async prepare(): Promise<void> {
    const all = this.candidates ?? [];
    const ids = all.filter((c) => this.selected.has(c.id)).map((c) => c.id);
    // Everything shareable chosen: let the core consider every interview, so that the summary
    // also says why the others are left out (a damaged one would stop it: then name them).
    const everything = selectionState(all, this.selected) === 'all' && !all.some((c) => c.reason === 'damaged');
    await this.run(
      () => backend.exportPrepare(everything ? null : ids, this.allowSuppression),
      (p) => {
        this.preview = p;
        this.items = p.items;
        this.outPath = p.default_path;
        this.group = 0;
        this.step = 'preview';
      },
    );
  }

  async revise(item: ExportReviewItem, text: string): Promise<boolean> {
    return this.run(
      () => backend.exportRevise(item.interview_id, item.path, text),
      (next) => (this.items = replaceItem(this.items, next)),
    );
  }

  /** Keeps the words of a possible detection (its segment's `start`); the text needs approval anew. */
  async restore(item: ExportReviewItem, start: number): Promise<void> {
    await this.run(
      () => backend.exportRestore(item.interview_id, item.path, start),
      (next) => (this.items = replaceItem(this.items, next)),
    );
  }

  async approve(item: ExportReviewItem, approved: boolean): Promise<void> {
    await this.run(
      () => backend.exportApprove(item.interview_id, item.path, approved),
      (next) => (this.items = replaceItem(this.items, next)),
    );
  }

  /**
   * Approves every text of the interview on screen (the fieldworker has them in front of them)
   * and shows the next interview with texts left; returns whether every text is now approved.
   */
  async approveShown(): Promise<boolean> {
    const shown = this.groups[this.group];
    if (!shown) return this.counts.approved === this.counts.total;
    for (const item of shown.items) {
      if (item.approved) continue;
      const ok = await this.run(
        () => backend.exportApprove(item.interview_id, item.path, true),
        (next) => (this.items = replaceItem(this.items, next)),
      );
      if (!ok) return false;
    }
    const next = nextOpenGroup(this.groups, this.group);
    if (next >= 0) this.group = next;
    return next < 0;
  }

  /** Shows the texts of another interview. */
  showGroup(n: number): void {
    if (n >= 0 && n < this.groups.length) this.group = n;
  }

  /**
   * The platform's save dialog, then the seal: `.fvb` is added to a name without it. Returns
   * false when the fieldworker cancelled the dialog (nothing happens).
   */
  async saveAs(title: string, filterName: string): Promise<boolean> {
    this.error = null;
    let path: string | null;
    try {
      path = await backend.saveDialog({ title, defaultPath: this.outPath, filterName, extensions: ['fvb'] });
    } catch (e) {
      this.fail(e);
      return false;
    }
    if (!path) return false;
    this.outPath = withFvb(path);
    await this.seal();
    return true;
  }

  async seal(): Promise<void> {
    this.progress = { stage: 'building', done: 0, total: 3 };
    this.step = 'seal';
    let unlisten: (() => void) | null = null;
    try {
      unlisten = await backend.onExportProgress((p) => (this.progress = p));
    } catch {
      // Outside the shell: no progress events, the bar jumps at the end.
    }
    const ok = await this.run(
      () => backend.exportSeal(this.outPath),
      (d) => {
        this.done = d;
        this.step = 'done';
      },
    );
    unlisten?.();
    // Refused before writing (unapproved text, bad or taken path): back to the review.
    if (!ok && this.step === 'seal') this.step = 'review';
  }

  go(step: ExportStep): void {
    this.error = null;
    this.step = step;
  }
}
