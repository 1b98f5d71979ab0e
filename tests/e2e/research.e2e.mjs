// End-to-end test of Research mode in the real FieldVault app: tauri-driver + WebKitWebDriver
// under Xvfb (scripts/e2e.sh).
//
//   with the CLI: a researcher's key and a project profile; fieldworker Lan records the five
//   fixture interviews; a copy of her vault (her second laptop) and the original edit one
//   interview differently; fieldworker Minh, with his own key, interviews two of the same
//   participants again; each exports a bundle (Lan four: one interview does not consent to
//   sharing), and a tampered copy of one is added →
//   in the app, with no vault: Research mode → create a workspace from the identity file and the
//   profile → import the folder (typed into the path field, as a researcher pastes it) →
//   the summary counts, the tampered bundle refused with its reason → the conflict side by side,
//   resolved by taking B (the core records it) → a possible duplicate dismissed → the charts
//   drawn (SVG, described) → a chart written by the core through the command the save button
//   uses → the workspace closed.
//
// Bundles, keys and the saved chart live in a folder outside E2E_ROOT, removed afterwards.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session } from './webdriver.mjs';
import { assert, finish, ready, shot, step } from './steps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const app = process.env.E2E_APP || join(repo, 'target', 'debug', 'fieldvault-app');
const driver = process.env.E2E_DRIVER || 'http://127.0.0.1:4444';
// The CLI built beside the app (`cargo build` builds both).
const cliPath = process.env.E2E_CLI || join(dirname(app), 'fieldvault');
const PASS = 'river lamp tiger cloud 42';
if (!process.env.E2E_ROOT) throw new Error('E2E_ROOT must be set (scripts/e2e.sh sets it)');
if (!existsSync(cliPath)) throw new Error(`no fieldvault CLI at ${cliPath}: run \`cargo build\` first`);

const work = mkdtempSync(join(tmpdir(), 'fieldvault-e2e-research-'));
const inbox = join(work, 'usb');
mkdirSync(inbox);
writeFileSync(join(work, 'pass'), `${PASS}\n`);

