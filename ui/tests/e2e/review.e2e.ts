// The Review screen (issue 20): an ethics reviewer, with no vault, opens bundles from the unlock
// or first-run screen, runs the checks of `fieldvault review`, reads each check with its figures
// (a failing one opened with its findings), and saves the report, signed when a signing key is
// chosen. The UI is built with the typed in-memory test backend (backend/review.ts), in Debian's
// Chromium; the same screen on the real app and core: tests/e2e/review.e2e.mjs.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Harness, axe, calls, cspViolations, screenshot, type Session, type TestOptions } from './harness';

const h = new Harness();
beforeAll(async () => {
  await h.start();
});
afterAll(async () => {
  await h.close();
});

const DIR = '/home/reviewer/review';
const GOOD = `${DIR}/hd-2025-03.fvb`;
const LOW_K = `${DIR}/hy-2025-04.fvb`;
const TAMPERED = `${DIR}/tampered.fvb`;
const IDENTITY = `${DIR}/reviewer.age.key`;
const PROFILE = `${DIR}/profile.json`;
const SIGNING = `${DIR}/reviewer.minisign.key`;
const FILES: TestOptions['reviewFiles'] = {
  [GOOD]: { kind: 'bundle' },
  [LOW_K]: { kind: 'bundle', fails: ['k_anonymity'] },
  [TAMPERED]: { kind: 'bundle', fails: ['hashes'] },
  [IDENTITY]: { kind: 'identity' },
  [PROFILE]: { kind: 'profile', project: 'Migrant labour in East Asia' },
  [SIGNING]: { kind: 'signing_key' },
};

/** Opens the app on its unlock screen (a vault exists) and goes to the Review screen. */
async function reviewScreen(options: TestOptions = {}, entryShot?: string, how: { fakeClock?: boolean } = {}): Promise<Session> {
  const s = await h.open({ vault: { passphrase: 'not needed here at all' }, reviewFiles: FILES, ...options }, how);
  await s.page.waitForSelector('#open-review');
  if (entryShot) await screenshot(s.page, entryShot);
  await s.page.click('#open-review');
  await s.page.waitForSelector('#review-run');
  return s;
}

async function clean(s: Session): Promise<void> {
  expect(s.outside).toEqual([]);
  expect(await cspViolations(s.page)).toEqual([]);
  expect(s.errors).toEqual([]);
}

/** The checks shown for bundle `i`: id (from the element id), status and figures. */
function shownChecks(page: Page, i: number) {
  return page.$$eval(`#bundle-review-${i} li.check`, (els) =>
    els.map((e) => ({
      id: e.id.replace(/^check-\d+-/, ''),
      status: e.classList[1],
      figures: e.querySelector('.figures')?.textContent ?? '',
      open: (e.querySelector('details.findings') as HTMLDetailsElement | null)?.open ?? null,
      findings: [...e.querySelectorAll('.findings li')].map((li) => li.textContent),
    })),
  );
}

