// Research mode's IPC commands and events (src-tauri/src/research.rs), merged into the command
// and event tables of ipc.ts. Types come from Rust (bindings.ts).

import type { Charts, Conflict, ConflictDetail, ImportReport, PossibleDuplicate, ResearchImportProgress, ResearchStatus, Resolution } from './bindings';

/** The header `research_save_chart` reads next to the chart's raw bytes. */
export type ChartHeaders = {
  /** The file's full path, URI-encoded (headers are ASCII). */
  'x-path': string;
};

export interface ResearchCommands {
  research_status: { args: []; result: ResearchStatus };
  /** `path` null: the default workspace in the data folder. */
  research_create: {
    args: [{ path: string | null; identity: string; profile: string; passphrase: string; confirm: string }];
    result: ResearchStatus;
  };
  research_open: { args: [{ path: string | null; passphrase: string }]; result: ResearchStatus };
  research_close: { args: []; result: null };
  /** Bundle files and folders; progress comes as `research-import-progress` events. */
  research_import: { args: [{ paths: string[] }]; result: ImportReport };
  research_conflicts: { args: []; result: Conflict[] };
  research_conflict: { args: [{ id: string }]; result: ConflictDetail };
  research_resolve: { args: [{ id: string; takeB: boolean }]; result: Resolution };
  research_duplicates: { args: []; result: PossibleDuplicate[] };
  research_decide_duplicate: { args: [{ id: string; confirm: boolean }]; result: PossibleDuplicate };
  research_charts: { args: []; result: Charts };
  /** The raw bytes are the request body; the path travels in a header. */
  research_save_chart: { args: [bytes: Uint8Array, headers: ChartHeaders]; result: null };
}

export interface ResearchEvents {
  /** Before each bundle of an import. */
  'research-import-progress': ResearchImportProgress;
}
