// The app's backend: the Rust core behind Tauri's IPC. The only module that imports @tauri-apps/api.

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { Backend } from './ipc';

export const implementation: Backend = {
  invoke: (cmd, ...args) => {
    const [body, headers] = args;
    return invoke(cmd, body, headers ? { headers } : undefined);
  },
  listen: (event, handler) => listen<Parameters<typeof handler>[0]>(event, (e) => handler(e.payload)),
};
