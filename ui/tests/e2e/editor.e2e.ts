// The interview editor for a long interview (issue 21): problems in plain words in the UI
// language, all at once; Save always in reach; pickers by name; the window at laptop sizes; and
// screenshots of the list and the editor in the four languages.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Settings } from '../../src/lib/bindings';
import { fieldId, type Seg } from '../../src/lib/form/paths';
import { FIXTURES, Harness, UI_DIR, cspViolations, screenshot, type Session } from './harness';

const h = new Harness();
beforeAll(async () => {
  await h.start();
});
afterAll(async () => {
  await h.close();
});

const PASS = 'correct horse battery staple';
const LANGS = ['en', 'vi', 'ja', 'zh-TW'] as const;
type Lang = (typeof LANGS)[number];
const table = (name: string): Record<string, string> => JSON.parse(readFileSync(join(UI_DIR, 'src', 'lib', 'i18n', name), 'utf8'));
const per = (prefix: string) => Object.fromEntries(LANGS.map((l) => [l, table(`${prefix}.${l}.json`)])) as Record<Lang, Record<string, string>>;
const UI = per('ui');
const SCHEMA_L = per('schema');
const PROBLEMS = per('problems');
const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);

const id = (path: Seg[]) => `#${fieldId(path)}`;

async function unlocked(language: Lang = 'en', viewport?: { width: number; height: number }): Promise<Session> {
  const settings = { auto_lock_minutes: 30, language } as Settings;
  const s = await h.open({ vault: { passphrase: PASS, records: FIXTURES }, settings }, { viewport });
  await s.page.fill('#unlock-pass', PASS);
  await s.page.click('button[type=submit]');
  await s.page.waitForSelector('table.records');
  return s;
}

async function clean(s: Session): Promise<void> {
  expect(s.outside, 'requests outside 127.0.0.1').toEqual([]);
  expect(await cspViolations(s.page), 'CSP violations').toEqual([]);
  expect(s.errors, 'page errors').toEqual([]);
}

/** Goes to a section through the list, or through the menu when the list is collapsed. */
async function section(page: Page, name: string): Promise<void> {
  await page.waitForSelector('#section-title'); // the editor is a chunk of its own: wait for it
  if (await page.isVisible(`#nav-${name}`)) await page.click(`#nav-${name}`);
  else await page.selectOption('#section-menu', name);
  await page.waitForSelector('#section-title');
}

