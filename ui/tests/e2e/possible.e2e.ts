// Possible detections in the export's review (issue 18): a name the check is not sure of is marked
// "possible" in words and by a dashed outline, and one click on Restore keeps its words; the text
// must then be approved anew, and the bundle is sealed with the words kept. The UI is built with
// the typed in-memory test backend (backend/), in Debian's Chromium.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, Harness, axe, calls, cspViolations, screenshot } from './harness';

const h = new Harness();
beforeAll(async () => {
  await h.start();
});
afterAll(async () => {
  await h.close();
});

const PASS = 'correct horse battery staple';
/** "Kowalski" follows an honorific and is in no lexicon: possible; "An Lại" is the interview's own place: sure. */
const NOTES = 'She later met Dr. Kowalski at the shelter near thôn An Lại.';

describe('possible detections in the review', () => {
  it('badges a possible name, restores it in one click, asks for approval again and seals with the words kept', async () => {
    const record = { ...structuredClone(FIXTURES[1]), notes: NOTES };
    const s = await h.open({ vault: { passphrase: PASS, records: [record] }, savePath: '/home/fieldworker/Documents/possible.fvb' });
    const { page } = s;
    await page.fill('#unlock-pass', PASS);
    await page.click('button[type=submit]');
    await page.waitForSelector('table.records');
    await page.click('#open-export');
    await page.click('button:has-text("De-identify and preview")');
    await page.click('button:has-text("Review the redacted texts")');
    const item = page.locator('.review-item[data-key$="|notes"]');
    await item.waitFor();

    // The possible name: dashed, labelled "possible"; the sure place is not.
    const possible = item.locator('.segments.original mark.possible');
    await expect.poll(() => possible.count()).toBe(1);
    expect(await possible.textContent()).toBe('Kowalskipossible');
    expect(await possible.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('dashed');
    const sure = item.locator('.segments.original mark:not(.possible)');
    expect(await sure.allTextContents()).toEqual(['An Lại']);
    expect(await item.locator('.segments.result').textContent()).toBe('She later met Dr. [REDACTED:name] at the shelter near thôn [REDACTED:place].');
    // One Restore per possible span, named by its words and their kind, for a screen reader.
    const restore = item.locator('button.restore');
    expect(await restore.count()).toBe(1);
    expect(await restore.getAttribute('aria-label')).toMatch(/^Restore “Kowalski” \(possible identifier: Participant's name\) in .*notes/i);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'export-review-possible');

    // Approved first: the restore takes the approval back.
    await item.locator('button:has-text("Approve")').click();
    await expect.poll(() => item.getAttribute('class')).toContain('approved');
    await restore.click();
    await expect.poll(() => item.locator('.segments.result').textContent()).toBe('She later met Dr. Kowalski at the shelter near thôn [REDACTED:place].');
    expect(await item.getAttribute('class')).not.toContain('approved');
    expect(await item.locator('mark.possible').count()).toBe(0);
    expect(await item.locator('button.restore').count()).toBe(0);
    expect(await item.locator('.segments.original .kept').allTextContents()).toEqual(['Kowalski']);
    expect(await item.locator('.segments.original mark').allTextContents()).toEqual(['An Lại']);
    const restores = (await calls(page)).filter((c) => c.cmd === 'export_restore');
    expect(restores).toHaveLength(1);
    expect(restores[0].args).toMatchObject({ path: 'notes', start: NOTES.indexOf('Kowalski') });
    const total = await page.evaluate(() => window.__FV_TEST__.pendingExport()!.items.length);
    await expect.poll(() => page.textContent('.review-count')).toContain(`0 of ${total} texts approved`);
    await screenshot(page, 'export-review-restored');

    // Sealing waits for the new approval, then writes the text with the words kept.
    expect(await page.isDisabled('#save-as')).toBe(true);
    await page.click('#approve-interview');
    await expect.poll(() => page.textContent('.review-count')).toContain(`${total} of ${total} texts approved`);
    const sealed = await page.evaluate(() => window.__FV_TEST__.pendingExport()!.items.find((i) => i.path === 'notes')!.redacted);
    expect(sealed).toBe('She later met Dr. Kowalski at the shelter near thôn [REDACTED:place].');
    await page.click('#save-as');
    await page.waitForSelector('.summary');
    expect((await calls(page)).filter((c) => c.cmd === 'export_seal').map((c) => c.args)).toEqual([{ outPath: '/home/fieldworker/Documents/possible.fvb' }]);

    expect(s.outside).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
