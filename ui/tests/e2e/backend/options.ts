// What the browser tests share with their backend: the options that set up the in-memory core
// before the app loads (harness.ts passes them as `window.__FV_TEST_OPTIONS__`), and the marker
// that names the backend in a bundle.

import type { CheckId, InterviewJson, Preferences, Settings } from '../../../src/lib/bindings';

/** Names the test backend in a bundle: the app's dist/ must never contain it (app.e2e.ts checks). */
export const MARKER = 'fieldvault-in-memory-test-backend';

/** How the in-memory core starts. */
export interface TestOptions {
  /** The default vault; none (first run) without it. */
  vault?: {
    passphrase: string;
    records?: InterviewJson[];
    /** The last `damaged` records cannot be decrypted. */
    damaged?: number;
    /** The `withdrawn` records before the damaged ones are withdrawal tombstones. */
    withdrawn?: number;
    /** Autosaved drafts: of the record at `recordIndex`, or of a new interview (null). */
    drafts?: { recordIndex: number | null; interview: InterviewJson }[];
    /** The vault's sealed preferences (discreet by default). */
    preferences?: Partial<Preferences>;
  };
  settings?: Settings;
  /** Delay of each sealing stage (to see the progress). */
  sealDelayMs?: number;
  /** What the native save dialog answers: this path, or null (cancelled); default: the path it was offered. */
  savePath?: string | null;
  /** What each native open dialog answers, in turn: these paths, or null (cancelled); cancelled after the last. */
  openPaths?: (string[] | null)[];
  /** The files the Review screen's command can read, by path (review.ts); any other path is not found. */
  reviewFiles?: Record<string, ReviewFile>;
}

/** A file the ethics review reads: a bundle (and the checks it fails), the reviewer's identity, a profile, a log, a signing key. */
export type ReviewFile =
  | { kind: 'bundle'; fails?: CheckId[]; signer?: string }
  | { kind: 'identity'; /** false: the bundles were encrypted to someone else. */ opens?: boolean }
  | { kind: 'profile'; project: string }
  | { kind: 'log' }
  | { kind: 'signing_key' };
