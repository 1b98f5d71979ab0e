// Application state: which screen, the vault's status, the list, the open editor. Everything that
// can hold interview content lives here (or in components that unmount with their screen), so
// `lockNow` can wipe it in one place.

import { flushSync } from 'svelte';
import { backend, toAppError, type AppError, type AppStatus, type DraftInfo, type ListItem, type Preferences, type Settings, type ValidationError } from '../backend';
import { newInterview } from '../form/model';
import { i18n } from '../i18n/i18n.svelte';
import { isLang } from '../i18n/messages';
import { emptyQuery, type ListQuery } from '../listing';
import { revokeAllBlobUrls } from './blobs';
import { draftInterview, type DraftContent } from '../drafts';
import { ExportWizard } from './export.svelte';
import { ReviewSession } from './review.svelte';

import { ResearchMode } from './research.svelte';

export type Screen = 'loading' | 'first-run' | 'unlock' | 'list' | 'editor' | 'history' | 'settings' | 'export' | 'review' | 'research';

export interface EditorState {
  /** Autosave slot of this editing session (UUID v4). */
  draftId: string;
  /** The record being edited; null for a new interview until its first save. */
  recordId: string | null;
  revision: number | null;
  value: Record<string, unknown>;
  /** Changed since the last autosave or save. */
  dirty: boolean;
  /** Changed since the last save (drives "unsaved changes"). */
  unsaved: boolean;
  /** A draft of this session is in the vault. */
  draftStored: boolean;
  autosavedAt: string | null;
  errors: ValidationError[];
  /** Set after a save attempt: show the error summary. */
  showSummary: boolean;
  section: string;
  /** When this editor was resumed from an autosaved draft: its time. */
  restoredFrom: string | null;
  saving: boolean;
  savedRevision: number | null;
}

export interface Notice {
  kind: 'info' | 'error' | 'success';
  /** A UI string key (shown in the current language). */
  key: string;
  /** What the core said, for errors. */
  detail?: string;
}


const AUTOSAVE_MS = 5000;
const TOUCH_MIN_MS = 30_000;

class App {
  screen = $state<Screen>('loading');
  status = $state<AppStatus | null>(null);
  records = $state.raw<ListItem[]>([]);
  recordsLoaded = $state(false);
  drafts = $state<DraftInfo[]>([]);
  /** Pseudonyms of drafts, for the resume offer. */
  draftNames = $state<Record<string, string>>({});
  editor = $state<EditorState | null>(null);
  historyId = $state<string | null>(null);
  /** The export wizard, while open (it holds interview content: dropped on lock). */
  exporter = $state<ExportWizard | null>(null);
  /** The Review screen (an ethics reviewer's; no vault needed), while open, and the screen it was opened from. */
  reviewer = $state<ReviewSession | null>(null);
  private reviewFrom: Screen = 'unlock';
  /** Research mode, while open (the research workspace's data: dropped on leaving and on lock). */
  research = $state<ResearchMode | null>(null);
  /** Where "back" from history/settings goes. */
  returnTo = $state<Screen>('list');
  query = $state<ListQuery>(emptyQuery());
  notice = $state<Notice | null>(null);
  /** Error from the last failed listing/opening (by code). */
  lastError = $state<AppError | null>(null);
  /** The fieldworker's preferences, read from the unlocked vault (discreet until then). */
  preferences = $state<Preferences>({ show_sensitive_badges: false });
  /** After an idle lock (the UI's or the core's): its minutes, for the unlock screen to say why. */
  idleLockedAfter = $state<number | null>(null);
  /** Bumped on every lock, so that late async results from before it are dropped. */
  epoch = 0;

  private autosaveTimer: ReturnType<typeof setInterval> | null = null;
  private idleTimer: ReturnType<typeof setInterval> | null = null;
  private lastActivity = Date.now();
  private lastTouch = 0;

  get unlocked(): boolean {
    return this.status?.unlocked === true;
  }

