// Field speed and discretion (issue 21): the export of the demo in a dozen actions, its review by
// keyboard, a preview in words, the discreet list and the smaller things around them. The UI is
// built with the typed in-memory test backend (backend/), in Debian's Chromium.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, Harness, UI_DIR, axe, calls, cspViolations, screenshot, type Session, type TestOptions } from './harness';

const h = new Harness();
beforeAll(async () => {
  await h.start();
});
afterAll(async () => {
  await h.close();
});

const table = (name: string): Record<string, string> => JSON.parse(readFileSync(join(UI_DIR, 'src', 'lib', 'i18n', name), 'utf8'));
const UI = { en: table('ui.en.json'), ja: table('ui.ja.json') };
const SCHEMA = { en: table('schema.en.json'), ja: table('schema.ja.json') };
const PASS = 'correct horse battery staple';

async function clean(s: Session): Promise<void> {
  expect(s.outside, 'requests outside 127.0.0.1').toEqual([]);
  expect(await cspViolations(s.page), 'CSP violations').toEqual([]);
  expect(s.errors, 'page errors').toEqual([]);
}

async function noSeriousA11yIssues(page: Page, screen: string): Promise<void> {
  const v = await axe(page);
  expect(v, `axe on ${screen}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

async function unlocked(options: TestOptions): Promise<Session> {
  const s = await h.open(options);
  await s.page.fill('#unlock-pass', PASS);
  await s.page.click('button[type=submit]');
  await s.page.waitForSelector('table.records');
  return s;
}

/** A click or key press of the fieldworker's, counted. */
class Actions {
  n = 0;
  constructor(private page: Page) {}
  async click(selector: string): Promise<void> {
    this.n++;
    await this.page.click(selector);
  }
  async press(key: string): Promise<void> {
    this.n++;
    await this.page.keyboard.press(key);
  }
}

/**
 * Words broken over two lines although they would fit on one (a word's box is one rectangle
 * unless it is split); only a word wider than its column (a long link) may be broken.
 */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (cells) => {
    const out: string[] = [];
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Latin words, codes and numbers, non-breaking hyphens included (CJK text wraps between any two characters).
        for (const m of text.matchAll(/[\p{Script=Latin}\d_:.\-\u2011+@/]+/gu)) {
          const r = document.createRange();
          r.setStart(node, m.index);
          r.setEnd(node, m.index + m[0].length);
          const rects = [...r.getClientRects()].filter((x) => x.width > 0);
          const lines = new Set(rects.map((x) => Math.round(x.top)));
          const width = rects.reduce((sum, x) => sum + x.width, 0);
          if (lines.size > 1 && width <= room) out.push(m[0]);
        }
      }
    }
    return out;
  });
}

describe('export at field speed', () => {
  it('exports the demo in at most 12 actions: one approval per interview, keys, the native save dialog', async () => {
    // The dialog answers a name without ".fvb": the bundle gets it.
    const s = await unlocked({ vault: { passphrase: PASS, records: FIXTURES }, savePath: '/home/fieldworker/Documents/for-the-pi' });
    const { page } = s;
    const act = new Actions(page);
    await act.click('#open-export');
    await page.waitForSelector('table.choose tbody tr');
    await act.click('button:has-text("De-identify and preview")');
    await page.waitForSelector('table.fields');
    await act.click('button:has-text("Review the redacted texts")');
    await page.waitForSelector('.review-item');
    const total = await page.evaluate(() => window.__FV_TEST__.pendingExport()!.items.length);
    const interviews = await page.evaluate(() => new Set(window.__FV_TEST__.pendingExport()!.items.map((i) => i.interview_id)).size);
    expect(interviews).toBeGreaterThanOrEqual(3);
    expect(total).toBeGreaterThan(interviews);
    // The first interview by its button, the others by Shift+A: each approves the texts shown.
    let first = true;
    let done = 0;
    while (await page.$('#approve-interview')) {
      const shown = await page.locator('.review-item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key));
      const before = await calls(page).then((c) => c.length);
      if (first) await act.click('#approve-interview');
      else await act.press('Shift+A');
      first = false;
      await expect.poll(async () => (await calls(page)).slice(before).filter((c) => c.cmd === 'export_approve').length).toBe(shown.length);
      const approved = (await calls(page)).slice(before).filter((c) => c.cmd === 'export_approve').map((c) => {
        const a = c.args as { interviewId: string; path: string };
        return `${a.interviewId}|${a.path}`;
      });
      expect(approved.sort(), 'only the texts on screen are approved').toEqual([...shown].sort());
      done += shown.length;
      await expect.poll(() => page.textContent('.review-count')).toContain(`${done} of ${total} texts approved`);
    }
    await expect.poll(() => page.textContent('.review-count')).toContain(`${total} of ${total} texts approved`);
    await act.click('#save-as');
    act.n++; // the fieldworker's Save in the native dialog
    await page.waitForSelector('.summary');
    expect(act.n, `actions from opening the wizard to a written bundle (${interviews} interviews)`).toBeLessThanOrEqual(12);
    const dialogs = await page.evaluate(() => window.__FV_TEST__.dialogs);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].defaultPath).toMatch(/^\/home\/fieldworker\/Documents\/fieldvault-.*\.fvb$/);
    expect(dialogs[0].extensions).toEqual(['fvb']);
    expect(dialogs[0].filterName).toBe(UI.en['export.dialog_filter']);
    const sealed = (await calls(page)).filter((c) => c.cmd === 'export_seal').map((c) => c.args);
    expect(sealed).toEqual([{ outPath: '/home/fieldworker/Documents/for-the-pi.fvb' }]);
    expect(await page.textContent('.summary')).toContain('/home/fieldworker/Documents/for-the-pi.fvb');
    // The redactions per rule, in words: no raw `known:name`.
    const rules = await page.locator('table.redactions tbody td:first-child').allTextContents();
    expect(rules).toContain(UI.en['export.rule_source.known'].replace('{kind}', UI.en['export.id_kind.name']));
    expect(rules.join(' ')).not.toMatch(/known:|detector:/);
    await clean(s);
    await s.close();
  });

  it('cancelling the save dialog writes nothing; the review works from the keyboard', async () => {
    const s = await unlocked({ vault: { passphrase: PASS, records: FIXTURES }, savePath: null });
    const { page } = s;
    await page.click('#open-export');
    await page.click('button:has-text("De-identify and preview")');
    await page.click('button:has-text("Review the redacted texts")');
    await page.waitForSelector('.review-item');
    const keysHelp = await page.textContent('#review-keys');
    for (const k of ['export.key_approve', 'export.key_edit', 'export.key_move', 'export.key_approve_all']) expect(keysHelp).toContain(UI.en[k]);
    const items = page.locator('.review-item');
    // J moves to the next text, K back; A approves the text in focus and moves on.
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('review-item'))).toBe(true);
    const firstKey = await items.first().getAttribute('data-key');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe(firstKey);
    await page.keyboard.press('a');
    await expect.poll(() => items.first().getAttribute('class')).toContain('approved');
    if ((await items.count()) > 1) {
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe(await items.nth(1).getAttribute('data-key'));
      await page.keyboard.press('k');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe(firstKey);
    }
    // A toggles: approving again undoes it. E edits; Escape leaves the edit, Ctrl+Enter redacts it again.
    await page.keyboard.press('a');
    await expect.poll(() => items.first().getAttribute('class')).not.toContain('approved');
    await page.keyboard.press('k');
    await page.keyboard.press('e');
    await page.waitForSelector('.review-item textarea:focus');
    await page.keyboard.press('a'); // typed into the text, not a shortcut
    expect(await items.first().getAttribute('class')).not.toContain('approved');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.review-item textarea').count()).toBe(0);
    await page.keyboard.press('e');
    await page.fill('.review-item textarea', 'Called on 0912 000 111.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => items.first().locator('.segments.result').textContent()).toBe('Called on [REDACTED:phone].');
    // Every interview by Shift+A, then the dialog is cancelled: nothing is sealed, the review stays.
    while (await page.$('#approve-interview')) {
      const left = await page.textContent('.review-count');
      await page.keyboard.press('Shift+A');
      await expect.poll(() => page.textContent('.review-count')).not.toBe(left);
    }
    await expect.poll(() => page.isDisabled('#save-as')).toBe(false);
    await page.click('#save-as');
    await expect.poll(() => page.evaluate(() => window.__FV_TEST__.dialogs.length)).toBe(1);
    expect((await calls(page)).some((c) => c.cmd === 'export_seal')).toBe(false);
    expect(await page.$('.review-item')).not.toBeNull();
    await noSeriousA11yIssues(page, 'export: review by keyboard');
    await clean(s);
    await s.close();
  });

  it('previews labels in the UI language, never codes, and wraps whole words; in Japanese too', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const s = await unlocked({ vault: { passphrase: PASS, records: FIXTURES }, settings: { auto_lock_minutes: 5, language: lang } });
      const { page } = s;
      await page.click('#open-export');
      await page.waitForSelector('table.choose tbody tr');
      await page.click('.wizard-actions button.primary');
      await page.waitForSelector('table.fields');
      const uses = page.locator('table.fields tr', { hasText: 'remittances[].uses' });
      expect(await uses.locator('td.old').textContent()).toContain(SCHEMA[lang]['enum.RemittanceUse.debt_repayment']);
      expect(await page.locator('table.fields td.old, table.fields td.new').allTextContents()).not.toContainEqual(expect.stringMatching(/debt_repayment|known:/));
      // Countries and languages by name, amounts grouped as the language groups them.
      const names = (type: 'region' | 'language', code: string) => new Intl.DisplayNames([lang], { type }).of(code)!;
      const country = page.locator('table.fields tr', { hasText: 'migration_episodes[].destination_country' });
      expect(await country.locator('td.old').textContent()).toBe(names('region', 'TW'));
      const languages = page.locator('table.fields tr', { hasText: 'interview.languages' });
      expect(await languages.locator('td.old').textContent()).toContain(names('language', 'vi'));
      const income = page.locator('table.fields tr', { hasText: 'participant.pre_migration_income' });
      expect(await income.locator('td.old').textContent()).toContain(`${new Intl.NumberFormat(lang).format(4000000)} VND`);
      for (const width of [1200, 1024]) {
        await page.setViewportSize({ width, height: 820 });
        expect(await brokenWords(page, 'table.fields td'), `words broken mid-column at ${width} px (${lang})`).toEqual([]);
      }
      await page.setViewportSize({ width: 1200, height: 820 });
      const style = await page.$eval('table.fields td.old', (td) => [getComputedStyle(td).wordBreak, getComputedStyle(td).overflowWrap]);
      expect(style).toEqual(['normal', 'break-word']);
      await screenshot(page, `export-preview-${lang}`);
      await page.click('.wizard-actions button.primary');
      await page.waitForSelector('.review-item mark');
      expect(await brokenWords(page, '.review-item .segments'), `words broken in the review (${lang})`).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await noSeriousA11yIssues(page, `export review (${lang})`);
      // English: app.e2e.ts's export-review.png.
      if (lang !== 'en') await screenshot(page, `export-review-${lang}`);
      await clean(s);
      await s.close();
    }
  });
});

describe('the discreet list', () => {
  // One interview whose participant had no valid status, besides the demo's.
  const undocumented = structuredClone(FIXTURES[0]) as { participant: { pseudonym: string }; migration_episodes: { status?: string }[] };
  undocumented.participant.pseudonym = 'UD-09';
  undocumented.migration_episodes[0].status = 'undocumented';
  const records = [...FIXTURES, undocumented];
  const sensitive = [UI.en['list.flag_ran_away'], UI.en['list.flag_detained'], UI.en['list.flag_undocumented']];

  it('hides ran away, detained and undocumented until the fieldworker turns them on in Settings', async () => {
    const s = await unlocked({ vault: { passphrase: PASS, records } });
    const { page } = s;
    const flags = () => page.locator('table.records .badge.flag').allTextContents();
    expect(await flags()).toEqual([]);
    const body = (await page.textContent('table.records')) ?? '';
    for (const w of sensitive) expect(body).not.toContain(w);
    await screenshot(page, 'list-discreet');

    await page.click('.app-header button:has-text("Settings")');
    await page.waitForSelector('#show-sensitive');
    expect(await page.isChecked('#show-sensitive')).toBe(false);
    await page.check('#show-sensitive');
    await page.waitForSelector(`.ok-text:has-text("${UI.en['settings.pref_saved']}")`);
    expect((await calls(page)).filter((c) => c.cmd === 'set_preferences').map((c) => c.args)).toEqual([{ preferences: { show_sensitive_badges: true } }]);
    await page.click('.page-head button:has-text("Back")');
    await page.waitForSelector('table.records');
    const shown = await flags();
    for (const w of sensitive) expect(shown).toContain(w);
    expect(await page.locator('tr', { hasText: 'UD-09' }).locator('.badge.flag').allTextContents()).toContain(UI.en['list.flag_undocumented']);

    // Kept in the vault: after a lock it comes back from the core, not from the page.
    await page.keyboard.press('Control+Shift+L');
    await page.waitForSelector('#unlock-pass');
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records .badge.flag');
    expect((await calls(page)).filter((c) => c.cmd === 'get_preferences').length).toBe(2);
    // And off again.
    await page.click('.app-header button:has-text("Settings")');
    await page.uncheck('#show-sensitive');
    await page.waitForSelector(`.ok-text:has-text("${UI.en['settings.pref_saved']}")`);
    await page.click('.page-head button:has-text("Back")');
    await page.waitForSelector('table.records');
    expect(await flags()).toEqual([]);
    await clean(s);
    await s.close();
  });

  it('shows them from the start when the vault says so, and joins Japanese lists with 、', async () => {
    const s = await unlocked({ vault: { passphrase: PASS, records, preferences: { show_sensitive_badges: true } }, settings: { auto_lock_minutes: 5, language: 'ja' } });
    const { page } = s;
    await expect.poll(() => page.locator('table.records .badge.flag').count()).toBeGreaterThan(0);
    expect(await page.textContent('table.records')).toContain(UI.ja['list.flag_ran_away']);
    const cells = await page.locator('table.records tbody tr td:nth-child(3), table.records tbody tr td:nth-child(4)').allTextContents();
    expect(cells.filter((c) => c.includes(', ')), 'no English comma in a Japanese list').toEqual([]);
    expect(cells.some((c) => c.includes('、'))).toBe(true);
    await screenshot(page, 'list-sensitive-ja');
    await clean(s);
    await s.close();
  });
});

describe('smaller things', () => {
  it('the Settings button stays readable on hover, and a fixed settings error goes away', async () => {
    const s = await unlocked({ vault: { passphrase: PASS, records: [FIXTURES[1]] } });
    const { page } = s;
    const button = page.locator('.app-header button:has-text("Settings")');
    await button.hover();
    const [bg, fg] = await button.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [Math.max(lum(bg), lum(fg)), Math.min(lum(bg), lum(fg))];
    expect((hi + 0.05) / (lo + 0.05), `hover colours ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);

    await button.click();
    await page.fill('#settings-minutes', '500');
    await page.click('button:has-text("Save settings")');
    await page.waitForSelector('.error:has-text("between 1 and 120")');
    await page.fill('#settings-minutes', '15');
    await expect.poll(() => page.locator('form .error').count()).toBe(0);
    await clean(s);
    await s.close();
  });

  it('the unlock screen says when the vault locked itself for being idle, and not after the fieldworker locked it', async () => {
    const s = await h.open({ vault: { passphrase: PASS, records: [FIXTURES[3]] }, settings: { auto_lock_minutes: 2, language: 'en' } }, { fakeClock: true });
    const { page } = s;
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records');
    await page.clock.fastForward('02:05');
    await page.waitForSelector('#idle-locked');
    expect(await page.textContent('#idle-locked')).toBe('Locked after 2 minutes idle.');
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records');
    // The core's own idle lock says so too.
    await page.evaluate(() => window.__FV_TEST__.coreAutoLock());
    await page.waitForSelector('#idle-locked');
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records');
    await page.keyboard.press('Control+Shift+L');
    await page.waitForSelector('#unlock-pass');
    expect(await page.$('#idle-locked')).toBeNull();
    await clean(s);
    await s.close();
  });
});
