// End-to-end test of the Review screen in the real FieldVault app: tauri-driver + WebKitWebDriver
// under Xvfb, the real core behind it.
//
//   the CLI makes a project (a reviewer key pair, a profile whose approved policy has k = 1), a
//   fieldworker's vault with the five fixture interviews, an export, and the vault's signed
//   audit-log copy; the reviewer's profile lists the vault's signing key → a copy of the bundle
//   with one byte changed → the app, no vault unlocked, opens the Review screen from its first
//   screen → the good bundle passes every check (audit log included), the tampered one fails
//   "Every file intact", opened, with the core's finding, and the checks after it do not run →
//   a stricter profile (approved k = 2) fails the policy check with its difference named → the
//   report is saved, signed, and Debian's minisign verifies it with the reviewer's key → none of
//   the reviewer's secrets, nor the paths typed, is anywhere in what the app wrote (E2E_ROOT).
//
// The native file dialogs cannot be driven through WebDriver: paths are typed into the text
// field beside each "Choose…" button, as a reviewer may type or paste them. Run by
// scripts/e2e.sh (after app.e2e.mjs), with E2E_ROOT, E2E_APP and E2E_DRIVER set; the CLI is the
// `fieldvault` binary next to the app's (or E2E_CLI). The study's files live in a temp dir
// outside E2E_ROOT, removed afterwards.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, sleep } from './webdriver.mjs';
import { assert, finish, shot, step } from './steps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const app = process.env.E2E_APP || join(repo, 'target', 'debug', 'fieldvault-app');
const cli = process.env.E2E_CLI || join(dirname(app), 'fieldvault');
const root = process.env.E2E_ROOT;
const driver = process.env.E2E_DRIVER || 'http://127.0.0.1:4444';
if (!root) throw new Error('E2E_ROOT must be set (scripts/e2e.sh sets it)');
if (!existsSync(cli)) throw new Error(`no CLI at ${cli}: build it (cargo build --bin fieldvault) or set E2E_CLI`);

// ---- the study, made with the CLI ------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'fieldvault-e2e-review-'));
const file = (name) => join(dir, name);
const env = { ...process.env, HOME: dir, FIELDVAULT_DATA_DIR: file('data'), FIELDVAULT_KDF_WORK_FACTOR: '10', FIELDVAULT_PASSPHRASE: 'review study field vault 7' };
const fv = (...args) => execFileSync(cli, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const vault = ['--vault', file('field.vault')];

fv('keygen', '--name', 'reviewer', '--out-dir', dir);
const recipient = readFileSync(file('reviewer.age.pub'), 'utf8').match(/age1[0-9a-z]+/)[0];
fv('project', 'init', '--name', 'E2E review study', '--researcher', `Reviewer=${recipient}`, '--out', file('pi-profile.json'));
// The committee approved the built-in policy with k = 1 (five interviews cannot reach 5).
const policy = JSON.parse(fv('schema', 'default-policy'));
const profile = { ...JSON.parse(readFileSync(file('pi-profile.json'), 'utf8')), deid_policy: { ...policy, k: 1 } };
writeFileSync(file('pi-profile.json'), JSON.stringify(profile, null, 2));
fv(...vault, 'vault', 'init', '--profile', file('pi-profile.json'));
const fixtures = join(repo, 'tests', 'fixtures', 'interviews');
for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort()) fv(...vault, 'record', 'add', join(fixtures, f));
fv(...vault, 'export', '--out', file('good.fvb'), '--approve-redactions');
fv(...vault, 'audit', 'export', '--out', file('audit.json'));
// The reviewer's copy of the profile lists the fieldworker's signing key (the roster).
const signingKey = fv(...vault, 'vault', 'pubkey').trim().split('\n').pop();
writeFileSync(file('profile.json'), JSON.stringify({ ...profile, fieldworkers: [{ name: 'Lan', minisign_public_key: signingKey }] }, null, 2));
// One that approved k = 2: the bundle was not made under it.
writeFileSync(file('strict-profile.json'), JSON.stringify({ ...profile, fieldworkers: [{ name: 'Lan', minisign_public_key: signingKey }], deid_policy: { ...policy, k: 2 } }, null, 2));
// A byte of the encrypted payload changed after sealing.
const tampered = readFileSync(file('good.fvb'));
tampered[Math.floor(tampered.length / 2)] ^= 0x01;
writeFileSync(file('tampered.fvb'), tampered);
const goodSha = createHash('sha256').update(readFileSync(file('good.fvb'))).digest('hex');

