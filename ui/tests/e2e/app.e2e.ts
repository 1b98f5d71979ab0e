// FieldVault in a real browser: the UI built with the typed in-memory test backend (backend/), Debian's Chromium.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fieldId, type Seg } from '../../src/lib/form/paths';
import { MARKER } from './backend/options';
import { DIST, DIST_E2E, FIXTURES, Harness, UI_DIR, axe, calls, cspViolations, screenshot, type Session } from './harness';

const h = new Harness();
const sessions: Session[] = [];
beforeAll(async () => {
  await h.start();
});
afterAll(async () => {
  await h.close();
});

async function open(options = {}, how = {}): Promise<Session> {
  const s = await h.open(options, how);
  sessions.push(s);
  return s;
}

/** After each scenario: no outside request, no CSP violation, no page error. */
async function clean(s: Session): Promise<void> {
  expect(s.outside, 'requests outside 127.0.0.1').toEqual([]);
  expect(await cspViolations(s.page), 'CSP violations').toEqual([]);
  expect(s.errors, 'page errors').toEqual([]);
  const title = await s.page.title();
  expect(title).toBe('FieldVault');
}

async function noSeriousA11yIssues(page: Page, screen: string): Promise<void> {
  const v = await axe(page);
  expect(v, `axe on ${screen}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

const table = (name: string): Record<string, string> => JSON.parse(readFileSync(join(UI_DIR, 'src', 'lib', 'i18n', name), 'utf8'));
const UI = { en: table('ui.en.json'), vi: table('ui.vi.json'), ja: table('ui.ja.json'), 'zh-TW': table('ui.zh-TW.json') };
const SCHEMA_L = { en: table('schema.en.json'), vi: table('schema.vi.json'), ja: table('schema.ja.json'), 'zh-TW': table('schema.zh-TW.json') };

// ---- form helpers (ids are derived from field paths, as in the app) ----------------------------
const id = (path: Seg[]) => `#${fieldId(path)}`;
const text = (page: Page, path: Seg[], value: string) => page.fill(id(path), value);
const pick = (page: Page, path: Seg[], value: string) => page.selectOption(id(path), value);
async function date(page: Page, path: Seg[], y: string, m = '', d = '') {
  await page.fill(id(path), y);
  if (m) await page.selectOption(`${id(path)}-month`, m);
  if (d) await page.selectOption(`${id(path)}-day`, d);
}
async function money(page: Page, path: Seg[], amount: string, currency: string, per = '', max = '') {
  await page.fill(id([...path, 'amount']), amount);
  await page.selectOption(id([...path, 'currency']), currency);
  if (per) await page.selectOption(id([...path, 'per']), per);
  if (max) {
    await page.check(`${id(path)}-range`);
    await page.fill(id([...path, 'amount_max']), max);
  }
}
async function other(page: Page, path: Seg[], value: string) {
  await page.selectOption(id(path), '__other__');
  await page.fill(`${id(path)}-other`, value);
}
const add = (page: Page, path: Seg[]) => page.click(`${id(path)}-add`);
const section = (page: Page, name: string) => page.click(`#nav-${name}`);
const heading = (page: Page) => page.textContent('#section-title').then((t) => t?.trim());

const PASS = 'correct horse battery staple';
const SECRET = ['TEST-PSEUDO-ZETA', 'Zeta Secretname', 'TEST-QUOTE-ZETA', 'TEST-NOTES-ZETA', 'Mr Broker Zeta', '0901 555 777', 'C7654321'];

describe('first run', () => {
  it('creates a vault: strength meter, mismatch, project profile', async () => {
    const s = await open();
    const { page } = s;
    await page.waitForSelector('h1:has-text("Create your vault")');
    await noSeriousA11yIssues(page, 'first run');

    await page.fill('#new-pass', 'short');
    await expect.poll(() => page.textContent('.strength-text')).toContain('too short');
    await page.fill('#new-pass', PASS);
    await expect.poll(() => page.textContent('.strength-text')).toContain('Long enough');
    expect(await page.getAttribute('#strength', 'data-strength')).toBe('long_enough');

    await page.fill('#new-pass2', 'correct horse battery stapel');
    await expect(page.textContent('#mismatch')).resolves.toContain('not the same');
    expect(await page.getAttribute('#new-pass2', 'aria-invalid')).toBe('true');

    const profile = {
      format: 1,
      project_id: '6f1c2b9e-3d4a-4f5b-8c7d-1e2f3a4b5c6d',
      name: 'Runaway study',
      researchers: [{ name: 'PI', age_recipient: 'age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq' }],
      reviewers: [],
      recovery_recipient: 'age1rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr',
    };
    await page.setInputFiles('#profile-file', { name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(profile)) });
    await page.waitForSelector('.profile-card:has-text("Runaway study")');
    expect(await page.textContent('.profile-card')).toContain('PI');
    await screenshot(page, 'first-run');

    // A broken profile is refused by code, not by message.
    await page.setInputFiles('#profile-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1}') });
    await page.waitForSelector(`.error:has-text("${UI.en['error.profile_invalid']}")`);
    await page.setInputFiles('#profile-file', { name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(profile)) });
    await page.waitForSelector('.profile-card');

    await page.fill('#new-pass2', PASS);
    expect(await page.$('#mismatch')).toBeNull();
    await page.click('button[type=submit]');
    await page.waitForSelector('h1:has-text("Interviews")');
    await page.waitForSelector('text=No interviews yet.');
    const create = (await calls(page)).find((c) => c.cmd === 'create_vault');
    expect(create?.args).toMatchObject({ passphrase: PASS, confirm: PASS, profileJson: JSON.stringify(profile) });
    await clean(s);
    await s.close();
  });
});