  get settings(): Settings {
    return this.status?.settings ?? { auto_lock_minutes: 5, language: i18n.lang };
  }

  async init(): Promise<void> {
    try {
      // The core locks on its own only when idle.
      await backend.onVaultLocked(() => this.lockNow('core', true));
    } catch {
      // Outside the shell (no event plugin): the UI's own idle timer still locks.
    }
    await this.refreshStatus();
    if (!this.status) return;
    if (!this.status.vault_exists) this.screen = 'first-run';
    else if (this.status.unlocked) await this.enterVault();
    else this.screen = 'unlock';
  }

  async refreshStatus(): Promise<void> {
    try {
      const s = await backend.appStatus();
      this.status = s;
      await i18n.setLang(s.settings.language);
    } catch (e) {
      this.showError(toAppError(e));
    }
  }

  showError(e: AppError): void {
    this.lastError = e;
    this.notice = { kind: 'error', key: `error.${e.code}`, detail: e.message };
  }

  /** After unlocking (or creating / opening the demo): the list, and the drafts to resume. */
  async enterVault(): Promise<void> {
    await this.refreshStatus();
    this.screen = 'list';
    this.idleLockedAfter = null;
    this.startIdleWatch();
    await Promise.all([this.refreshPreferences(), this.refreshList(), this.refreshDrafts()]);
  }

  async refreshPreferences(): Promise<void> {
    const epoch = this.epoch;
    try {
      const p = await backend.getPreferences();
      if (epoch === this.epoch) this.preferences = p;
    } catch (e) {
      if (epoch === this.epoch) this.handle(e);
    }
  }

  /** Stores the preferences in the vault; the screen follows once the core has them. */
  async setPreferences(p: Preferences): Promise<boolean> {
    const epoch = this.epoch;
    try {
      await backend.setPreferences(p);
      if (epoch === this.epoch) this.preferences = p;
      return epoch === this.epoch;
    } catch (e) {
      if (epoch === this.epoch) this.handle(e);
      return false;
    }
  }

  async refreshList(): Promise<void> {
    const epoch = this.epoch;
    try {
      const items = await backend.listRecords();
      if (epoch !== this.epoch) return;
      this.records = items;
      this.recordsLoaded = true;
      this.lastError = null;
    } catch (e) {
      if (epoch === this.epoch) this.handle(e);
    }
  }

  async refreshDrafts(): Promise<void> {
    const epoch = this.epoch;
    try {
      const drafts = await backend.listDrafts();
      if (epoch !== this.epoch) return;
      this.drafts = drafts;
      const names: Record<string, string> = {};
      for (const d of drafts) {
        try {
          const c = draftInterview(await backend.loadDraft(d.id));
          const p = (c as { participant?: { pseudonym?: unknown } } | null)?.participant?.pseudonym;
          if (typeof p === 'string' && p.trim()) names[d.id] = p;
        } catch {
          // unreadable draft: offered without a name
        }
        if (epoch !== this.epoch) return;
      }
      this.draftNames = names;
    } catch (e) {
      if (epoch === this.epoch) this.handle(e);
    }
  }

  /** Central handling of a failed call: a locked vault means lock the UI too. */
  handle(e: unknown): AppError {
    const err = toAppError(e);
    if (err.code === 'locked' || err.code === 'no_vault') this.lockNow('core');
    else this.showError(err);
    return err;
  }

  // ---- editor ---------------------------------------------------------------------------------

  private openEditor(init: Partial<EditorState> & { value: Record<string, unknown> }): void {
    this.editor = {
      draftId: crypto.randomUUID(),
      recordId: null,
      revision: null,
      dirty: false,
      unsaved: false,
      draftStored: false,
      autosavedAt: null,
      errors: [],
      showSummary: false,
      section: 'consent',
      restoredFrom: null,
      saving: false,
      savedRevision: null,
      ...init,
    };
    this.notice = null;
    this.screen = 'editor';
    this.startAutosave();
  }

