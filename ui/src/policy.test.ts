// The app's promises, checked on its source: no network, no webview storage, no logging of
// content, no eval, a fixed window title, one way to the core, and the IPC mock kept out of
// production code (the browser tests' backend lives in tests/e2e/backend/, built into dist-e2e/).

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('.', import.meta.url));
const ui = join(src, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|svelte|js|css|html)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const sources = files(src).map((p) => ({ path: relative(ui, p), text: readFileSync(p, 'utf8') }));

const FORBIDDEN: [string, RegExp][] = [
  ['localStorage', /\blocalStorage\b/],
  ['sessionStorage', /\bsessionStorage\b/],
  ['IndexedDB', /\bindexedDB\b/i],
  ['cookies', /document\.cookie/],
  ['Cache API', /\bcaches\s*\./],
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /sendBeacon/],
  ['service worker', /serviceWorker/],
  ['console output', /\bconsole\s*\.\s*(log|info|debug|warn|error|trace|dir|table)\b/],
  ['eval', /\beval\s*\(|new\s+Function\s*\(/],
  ['external URL', /\bhttps?:\/\/(?!localhost|127\.0\.0\.1)/],
  ['IPC mock in production code', /__TAURI_INTERNALS__|@tauri-apps\/api\/mocks/],
  ['web fonts', /@import\s+url|@font-face/],
];

describe('source policy', () => {
  it.each(FORBIDDEN)('no %s in ui/src', (_what, re) => {
    const hits = sources.filter((f) => re.test(f.text)).map((f) => f.path);
    expect(hits).toEqual([]);
  });

  it('the title is only ever "FieldVault"', () => {
    const html = readFileSync(join(ui, 'index.html'), 'utf8');
    expect(html).toMatch(/<title>FieldVault<\/title>/);
    for (const f of sources) {
      for (const m of f.text.matchAll(/document\.title\s*=\s*([^;\n]+)/g)) expect(m[1].trim(), f.path).toBe("'FieldVault'");
      expect(/<svelte:head>/.test(f.text), f.path).toBe(false);
    }
  });

  it('index.html has no inline script (CSP: script-src \'self\')', () => {
    const html = readFileSync(join(ui, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('every IPC call goes through lib/backend.ts, and only its Tauri implementation imports Tauri', () => {
    const uses = (re: RegExp) => sources.filter((f) => re.test(f.text)).map((f) => f.path);
    expect(uses(/from '\$backend'/)).toEqual([join('src', 'lib', 'backend.ts')]);
    expect(uses(/@tauri-apps\/(api|plugin-)/)).toEqual([join('src', 'lib', 'backend.tauri.ts')]);
  });

  it('the window may use its own events and the open and save dialogs, nothing else, under the strict CSP', () => {
    const tauri = join(ui, '..', 'src-tauri');
    const capability = JSON.parse(readFileSync(join(tauri, 'capabilities', 'default.json'), 'utf8')) as { permissions: string[] };
    expect(readdirSync(join(tauri, 'capabilities'))).toEqual(['default.json']);
    expect(capability.permissions.sort()).toEqual(['core:event:allow-listen', 'core:event:allow-unlisten', 'dialog:allow-open', 'dialog:allow-save']);
    const conf = JSON.parse(readFileSync(join(tauri, 'tauri.conf.json'), 'utf8')) as { app: { security: { csp: string } } };
    const csp = conf.app.security.csp;
    expect(csp).toMatch(/default-src 'self'; script-src 'self';/);
    expect(csp).toMatch(/connect-src ipc: http:\/\/ipc\.localhost;/);
    expect(csp).not.toMatch(/unsafe-eval|\*/);
  });
});