describe('a fieldwork session', () => {
  let s: Session;
  let page: Page;
  let recordId = '';

  beforeAll(async () => {
    s = await open({ vault: { passphrase: PASS, records: [] } });
    page = s.page;
  });
  afterAll(async () => {
    await s.close();
  });

  it('unlocks, counting failed attempts', async () => {
    await page.waitForSelector('h1:has-text("Unlock your vault")');
    await noSeriousA11yIssues(page, 'unlock');
    await page.fill('#unlock-pass', 'not the passphrase');
    await page.click('button[type=submit]');
    await page.waitForSelector('#unlock-error:has-text("Wrong passphrase.")');
    await expect(page.textContent('#unlock-failed')).resolves.toContain('1');
    await page.fill('#unlock-pass', 'still not it');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#unlock-failed')).toContain('2');
    await noSeriousA11yIssues(page, 'unlock with an error');
    await screenshot(page, 'unlock');
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('h1:has-text("Interviews")');
  });

  it('fills every section of a new interview and saves it', async () => {
    await page.click('button:has-text("New interview")');
    await page.waitForSelector('#section-title');
    expect(await heading(page)).toBe(SCHEMA_L.en['field.Interview.consent']);

    // Consent comes first: the other sections stay closed until date + "store".
    expect(await page.getAttribute('#nav-participant', 'aria-disabled')).toBe('true');
    await page.locator('#nav-participant').click({ force: true });
    expect(await heading(page)).toBe(SCHEMA_L.en['field.Interview.consent']);
    await date(page, ['consent', 'date'], '2024', '03', '05');
    await pick(page, ['consent', 'form'], 'oral');
    await page.check(id(['consent', 'scopes', 'share_deidentified']));
    expect(await page.getAttribute('#nav-participant', 'aria-disabled')).toBe('true');
    await page.waitForSelector('#consent-gate');
    await noSeriousA11yIssues(page, 'editor: consent');
    await page.mouse.move(1190, 810);
    await screenshot(page, 'editor-consent');
    await page.check(id(['consent', 'scopes', 'store']));
    await expect.poll(() => page.getAttribute('#nav-participant', 'aria-disabled')).toBeNull();
    expect(await page.$('#consent-gate')).toBeNull();

    // Interview: partial date, number, a choice with "Other…", a language list, a nested place.
    await section(page, 'interview');
    await date(page, ['interview', 'date'], '2024', '03', '05');
    await text(page, ['interview', 'duration_minutes'], '95');
    await text(page, ['interview', 'interviewer'], 'FW-7');
    await other(page, ['interview', 'mode'], 'walk in the park');
    await add(page, ['interview', 'languages']);
    await text(page, ['interview', 'languages', 0], 'vi');
    await text(page, ['interview', 'place', 'country'], 'JP');
    await text(page, ['interview', 'place', 'province'], 'Aichi');

    // Participant: numbers keep what was typed; out-of-range values are flagged where they are.
    await section(page, 'participant');
    await text(page, ['participant', 'pseudonym'], 'TEST-PSEUDO-ZETA');
    await text(page, ['participant', 'birth_year'], '19x4');
    await page.waitForSelector(`${id(['participant', 'birth_year'])}-err`);
    expect(await page.inputValue(id(['participant', 'birth_year']))).toBe('19x4');
    await text(page, ['participant', 'birth_year'], '1994');
    await text(page, ['participant', 'children'], '99');
    await page.waitForSelector(`${id(['participant', 'children'])}-err:has-text("must be at most 30")`);
    await text(page, ['participant', 'children'], '1');
    await page.waitForSelector(`${id(['participant', 'children'])}-err`, { state: 'detached' });
    await pick(page, ['participant', 'gender'], 'woman');
    await pick(page, ['participant', 'education'], 'upper_secondary');
    await money(page, ['participant', 'pre_migration_income'], '3000000', 'VND', 'month');

    // Identity: direct identifiers, badged.
    await section(page, 'identity');
    expect(await page.textContent('#section-title')).toContain(UI.en['badge.direct']);
    await text(page, ['identity', 'full_name'], 'Zeta Secretname');
    await add(page, ['identity', 'phones']);
    await text(page, ['identity', 'phones', 0], '0901 555 777');
    await add(page, ['identity', 'phones']);
    await text(page, ['identity', 'phones', 1], '+81 90 0000 0000');
    await add(page, ['identity', 'id_numbers']);
    await pick(page, ['identity', 'id_numbers', 0, 'kind'], 'passport');
    await text(page, ['identity', 'id_numbers', 0, 'number'], 'C7654321');

    // Actors, referenced later.
    await section(page, 'actors');
    await add(page, ['actors']);
    await text(page, ['actors', 0, 'id'], 'broker-1');
    await pick(page, ['actors', 0, 'kind'], 'broker');
    await pick(page, ['actors', 0, 'dimension'], 'commercial');
    await text(page, ['actors', 0, 'name'], 'Mr Broker Zeta');
    await add(page, ['actors']);
    await text(page, ['actors', 1, 'id'], 'emp-1');
    await pick(page, ['actors', 1, 'kind'], 'employer');
    await pick(page, ['actors', 1, 'dimension'], 'commercial');

    // A migration episode with fees (two, reordered, one removed), a debt, conditions, an exit, informal work.
    await section(page, 'migration_episodes');
    await add(page, ['migration_episodes']);
    const ep: Seg[] = ['migration_episodes', 0];
    await text(page, [...ep, 'destination_country'], 'JP');
    await text(page, [...ep, 'destination_region'], 'Gifu');
    await date(page, [...ep, 'start'], '2019', '04');
    await date(page, [...ep, 'end'], '2021');
    await pick(page, [...ep, 'status'], 'technical_intern_trainee');
    await pick(page, [...ep, 'sector'], 'garment');
    await pick(page, [...ep, 'employer'], 'emp-1');
    await add(page, [...ep, 'recruited_by']);
    await pick(page, [...ep, 'recruited_by', 0], 'broker-1');
    await text(page, [...ep, 'training_months'], '6');

    await add(page, [...ep, 'fees']);
    await pick(page, [...ep, 'fees', 0, 'payee_kind'], 'broker');
    await pick(page, [...ep, 'fees', 0, 'purpose'], 'commission');
    await pick(page, [...ep, 'fees', 0, 'payee'], 'broker-1');
    await money(page, [...ep, 'fees', 0, 'amount'], '7000', 'USD');
    await add(page, [...ep, 'fees']);
    await pick(page, [...ep, 'fees', 1, 'payee_kind'], 'intermediary_company');
    await pick(page, [...ep, 'fees', 1, 'purpose'], 'training');
    await date(page, [...ep, 'fees', 1, 'paid'], '2018', '11');
    await money(page, [...ep, 'fees', 1, 'amount'], '1500', 'USD');
    // Move the second fee up with the keyboard; focus follows it.
    await page.focus(`${id([...ep, 'fees'])}-item-1 .ctl-up`);
    await page.keyboard.press('Enter');
    expect(await page.inputValue(id([...ep, 'fees', 0, 'purpose']))).toBe('training');
    expect(await page.inputValue(id([...ep, 'fees', 1, 'purpose']))).toBe('commission');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(`${fieldId([...ep, 'fees'])}-item-0`);
    await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64);
    }, id([...ep, 'fees']));
    await page.mouse.move(1190, 810);
    await screenshot(page, 'editor-episode-fees');
    await page.click(`${id([...ep, 'fees'])}-item-1 .ctl-remove`);
    expect(await page.locator(`${id([...ep, 'fees'])} > ol > li`).count()).toBe(1);
    await page.waitForSelector('.undo');

    await add(page, [...ep, 'debts']);
    await pick(page, [...ep, 'debts', 0, 'lender_kind'], 'state_bank');
    await pick(page, [...ep, 'debts', 0, 'repaid'], 'partly');
    await money(page, [...ep, 'debts', 0, 'amount'], '100000000', 'VND');
    await text(page, [...ep, 'debts', 0, 'interest_rate_percent'], '7.5');

    const wc: Seg[] = [...ep, 'working_conditions'];
    await text(page, [...wc, 'hours_per_day'], '12');
    await money(page, [...wc, 'base_salary'], '120000', 'JPY', 'month', '130000');
    await page.check(id([...wc, 'bullying']));
    await page.check(`${id([...wc, 'documents_confiscated'])}-no`);
    await add(page, [...wc, 'deductions']);
    await pick(page, [...wc, 'deductions', 0, 'item'], 'dormitory');
    await money(page, [...wc, 'deductions', 0, 'amount'], '20000', 'JPY', 'month');

    await add(page, [...ep, 'exits']);
    await pick(page, [...ep, 'exits', 0, 'kind'], 'running_away');
    await date(page, [...ep, 'exits', 0, 'date'], '2020', '08');
    await add(page, [...ep, 'exits', 0, 'reasons']);
    await pick(page, [...ep, 'exits', 0, 'reasons', 0], 'low_wages');
    await add(page, [...ep, 'exits', 0, 'helped_by']);
    await pick(page, [...ep, 'exits', 0, 'helped_by', 0], 'broker-1');

    await add(page, [...ep, 'informal_work']);
    await pick(page, [...ep, 'informal_work', 0, 'sector'], 'construction');
    await text(page, [...ep, 'informal_work', 0, 'region'], 'Osaka');
    await date(page, [...ep, 'informal_work', 0, 'start'], '2020', '09');
    await noSeriousA11yIssues(page, 'editor: migration episode');

    // Remittances, support, quotes (warned: no consent to verbatim quotes), notes.
    await section(page, 'remittances');
    await add(page, ['remittances']);
    await money(page, ['remittances', 0, 'amount'], '10000000', 'VND', 'month');
    await pick(page, ['remittances', 0, 'episode'], '0');
    await pick(page, ['remittances', 0, 'recipient'], 'parents');

    await section(page, 'support_contacts');
    await add(page, ['support_contacts']);
    await pick(page, ['support_contacts', 0, 'actor'], 'broker-1');
    await page.check(id(['support_contacts', 0, 'helpful']));
    await add(page, ['support_contacts', 0, 'help']);
    await pick(page, ['support_contacts', 0, 'help', 0], 'job_referral');

    await section(page, 'quotes');
    await page.waitForSelector('.banner.warn');
    await add(page, ['quotes']);
    await text(page, ['quotes', 0, 'text'], 'TEST-QUOTE-ZETA I wanted to go home');
    await text(page, ['quotes', 0, 'language'], 'vi');
    await page.check(id(['quotes', 0, 'consent_to_quote']));
    await page.waitForSelector(`.banner.warn:has-text("${UI.en['quotes.warning_marked'].slice(0, 30)}")`);

    await section(page, 'notes');
    await text(page, ['notes'], 'TEST-NOTES-ZETA met at the station');

    // Attachments only after the first save.
    expect(await page.getAttribute('#nav-attachments', 'aria-disabled')).toBe('true');

    await page.click('button.primary:has-text("Save")');
    await page.waitForSelector('#save-status:has-text("Saved (revision 1)")');
    const saved = (await calls(page)).filter((c) => c.cmd === 'create_record').at(-1)?.args as { interview: Record<string, any> };
    const r = saved.interview;
    expect(r.interview).toMatchObject({ date: '2024-03-05', duration_minutes: 95, mode: 'other: walk in the park', languages: ['vi'] });
    expect(r.participant).toMatchObject({ pseudonym: 'TEST-PSEUDO-ZETA', birth_year: 1994, children: 1 });
    expect(r.participant.pre_migration_income).toEqual({ amount: 3000000, currency: 'VND', per: 'month' });
    const e = r.migration_episodes[0];
    expect(e.fees).toEqual([{ payee_kind: 'intermediary_company', purpose: 'training', paid: '2018-11', amount: { amount: 1500, currency: 'USD' } }]);
    expect(e).toMatchObject({ destination_country: 'JP', start: '2019-04', end: '2021', employer: 'emp-1', recruited_by: ['broker-1'], training_months: 6 });
    expect(e.working_conditions.base_salary).toEqual({ amount: 120000, amount_max: 130000, currency: 'JPY', per: 'month' });
    expect(e.working_conditions).toMatchObject({ bullying: true, documents_confiscated: false, hours_per_day: 12 });
    expect(e.exits[0]).toMatchObject({ kind: 'running_away', date: '2020-08', reasons: ['low_wages'], helped_by: ['broker-1'] });
    expect(r.identity.phones).toEqual(['0901 555 777', '+81 90 0000 0000']);
    expect(r.quotes[0]).toMatchObject({ consent_to_quote: true, language: 'vi' });
    expect(r.consent).toEqual({ date: '2024-03-05', form: 'oral', scopes: { share_deidentified: true, store: true } });
    recordId = (await page.evaluate(() => window.__FV_TEST__.recordIds()[0])) as string;
    expect(recordId).toMatch(/^[0-9a-f-]{36}$/);

    // Attachments: encrypted in, shown from memory (a blob: URL), closed again.
    await section(page, 'attachments');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/zBmxLwAAAABJRU5ErkJggg==', 'base64');
    await page.setInputFiles('#attach-file', { name: 'bảng lương.png', mimeType: 'image/png', buffer: png });
    await page.waitForSelector('td:has-text("bảng lương.png")');
    const addCall = (await calls(page)).find((c) => c.cmd === 'add_attachment');
    expect(addCall?.headers).toEqual({ 'x-record-id': recordId, 'x-name': encodeURIComponent('bảng lương.png'), 'x-media-type': 'image/png' });
    await page.click('button:has-text("Open")');
    const src = await page.getAttribute('.viewer img', 'src');
    expect(src).toMatch(/^blob:/);
    await page.click('.viewer button');
    expect(await page.$('.viewer')).toBeNull();
    // A wrong file can be deleted, after a confirmation; cancelling keeps it.
    await page.setInputFiles('#attach-file', { name: 'wrong-passport.png', mimeType: 'image/png', buffer: png });
    await page.waitForSelector('td:has-text("wrong-passport.png")');
    await page.click('button[aria-label="Delete wrong-passport.png"]');
    await page.waitForSelector('.confirm-delete:has-text("wrong-passport.png")');
    await noSeriousA11yIssues(page, 'attachment delete confirmation');
    await page.click('.confirm-delete button.secondary');
    expect(await page.$('.confirm-delete')).toBeNull();
    await page.click('button[aria-label="Delete wrong-passport.png"]');
    await page.click('.confirm-delete button.danger');
    await page.waitForSelector('td:has-text("wrong-passport.png")', { state: 'detached' });
    expect(await page.$('td:has-text("bảng lương.png")')).not.toBeNull();
    expect((await calls(page)).filter((c) => c.cmd === 'delete_attachment').length).toBe(1);

    await page.click('button:has-text("Close")');
    await page.waitForSelector('h1:has-text("Interviews")');
    await page.waitForSelector('button.link:has-text("TEST-PSEUDO-ZETA")');
    expect(await page.textContent('.page-head p')).toContain('1 interview');
    // Hundreds of keystrokes, but the core is pinged at most once per 30 s.
    expect((await calls(page)).filter((c) => c.cmd === 'touch').length).toBeLessThanOrEqual(2);
    await clean(s);
  });

  it('shows the history of a record as a readable diff', async () => {
    await page.click('button.link:has-text("TEST-PSEUDO-ZETA")');
    await page.waitForSelector('#section-title');
    await section(page, 'participant');
    await text(page, ['participant', 'birth_year'], '1995');
    await pick(page, ['participant', 'gender'], 'undisclosed');
    await page.click('button.primary:has-text("Save")');
    await page.waitForSelector('#save-status:has-text("Saved (revision 2)")');
    await page.click('button:has-text("History")');
    await page.waitForSelector('h1:has-text("History: TEST-PSEUDO-ZETA")');
    const row = page.locator('tr.change', { hasText: 'participant.birth_year' });
    await expect(row.locator('.old').textContent()).resolves.toBe('1994');
    await expect(row.locator('.new').textContent()).resolves.toBe('1995');
    const g = page.locator('tr.change', { hasText: 'participant.gender' });
    await expect(g.locator('.new').textContent()).resolves.toBe(SCHEMA_L.en['enum.Gender.undisclosed']);
    await noSeriousA11yIssues(page, 'history');
    await screenshot(page, 'history');
    await page.click('button:has-text("Back to the interview")');
    await page.waitForSelector('#section-title');
    await page.click('button:has-text("Close")');
    await page.waitForSelector('h1:has-text("Interviews")');
  });

  it('switches language at run time, without reload', async () => {
    const marker = await page.evaluate(() => ((window as any).__fvNoReload = 1));
    expect(marker).toBe(1);
    for (const lang of ['vi', 'ja', 'zh-TW', 'en'] as const) {
      await page.selectOption('#language-switch', lang);
      await expect.poll(() => page.textContent('h1')).toBe(UI[lang]['list.title']);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('button.lock')).toContain(UI[lang]['header.lock']);
    }
    await page.click('button.link:has-text("TEST-PSEUDO-ZETA")');
    await page.waitForSelector('#nav-participant');
    for (const lang of ['vi', 'ja', 'zh-TW', 'en'] as const) {
      await page.selectOption('#language-switch', lang);
      await expect.poll(() => page.textContent('#nav-participant')).toContain(SCHEMA_L[lang]['field.Interview.participant']);
    }
    await section(page, 'migration_episodes');
    await page.selectOption('#language-switch', 'vi');
    await expect.poll(() => page.inputValue(id(['migration_episodes', 0, 'fees', 0, 'purpose']))).toBe('training');
    expect(await page.textContent(`${id(['migration_episodes', 0, 'fees', 0, 'purpose'])} option:checked`)).toBe(SCHEMA_L.vi['enum.FeePurpose.training']);
    await page.selectOption('#language-switch', 'en');
    expect(await page.evaluate(() => (window as any).__fvNoReload)).toBe(1);
    const settings = (await calls(page)).filter((c) => c.cmd === 'set_settings').map((c) => (c.args as any).settings.language);
    expect(settings).toContain('zh-TW');
    expect(await page.title()).toBe('FieldVault');
    await page.click('button:has-text("Close")');
    await page.waitForSelector('h1:has-text("Interviews")');
  });

  it('locks with the button and unlocks again', async () => {
    await page.click('button.lock');
    await page.waitForSelector('h1:has-text("Unlock your vault")');
    expect(await page.$('text=TEST-PSEUDO-ZETA')).toBeNull();
    await page.fill('#unlock-pass', 'wrong one');
    await page.click('button[type=submit]');
    await page.waitForSelector('#unlock-failed:has-text("1")');
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('button.link:has-text("TEST-PSEUDO-ZETA")');
  });

  it('panic lock (Ctrl+Shift+L) wipes every piece of content at once, keeping unsaved edits in the encrypted draft', async () => {
    await page.click('button.link:has-text("TEST-PSEUDO-ZETA")');
    await section(page, 'identity');
    await page.waitForSelector(id(['identity', 'full_name']));
    await section(page, 'participant');
    await page.fill(id(['participant', 'pseudonym']), 'TEST-PSEUDO-ZETA-EDITED');
    await page.focus(id(['participant', 'pseudonym']));
    const before = (await calls(page)).length;
    await page.keyboard.press('Control+Shift+L');
    // Synchronously gone: no waiting for the core.
    const html = await page.evaluate(() => document.body.innerHTML);
    for (const secret of SECRET) expect(html.includes(secret), secret).toBe(false);
    expect(html).toContain(UI.en['unlock.title']);
    await page.waitForSelector('h1:has-text("Unlock your vault")');
    const after = (await calls(page)).slice(before).map((c) => c.cmd);
    expect(after.indexOf('save_draft')).toBeGreaterThanOrEqual(0);
    expect(after.indexOf('lock')).toBeGreaterThan(after.indexOf('save_draft'));
    const html2 = await page.evaluate(() => document.body.innerHTML + document.title);
    for (const secret of SECRET) expect(html2.includes(secret), secret).toBe(false);
    expect(await page.title()).toBe('FieldVault');
    await noSeriousA11yIssues(page, 'unlock after panic');

    // The draft comes back after unlocking.
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('.drafts');
    expect(await page.textContent('.drafts')).toContain('TEST-PSEUDO-ZETA-EDITED');
    await page.click('.drafts button:has-text("Resume")');
    await page.waitForSelector('.banner.info');
    expect(await page.inputValue(id(['participant', 'pseudonym']))).toBe('TEST-PSEUDO-ZETA-EDITED');
    // Saving discards the draft.
    await page.click('button.primary:has-text("Save")');
    await page.waitForSelector('#save-status:has-text("Saved (revision 3)")');
    const cmds = (await calls(page)).map((c) => c.cmd);
    expect(cmds.lastIndexOf('discard_draft')).toBeGreaterThan(cmds.lastIndexOf('update_record'));
    await page.click('button:has-text("Close")');
    await page.waitForSelector('h1:has-text("Interviews")');
    expect(await page.$('.drafts')).toBeNull();
    await clean(s);
  });

  it('autosaves a draft every 5 s and keeps it when the editor is closed', async () => {
    const before = (await calls(page)).length;
    await page.click('button:has-text("New interview")');
    await date(page, ['consent', 'date'], '2025');
    await page.waitForFunction((n) => window.__FV_TEST__.calls.slice(n).some((c) => c.cmd === 'save_draft'), before, { timeout: 8000 });
    const draft = (await calls(page)).slice(before).filter((c) => c.cmd === 'save_draft').at(-1)?.args as any;
    expect(draft.recordId).toBeNull();
    expect(draft.draftId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(draft.content.interview.consent.date).toBe('2025');
    await page.waitForSelector('#save-status:has-text("autosaved")');
    await page.click('button:has-text("Close")');
    await page.waitForSelector('.drafts');
    await page.click('.drafts button:has-text("Discard")');
    await page.waitForSelector('.drafts', { state: 'detached' });
  });
});

