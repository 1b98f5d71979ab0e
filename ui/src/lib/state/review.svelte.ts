// The Review screen's state: the files the ethics reviewer chose (paths only: the core reads
// them), the review the core made of them, and the report it saved. No check is made here: every
// figure comes from `review_bundles` (the core's `api::review`, the same as `fieldvault review`).
// A reviewer needs no vault, so nothing here depends on one being unlocked.

import { backend, toAppError, type AppError, type Reviewed } from '../backend';

/** A single file the review takes besides the bundles. */
export type FileKind = 'identity' | 'profile' | 'log' | 'sign';

/** Extensions the open dialog shows for each kind of file (none: every file). */
const EXTENSIONS: Record<FileKind | 'bundle', string[] | undefined> = {
  bundle: ['fvb'],
  identity: undefined,
  profile: ['json'],
  log: ['json'],
  sign: undefined,
};

/** `path` with `.html` added unless it already ends in `.html` or `.htm` (the core writes only HTML reports). */
export function withHtml(path: string): string {
  return /\.html?$/i.test(path) ? path : `${path}.html`;
}

/** The last part of a path (the file's name). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export class ReviewSession {
  /** The bundles to review, in order, each once. */
  bundles = $state<string[]>([]);
  /** The other files, by kind; an empty string is not chosen (the log and the signing key are optional). */
  files = $state<Record<FileKind, string>>({ identity: '', profile: '', log: '', sign: '' });
  /** The last review made, and the report it wrote (if asked). */
  result = $state<Reviewed | null>(null);
  error = $state<AppError | null>(null);
  busy = $state(false);
  /** Where the report goes when typed instead of chosen in the save dialog. */
  reportPath = $state('');

  /** Everything the review needs is chosen. */
  get ready(): boolean {
    return this.bundles.length > 0 && this.files.identity.trim() !== '' && this.files.profile.trim() !== '';
  }

  /** Adds bundle paths (typed or chosen), skipping empty ones and those already listed; the last review no longer applies. */
  addBundles(paths: string[]): void {
    const next = [...this.bundles];
    for (const p of paths.map((x) => x.trim()).filter(Boolean)) if (!next.includes(p)) next.push(p);
    if (next.length !== this.bundles.length) this.changed();
    this.bundles = next;
  }

  removeBundle(path: string): void {
    this.bundles = this.bundles.filter((b) => b !== path);
    this.changed();
  }

  /** Sets one file; the signing key only signs the report, so the review shown still holds. */
  setFile(kind: FileKind, path: string): void {
    if (this.files[kind] === path) return;
    this.files[kind] = path;
    if (kind !== 'sign') this.changed();
  }

  /** Any change of input: the review shown is of other files. */
  private changed(): void {
    this.result = null;
    this.error = null;
  }

  /** The native open dialog for bundles (several at once) or one of the other files. */
  async choose(kind: FileKind | 'bundle', title: string, filterName: string): Promise<void> {
    let picked: string[] | null;
    try {
      const extensions = EXTENSIONS[kind];
      picked = await backend.openDialog({ title, filterName: extensions ? filterName : undefined, extensions, multiple: kind === 'bundle' });
    } catch (e) {
      this.error = toAppError(e);
      return;
    }
    if (!picked || picked.length === 0) return;
    if (kind === 'bundle') this.addBundles(picked);
    else this.setFile(kind, picked[0]);
  }

  /** Runs every check (and writes the report to `report`, signed when a signing key is chosen). */
  async run(report: string | null = null): Promise<boolean> {
    if (!this.ready || this.busy) return false;
    this.busy = true;
    this.error = null;
    const opt = (p: string) => (p.trim() === '' ? null : p.trim());
    try {
      this.result = await backend.reviewBundles({
        bundles: [...this.bundles],
        identity: this.files.identity.trim(),
        profile: this.files.profile.trim(),
        log: opt(this.files.log),
        report,
        sign: report ? opt(this.files.sign) : null,
      });
      return true;
    } catch (e) {
      this.error = toAppError(e);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** The native save dialog, then the review again with its report written there. */
  async saveReport(title: string, filterName: string): Promise<boolean> {
    let path: string | null;
    try {
      path = await backend.saveDialog({ title, defaultPath: this.reportPath || 'review-report.html', filterName, extensions: ['html'] });
    } catch (e) {
      this.error = toAppError(e);
      return false;
    }
    if (!path) return false;
    this.reportPath = withHtml(path);
    return this.run(this.reportPath);
  }

  /** Saves the report at the typed path. */
  async saveReportAt(): Promise<boolean> {
    if (!this.reportPath.trim()) return false;
    this.reportPath = withHtml(this.reportPath.trim());
    return this.run(this.reportPath);
  }
}