describe('the Review screen', () => {
  it('opens a bundle chosen in the dialog and one typed, shows a failing check opened with its figures, and saves a signed report', async () => {
    const s = await reviewScreen({ openPaths: [[LOW_K], [IDENTITY], [PROFILE], [SIGNING]], savePath: `${DIR}/review` }, 'review-entry-unlock');
    const { page } = s;
    // No vault was unlocked, and nothing can run before the files are chosen.
    expect(await page.isDisabled('#review-run')).toBe(true);
    await page.click('#review-choose-bundles');
    await page.waitForSelector('#review-bundles li');
    // A second bundle typed (or pasted) beside the button; the first again is not listed twice.
    await page.fill('#review-bundle-path', GOOD);
    await page.click('#review-add-bundle');
    await page.fill('#review-bundle-path', LOW_K);
    await page.press('#review-bundle-path', 'Enter');
    expect(await page.locator('#review-bundles li .mono').allTextContents()).toEqual([LOW_K, GOOD]);
    await page.click('#review-choose-identity');
    await page.click('#review-choose-profile');
    await expect.poll(() => page.inputValue('#review-profile')).toBe(PROFILE);
    expect(await page.inputValue('#review-identity')).toBe(IDENTITY);
    const dialogs = await page.evaluate(() => window.__FV_TEST__.openDialogs);
    expect(dialogs.map((d) => [d.multiple, d.extensions ?? null])).toEqual([
      [true, ['fvb']],
      [false, null],
      [false, ['json']],
    ]);
    expect(await axe(page)).toEqual([]);

    await page.click('#review-run');
    await page.waitForSelector('#review-verdict');
    expect(await page.textContent('#review-verdict')).toContain('The review failed');
    // What crossed: paths only, and no report before one is asked for.
    const run = (await calls(page)).filter((c) => c.cmd === 'review_bundles');
    expect(run.map((c) => c.args)).toEqual([{ request: { bundles: [LOW_K, GOOD], identity: IDENTITY, profile: PROFILE, log: null, report: null, sign: null } }]);
    expect((await calls(page)).some((c) => c.cmd === 'unlock')).toBe(false);

    // The first bundle fails k-anonymity: that check alone, opened, with its figures and findings.
    const low = await shownChecks(page, 0);
    expect(low.map((c) => c.id)).toEqual(['signature', 'hashes', 'tar_safety', 'schema', 'no_direct_identifiers', 'policy', 'consent', 'k_anonymity', 'l_diversity', 'leak_scan', 'audit_log']);
    expect(low.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['k_anonymity']);
    const k = low.find((c) => c.id === 'k_anonymity')!;
    expect(k.figures).toContain('k = 1 (approved: at least 3)');
    expect(k.open).toBe(true);
    expect(k.findings).toEqual(['2 classes (2 records) are smaller than k = 3: sizes 1, 1']);
    expect(await page.textContent('#check-0-k_anonymity h4')).toBe('k-anonymity and re-identification risk');
    expect(await page.textContent('#check-0-k_anonymity .check-status')).toContain('Fail');
    expect(await page.textContent('#bundle-review-0 h3')).toContain('1 check failed');
    // The risk figures, from the core's measures.
    expect(await page.locator('#bundle-review-0 dl.risk dd').allTextContents()).toEqual(['1', '3', '2', '100%', '75%', '4']);
    // Every other check shows its figures too: passes, and the skipped audit log.
    expect(low.find((c) => c.id === 'signature')!.figures).toBe('signed by Demo fieldworker with roster key 5A1C0F3E2B7D9A41');
    expect(low.find((c) => c.id === 'audit_log')!.status).toBe('skipped');
    // The second bundle passes.
    expect((await shownChecks(page, 1)).every((c) => c.status === 'pass' || c.status === 'skipped')).toBe(true);
    expect(await page.textContent('#bundle-review-1 h3')).toContain('passed');
    expect(await axe(page)).toEqual([]);

    // The report, signed with the reviewer's minisign key: the save dialog's path gets ".html".
    await page.click('#review-choose-sign');
    await expect.poll(() => page.inputValue('#review-sign')).toBe(SIGNING);
    await page.click('#review-save');
    await page.waitForSelector('#review-saved');
    expect(await page.textContent('#review-saved')).toContain(`Report saved: ${DIR}/review.html`);
    expect(await page.textContent('#review-saved')).toContain(`Signature saved: ${DIR}/review.html.minisig`);
    await screenshot(page, 'review-screen-saved');
    const saved = (await calls(page)).filter((c) => c.cmd === 'review_bundles').pop()!;
    expect(saved.args).toMatchObject({ request: { report: `${DIR}/review.html`, sign: SIGNING } });
    expect(await page.evaluate(() => window.__FV_TEST__.dialogs.map((d) => [d.defaultPath, d.extensions]))).toEqual([['review-report.html', ['html']]]);
    // A second save at the same path is refused by the core and nothing is overwritten.
    await page.click('#review-report-alt summary');
    await page.click('#review-save-at');
    await page.waitForSelector('#review-error');
    expect(await page.textContent('#review-error')).toContain('already there; nothing was overwritten');

    // Back to the unlock screen: nothing of the review stays on the page.
    await page.click('#review-back');
    await page.waitForSelector('#unlock-pass');
    expect(await page.content()).not.toContain('hy-2025-04.fvb');
    await clean(s);
    await s.close();
  });

  it('a passing bundle passes every check; a tampered one fails "Every file intact" and the checks after it do not run', async () => {
    const s = await reviewScreen();
    const { page } = s;
    await page.fill('#review-identity', IDENTITY);
    await page.fill('#review-profile', PROFILE);
    for (const b of [GOOD, TAMPERED]) {
      await page.fill('#review-bundle-path', b);
      await page.click('#review-add-bundle');
    }
    await page.click('#review-run');
    await page.waitForSelector('#review-verdict');
    const good = await shownChecks(page, 0);
    expect(good.filter((c) => c.status !== 'pass').map((c) => [c.id, c.status])).toEqual([
      ['l_diversity', 'skipped'],
      ['audit_log', 'skipped'],
    ]);
    expect(good.every((c) => c.figures.length > 0 && c.open === null)).toBe(true);
    const bad = await shownChecks(page, 1);
    expect(bad.map((c) => c.status)).toEqual(['not_run', 'fail', ...Array(8).fill('not_run'), 'skipped']);
    expect(bad[1].open).toBe(true);
    expect(bad[1].findings[0]).toContain('altered after it was encrypted');
    expect(await page.textContent('#bundle-review-1 dl.bundle-facts')).toContain('not verified');
    expect(await page.locator('#bundle-review-1 dl.risk').count()).toBe(0);

    // Only the good one: every check passes, and the verdict says so.
    await page.click('#review-bundles li:nth-child(2) button');
    await page.click('#review-run');
    await page.waitForSelector('#review-verdict.pass');
    expect(await page.textContent('#review-verdict')).toContain('Every check passed.');
    expect(await page.locator('details.findings').count()).toBe(0);
    await screenshot(page, 'review-screen-pass');
    await clean(s);
    await s.close();
  });

  it('says what to do when a file is missing or the key opens nothing, and is reachable from the first-run screen', async () => {
    const s = await h.open({ reviewFiles: { ...FILES, [IDENTITY]: { kind: 'identity', opens: false } } });
    const { page } = s;
    await page.locator('#open-review').scrollIntoViewIfNeeded();
    await screenshot(page, 'review-entry-first-run');
    await page.click('#open-review');
    await page.fill('#review-bundle-path', `${DIR}/not-there.fvb`);
    await page.click('#review-add-bundle');
    await page.fill('#review-identity', IDENTITY);
    await page.fill('#review-profile', PROFILE);
    await page.click('#review-run');
    await page.waitForSelector('#review-error');
    expect(await page.textContent('#review-error')).toContain('A file cannot be found: check its path.');
    expect(await page.textContent('#review-error')).toContain('not-there.fvb');
    await page.click('#review-bundles li button');
    await page.fill('#review-bundle-path', GOOD);
    await page.click('#review-add-bundle');
    expect(await page.$('#review-error')).toBeNull();
    await page.click('#review-run');
    await page.waitForSelector('#review-error');
    expect(await page.textContent('#review-error')).toContain('This key cannot open the bundle');
    expect(await page.$('#review-verdict')).toBeNull();
    await page.click('#review-back');
    await page.waitForSelector('#new-pass');
    await clean(s);
    await s.close();
  });

  // The reviewer is called away with a failing review on screen and no vault unlocked: the
  // panic lock (Ctrl+Shift+L) and the idle lock clear it, as they clear a vault's page.
  it('the panic lock and the idle lock clear the review from the page', async () => {
    for (const how of ['panic', 'idle'] as const) {
      const s = await reviewScreen({ settings: { auto_lock_minutes: 1, language: 'en' } }, undefined, { fakeClock: how === 'idle' });
      const { page } = s;
      await page.fill('#review-bundle-path', LOW_K);
      await page.click('#review-add-bundle');
      await page.fill('#review-identity', IDENTITY);
      await page.fill('#review-profile', PROFILE);
      await page.click('#review-run');
      await page.waitForSelector('#review-verdict');
      if (how === 'panic') await page.keyboard.press('Control+Shift+L');
      else await page.clock.fastForward('01:05');
      await page.waitForSelector('#open-review');
      expect(await page.$('#review-verdict'), how).toBeNull();
      expect(await page.evaluate(() => document.body.innerHTML.includes('hy-2025-04')), how).toBe(false);
      await clean(s);
      await s.close();
    }
  });

  it('reads in Vietnamese, Japanese and Traditional Chinese, with a failing check opened', async () => {
    for (const lang of ['en', 'vi', 'ja', 'zh-TW'] as const) {
      const s = await reviewScreen({ settings: { auto_lock_minutes: 5, language: lang } });
      const { page } = s;
      await page.fill('#review-identity', IDENTITY);
      await page.fill('#review-profile', PROFILE);
      await page.fill('#review-bundle-path', LOW_K);
      await page.click('#review-add-bundle');
      await page.click('#review-run');
      await page.waitForSelector('#check-0-k_anonymity details[open]');
      if (lang !== 'en') expect(await page.textContent('#check-0-k_anonymity h4')).not.toBe('k-anonymity and re-identification risk');
      expect(await axe(page)).toEqual([]);
      // The verdict and the first checks, then the failing one.
      await page.evaluate(() => document.getElementById('review-result-h')!.scrollIntoView({ block: 'start' }));
      await screenshot(page, `review-screen-${lang}`);
      await page.locator('#check-0-k_anonymity').scrollIntoViewIfNeeded();
      await screenshot(page, `review-screen-failing-${lang}`);
      await clean(s);
      await s.close();
    }
  });
});
