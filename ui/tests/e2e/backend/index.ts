// The browser tests' backend: the typed in-memory core (core.ts, export.ts) behind the UI's
// `Backend` interface. Only the browser tests' build (`vite build --mode e2e`, into dist-e2e/)
// contains it: vite.config.ts points `$backend` here in that mode and at the Tauri IPC otherwise.
//
// A test sets the core up with `window.__FV_TEST_OPTIONS__` (set before the app loads) and
// inspects or drives it through `window.__FV_TEST__`.

import type { InterviewJson } from '../../../src/lib/bindings';
import type { Args, Backend, Command, Events, OpenDialogOptions, Result, SaveDialogOptions, Unlisten } from '../../../src/lib/ipc';
import { Core, clone, vaultCommands, type Handlers } from './core';
import { exportCommands, type ExportSession } from './export';
import { MARKER, type TestOptions } from './options';
import { reviewCommands } from './review';
import { researchCommands, ResearchWorkspace } from './research';

/** A command as it crossed the seam: its name, its arguments (bytes as `<n bytes>`), its headers. */
export interface Call {
  cmd: Command;
  args: unknown;
  headers?: Record<string, string>;
}

/** What a test can see and do in the core. */
export interface TestControls {
  marker: typeof MARKER;
  /** Every command the UI invoked, in order. */
  calls: Call[];
  /** Every save dialog the UI opened, with what it offered. */
  dialogs: SaveDialogOptions[];
  /** Every open dialog the UI opened, with what it offered. */
  openDialogs: OpenDialogOptions[];
  /** The default vault's record ids, in the order they were created. */
  recordIds(): string[];
  /** The export in progress in the core, or null. */
  pendingExport(): ExportSession | null;
  /** What the core does when it locks on its own (idle): lock, then emit `vault-locked`. */
  coreAutoLock(): void;
  /** Research mode's workspace (research.ts). */
  research: ResearchWorkspace;
  /** What dropping files or folders on the window does: the handlers get their paths. */
  dropFiles(paths: string[]): void;
}

declare global {
  interface Window {
    __FV_TEST__: TestControls;
    __FV_TEST_OPTIONS__?: TestOptions;
  }
}

/** The demo vault's interviews (tests/fixtures/interviews/), in file name order. */
const FIXTURES: InterviewJson[] = Object.entries(
  import.meta.glob<InterviewJson>('../../../../tests/fixtures/interviews/*.json', { eager: true, import: 'default' }),
)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([, interview]) => interview);

type Listener<E extends keyof Events> = (payload: Events[E]) => void;
const listeners: { [E in keyof Events]: Set<Listener<E>> } = {
  'export-progress': new Set(),
  'vault-locked': new Set(),
  'research-import-progress': new Set(),
};

function emit<E extends keyof Events>(event: E, payload: Events[E]): void {
  for (const listener of [...listeners[event]]) listener(clone(payload));
}

const core = new Core(window.__FV_TEST_OPTIONS__ ?? {}, FIXTURES, emit);
const research = new ResearchWorkspace();
const handlers: Handlers = { ...vaultCommands(core), ...exportCommands(core), ...reviewCommands(core), ...researchCommands(core, research) };
const calls: Call[] = [];
const dialogs: SaveDialogOptions[] = [];
const openDialogs: OpenDialogOptions[] = [];
const dropHandlers = new Set<(paths: string[]) => void>();
const openAnswers = [...(core.options.openPaths ?? [])];

/** The in-memory core behind the `Backend` interface: what crosses is JSON, as over IPC. */
export const implementation: Backend = {
  async invoke<C extends Command>(cmd: C, ...args: Args<C>): Promise<Result<C>> {
    const [body, headers] = args as unknown[] as [unknown, Record<string, string> | undefined];
    calls.push({ cmd, args: body instanceof Uint8Array ? `<${body.byteLength} bytes>` : clone(body), headers });
    const handler = handlers[cmd] as (...args: Args<C>) => Result<C> | Promise<Result<C>>;
    const out = await handler(...args);
    return out instanceof ArrayBuffer ? out : clone(out);
  },
  async listen<E extends keyof Events>(event: E, handler: Listener<E>): Promise<Unlisten> {
    const set = listeners[event] as Set<Listener<E>>;
    set.add(handler);
    return () => void set.delete(handler);
  },
  // The native dialog, answered at once as the options say (the fieldworker's one click on Save).
  async saveDialog(options: SaveDialogOptions): Promise<string | null> {
    dialogs.push(clone(options));
    const answer = core.options.savePath;
    return answer === undefined ? options.defaultPath : answer;
  },
  // The native open dialog, answered at once with the next of the options' answers.
  // The Review tests queue their answers (options.openPaths); Research mode's come from its workspace.
  async onFileDrop(handler: (paths: string[]) => void): Promise<Unlisten> {
    dropHandlers.add(handler);
    return () => void dropHandlers.delete(handler);
  },
  async openDialog(options: OpenDialogOptions): Promise<string[] | null> {
    openDialogs.push(clone(options));
    if (core.options.openPaths) return openAnswers.length ? clone(openAnswers.shift() ?? null) : null;
    return [...research.openAnswer];
  },
};

window.__FV_TEST__ = {
  marker: MARKER,
  calls,
  dialogs,
  openDialogs,
  recordIds: () => [...core.vaults.default.records.keys()],
  pendingExport: () => core.exporting,
  coreAutoLock() {
    const v = core.vault();
    if (v) v.unlocked = false;
    emit('vault-locked', null);
  },
  research,
  dropFiles(paths: string[]) {
    for (const h of [...dropHandlers]) h([...paths]);
  },
};