  newRecord(): void {
    this.openEditor({ value: newInterview() });
  }

  async openRecord(id: string): Promise<void> {
    const epoch = this.epoch;
    const draft = this.drafts.find((d) => d.record_id === id);
    if (draft) return this.resumeDraft(draft);
    try {
      const r = await backend.getRecord(id);
      if (epoch !== this.epoch) return;
      const section = this.lastSection.get(r.id) ?? 'interview';
      this.openEditor({ value: r.interview as Record<string, unknown>, recordId: r.id, revision: Number(r.revision), section });
    } catch (e) {
      if (epoch === this.epoch) this.handle(e);
    }
  }

  async resumeDraft(d: DraftInfo): Promise<void> {
    const epoch = this.epoch;
    try {
      const c = (await backend.loadDraft(d.id)) as Partial<DraftContent> | null;
      if (epoch !== this.epoch) return;
      const value = draftInterview(c);
      if (!value) {
        // Not a draft this UI wrote: never let it replace a saved interview.
        if (d.record_id) {
          const record = d.record_id;
          this.drafts = this.drafts.filter((x) => x.id !== d.id);
          await this.openRecord(record);
          this.drafts = [...this.drafts, d];
          if (this.editor) this.notice = { kind: 'info', key: 'drafts.unreadable' };
          return;
        }
      }
      let revision: number | null = null;
      const rec = d.record_id ? this.records.find((r) => r.id === d.record_id) : undefined;
      if (rec) revision = Number(rec.revision);
      this.openEditor({
        value: value ?? newInterview(),
        draftId: d.id,
        recordId: d.record_id,
        revision,
        draftStored: true,
        unsaved: true,
        restoredFrom: d.updated_at,
        section: typeof c?.section === 'string' ? c.section : 'consent',
      });
    } catch (e) {
      if (epoch === this.epoch) this.handle(e);
    }
  }

  async discardDraft(id: string): Promise<void> {
    try {
      await backend.discardDraft(id);
    } catch (e) {
      const err = toAppError(e);
      if (err.code !== 'not_found') this.handle(err);
    }
    this.drafts = this.drafts.filter((d) => d.id !== id);
    delete this.draftNames[id];
  }

  /** The section each interview was last on, in memory only (never in webview storage). */
  private lastSection = new Map<string, string>();

  /** Notes the section an interview is on, so it reopens there. */
  rememberSection(recordId: string | null, section: string): void {
    if (recordId) this.lastSection.set(recordId, section);
  }

  markChanged(): void {
    if (!this.editor) return;
    this.editor.dirty = true;
    this.editor.unsaved = true;
  }

  draftContent(): DraftContent | null {
    const ed = this.editor;
    if (!ed) return null;
    return { format: 1, interview: $state.snapshot(ed.value) as Record<string, unknown>, section: ed.section };
  }

  async autosave(): Promise<void> {
    const ed = this.editor;
    if (!ed || !ed.dirty) return;
    const content = this.draftContent();
    const epoch = this.epoch;
    ed.dirty = false;
    try {
      await backend.saveDraft(ed.draftId, ed.recordId, content);
      if (epoch !== this.epoch || this.editor !== ed) return;
      ed.draftStored = true;
      ed.autosavedAt = new Date().toISOString();
    } catch (e) {
      if (epoch !== this.epoch) return;
      ed.dirty = true;
      this.handle(e);
    }
  }

  private startAutosave(): void {
    this.stopAutosave();
    this.autosaveTimer = setInterval(() => void this.autosave(), AUTOSAVE_MS);
  }

  private stopAutosave(): void {
    if (this.autosaveTimer) clearInterval(this.autosaveTimer);
    this.autosaveTimer = null;
  }

