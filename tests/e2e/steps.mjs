// What the end-to-end tests share besides the WebDriver client: named steps that report and go
// on after a failure, assertions, screenshots of the real window, and the exit with the tally.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './webdriver.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// target/screenshots, so a test run rewrites no tracked file; FIELDVAULT_SCREENSHOTS=docs/screenshots
// (relative to the repo) refreshes the committed ones.
const shots = process.env.E2E_SCREENSHOTS || join(repo, process.env.FIELDVAULT_SCREENSHOTS || join('target', 'screenshots'));

const results = [];

/** Runs one named step: its failure is reported and the next steps still run. */
export async function step(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (e) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** A screenshot of the window as painted, to `<shots>/<name>.png`. */
export async function shot(s, name) {
  mkdirSync(shots, { recursive: true });
  // The DOM can be ahead of what WebKit has painted (the first-run screen was caught showing
  // "Loading…" after the DOM had moved on): wait for two frames and a moment before the picture.
  await s.exec(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await sleep(300);
  writeFileSync(join(shots, `${name}.png`), await s.screenshot());
}

/** Waits until the UI has rendered its first screen. */
export async function ready(s) {
  await s.find('body');
  await s.waitFor(
    async () => await s.exec(() => !!window.__TAURI_INTERNALS__ && !!document.querySelector('main input, main button') && !/Loading/.test(document.body.innerText)),
    'the UI to render',
  );
}

/** Prints the tally and exits, non-zero when a step failed. */
export function finish(label) {
  const passed = results.filter((r) => r[1]).length;
  const failed = results.length - passed;
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