// ---- the app -----------------------------------------------------------------------------------

/** The checks shown for bundle `i`: id, status, figures, whether its findings are open, the findings. */
const checksOf = (s, i) =>
  s.exec(
    (i) =>
      [...document.querySelectorAll(`#bundle-review-${i} li.check`)].map((e) => ({
        id: e.id.replace(/^check-\d+-/, ''),
        status: e.classList[1],
        figures: e.querySelector('.figures')?.innerText ?? '',
        open: e.querySelector('details.findings')?.open ?? null,
        findings: [...e.querySelectorAll('.findings li')].map((li) => li.innerText),
      })),
    i,
  );

const s = await Session.start(driver, app);
/** Types into a field once it is scrolled to the middle of the window and the page has settled
 * (a field under the sticky header, or one the page is still laying out, is not interactable). */
async function typeInto(css, text) {
  await s.waitFor(async () => s.exec((c) => !!document.querySelector(c), css), css);
  await s.exec((c) => document.querySelector(c).scrollIntoView({ block: 'center' }), css);
  await sleep(250);
  await s.retype(css, text);
}
try {
  await step('the Review screen opens from the first screen, with no vault unlocked', async () => {
    await s.find('body');
    await s.waitFor(async () => (await s.findAll('#open-review')).length === 1, 'the "Review bundles" entry');
    const st = await s.invoke('app_status');
    assert(!st.unlocked, `no vault is unlocked: ${JSON.stringify(st)}`);
    await s.click('#open-review');
    await s.waitFor(async () => (await s.findAll('#review-run')).length === 1, 'the Review screen');
    assert(await s.exec(() => document.getElementById('review-run').disabled), 'nothing to run before the files are given');
  });

  await step('typed paths: the good bundle passes every check, the tampered one fails "Every file intact", opened with its finding', async () => {
    for (const b of ['good.fvb', 'tampered.fvb']) {
      await typeInto('#review-bundle-path', file(b));
      await s.click('#review-add-bundle');
    }
    await s.waitFor(async () => (await s.findAll('#review-bundles li')).length === 2, 'both bundles listed');
    await typeInto('#review-identity', file('reviewer.age.key'));
    await typeInto('#review-profile', file('profile.json'));
    await typeInto('#review-log', file('audit.json'));
    await s.waitFor(async () => s.exec(() => !document.getElementById('review-run').disabled), 'the run button');
    await s.exec(() => document.getElementById('review-run').click());
    await s.waitFor(async () => (await s.findAll('#review-verdict')).length === 1, 'the review', 60000);
    const verdict = await s.exec(() => document.getElementById('review-verdict').innerText);
    assert(/The review failed/.test(verdict), `verdict: ${verdict}`);

    const good = await checksOf(s, 0);
    assert(good.length === 11, `eleven checks shown: ${good.map((c) => c.id)}`);
    const notPassed = good.filter((c) => c.status !== 'pass').map((c) => `${c.id}:${c.status}`);
    assert(JSON.stringify(notPassed) === JSON.stringify(['l_diversity:skipped']), `the good bundle: ${notPassed} ${JSON.stringify(good, null, 1)}`);
    assert(good.every((c) => c.figures.length > 10), 'every check shows its figures');
    assert(good.find((c) => c.id === 'signature').figures.startsWith('signed by Lan with roster key'), 'the roster signer');
    assert(/recorded as export event/.test(good.find((c) => c.id === 'audit_log').figures), 'matched to the audit log');
    assert(/k = 1 \(approved: at least 1\)/.test(good.find((c) => c.id === 'k_anonymity').figures), 'k recomputed');
    const goodHead = await s.exec(() => document.querySelector('#bundle-review-0').innerText);
    assert(goodHead.includes(goodSha), 'the SHA-256 shown is the file\'s');

    const bad = await checksOf(s, 1);
    const failed = bad.filter((c) => c.status === 'fail');
    assert(failed.length === 1 && failed[0].id === 'hashes', `the tampered bundle fails "Every file intact" alone: ${JSON.stringify(bad, null, 1)}`);
    assert(failed[0].open === true, 'the failing check is opened');
    assert(/altered after it was encrypted/.test(failed[0].findings.join('\n')), `the core's finding: ${failed[0].findings}`);
    // Nothing else can be checked in a bundle that does not decrypt (not even its signature).
    const statuses = bad.map((c) => c.status).join();
    assert(statuses === ['not_run', 'fail', ...Array(9).fill('not_run')].join(), `the other checks do not run: ${statuses}`);
    const title = await s.exec(() => document.querySelector('#check-1-hashes h4').innerText);
    assert(title === 'Every file intact', title);
    await s.exec(() => document.getElementById('check-1-hashes').scrollIntoView({ block: 'center' }));
    await shot(s, 'e2e-review-tampered');
  });

  await step('a profile that approved another policy: the policy check fails with the difference named', async () => {
    await s.exec(() => document.querySelector('#review-bundles li:nth-child(2) button').click());
    await typeInto('#review-profile', file('strict-profile.json'));
    await s.waitFor(async () => (await s.findAll('#review-verdict')).length === 0, 'the old result dropped');
    // Clicked from script: the button may sit under the sticky header after the scroll.
    await s.exec(() => document.getElementById('review-run').click());
    await s.waitFor(async () => (await s.findAll('#review-verdict')).length === 1, 'the review', 60000);
    const checks = await checksOf(s, 0);
    const pol = checks.find((c) => c.id === 'policy');
    assert(pol.status === 'fail' && pol.open === true, `policy: ${JSON.stringify(pol)}`);
    assert(pol.findings.includes('k: approved 2, bundle 1'), `the difference: ${pol.findings}`);
    assert(/differences from the approved policy/.test(pol.figures), pol.figures);
    const k = checks.find((c) => c.id === 'k_anonymity');
    assert(k.status === 'fail' && /approved: at least 2/.test(k.figures), `k-anonymity against the approved k: ${JSON.stringify(k)}`);
  });

  await step('the report is saved, signed with the reviewer\'s minisign key, and minisign verifies it', async () => {
    await typeInto('#review-sign', file('reviewer.minisign.key'));
    await s.exec(() => document.querySelector('#review-report-alt summary').click());
    await typeInto('#review-report-path', file('review'));
    await s.exec(() => document.getElementById('review-save-at').click());
    await s.waitFor(async () => (await s.findAll('#review-saved')).length === 1, 'the report saved', 60000);
    const saved = await s.exec(() => document.getElementById('review-saved').innerText);
    assert(saved.includes(file('review.html')) && saved.includes(file('review.html.minisig')), saved);
    const html = readFileSync(file('review.html'), 'utf8');
    assert(html.includes('Approved de-identification policy') && !/https?:\/\//.test(html), 'a self-contained report');
    assert(readFileSync(file('review.html.minisig'), 'utf8').includes('verdict=fail'), 'the signature carries the verdict');
    execFileSync('minisign', ['-V', '-q', '-p', file('reviewer.minisign.pub'), '-m', file('review.html')]);
    await s.exec(() => document.getElementById('review-saved').scrollIntoView({ block: 'end' }));
    await shot(s, 'e2e-review-saved');
  });

  await step('back leaves the Review screen for the first one, and nothing of the review stays on the page', async () => {
    await s.exec(() => document.getElementById('review-back').click());
    await s.waitFor(async () => (await s.findAll('#open-review')).length === 1, 'the first screen again');
    assert(!(await s.html()).includes('good.fvb'), 'no file of the review in the page');
  });
} finally {
  await s.end();
}

await step('the reviewer\'s secret keys, the profile\'s secret and the paths typed are nowhere in the app\'s HOME, data or temp dir', async () => {
  const secrets = [
    ['the reviewer\'s age identity', readFileSync(file('reviewer.age.key'), 'utf8').match(/AGE-SECRET-KEY-1[0-9A-Z]+/)[0]],
    ['the reviewer\'s minisign key', readFileSync(file('reviewer.minisign.key'), 'utf8').trim().split('\n').pop()],
    ['the pseudonym secret', profile.pseudonym_secret],
    ['a typed path', basename(dir)],
  ];
  const needles = secrets.map(([what, v]) => [what, Buffer.from(v), Buffer.from(v, 'utf16le')]);
  const hits = [];
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        const buf = readFileSync(p);
        for (const [what, utf8, utf16] of needles) if (buf.includes(utf8) || buf.includes(utf16)) hits.push(`${p}: ${what}`);
      }
    }
  };
  walk(root);
  assert(files > 0, 'nothing was scanned');
  assert(hits.length === 0, `found:\n${hits.join('\n')}`);
});
rmSync(dir, { recursive: true, force: true });

finish('e2e review');