describe('the demo vault and the list', () => {
  it('lists, searches, filters and sorts; shows withdrawn and damaged records as such', async () => {
    const s = await open({ vault: { passphrase: PASS, records: [...FIXTURES, FIXTURES[0], FIXTURES[2]], withdrawn: 1, damaged: 1 } });
    const { page } = s;
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records');
    expect(await page.textContent('.page-head p')).toBe('7 interviews, 1 withdrawn, 1 damaged');
    expect(await page.locator('tr.damaged').count()).toBe(1);
    expect(await page.textContent('tr.damaged')).toContain(UI.en['list.damaged']);
    expect(await page.locator('tr.tombstone').count()).toBe(1);
    await noSeriousA11yIssues(page, 'list');
    await page.selectOption('#list-sort', 'pseudonym');
    const names = await page.locator('tbody button.link').allTextContents();
    expect(names).toEqual(['HD-01', 'HD-02', 'HY-05', 'MB-04', 'MT-03']);
    await screenshot(page, 'list');

    await page.fill('#list-search', 'japan');
    await expect.poll(() => page.locator('tbody button.link').count()).toBe(3);
    await page.fill('#list-search', 'garment');
    await expect.poll(() => page.locator('tbody button.link').allTextContents()).toEqual(['MT-03']);
    await page.fill('#list-search', '');
    await page.selectOption('#list-dest', 'TW');
    await expect.poll(() => page.locator('tbody button.link').allTextContents()).toEqual(['HD-01', 'HD-02']);
    await page.selectOption('#list-dest', '');
    await page.selectOption('#list-sector', 'construction');
    await expect.poll(() => page.locator('tbody button.link').allTextContents()).toEqual(['HY-05']);
    await page.selectOption('#list-sector', '');
    await page.selectOption('#list-state', 'withdrawn');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.selectOption('#list-state', 'damaged');
    await expect.poll(() => page.locator('tbody tr.damaged').count()).toBe(1);
    await page.selectOption('#list-state', 'all');

    // A damaged record opens to a message, never to a blank page.
    await page.click('tr.damaged button:has-text("History")');
    await page.waitForSelector(`.banner.bad:has-text("${UI.en['history.damaged']}")`);
    await page.click('button:has-text("Back to the list")');
    await page.waitForSelector('table.records');
    await clean(s);
    await s.close();
  });

  it('opens the demo, renders every fixture without a validation problem, and withdraws one', async () => {
    const s = await open();
    const { page } = s;
    await page.click('button:has-text("Open the demo")');
    await page.waitForSelector('table.records');
    expect(await page.textContent('.badge.demo')).toBe('Demo');
    expect(await page.textContent('.page-head p')).toBe('5 interviews');
    for (const name of ['HD-01', 'HD-02', 'MT-03', 'MB-04', 'HY-05']) {
      await page.click(`button.link:has-text("${name}")`);
      await page.waitForSelector('#section-title');
      for (const sec of ['consent', 'interview', 'participant', 'identity', 'actors', 'migration_episodes', 'remittances', 'support_contacts', 'quotes', 'notes']) {
        await section(page, sec);
        await page.waitForSelector('#section-title');
      }
      await page.waitForTimeout(500);
      expect(await page.locator('.error').count(), `${name} shows errors`).toBe(0);
      if (name === 'MT-03') await noSeriousA11yIssues(page, `editor with ${name}`);
      await page.click('button:has-text("Close")');
      await page.waitForSelector('table.records');
    }

    // Withdraw: a dialog that needs a second confirmation; Escape closes it; focus stays inside.
    await page.click('button.link:has-text("HY-05")');
    await page.click('button:has-text("Withdraw participant")');
    await page.waitForSelector('dialog[open]');
    expect(await page.isDisabled('dialog button[type=submit]')).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await noSeriousA11yIssues(page, 'withdraw dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog', { state: 'detached' });
    await page.click('button:has-text("Withdraw participant")');
    await page.check('#withdraw-understood');
    await page.click('dialog button[type=submit]');
    await page.waitForSelector('table.records');
    expect(await page.textContent('.page-head p')).toBe('5 interviews, 1 withdrawn');
    expect(await page.$('button.link:has-text("HY-05")')).toBeNull();
    await clean(s);
    await s.close();
  });

  it('refuses an invalid save and leads from the error summary to the field', async () => {
    const s = await open();
    const { page } = s;
    await page.click('button:has-text("Open the demo")');
    await page.click('button.link:has-text("MT-03")');
    await section(page, 'participant');
    await text(page, ['participant', 'children'], '99');
    await section(page, 'migration_episodes');
    await page.fill(id(['migration_episodes', 0, 'working_conditions', 'hours_per_day']), '30');
    await page.click('button.primary:has-text("Save")');
    await page.waitForSelector('#error-summary');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    const items = await page.locator('#error-summary li').allTextContents();
    expect(items.length).toBe(2);
    expect(items.join('\n')).toContain(`${SCHEMA_L.en['field.Interview.participant']} › ${SCHEMA_L.en['field.Participant.children']}`);
    expect(await page.textContent('#nav-participant .count')).toBe('1');
    await page.click('#error-summary li:has-text("children") button, #error-summary li:first-child button');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^f__(participant__children|migration_episodes-0__working_conditions__hours_per_day)$/);
    await page.click('#error-summary li:nth-child(2) button');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^f__(participant__children|migration_episodes-0__working_conditions__hours_per_day)$/);
    expect((await calls(page)).some((c) => c.cmd === 'update_record')).toBe(true);
    await page.screenshot({ path: '/tmp/error-summary.png' });
    await clean(s);
    await s.close();
  });

  it('clears everything when the core auto-locks (vault-locked event)', async () => {
    const s = await open();
    const { page } = s;
    await page.click('button:has-text("Open the demo")');
    await page.click('button.link:has-text("HD-01")');
    await section(page, 'identity');
    await page.waitForSelector(id(['identity', 'full_name']));
    const fullName = (FIXTURES[0] as any).identity.full_name as string;
    expect(await page.inputValue(id(['identity', 'full_name']))).toBe(fullName);
    await page.evaluate(() => window.__FV_TEST__.coreAutoLock());
    await page.waitForSelector('h1:has-text("Unlock your vault")');
    const html = await page.evaluate(() => document.body.innerHTML);
    expect(html.includes(fullName)).toBe(false);
    expect(html.includes('HD-01')).toBe(false);
    expect(await page.textContent('.lead')).toContain('demo field vault');
    await clean(s);
    await s.close();
  });
});