/** Whether the element is wholly inside the window and is what a click at its centre reaches. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === el || el.contains(hit);
  }, selector);
}

describe('validation in plain words', () => {
  it('a blank new interview shows no error; three faults show three messages at once, in Vietnamese', async () => {
    const s = await unlocked('vi');
    const { page } = s;
    await page.click('button.primary:has-text("' + UI.vi['list.new'] + '")');
    await page.waitForSelector('#section-title');
    await page.waitForTimeout(700); // past the validation debounce
    expect(await page.locator('.error, .error-summary').count(), 'errors on a blank interview').toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await page.locator('#section-title ~ * .req, .field .req').count(), 'required fields are marked').toBeGreaterThan(0);
    await page.click('button:has-text("' + UI.vi['editor.close'] + '")');
    await page.waitForSelector('table.records');

    await page.click('button.link:has-text("MT-03")');
    await section(page, 'participant');
    await page.fill(id(['participant', 'children']), '99');
    await page.fill(id(['participant', 'birth_year']), '1850');
    await section(page, 'migration_episodes');
    await page.fill(id(['migration_episodes', 0, 'working_conditions', 'hours_per_day']), '30');
    await page.click('button.primary:has-text("' + UI.vi['editor.save'] + '")');
    await page.waitForSelector('#error-summary');
    const items = (await page.locator('#error-summary li').allTextContents()).map((x) => x.trim());
    const vi = PROBLEMS.vi;
    const expected = [
      fill(vi.above_maximum, { field: SCHEMA_L.vi['field.Participant.children'], max: '30' }),
      fill(vi.below_minimum, { field: SCHEMA_L.vi['field.Participant.birth_year'], min: '1900' }),
      fill(vi.above_maximum, { field: SCHEMA_L.vi['field.WorkingConditions.hours_per_day'], max: '24' }),
    ];
    expect(items.length, items.join('\n')).toBe(3);
    for (const e of expected) expect(items.some((i) => i.endsWith(e)), `${e} in\n${items.join('\n')}`).toBe(true);
    expect(await page.textContent('#error-summary h2')).toContain('3');
    // Inline too, at the fields of the section shown.
    await section(page, 'participant');
    expect(await page.textContent(`${id(['participant', 'children'])}-err`)).toBe(expected[0]);
    expect(await page.textContent(`${id(['participant', 'birth_year'])}-err`)).toBe(expected[1]);
    expect(items.join(' ')).not.toMatch(/u8|u16|invalid type|expected/);
    await screenshot(page, 'editor-problems-vi');
    await clean(s);
    await s.close();
  });
});

describe('a long interview at laptop sizes', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1024, height: 600 },
  ]) {
    it(`keeps Save visible while editing the last section at ${viewport.width}×${viewport.height}`, async () => {
      const s = await unlocked('en', viewport);
      const { page } = s;
      await page.click('button.link:has-text("HD-01")');
      await page.waitForSelector('#section-title');
      const narrow = viewport.width < 1100;
      expect(await page.isVisible('#section-menu'), 'the section list is a menu').toBe(narrow);
      expect(await page.isVisible('nav.sections'), 'the section list is shown').toBe(!narrow);
      await section(page, 'notes');
      const notes = id(['notes']);
      const before = (await page.locator(notes).boundingBox())!.height;
      const long = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the interviewer's notes.`).join('\n');
      await page.fill(notes, long);
      await page.keyboard.press('End');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const after = (await page.locator(notes).boundingBox())!.height;
      expect(after, 'the text area grew with its content').toBeGreaterThan(before * 3);
      const fit = await page.evaluate((sel) => {
        const el = document.querySelector(sel) as HTMLTextAreaElement;
        return `${el.scrollHeight} ${el.clientHeight} ${el.style.height}`;
      }, notes);
      const [scrollH, clientH] = fit.split(' ').map(Number);
      expect(scrollH, `no inner scrolling: ${fit}`).toBeLessThanOrEqual(clientH + 4);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      expect(await inView(page, 'button.primary[aria-keyshortcuts="Control+S"]'), 'Save in view').toBe(true);
      expect(await inView(page, '#save-status'), 'save state in view').toBe(true);
      expect(await page.textContent('#bar-section')).toBe(SCHEMA_L.en['field.Interview.notes']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling').toBe(true);
      await screenshot(page, `editor-notes-${viewport.width}x${viewport.height}`);
      await page.click('button.primary[aria-keyshortcuts="Control+S"]');
      await expect.poll(() => page.textContent('#save-status')).toContain('2');
      expect((await page.textContent('#save-status'))?.match(/2/g)?.length, 'the revision is said once').toBe(1);
      await clean(s);
      await s.close();
    });
  }
});

describe('editor ergonomics', () => {
  it('starts each section at its top, picks by name, groups amounts, asks before discarding, reopens where it was', async () => {
    const s = await unlocked('en');
    const { page } = s;
    await page.click('button.link:has-text("HD-01")');
    await page.waitForSelector('#section-title');
    // Opens on "Interview details"; the country of the interview is picked by name.
    expect(await page.inputValue(id(['interview', 'place', 'country']))).toBe('Vietnam (VN)');
    await page.fill(id(['interview', 'place', 'country']), 'Japan');
    await page.locator(id(['interview', 'place', 'country'])).blur();
    expect(await page.inputValue(id(['interview', 'place', 'country']))).toBe('Japan (JP)');

    await section(page, 'support_contacts');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await section(page, 'remittances');
    expect(await page.evaluate(() => window.scrollY), 'a section starts at its top').toBe(0);
    // The episode is chosen by its label, never typed as an index.
    const episode = id(['remittances', 0, 'episode']);
    expect(await page.evaluate((sel) => document.querySelector(sel)?.tagName, episode)).toBe('SELECT');
    expect(await page.textContent(`${episode} option:checked`)).toMatch(/^Migration episode 1 · Taiwan/);
    // Amounts in the language's grouping; typed with it too.
    const amount = id(['remittances', 0, 'amount', 'amount']);
    expect(await page.inputValue(amount)).toMatch(/^\d{1,3}(,\d{3})+$/);
    await page.fill(amount, '2,500,000');
    await page.locator(amount).blur();
    await page.selectOption('#language-switch', 'vi');
    await expect.poll(() => page.inputValue(amount)).toBe('2.500.000');
    await page.selectOption('#language-switch', 'en');

    // Discard asks first.
    await page.click('button:has-text("Discard changes")');
    await page.waitForSelector('dialog[open]');
    await page.click('dialog button:has-text("Cancel")');
    await page.waitForSelector('dialog', { state: 'detached' });
    expect(await page.textContent('#section-title')).toContain(SCHEMA_L.en['field.Interview.remittances']);
    await section(page, 'interview');
    expect(await page.inputValue(id(['interview', 'place', 'country']))).toBe('Japan (JP)');
    await page.click('button:has-text("Discard changes")');
    await page.click('dialog button.danger');
    await page.waitForSelector('dialog', { state: 'detached' });
    await expect.poll(() => page.inputValue(id(['interview', 'place', 'country']))).toBe('Vietnam (VN)');

    // Reopens on the section it was left on.
    await section(page, 'quotes');
    await page.click('button:has-text("Close")');
    await page.waitForSelector('table.records');
    await page.click('button.link:has-text("HD-01")');
    await page.waitForSelector('#section-title');
    expect(await page.textContent('#section-title')).toContain(SCHEMA_L.en['field.Interview.quotes']);
    await clean(s);
    await s.close();
  });
});

describe('every language is readable', () => {
  it('screenshots the list and the editor in en, vi, ja and zh-TW', async () => {
    const s = await unlocked('en', { width: 1366, height: 768 });
    const { page } = s;
    for (const lang of LANGS) {
      await page.selectOption('#language-switch', lang);
      await expect.poll(() => page.textContent('h1')).toBe(UI[lang]['list.title']);
      await page.mouse.move(1, 760);
      await screenshot(page, `list-${lang}`);
      await page.click('button.link:has-text("MT-03")');
      await section(page, 'participant');
      await expect.poll(() => page.textContent('#section-title')).toContain(SCHEMA_L[lang]['field.Interview.participant']);
      await page.mouse.move(1, 760);
      await screenshot(page, `editor-${lang}`);
      await page.click(`button:has-text("${UI[lang]['editor.close']}")`);
      await page.waitForSelector('table.records');
    }
    await clean(s);
    await s.close();
  });
});
