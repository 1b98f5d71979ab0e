// The app's backend: the Rust core behind Tauri's IPC. The only module that imports @tauri-apps/api
// (and its dialog plugin: save and open).

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { Backend } from './ipc';

// The webview module (with the window, DPI and image classes it pulls in: ~120 kB) and the dialog
// plugin serve the editor's drops and the export/review dialogs only: loaded on first use.
const webview = () => import('@tauri-apps/api/webview');
const dialog = () => import('@tauri-apps/plugin-dialog');

export const implementation: Backend = {
  invoke: (cmd, ...args) => {
    const [body, headers] = args;
    return invoke(cmd, body, headers ? { headers } : undefined);
  },
  listen: (event, handler) => listen<Parameters<typeof handler>[0]>(event, (e) => handler(e.payload)),
  // Tauri's dialog plugin (capabilities/default.json allows its `save` only): a GTK dialog
  // that writes nothing itself; the path comes back to the UI, which hands it to export_seal.
  saveDialog: async ({ title, defaultPath, filterName, extensions }) =>
    (await dialog()).save({ title, defaultPath, filters: [{ name: filterName, extensions }] }),
  // The Review screen's open dialog (`open` allowed too): the same GTK process, whose recently
  // used list is off (src-tauri/src/recent_files.rs); the paths go to the core, which reads the files.
  // (Research mode's bundles and folders too.)
  openDialog: async ({ title, filterName, extensions, multiple, directory = false }) => {
    const filters = !directory && filterName && extensions ? [{ name: filterName, extensions }] : undefined;
    const picked: string | string[] | null = await (await dialog()).open({ title, filters, multiple, directory });
    if (picked === null) return null;
    return Array.isArray(picked) ? picked : [picked];
  },
  // Tauri's own drag-and-drop handler (the webview's HTML drop events are off): paths only.
  onFileDrop: async (handler) =>
    (await webview()).getCurrentWebview().onDragDropEvent((e) => {
      if (e.payload.type === 'drop') handler(e.payload.paths);
    }),
};
