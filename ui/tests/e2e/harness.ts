// Browser-test plumbing: Debian's Chromium through playwright-core, the UI built with the in-memory
// test backend (dist-e2e/, see backend/index.ts) served locally, that backend's options set before
// the app loads, axe-core, screenshots, and guards that fail a test on any outside request, CSP
// violation or page error.

import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Call, TestControls } from './backend/index';
import type { TestOptions } from './backend/options';
import { serve } from './server';

export type { Call, TestOptions };

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
export const UI_DIR = join(here, '..', '..');
export const REPO = join(UI_DIR, '..');
/** The app's bundle (`vite build`): what the Tauri shell embeds. */
export const DIST = join(UI_DIR, 'dist');
/** The same UI built with the test backend (`vite build --mode e2e`): what the tests load. */
export const DIST_E2E = join(UI_DIR, 'dist-e2e');
/** Where screenshots go: `target/screenshots`, so a test run rewrites no tracked file; set
 * `FIELDVAULT_SCREENSHOTS=docs/screenshots` (relative to the repo) to refresh the committed ones. */
export const SCREENSHOTS = join(REPO, process.env.FIELDVAULT_SCREENSHOTS || join('target', 'screenshots'));

const FIXTURE_DIR = join(REPO, 'tests', 'fixtures', 'interviews');
/** The demo vault's interviews, in the order the test backend loads them. */
export const FIXTURES: Record<string, unknown>[] = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')));
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const VIEWPORT = { width: 1200, height: 820 };

export interface OpenOptions {
  /** Install Playwright's fake clock before the app loads (for idle-lock tests). */
  fakeClock?: boolean;
  /** The window size (default {@link VIEWPORT}). */
  viewport?: { width: number; height: number };
}

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Requests to anything but the local server (blocked). */
  outside: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

export class Harness {
  browser!: Browser;
  url = '';
  private stop: (() => Promise<void>) | null = null;

  async start(): Promise<void> {
    const server = await serve(DIST_E2E);
    this.url = server.url;
    this.stop = server.close;
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.stop?.();
  }

  async open(options: TestOptions = {}, how: OpenOptions = {}): Promise<Session> {
    const context = await this.browser.newContext({ viewport: how.viewport ?? VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC' });
    const outside: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(this.url)) return route.continue();
      outside.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
    });
    await page.addInitScript({
      content:
        `window.__FV_TEST_OPTIONS__ = ${JSON.stringify(options)};\n` +
        `window.__FV_CSP__ = [];\n` +
        `document.addEventListener('securitypolicyviolation', (e) => window.__FV_CSP__.push(e.violatedDirective + ' ' + e.blockedURI));\n` +
        // Tauri's freezePrototype option (tauri.conf.json): the app must run with a frozen prototype.
        `Object.freeze(Object.prototype);\n`,
    });
    if (how.fakeClock) await context.clock.install();
    await page.goto(this.url);
    return {
      page,
      context,
      outside,
      errors,
      close: () => context.close(),
    };
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html: string }[];
}

/** axe-core on the current page: the serious and critical violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!has) await page.evaluate(AXE);
  const result = (await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  })) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __FV_CSP__: string[] }).__FV_CSP__);
}

/** Every command the UI invoked so far, in order, as the test backend received it. */
export async function calls(page: Page): Promise<Call[]> {
  return page.evaluate(() => (window as unknown as { __FV_TEST__: TestControls }).__FV_TEST__.calls);
}