/** Runs the CLI (scrypt kept fast, as in the tests); returns its stdout. */
function cli(...args) {
  return execFileSync(cliPath, ['--passphrase-file', join(work, 'pass'), ...args], {
    cwd: work,
    env: { ...process.env, FIELDVAULT_KDF_WORK_FACTOR: '10', FIELDVAULT_DATA_DIR: join(work, 'cli-data') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const FIXTURES = readdirSync(join(repo, 'tests/fixtures/interviews'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join(repo, 'tests/fixtures/interviews', f));

/** The bundles of the story, in `inbox`; returns the profile with both fieldworkers on its roster. */
function makeBundles() {
  cli('keygen', '--name', 'ana', '--out-dir', work);
  const recipient = readFileSync(join(work, 'ana.age.pub'), 'utf8').trim();
  cli('project', 'init', '--name', 'E2E migration study', '--researcher', `ana=${recipient}`, '--out', join(work, 'profile.json'));
  // k = 1: five interviews cannot form groups of five (the charts' "< k" is tested in the browser
  // tests and in src/analysis/charts.rs).
  const profile = JSON.parse(readFileSync(join(work, 'profile.json'), 'utf8'));
  profile.deid_policy = { ...JSON.parse(cli('schema', 'default-policy')), k: 1 };
  writeFileSync(join(work, 'profile.json'), JSON.stringify(profile, null, 1));

  const vault = (name) => join(work, `${name}.vault`);
  const add = (name, files) => files.map((f) => cli('--vault', vault(name), 'record', 'add', f).trim());
  cli('--vault', vault('lan'), 'vault', 'init', '--profile', join(work, 'profile.json'));
  const [first] = add('lan', FIXTURES);
  cli('--vault', vault('minh'), 'vault', 'init', '--profile', join(work, 'profile.json'));
  add('minh', FIXTURES.slice(0, 2));
  // Lan's second laptop: a copy of her vault, edited apart from now on.
  writeFileSync(vault('lan-laptop'), readFileSync(vault('lan')));
  const edit = (name, children) => {
    const record = JSON.parse(cli('--vault', vault(name), 'record', 'show', '--plaintext', first));
    record.participant.children = children;
    writeFileSync(join(work, `${name}-edit.json`), JSON.stringify(record));
    cli('--vault', vault(name), 'record', 'edit', first, join(work, `${name}-edit.json`));
  };
  edit('lan', 3);
  edit('lan-laptop', 4);
  const bundles = { lan: '1-lan.fvb', 'lan-laptop': '2-lan-laptop.fvb', minh: '3-minh.fvb' };
  for (const [name, file] of Object.entries(bundles)) cli('--vault', vault(name), 'export', '--out', join(inbox, file), '--approve-redactions');
  // A bundle changed after signing (one byte in the middle): refused, the others still import.
  const bytes = readFileSync(join(inbox, bundles.minh));
  bytes[Math.floor(bytes.length / 2)] ^= 0x40;
  writeFileSync(join(inbox, '4-tampered.fvb'), bytes);

  profile.fieldworkers = ['lan', 'minh'].map((name) => ({
    name: name === 'lan' ? 'Lan' : 'Minh',
    minisign_public_key: cli('--vault', vault(name), 'vault', 'pubkey').trim().split('\n').pop(),
  }));
  writeFileSync(join(work, 'profile-roster.json'), JSON.stringify(profile, null, 1));
}

/** Clicks an element after scrolling it into view (the window is 680 px high). */
async function clickInView(s, css) {
  const el = await s.find(css, 30000);
  await s.exec((c) => document.querySelector(c).scrollIntoView({ block: 'center' }), css);
  await s.clickElement(el);
}
const textOf = (s, css) => s.exec((c) => document.querySelector(c)?.textContent ?? null, css);

await step('the CLI makes the bundles of two fieldworkers, with diverging edits of one interview', async () => {
  makeBundles();
  assert(readdirSync(inbox).length === 4, `bundles: ${readdirSync(inbox)}`);
});

let s = await Session.start(driver, app);
await step('Research mode is reachable without a vault; a workspace is created from the identity and the profile', async () => {
  await ready(s);
  await clickInView(s, '#open-research');
  await s.type('#research-identity', join(work, 'ana.age.key'));
  await s.type('#research-profile', join(work, 'profile-roster.json'));
  await s.type('#research-create-pass', PASS);
  await s.type('#research-create-confirm', PASS);
  await clickInView(s, 'form button[type=submit]');
  await s.find('#research-tab-import', 30000);
  assert((await textOf(s, '.page-head')).includes('E2E migration study'), 'the project is named');
  const st = await s.invoke('research_status');
  assert(st.open && st.open.path.startsWith(process.env.E2E_ROOT), `the workspace is in the data dir: ${JSON.stringify(st)}`);
});

await step('a folder path typed into the field imports every bundle: summary and refusal', async () => {
  await s.type('#research-paths', inbox);
  await clickInView(s, 'form button[type=submit]');
  await s.find('#research-summary', 60000);
  const count = async (k) => textOf(s, `#research-summary .count-${k} dd`);
  const counts = [];
  for (const k of ['added', 'updated', 'unchanged', 'conflicts', 'withdrawn', 'refused']) counts.push(await count(k));
  assert(JSON.stringify(counts) === JSON.stringify(['6', '0', '3', '1', '0', '1']), `counts ${counts}`);
  const refused = await textOf(s, '.refused li');
  assert(refused.includes('4-tampered.fvb'), `refused: ${refused}`);
  const progress = await s.exec(() => ({ max: document.querySelector('#research-progress')?.getAttribute('max'), label: document.querySelector('label[for=research-progress]')?.textContent }));
  assert(progress.max === '4' && /finished/.test(progress.label), `progress ${JSON.stringify(progress)}`);
  await shot(s, 'e2e-research-import');
});

await step('the conflict, side by side, resolved by taking B: a recorded resolution', async () => {
  await clickInView(s, '#research-tab-conflicts');
  await clickInView(s, 'tr[data-conflict] button');
  await s.find('#research-conflict');
  const rows = await s.exec(() => [...document.querySelectorAll('#research-conflict tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)));
  assert(JSON.stringify(rows) === JSON.stringify([['participant.children', '3', '4']]), `diff ${JSON.stringify(rows)}`);
  await shot(s, 'e2e-research-conflict');
  await clickInView(s, '#research-conflict .row-actions button.primary:nth-child(2)');
  await s.find('#research-done');
  const [c] = await s.invoke('research_conflicts');
  assert(c.resolved === true, `resolved ${JSON.stringify(c)}`);
});

await step('a possible duplicate (the same participant interviewed by Minh) is dismissed', async () => {
  await clickInView(s, '#research-tab-duplicates');
  await s.find('tr[data-duplicate]');
  await clickInView(s, 'tr[data-duplicate] .row-actions button:nth-child(2)');
  await s.waitFor(async () => (await s.invoke('research_duplicates')).some((d) => d.decision === 'dismissed'), 'the dismissal');
});

const chartFile = join(work, 'destinations.svg');
await step('the charts are drawn from the workspace, and the core writes one as a file', async () => {
  await clickInView(s, '#research-tab-charts');
  await s.find('figure[data-chart=interviews_by_destination] svg[role=img]', 30000);
  const label = await s.exec(() => document.querySelector('figure[data-chart=interviews_by_destination] svg').getAttribute('aria-label'));
  assert(label === 'Interviews by destination', `label ${label}`);
  const description = await s.exec(() => document.querySelector('figure[data-chart=interviews_by_destination] svg').getAttribute('aria-description'));
  assert(/Japan: \d/.test(description) && /Taiwan: \d/.test(description), `description ${description}`);
  assert((await textOf(s, '.tab-body .lead')).includes("Interviews: 6. The project's k is 1"), 'the total');
  await shot(s, 'e2e-research-charts');
  // What "Save as SVG" sends once the native dialog returned a path (the dialog itself cannot be
  // driven by WebDriver): the chart's bytes, written by the core.
  await s.exec(
    (path) => {
      const svg = document.querySelector('figure[data-chart=interviews_by_destination] svg');
      const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg));
      return window.__TAURI_INTERNALS__.invoke('research_save_chart', bytes, { headers: { 'x-path': encodeURIComponent(path) } });
    },
    chartFile,
  );
  const text = readFileSync(chartFile, 'utf8');
  assert(text.startsWith('<?xml') && text.includes('<svg') && text.includes('Japan'), 'the SVG file');
});

await step('closing the workspace releases it: the CLI can open it', async () => {
  await clickInView(s, '.page-head button');
  await s.find('#open-research');
  const st = await s.invoke('research_status');
  assert(st.open === null, 'closed');
  const out = execFileSync(cliPath, ['--workspace', st.default_path, '--passphrase-file', join(work, 'pass'), 'conflicts', 'list'], { encoding: 'utf8' });
  assert(/resolved/.test(out), `conflicts list: ${out}`);
});
await step('the window loads only the app: a page sent to a file:// path or a remote site stays where it is', async () => {
  // What a link or file dropped outside the import area, or a page gone wrong, would do.
  const before = await s.exec(() => location.href);
  for (const url of [`file://${chartFile}`, 'https://example.org/']) {
    await s.exec((u) => {
      location.href = u;
    }, url);
    await new Promise((r) => setTimeout(r, 1500));
    const now = await s.exec(() => location.href);
    assert(now === before, `the window went to ${now}`);
    assert(await s.exec(() => !!document.querySelector('#open-research')), 'the app is still shown');
  }
});
await s.end();

rmSync(work, { recursive: true, force: true });
finish('research e2e');
