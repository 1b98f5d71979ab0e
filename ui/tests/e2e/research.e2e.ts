// Research mode (issue 19): a researcher with no vault creates a research workspace, imports the
// bundles of a folder (progress, then the summary with each refusal's reason), resolves a conflict
// by taking one side, dismisses a possible duplicate and sees the charts, where a group of fewer
// than k interviews shows "< k" and no figure; a chart is saved as SVG and PNG through the save
// dialog (the core writes the file). The UI is built with the typed in-memory test backend
// (backend/research.ts), in Debian's Chromium, under the app's CSP.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI, loadAllLangs } from '../../src/lib/i18n/messages';

await loadAllLangs();
import type { TestControls } from './backend/index';
/** A bundle signed by a key that is not on the roster (backend/research.ts). */
const STRANGER = '/media/usb/old/stranger.fvb';
const LAN = '/media/usb/lan-2025-03.fvb';
import { Harness, axe, calls, cspViolations, screenshot, type Session } from './harness';

const h = new Harness();
beforeAll(async () => {
  await h.start();
});
afterAll(async () => {
  await h.close();
});

const PASS = 'correct horse battery staple';
type Lang = 'en' | 'vi' | 'ja' | 'zh-TW';

const research = (page: Page) =>
  page.evaluate(() => {
    const r = (window as unknown as { __FV_TEST__: TestControls }).__FV_TEST__.research;
    return { open: r.open, imported: [...r.imported], saved: [...r.saved].map(([path, bytes]) => ({ path, head: Array.from(bytes.slice(0, 8)), text: new TextDecoder().decode(bytes) })) };
  });

/** From the first-run screen to an open workspace, created with the identity and profile files. */
async function createWorkspace(page: Page): Promise<void> {
  await page.click('#open-research');
  await page.fill('#research-identity', '/home/researcher/keys/ana.age.key');
  await page.fill('#research-profile', '/home/researcher/project/profile.json');
  await page.fill('#research-create-pass', PASS);
  await page.fill('#research-create-confirm', PASS);
  await page.click('form button[type=submit]');
  await page.waitForSelector('#research-tab-import');
}

/** Chooses the USB stick's folder in the (native) open dialog and imports it; waits for the summary. */
async function importFolder(page: Page): Promise<void> {
  await page.click('#research-tab-import');
  await page.locator('.row-actions button').nth(1).click();
  await expect.poll(() => page.inputValue('#research-paths')).toBe('/media/usb');
  await page.click('form button[type=submit]');
  await page.waitForSelector('#research-summary');
}

async function guards(s: Session): Promise<void> {
  expect(await cspViolations(s.page)).toEqual([]);
  expect(s.errors).toEqual([]);
  expect(s.outside).toEqual([]);
}