describe('export for researchers', () => {
  it('chooses, previews, reviews with highlighted spans, seals with progress and sums up', async () => {
    const s = await open({ vault: { passphrase: PASS, records: FIXTURES } });
    const { page } = s;
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records');

    // Reachable by keyboard from the list: two steps back from the search box.
    await page.focus('#list-search');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('open-export');
    await page.keyboard.press('Enter');

    // 1. Choose: Thanh (MB-04) did not consent to sharing; Huy's quotes lack consent to quote.
    await page.waitForSelector('table.choose tbody tr');
    const rows = page.locator('table.choose tbody tr');
    expect(await rows.count()).toBe(5);
    const blocked = page.locator('table.choose tr.blocked');
    expect(await blocked.count()).toBe(1);
    expect(await blocked.textContent()).toContain('MB-04');
    expect(await blocked.textContent()).toContain(UI.en['export.why.no_share_consent']);
    expect(await blocked.locator('input[type=checkbox]').isDisabled()).toBe(true);
    expect(await page.textContent('table.choose')).toContain('2 quotes left out');
    await noSeriousA11yIssues(page, 'export: choose');
    await page.click('#export-all');
    expect(await page.isDisabled('button:has-text("De-identify and preview")')).toBe(true);
    await page.click('#export-all');
    expect(await page.textContent('.wizard-actions .muted')).toBe('4 interviews selected');
    await page.click('button:has-text("De-identify and preview")');

    // 2. Preview: counts, what is left out, and each field's rule with before → after.
    await page.waitForSelector('table.fields');
    expect(await page.textContent('.step-counts')).toContain('4 of 5 interviews');
    expect(await page.textContent('ul.exclusions')).toContain('MB-04');
    const birth = page.locator('table.fields tr', { hasText: 'participant.birth_year' });
    expect(await birth.textContent()).toContain(UI.en['export.rule.generalise_birth_year_band5']);
    expect(await birth.locator('td.new').textContent()).toMatch(/^\d{4}[-\u2011]\d{4}$/);
    const name = page.locator('table.fields tr', { hasText: 'identity.full_name' });
    expect(await name.locator('td.new').textContent()).toBe(UI.en['export.left_out']);
    await noSeriousA11yIssues(page, 'export: preview');
    await page.click('button:has-text("Review the redacted texts")');

    // 3. Review, one interview at a time: originals with <mark>ed spans; an edit is redacted again by the core.
    await page.waitForSelector('.review-item');
    const items = page.locator('.review-item');
    const n = await page.evaluate(() => window.__FV_TEST__.pendingExport()!.items.length);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    expect(await items.first().locator('.segments.original mark').count()).toBeGreaterThan(0);
    expect(await items.first().locator('.segments.result mark').first().textContent()).toMatch(/^\[REDACTED:\w+\]$/);
    expect(await page.isDisabled('#seal')).toBe(true);
    const second = items.nth(1);
    await second.locator('button:has-text("Edit")').click();
    const area = second.locator('textarea');
    expect(await area.inputValue()).toContain('[REDACTED:');
    await area.fill('Called her back on 0912 000 111 after the interview.');
    await second.locator('button:has-text("Redact again")').click();
    await expect.poll(() => second.locator('.segments.original mark').allTextContents()).toEqual(['0912 000 111']);
    expect(await second.locator('.segments.result').textContent()).toBe('Called her back on [REDACTED:phone] after the interview.');
    expect(await second.locator('.badge.draft').textContent()).toBe(UI.en['export.edited']);
    await items.first().locator('button[aria-pressed="false"]').click();
    await expect.poll(() => page.textContent('.review-count')).toContain(`1 of ${n} texts approved`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await noSeriousA11yIssues(page, 'export: review');
    await screenshot(page, 'export-review');
    while (await page.$('#approve-interview')) {
      const before = await page.textContent('.review-count');
      await page.click('#approve-interview');
      await expect.poll(() => page.textContent('.review-count')).not.toBe(before);
    }
    await expect.poll(() => page.textContent('.review-count')).toContain(`${n} of ${n} texts approved`);
    // The typed path, the alternative to the save dialog (export-ux.e2e.ts drives the dialog).
    await page.click('#path-alt summary');
    expect(await page.inputValue('#export-path')).toMatch(/^\/home\/fieldworker\/Documents\/fieldvault-.*\.fvb$/);
    await page.fill('#export-path', '/home/fieldworker/Documents/runaway-2025-03.fvb');

    // 4. Seal with progress, then the summary.
    await page.click('#seal');
    await page.waitForSelector('#seal-progress');
    await page.waitForSelector('.summary');
    expect(await page.textContent('.summary')).toContain('/home/fieldworker/Documents/runaway-2025-03.fvb');
    expect(await page.textContent('#bundle-sha256')).toMatch(/^[0-9a-f]{64}$/);
    const excluded = await page.textContent('ul.exclusions');
    expect(excluded).toContain('MB-04: no consent to share a de-identified copy');
    expect(excluded).toContain('HY-05: 2 quotes without consent to quote');
    const progress = (await calls(page)).filter((c) => c.cmd.startsWith('export_')).map((c) => c.cmd);
    expect(progress).toEqual(expect.arrayContaining(['export_candidates', 'export_prepare', 'export_revise', 'export_approve', 'export_seal']));
    await noSeriousA11yIssues(page, 'export: summary');
    await screenshot(page, 'export-summary');
    await page.click('.summary ~ .card button:has-text("Back to the interviews")');
    await page.waitForSelector('table.records');

    // The panic lock wipes the wizard, with every original shown in it.
    await page.click('#open-export');
    await page.click('button:has-text("De-identify and preview")');
    await page.click('button:has-text("Review the redacted texts")');
    await page.waitForSelector('.review-item mark');
    await page.keyboard.press('Control+Shift+L');
    await page.waitForSelector('h1:has-text("Unlock your vault")');
    const html = await page.evaluate(() => document.body.innerHTML);
    const fullName = (FIXTURES[0] as any).identity.full_name as string;
    expect(html.includes(fullName)).toBe(false);
    expect(html.includes('<mark')).toBe(false);
    await expect.poll(() => page.evaluate(() => window.__FV_TEST__.pendingExport())).toBeNull();
    await clean(s);
    await s.close();
  });
});

describe('idle lock', () => {
  it('locks after the auto-lock minutes without keyboard or mouse activity', async () => {
    const s = await open({ vault: { passphrase: PASS, records: [FIXTURES[3]] }, settings: { auto_lock_minutes: 2, language: 'en' } }, { fakeClock: true });
    const { page } = s;
    await page.waitForSelector('#unlock-pass');
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('button.link:has-text("MB-04")');
    await page.clock.fastForward('01:30');
    await page.mouse.move(200, 300);
    await page.clock.fastForward('01:30');
    expect(await page.$('button.link:has-text("MB-04")')).not.toBeNull();
    await page.clock.fastForward('00:35');
    await page.waitForSelector('h1:has-text("Unlock your vault")');
    expect(await page.evaluate(() => document.body.innerHTML.includes('MB-04'))).toBe(false);
    expect((await calls(page)).some((c) => c.cmd === 'lock')).toBe(true);
    await clean(s);
    await s.close();
  });
});

describe('settings', () => {
  it('changes the auto-lock time and the passphrase', async () => {
    const s = await open({ vault: { passphrase: PASS, records: [FIXTURES[1]] } });
    const { page } = s;
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records');
    await page.click('button:has-text("Settings")');
    await page.waitForSelector('h1:has-text("Settings")');
    await page.fill('#settings-minutes', '500');
    await page.click('button:has-text("Save settings")');
    await page.waitForSelector('.error:has-text("between 1 and 120")');
    await page.fill('#settings-minutes', '15');
    await page.click('button:has-text("Save settings")');
    await page.waitForSelector('.ok-text:has-text("Settings saved.")');
    expect((await calls(page)).filter((c) => c.cmd === 'set_settings').at(-1)?.args).toEqual({ settings: { auto_lock_minutes: 15, language: 'en' } });

    await page.fill('#old-pass', 'not my passphrase');
    await page.fill('#change-pass', 'a brand new long passphrase');
    await page.fill('#change-pass2', 'a brand new long passphrase');
    await page.click('button:has-text("Change passphrase")');
    await page.waitForSelector(`.error:has-text("${UI.en['settings.wrong_old']}")`);
    await page.fill('#old-pass', PASS);
    await page.click('button:has-text("Change passphrase")');
    await page.waitForSelector('.ok-text:has-text("The passphrase was changed.")');
    await page.fill('#old-pass', PASS);
    await page.fill('#change-pass', 'a brand new long passphrase');
    await page.fill('#change-pass2', 'a brand new long passphrase');
    await expect.poll(() => page.textContent('#change-strength')).toContain('Long enough');
    await noSeriousA11yIssues(page, 'settings');
    await screenshot(page, 'settings');
    await clean(s);
    await s.close();
  });
});

describe('the built bundle', () => {
  it('holds no external URL, no storage API and no source map', async () => {
    const dist = join(UI_DIR, 'dist');
    const files = readdirSync(join(dist, 'assets')).map((f) => join('assets', f));
    files.push('index.html');
    for (const f of files) {
      const body = readFileSync(join(dist, f), 'utf8');
      expect(f.endsWith('.map'), f).toBe(false);
      // XML namespace names (e.g. http://www.w3.org/2000/svg) are identifiers, never fetched.
      const urls = (body.match(/https?:\/\/[^\s"'`)]+/g) ?? []).filter((u) => !u.startsWith('http://www.w3.org/'));
      expect(urls, f).toEqual([]);
      expect(/localStorage|sessionStorage|indexedDB|document\.cookie|sourceMappingURL/.test(body), f).toBe(false);
    }
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\.\/assets\//);
  });
  it('starts with English only: the other languages are chunks of their own, loaded when chosen', () => {
    const assets = join(DIST, 'assets');
    const entry = readFileSync(join(DIST, 'index.html'), 'utf8').match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    expect(entry).toBeTruthy();
    const start = readFileSync(join(DIST, entry!), 'utf8');
    const rest = readdirSync(assets)
      .filter((f) => f.endsWith('.js') && `assets/${f}` !== entry)
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    // A language's longest UI string, as the minifier writes it (non-ASCII as \uXXXX) or as is.
    const longest = (lang: string): string => {
      const table: Record<string, string> = JSON.parse(readFileSync(join(UI_DIR, 'src/lib/i18n', `ui.${lang}.json`), 'utf8'));
      return Object.values(table).reduce((a, b) => (b.length > a.length ? b : a));
    };
    const has = (code: string, text: string) => {
      const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      return code.includes(text) || code.toLowerCase().includes(escaped.toLowerCase());
    };
    expect(has(start, longest('en')), 'English in the entry chunk').toBe(true);
    for (const lang of ['vi', 'ja', 'zh-TW']) {
      expect(has(start, longest(lang)), `${lang} in the entry chunk`).toBe(false);
      expect(has(rest, longest(lang)), `${lang} in a chunk of its own`).toBe(true);
    }
  });
  it('talks to the core through Tauri, and holds nothing of the test backend', () => {
    const bundle = (dir: string) =>
      readdirSync(join(dir, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
        .join('\n');
    const app = bundle(DIST);
    expect(app).toContain('__TAURI_INTERNALS__');
    expect(app).not.toContain(MARKER);
    expect(app).not.toContain('__FV_TEST__');
    // The marker is there to be found: the tests' own build has it, and no Tauri.
    const tests = bundle(DIST_E2E);
    expect(tests).toContain(MARKER);
    expect(tests).not.toContain('__TAURI_INTERNALS__');
  });
});