  /** Saves the record; on success its draft is discarded. Returns whether it saved. */
  async saveRecord(): Promise<boolean> {
    const ed = this.editor;
    if (!ed || ed.saving) return false;
    const epoch = this.epoch;
    const interview = $state.snapshot(ed.value) as Record<string, unknown>;
    ed.saving = true;
    try {
      if (ed.recordId) {
        const rev = await backend.updateRecord(ed.recordId, interview);
        if (epoch !== this.epoch) return false;
        ed.revision = Number(rev);
      } else {
        const id = await backend.createRecord(interview);
        if (epoch !== this.epoch) return false;
        ed.recordId = id;
        ed.revision = 1;
        this.rememberSection(id, ed.section);
      }
      ed.savedRevision = ed.revision;
      ed.errors = [];
      ed.showSummary = false;
      ed.unsaved = false;
      ed.dirty = false;
      ed.restoredFrom = null;
      if (ed.draftStored) {
        await this.discardDraft(ed.draftId);
        ed.draftStored = false;
      }
      ed.draftId = crypto.randomUUID();
      this.notice = null;
      void this.refreshList();
      return true;
    } catch (e) {
      if (epoch !== this.epoch) return false;
      const err = toAppError(e);
      if (err.code === 'invalid') {
        ed.errors = err.details;
        ed.showSummary = true;
      } else {
        this.handle(err);
      }
      return false;
    } finally {
      if (this.editor === ed) ed.saving = false;
    }
  }

  /** Leaves the editor; unsaved changes stay in the (encrypted) draft. */
  async closeEditor(): Promise<void> {
    const ed = this.editor;
    if (ed?.dirty) await this.autosave();
    this.stopAutosave();
    this.editor = null;
    this.screen = 'list';
    this.notice = null;
    await Promise.all([this.refreshList(), this.refreshDrafts()]);
  }

  /** Drops this session's changes and its draft, back to the saved record (or the list). */
  async revertEditor(): Promise<void> {
    const ed = this.editor;
    if (!ed) return;
    if (ed.draftStored) await this.discardDraft(ed.draftId);
    const id = ed.recordId;
    this.stopAutosave();
    this.editor = null;
    if (id) {
      this.drafts = this.drafts.filter((d) => d.record_id !== id);
      await this.openRecord(id);
    } else {
      this.screen = 'list';
    }
  }

  async withdraw(id: string): Promise<boolean> {
    try {
      await backend.withdrawRecord(id);
      for (const d of this.drafts.filter((x) => x.record_id === id)) await this.discardDraft(d.id);
      if (this.editor?.recordId === id) {
        this.stopAutosave();
        this.editor = null;
      }
      this.screen = 'list';
      await this.refreshList();
      return true;
    } catch (e) {
      this.handle(e);
      return false;
    }
  }

  showHistory(id: string): void {
    this.returnTo = this.screen === 'editor' ? 'editor' : 'list';
    this.historyId = id;
    this.screen = 'history';
  }

  /** Opens the export wizard on its first step. */
  openExport(): void {
    const w = new ExportWizard({ epoch: () => this.epoch, handle: (e) => void this.handle(e) });
    this.exporter = w;
    this.notice = null;
    this.screen = 'export';
    void w.load();
  }

  /** Leaves the export wizard; an export in progress in the core is dropped. */
  closeExport(): void {
    const sealed = this.exporter?.step === 'done';
    this.exporter = null;
    this.screen = 'list';
    if (!sealed) backend.exportCancel().catch(() => {});
  }

  /** Opens the Review screen (from the unlock or first-run screen: a reviewer has no vault). */
  openReview(): void {
    this.reviewFrom = this.screen;
    this.reviewer = new ReviewSession();
    this.notice = null;
    this.screen = 'review';
    if (!this.idleTimer) this.startIdleWatch();
  }

  /** Leaves the Review screen for the one it was opened from; what it showed is dropped. */
  closeReview(): void {
    this.reviewer = null;
    this.screen = this.reviewFrom;
  }

  /** Research mode: the research workspace, reachable without a vault. */
  openResearch(): void {
    const r = new ResearchMode();
    this.research = r;
    this.notice = null;
    this.screen = 'research';
    if (!this.idleTimer) this.startIdleWatch();
    void r.load();
  }