describe('Research mode', () => {
  it('imports a folder with progress, resolves a conflict, dismisses a duplicate and shows the charts with small counts withheld', async () => {
    const s = await h.open({ savePath: '/home/researcher/charts/destinations.svg' });
    const { page } = s;
    await page.waitForSelector('#open-research');
    await createWorkspace(page);
    expect(await page.textContent('.page-head')).toContain('Vietnamese migrant workers in East Asia');
    const create = (await calls(page)).find((c) => c.cmd === 'research_create');
    expect(create?.args).toEqual({ path: null, identity: '/home/researcher/keys/ana.age.key', profile: '/home/researcher/project/profile.json', passphrase: PASS, confirm: PASS });

    // Import: the folder chosen in the open dialog; the progress bar names each bundle.
    await page.locator('.row-actions button').nth(1).click();
    await expect.poll(() => page.inputValue('#research-paths')).toBe('/media/usb');
    await page.click('form button[type=submit]');
    await page.waitForSelector('label[for=research-progress]:has-text("Importing")');
    const progress = await page.textContent('label[for=research-progress]');
    expect(progress).toMatch(/^\s*Importing [0-2] of 3: \/media\/usb\//);
    expect(Number(await page.getAttribute('#research-progress', 'max'))).toBe(3);
    await page.waitForSelector('#research-summary');
    const count = (key: string) => page.textContent(`#research-summary .count-${key} dd`);
    expect(await page.textContent('#research-summary h2')).toBe('2 bundles imported');
    expect([await count('added'), await count('updated'), await count('unchanged'), await count('conflicts'), await count('withdrawn'), await count('refused')]).toEqual(['3', '0', '1', '1', '0', '1']);
    const refused = await page.textContent('.refused li');
    expect(refused).toContain(STRANGER);
    expect(refused).toContain("not on the project's fieldworker roster");
    expect(await page.textContent('label[for=research-progress]')).toContain('Import finished');
    expect((await calls(page)).find((c) => c.cmd === 'research_import')?.args).toEqual({ paths: ['/media/usb'] });
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'research-import');

    // Files and folders dropped on the window join the list.
    await page.evaluate(() => (window as unknown as { __FV_TEST__: TestControls }).__FV_TEST__.dropFiles(['/media/usb/a.fvb', '/media/usb/b']));
    await expect.poll(() => page.inputValue('#research-paths')).toBe('/media/usb/a.fvb\n/media/usb/b');

    // Importing a bundle again (a path typed or pasted) changes nothing.
    await page.fill('#research-paths', `${LAN}\n`);
    await page.click('form button[type=submit]');
    await expect.poll(() => count('unchanged')).toBe('3');
    expect(await count('added')).toBe('0');

    // The conflict: both sides field by field; take B.
    expect(await page.textContent('#research-tab-conflicts .badge')).toBe('1');
    await page.click('#research-tab-conflicts');
    await page.click('tr[data-conflict=c1] button');
    await page.waitForSelector('#research-conflict');
    const rows = await page.$$eval('#research-conflict tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['participant.children', '3', '4'],
      ['migration_episodes[0].fees[0].amount.amount', '6500', '7000'],
    ]);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'research-conflict');
    await page.click('#research-conflict button:has-text("Keep B")');
    await page.waitForSelector('#research-done');
    expect(await page.textContent('#research-done')).toBe('Conflict c1 resolved: side B kept, recorded as a new revision.');
    expect((await calls(page)).filter((c) => c.cmd === 'research_resolve').map((c) => c.args)).toEqual([{ id: 'c1', takeB: true }]);
    expect(await page.textContent('tr[data-conflict=c1]')).toContain('Resolved');
    expect(await page.locator('#research-tab-conflicts .badge').count()).toBe(0);

    // The possible duplicate: dismissed.
    await page.click('#research-tab-duplicates');
    await page.click('tr[data-duplicate] button:has-text("Not the same")');
    await expect.poll(() => page.textContent('tr[data-duplicate]')).toContain('Different participants');

    // The charts: drawn (SVG, with its description), a group under k shows "< 5" and no figure.
    await page.click('#research-tab-charts');
    const destinations = page.locator('figure[data-chart=interviews_by_destination]');
    await destinations.locator('svg').first().waitFor();
    expect(await page.locator('figure.chart svg[role=img]').count()).toBe(9);
    const svgText = await destinations.locator('svg').first().textContent();
    expect(svgText).toContain('< 5');
    expect(await destinations.locator('svg').first().getAttribute('aria-label')).toBe('Interviews by destination');
    const description = await destinations.locator('svg').first().getAttribute('aria-description');
    expect(description).toContain('Japan: 12');
    expect(description).toContain('South Korea: < 5');
    const table = await destinations.locator('tbody tr').allTextContents();
    expect(table).toEqual(['Japan12', 'South Korea< 5', 'Taiwan9']);
    const fees = await page.locator('figure[data-chart=fees_by_destination_year] tbody tr').allTextContents();
    expect(fees).toEqual(['Japan 2019$8,400', 'Japan 2020< 5', 'Taiwan 2019$5,151']);
    const support = await page.locator('figure[data-chart=support_by_kind_dimension] tbody tr').allTextContents();
    expect(support).toEqual(['NGO (Humanitarian)6', 'Relative (Social)< 5', 'Labour union (Humanitarian)9']);
    const helpCost = await page.locator('figure[data-chart=help_cost_by_actor_kind] tbody tr').allTextContents();
    expect(helpCost).toEqual(['Individual broker$6,200', 'Intermediary company$7,450', 'Relative< 5']);
    const hours = await page.locator('figure[data-chart=hours_by_destination] tbody tr').allTextContents();
    expect(hours).toEqual(['Japan9', 'South Korea< 5', 'Taiwan10.5']);
    const wages = page.locator('figure[data-chart=hourly_wage_by_destination]');
    expect(await wages.locator('tbody tr').allTextContents()).toEqual(['Japan$7.85', 'South Korea< 5', 'Taiwan$6.05']);
    expect(await wages.locator('thead').textContent()).toContain('Median hourly wage (USD)');
    expect(await wages.textContent()).toContain("The destination's minimum wage is not drawn");
        // No number of fewer than 5 interviews is anywhere in the charts or their tables.
    const figures = await page.locator('figure.chart').allTextContents();
    for (const f of figures) expect(f).not.toMatch(/(?<![\d<] ?|\$[\d,]*)\b[1-4]\b(?![\d,])/);
    expect(await page.textContent('.tab-body .lead')).toContain('From 24 interviews');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'research-charts');
    // The charts further down: support and who helped at which cost; hours and hourly wage.
    await page.locator('figure[data-chart=support_by_kind_dimension]').scrollIntoViewIfNeeded();
    await screenshot(page, 'research-charts-support');
    await wages.scrollIntoViewIfNeeded();
    await screenshot(page, 'research-charts-wages');

    // Saved as SVG and as PNG through the save dialog; the core writes each file.
    await destinations.locator('button:has-text("Save as SVG")').click();
    await expect.poll(async () => (await research(page)).saved.length).toBe(1);
    await page.evaluate(() => {
      (window as unknown as { __FV_TEST_OPTIONS__: { savePath: string } }).__FV_TEST_OPTIONS__.savePath = '/home/researcher/charts/destinations.png';
    });
    await destinations.locator('button:has-text("Save as PNG")').click();
    await expect.poll(async () => (await research(page)).saved.length).toBe(2);
    const [svg, png] = (await research(page)).saved;
    expect(svg.path).toBe('/home/researcher/charts/destinations.svg');
    expect(svg.text.startsWith('<?xml')).toBe(true);
    expect(svg.text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.text).toContain('&lt; 5');
    expect(png.path).toBe('/home/researcher/charts/destinations.png');
    expect(png.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const dialogs = await page.evaluate(() => (window as unknown as { __FV_TEST__: TestControls }).__FV_TEST__.dialogs);
    expect(dialogs.map((d) => [d.defaultPath, d.extensions])).toEqual([
      ['interviews_by_destination.svg', ['svg']],
      ['interviews_by_destination.png', ['png']],
    ]);
    expect(await page.textContent('#research-done')).toBe('Saved /home/researcher/charts/destinations.png');

    // Leaving Research mode closes the workspace in the core and drops its data.
    await page.click('.page-head button:has-text("Close the workspace")');
    await page.waitForSelector('#open-research');
    expect((await research(page)).open).toBe(false);
    await guards(s);
    await s.close();
  });

  it('is reachable from the unlock screen, refuses a wrong passphrase, and the panic lock closes it', async () => {
    const s = await h.open({ vault: { passphrase: PASS } });
    const { page } = s;
    await page.waitForSelector('#unlock-pass');
    // A workspace created earlier, then closed.
    await page.evaluate((pass) => {
      const r = (window as unknown as { __FV_TEST__: TestControls }).__FV_TEST__.research;
      Object.assign(r, { exists: true, passphrase: pass });
    }, PASS);
    await page.click('#open-research');
    await page.waitForSelector('#research-open-pass');
    expect(await page.getAttribute('#research-open-path', 'placeholder')).toBe('/home/fieldworker/.local/share/fieldvault/research.fvw');
    await page.fill('#research-open-pass', 'not the passphrase');
    await page.click('form button[type=submit]');
    await page.waitForSelector('#research-setup-error');
    expect(await page.textContent('#research-setup-error')).toContain('wrong passphrase');
    await page.fill('#research-open-pass', PASS);
    await page.click('form button[type=submit]');
    await page.waitForSelector('#research-tab-charts');
    expect((await calls(page)).filter((c) => c.cmd === 'research_open').map((c) => c.args)).toEqual([
      { path: null, passphrase: 'not the passphrase' },
      { path: null, passphrase: PASS },
    ]);
    // Ctrl+Shift+L: back to the unlock screen, the workspace closed in the core.
    await page.keyboard.press('Control+Shift+L');
    await page.waitForSelector('#unlock-pass');
    await expect.poll(async () => (await research(page)).open).toBe(false);
    expect(await page.locator('.research').count()).toBe(0);
    await guards(s);
    await s.close();
  });

  // The researcher walks away with no vault unlocked: the idle lock clears the page and
  // closes the workspace in the core, as it does the vault; activity postpones it.
  it('the idle lock closes the workspace without any vault unlocked', async () => {
    const s = await h.open({ settings: { auto_lock_minutes: 2, language: 'en' } }, { fakeClock: true });
    const { page } = s;
    await page.waitForSelector('#open-research');
    await createWorkspace(page);
    await importFolder(page);
    await page.clock.fastForward('01:30');
    await page.mouse.move(200, 300);
    await page.clock.fastForward('01:30');
    expect(await page.$('#research-summary')).not.toBeNull();
    expect((await calls(page)).some((c) => c.cmd === 'touch'), "activity postpones the core's idle lock too").toBe(true);
    await page.clock.fastForward('00:35');
    await page.waitForSelector('#open-research');
    expect(await page.locator('.research').count()).toBe(0);
    await expect.poll(async () => (await research(page)).open).toBe(false);
    expect(await page.evaluate(() => document.body.innerHTML.includes('/media/usb'))).toBe(false);
    await guards(s);
    await s.close();
  });

  it('in the other three languages: the import summary, the conflict and the charts', async () => {
    for (const lang of ['vi', 'ja', 'zh-TW'] as Lang[]) {
      const s = await h.open({ settings: { auto_lock_minutes: 5, language: lang } });
      const { page } = s;
      await page.waitForSelector('#open-research');
      await createWorkspace(page);
      expect(await page.textContent('h1')).toBe(UI[lang]['research.title']);
      await importFolder(page);
      await screenshot(page, `research-import-${lang}`);
      await page.click('#research-tab-conflicts');
      await page.click('tr[data-conflict=c1] button');
      await page.waitForSelector('#research-conflict');
      await screenshot(page, `research-conflict-${lang}`);
      await page.click('#research-tab-charts');
      await page.locator('figure[data-chart=fees_by_destination_year] svg').first().waitFor();
      expect(await page.textContent('figure[data-chart=interviews_by_destination] h3')).toBe(UI[lang]['research.chart.interviews_by_destination']);
      await screenshot(page, `research-charts-${lang}`);
      expect(await axe(page)).toEqual([]);
      await guards(s);
      await s.close();
    }
  });
});