  /** Leaves Research mode: the workspace is closed and its data dropped. */
  closeResearch(): void {
    const r = this.research;
    this.research = null;
    void r?.close();
    this.screen = this.unlocked ? 'list' : this.status && !this.status.vault_exists ? 'first-run' : 'unlock';
  }

  showSettings(): void {
    if (this.screen !== 'settings') this.returnTo = this.screen;
    this.screen = 'settings';
  }

  back(): void {
    this.historyId = null;
    if (this.returnTo === 'export' && this.exporter) this.screen = 'export';
    else this.screen = this.returnTo === 'editor' && this.editor ? 'editor' : this.unlocked ? 'list' : this.returnTo;
  }

  async setLanguage(lang: string): Promise<void> {
    if (!isLang(lang)) return;
    try {
      await i18n.setLang(lang);
    } catch (e) {
      this.showError(toAppError(e));
      return;
    }
    if (!this.status) return;
    const settings: Settings = { ...this.status.settings, language: lang };
    this.status.settings = settings;
    try {
      await backend.setSettings(settings);
    } catch (e) {
      this.handle(e);
    }
  }

  // ---- activity, idle lock, panic lock --------------------------------------------------------

  /** Any keyboard or pointer input: postpones the UI's idle lock and pings the core (≤ 1 per 30 s). */
  activity(): void {
    this.lastActivity = Date.now();
    if (!this.unlocked && !this.research) return;
    if (this.lastActivity - this.lastTouch >= TOUCH_MIN_MS) {
      this.lastTouch = this.lastActivity;
      backend.touch().catch((e) => this.handle(e));
    }
  }

  private startIdleWatch(): void {
    this.stopIdleWatch();
    this.lastActivity = Date.now();
    this.idleTimer = setInterval(() => {
      const minutes = this.settings.auto_lock_minutes || 5;
      // Research mode's workspace and the Review screen's results too (open without any vault unlocked).
      if ((this.unlocked || this.research || this.reviewer) && Date.now() - this.lastActivity >= minutes * 60_000) this.lockNow('idle');
    }, 1000);
  }

  private stopIdleWatch(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
  }

  /**
   * Panic lock (Ctrl+Shift+L, the Lock button), idle lock, or the core's 'vault-locked' event:
   * wipes every piece of interview content from the page and from memory at once, then locks.
   * Unsaved edits go into their encrypted draft first (sent before the lock, never kept here).
   */
  lockNow(reason: 'user' | 'idle' | 'core', idle = reason === 'idle'): void {
    this.epoch++;
    const ed = this.editor;
    const pending = reason !== 'core' && ed?.dirty ? { id: ed.draftId, record: ed.recordId, content: this.draftContent() } : null;
    this.stopAutosave();
    this.stopIdleWatch();
    this.editor = null;
    this.exporter = null;
    this.reviewer = null;
    const research = this.research;
    research?.clear();
    this.research = null;
    if (research) backend.researchClose().catch(() => {});
    this.lastSection.clear();
    this.records = [];
    this.recordsLoaded = false;
    this.drafts = [];
    this.draftNames = {};
    this.historyId = null;
    this.query = emptyQuery();
    this.notice = null;
    this.lastError = null;
    this.returnTo = 'list';
    this.preferences = { show_sensitive_badges: false };
    if (this.unlocked) this.idleLockedAfter = idle ? this.settings.auto_lock_minutes : null;
    if (this.status) this.status.unlocked = false;
    this.screen = this.status && !this.status.vault_exists ? 'first-run' : 'unlock';
    revokeAllBlobUrls();
    flushSync();
    if (pending) backend.saveDraft(pending.id, pending.record, pending.content).catch(() => {});
    backend
      .lock()
      .catch(() => {})
      .finally(() => void this.refreshStatus());
  }
}

export const app = new App();
