// End-to-end test of the real FieldVault app: tauri-driver + WebKitWebDriver under Xvfb.
//
//   create a vault → record an interview → quit → relaunch → unlock → the interview is there →
//   attach a file in its editor → panic lock clears the screen → relaunch on the demo vault →
//   export wizard: choose, preview, edit and approve every redacted text, seal → outside the
//   app, Debian's age opens the bundle with the demo researcher's key, minisign verifies the
//   manifest with the vault's key, and no identifier planted in the fixtures is in it → no
//   canary string (nor any of those identifiers) anywhere in the data dir, the WebKit dirs or
//   the temp dir, and no trace of the attached file's name under HOME.
//
// Run by scripts/e2e.sh, which starts Xvfb and tauri-driver with HOME, TMPDIR and
// FIELDVAULT_DATA_DIR inside E2E_ROOT, so everything the app writes lands there to be scanned.
// The bundle is opened in a directory outside E2E_ROOT, removed afterwards.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, sleep } from './webdriver.mjs';
import { assert, finish, shot, step } from './steps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const app = process.env.E2E_APP || join(repo, 'target', 'release', 'fieldvault-app');
const root = process.env.E2E_ROOT;
const driver = process.env.E2E_DRIVER || 'http://127.0.0.1:4444';
const PASS = 'river lamp tiger cloud 42';
if (!root) throw new Error('E2E_ROOT must be set (scripts/e2e.sh sets it)');

// Canary strings planted in every kind of text the interview has.
const CANARIES = ['E2ECANARYNAME', 'E2ECANARYPHONE', 'E2ECANARYNOTE', 'E2ECANARYQUOTE', 'E2ECANARYACTOR', 'E2ECANARYDRAFT'];
const PSEUDONYM = 'E2ECANARYPSEUDO';
CANARIES.push(PSEUDONYM);

// A marker typed into an edited review text: it must reach the bundle, and nowhere else on disk.
const EDIT_MARK = 'E2ECANARYEDIT';
CANARIES.push(EDIT_MARK);

// A file attached through the editor's file picker: its name and content go into the vault,
// encrypted, and nowhere else under the test HOME (no recently-used list, no cache). The file
// itself lives outside E2E_ROOT, removed afterwards.
const ATTACH_NAME = 'E2ECANARYATTACHNAME-passport-scan.txt';
const ATTACH_BODY = 'E2ECANARYATTACHBODY';
CANARIES.push(ATTACH_NAME, ATTACH_BODY);
const attachDir = mkdtempSync(join(tmpdir(), 'fieldvault-e2e-attach-'));

// The demo researcher's age identity (src/demo.rs, DEMO_RESEARCHER_IDENTITY: public on purpose).
const DEMO_IDENTITY = readFileSync(join(repo, 'src/demo.rs'), 'utf8').match(/DEMO_RESEARCHER_IDENTITY: &str = "(AGE-SECRET-KEY-1[0-9A-Z]+)"/)[1];
const FIXTURES = readdirSync(join(repo, 'tests/fixtures/interviews'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(repo, 'tests/fixtures/interviews', f), 'utf8')));

/** Every identifier planted in the fixtures, as `planted()` in tests/export.rs lists them. */
function planted() {
  const out = [];
  const strings = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(strings);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'kind' && k !== 'platform') strings(x);
  };
  for (const v of FIXTURES) {
    strings(v.identity);
    strings(v.interview?.interviewer);
    strings(v.participant?.pseudonym);
    for (const place of [v.interview?.place, v.participant?.origin]) {
      strings(place?.district);
      strings(place?.locality);
    }
    for (const a of v.actors ?? []) {
      strings(a.contact);
      if (['broker', 'friend', 'relative', 'informal_job_agent'].includes(a.kind)) strings(a.name);
    }
  }
  // Parts of them that the free text uses on their own (the same hand-picked list as tests/export.rs).
  out.push(
    ...['Huong', 'Hương', 'chị Thu', 'anh Tuấn', 'Mr. Wang', '王志明', '阿香', '阿美', 'A-Ming', 'huong.nguyen.1966', 'myanh.pham.hd80'],
    ...['xuan.le.9517', 'xuanle_95', 'huydo_hy95', 'thanh.tran.phumy', 'Đông Lạc', 'An Thanh', 'Đông Kết', 'Khoái Châu', 'Tứ Kỳ'],
    ...['Gia Lộc', 'An Lại', 'Phương Hưng', 'Tân Phong', 'Hải Xuân', 'Vĩnh Hòa', 'anh Hiếu', 'Quang', 'Xuân Lê', 'Hotel Shirakaba'],
    ...['Agribank', 'Kobayashi Sewing', 'Sagami Steel'],
  );
  return [...new Set(out)].sort();
}

/** Lower case, no diacritics, full-width as half-width, `đ` as `d`, punctuation as one space. */
function fold(s) {
  let out = '';
  for (let c of s.normalize('NFKD')) {
    if (/\p{M}/u.test(c)) continue;
    if (c === 'đ' || c === 'Đ') c = 'd';
    if (/[\p{L}\p{N}]/u.test(c)) out += c.toLowerCase();
    else if (!out.endsWith(' ')) out += ' ';
  }
  return ` ${out.trim()} `;
}

/** Digit runs of a text, with spaces, dots, dashes and brackets between digits removed. */
function digitRuns(s) {
  const runs = [];
  let cur = '';
  const chars = [...s.normalize('NFKC')];
  chars.forEach((c, i) => {
    if (/[0-9]/.test(c)) cur += c;
    else if (' -.()'.includes(c) && /[0-9]/.test(chars[i + 1] ?? '') && cur) return;
    else if (cur) {
      runs.push(cur);
      cur = '';
    }
  });
  if (cur) runs.push(cur);
  return runs;
}

/** A phone number's digits without country code or trunk zero. */
function phoneCore(digits) {
  for (const cc of ['886', '84', '81']) if (digits.length >= 11 && digits.startsWith(cc)) return digits.slice(cc.length).replace(/^0+/, '');
  return digits.replace(/^0+/, '');
}

/** The planted identifiers found in `text` (folded, and phone numbers by their digits). */
function plantedIn(text, ids) {
  const hay = fold(text);
  const runs = digitRuns(text);
  const found = [];
  for (const id of ids) {
    if (hay.includes(fold(id))) found.push(id);
    const digits = id.replace(/[^0-9]/g, '');
    if (digits.length >= 8 && runs.some((r) => r.endsWith(phoneCore(digits)))) found.push(`${id} (digits)`);
  }
  return found;
}

function canaryInterview() {
  const i = JSON.parse(readFileSync(join(repo, 'tests/fixtures/interviews/03_xuan.json'), 'utf8'));
  i.participant.pseudonym = PSEUDONYM;
  i.identity.full_name = 'Lê Thị E2ECANARYNAME';
  i.identity.phones = ['E2ECANARYPHONE 080-1111-2222'];
  i.notes = 'Field note E2ECANARYNOTE';
  i.quotes[0].text = 'I ran away E2ECANARYQUOTE';
  i.actors[0].name = 'Broker E2ECANARYACTOR';
  return i;
}

async function ready(s) {
  await s.find('body');
  await s.waitFor(
    async () => await s.exec(() => !!window.__TAURI_INTERNALS__ && !!document.querySelector('main input, main button') && !/Loading/.test(document.body.innerText)),
    'the UI to render',
  );
}

let recordId;

// Session 1: a fresh install.
let s = await Session.start(driver, app);
await step('the app starts on the first-run screen with no vault', async () => {
  await ready(s);
  const st = await s.invoke('app_status');
  assert(st.vault_exists === false && st.unlocked === false, `status ${JSON.stringify(st)}`);
  assert((await s.title()) === 'FieldVault', 'window title is only the app name');
  await shot(s, 'e2e-first-run');
});
await step('a script in the window gets no WebGL context (src-tauri/src/rendering.rs)', async () => {
  const gl = await s.exec(() => {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') || c.getContext('webgl') || c.getContext('experimental-webgl'));
  });
  assert(gl === false, 'the page got a WebGL context');
});
await step('create a vault and record an interview', async () => {
  await s.invoke('create_vault', { passphrase: PASS, confirm: PASS, profileJson: null });
  recordId = await s.invoke('create_record', { interview: canaryInterview() });
  assert(/^[0-9a-f-]{36}$/.test(recordId), `id ${recordId}`);
  await s.invoke('save_draft', { draftId: crypto.randomUUID(), recordId, content: { notes: 'E2ECANARYDRAFT' } });
  await s.exec(() => location.reload());
  await ready(s);
  await s.waitFor(async () => (await s.text()).includes(PSEUDONYM), 'the interview in the list');
  assert((await s.title()) === 'FieldVault', 'no content in the window title');
});
await s.end();
await sleep(1000);

// Session 2: relaunch, unlock through the UI.
s = await Session.start(driver, app);
await step('after relaunch the vault is locked and asks for the passphrase', async () => {
  await ready(s);
  const st = await s.invoke('app_status');
  assert(st.vault_exists && !st.unlocked, `status ${JSON.stringify(st)}`);
  assert(!(await s.html()).includes(PSEUDONYM), 'no content before unlock');
  await shot(s, 'e2e-unlock');
});
await step('a wrong passphrase is refused and counted', async () => {
  await s.type('input[type="password"]', 'not the passphrase at all\uE007');
  await s.waitFor(async () => (await s.invoke('app_status')).failed_attempts === 1, 'one failed attempt');
});
await step('unlock shows the interview recorded before quitting', async () => {
  const input = await s.find('input[type="password"]');
  await s.cmd('POST', `/element/${input}/clear`, {});
  await s.type('input[type="password"]', `${PASS}\uE007`);
  await s.waitFor(async () => (await s.text()).includes(PSEUDONYM), 'the interview in the list after unlock');
  const rec = await s.invoke('get_record', { id: recordId });
  assert(rec.interview.notes === 'Field note E2ECANARYNOTE', 'record content round-trips');
  await shot(s, 'e2e-list');
});
await step('attach a file through the editor\'s file picker', async () => {
  const file = join(attachDir, ATTACH_NAME);
  writeFileSync(file, `${ATTACH_BODY}\n`);
  // The interview's entry in the list: the button that names it (not its history button).
  await s.exec((id) => {
    const open = [...document.querySelectorAll('main button')].find((b) => b.innerText.includes(id) && !b.getAttribute('aria-label'));
    open.click();
  }, PSEUDONYM);
  await s.waitFor(async () => s.exec(() => !!document.getElementById('nav-attachments') && !document.getElementById('nav-attachments').disabled), 'the editor of the interview');
  // Clicked from script: the section list may be folded into a menu at this window size.
  await s.exec(() => document.getElementById('nav-attachments').click());
  // WebDriver hands the file to the page itself (WebKit answers the file dialog for it), so
  // GTK's own chooser is played by src-tauri/tests/recent_files.rs; this step checks what the
  // app and WebKit do with the file and its name.
  await s.type('#attach-file', file);
  await s.waitFor(async () => (await s.text()).includes(ATTACH_NAME), 'the attachment in the list');
  const listed = await s.invoke('list_attachments', { recordId });
  assert(listed.length === 1 && listed[0].name === ATTACH_NAME, `attachments ${JSON.stringify(listed)}`);
});
await step('panic lock (Ctrl+Shift+L) clears every piece of content from the screen', async () => {
  await s.chord(['Control', 'Shift', 'L']);
  await s.waitFor(async () => {
    const html = await s.html();
    return CANARIES.every((c) => !html.includes(c));
  }, 'the DOM to be cleared');
  let code;
  try {
    await s.invoke('list_records');
  } catch (e) {
    code = e.page && e.page.code;
  }
  assert(code === 'locked', `after panic lock the core is locked (got ${code})`);
  await shot(s, 'e2e-after-panic-lock');
});
await s.end();
await sleep(1000);

// Session 3: the demo vault (its profile names the demo researcher), through the export wizard.
const bundlePath = join(root, 'tmp', 'e2e-demo-export.fvb');
/** Clicks an element once it is scrolled to the middle of the window and the page has settled
 * (the review moves the focus, and a click scrolled to the edge could land on the sticky header). */
async function clickInView(css) {
  await s.exec((c) => document.querySelector(c).scrollIntoView({ block: 'center' }), css);
  await sleep(250);
  await s.click(css);
}
let shownSha256;
let editedText;
s = await Session.start(driver, app, ['--demo']);
await step('the demo vault opens and its list opens the export wizard', async () => {
  await ready(s);
  const st = await s.invoke('app_status');
  assert(st.demo && st.unlocked, `status ${JSON.stringify(st)}`);
  await s.waitFor(async () => (await s.findAll('#open-export')).length === 1, 'the export button on the list');
  await s.click('#open-export');
  await s.waitFor(async () => (await s.findAll('input[id^="pick-"]')).length === FIXTURES.length, 'every demo interview as a candidate');
});
await step('choose: clear the selection, pick each shareable interview, go to the preview', async () => {
  const candidates = await s.invoke('export_candidates');
  const shareable = candidates.filter((c) => c.shareable);
  assert(shareable.length === 4, `four of the five consent to sharing: ${JSON.stringify(candidates.map((c) => [c.label, c.shareable]))}`);
  for (const c of candidates.filter((c) => !c.shareable)) {
    assert(await s.exec((id) => document.getElementById(id).disabled, `pick-${c.id}`), `${c.label} cannot be picked`);
  }
  // Everything shareable starts selected; "all" clears it, then each is picked by hand.
  await s.click('#export-all');
  await s.waitFor(async () => s.exec(() => !document.querySelector('input[id^="pick-"]:checked')), 'an empty selection');
  assert(await s.exec(() => document.querySelector('.wizard-actions button.primary').disabled), 'nothing chosen: no preview');
  for (const c of shareable) await s.click(`#pick-${c.id}`);
  await s.waitFor(async () => (await s.exec(() => document.querySelectorAll('input[id^="pick-"]:checked').length)) === shareable.length, 'the four picked');
  await s.click('.wizard-actions button.primary');
  await s.waitFor(async () => (await s.findAll('.step-counts')).length === 1, 'the preview step', 60000);
  const fields = await s.findAll('table.fields tbody tr');
  assert(fields.length > 20, `only ${fields.length} fields previewed`);
  const leftOut = await s.exec(() => document.querySelector('.exclusions')?.innerText ?? '');
  assert(leftOut.includes('MB-04'), `Thanh (MB-04, no consent to share) is named as left out: ${leftOut}`);
  await s.click('.wizard-actions button.primary');
  await s.waitFor(async () => (await s.findAll('.review-item')).length > 0, 'the review step');
});
await step('review: an edited text comes back from the core redacted again', async () => {
  const first = '.review-item:first-child';
  const label = await s.exec(() => document.getElementById('review-group-h').innerText);
  const who = FIXTURES.find((f) => label.includes(f.participant.pseudonym));
  assert(who, `the first text belongs to a demo interview: ${label}`);
  const name = who.identity.full_name;
  const phone = who.identity.phones[0];
  await clickInView(`${first} .row-actions button:nth-child(2)`);
  const typed = `Edited by hand ${EDIT_MARK}: ${name} phoned from ${phone} after running away.`;
  await s.retype(`${first} textarea`, typed);
  await clickInView(`${first} .row-actions button.primary`);
  await s.waitFor(async () => (await s.findAll(`${first} .badge.draft`)).length === 1 && (await s.findAll(`${first} textarea`)).length === 0, 'the edit saved');
  const [original, result] = await s.exec(
    (css) => [...document.querySelectorAll(`${css} .segments`)].map((p) => ({ text: p.innerText, marked: [...p.querySelectorAll('mark')].map((m) => m.innerText) })),
    first,
  );
  assert(original.text === typed, `the original shows the edit as typed: ${original.text}`);
  assert(original.marked.includes(name), `the edit's name is marked: ${JSON.stringify(original.marked)}`);
  assert(result.text.includes(EDIT_MARK) && result.marked.length >= 2 && result.marked.every((m) => /^\[REDACTED:[a-z_-]+\]$/.test(m)), `redacted again: ${result.text}`);
  assert(plantedIn(result.text, [name, phone]).length === 0, `name or phone left in the edit: ${result.text}`);
  assert(await s.exec((css) => document.querySelector(`${css} button[aria-pressed]`).getAttribute('aria-pressed') === 'false', first), 'an edit must be approved anew');
  editedText = result.text;
  await clickInView(`${first} button[aria-pressed="false"]`);
  await s.waitFor(async () => (await s.findAll(`${first}.approved`)).length === 1, 'the edited text approved');
  await s.exec(() => window.scrollTo(0, 0));
  await sleep(300);
  await shot(s, 'e2e-export-review');
});
await step('review: each interview\'s texts approved in one click, the bundle sealed into the temp dir', async () => {
  assert(await s.exec(() => document.getElementById('seal').disabled), 'sealing waits for every approval');
  // One interview's texts at a time; the native save dialog cannot be driven by WebDriver, so
  // the bundle goes to a typed path (the wizard's alternative to the dialog).
  const interviews = Math.max(1, (await s.findAll('.review-tabs li')).length);
  // After a click, the next interview's texts come (or, after the last, the button goes).
  const shown = () => s.exec(() => [document.getElementById('review-group-h')?.innerText, !!document.getElementById('approve-interview')]);
  for (let i = 0; ; i++) {
    if ((await s.findAll('#approve-interview')).length === 0) break;
    assert(i < interviews, 'every interview approved within one click each');
    const [before] = await shown();
    await clickInView('#approve-interview');
    await s.waitFor(async () => {
      const [title, button] = await shown();
      return title !== before || !button;
    }, 'the next interview');
  }
  await s.waitFor(async () => s.exec(() => !document.getElementById('save-as').disabled), 'every text approved');
  await clickInView('#path-alt summary');
  await s.retype('#export-path', bundlePath);
  await s.waitFor(async () => s.exec(() => !document.getElementById('seal').disabled), 'the seal button');
  await clickInView('#seal');
  await s.waitFor(async () => (await s.findAll('#bundle-sha256')).length === 1, 'the summary', 60000);
  shownSha256 = (await s.exec(() => document.getElementById('bundle-sha256').innerText)).trim();
  const summary = await s.exec(() => document.querySelector('.summary').innerText);
  assert(summary.includes(bundlePath), `the summary names the file: ${summary}`);
  assert(/^[0-9a-f]{64}$/.test(shownSha256), `sha256 ${shownSha256}`);
  // What was left out and why: the demo's Thanh gave no consent to share, Huy none to quote.
  const excluded = await s.exec(() => document.querySelector('ul.exclusions')?.innerText || '');
  assert(/MB-04: no consent to share a de-identified copy/.test(excluded), `exclusions: ${excluded}`);
  assert(/HY-05: 2 quotes without consent to quote/.test(excluded), `exclusions: ${excluded}`);
  await shot(s, 'e2e-export-summary');
});
await s.end();
await sleep(1000);

await step('Debian age opens the bundle, minisign verifies it, and no planted identifier is in it', async () => {
  assert(existsSync(bundlePath), 'the bundle was written');
  const sealed = readFileSync(bundlePath);
  assert(createHash('sha256').update(sealed).digest('hex') === shownSha256, 'the SHA-256 shown is the file\'s');
  // Opened outside E2E_ROOT so that the plaintext scan below only sees what the app wrote.
  const out = mkdtempSync(join(tmpdir(), 'fieldvault-e2e-bundle-'));
  assert(relative(root, out).startsWith('..'), `${out} is outside ${root}`);
  try {
    writeFileSync(join(out, 'researcher.key'), `${DEMO_IDENTITY}\n`, { mode: 0o600 });
    execFileSync('age', ['-d', '-i', join(out, 'researcher.key'), '-o', join(out, 'bundle.tar'), bundlePath]);
    const files = join(out, 'files');
    mkdirSync(files);
    const names = execFileSync('tar', ['-tf', join(out, 'bundle.tar')], { encoding: 'utf8' }).trim().split('\n');
    assert(names.every((n) => !n.startsWith('/') && !n.split('/').includes('..')), `unsafe names: ${names}`);
    execFileSync('tar', ['-xf', join(out, 'bundle.tar'), '-C', files]);
    const manifest = JSON.parse(readFileSync(join(files, 'manifest.json'), 'utf8'));

    // The signature, with the vault's key as the CLI prints it (the app has quit, so the vault
    // is free), which must also be the key the manifest names.
    const cli = join(dirname(app), 'fieldvault');
    let pub;
    if (existsSync(cli)) {
      // The public key comes from the unlocked key (never from the file's plaintext), so the
      // CLI asks for the demo vault's passphrase.
      pub = execFileSync(cli, ['--vault', join(root, 'data', 'demo.vault'), 'vault', 'pubkey'], {
        encoding: 'utf8',
        env: { ...process.env, HOME: join(root, 'home'), FIELDVAULT_PASSPHRASE: 'demo field vault' },
      });
      assert(pub.includes(manifest.exporter.public_key), 'the manifest names the vault\'s signing key');
    } else {
      console.log(`note: no CLI at ${cli}; minisign checks the manifest against the key it names`);
      pub = `untrusted comment: minisign public key\n${manifest.exporter.public_key}\n`;
    }
    writeFileSync(join(out, 'vault.pub'), pub);
    execFileSync('minisign', ['-V', '-q', '-p', join(out, 'vault.pub'), '-m', join(files, 'manifest.json')]);
    const tampered = join(out, 'manifest.json');
    const signed = readFileSync(join(files, 'manifest.json'), 'utf8');
    assert(signed.includes('"k": 1'), 'the manifest states k');
    writeFileSync(tampered, signed.replace('"k": 1', '"k": 9'));
    writeFileSync(`${tampered}.minisig`, readFileSync(join(files, 'manifest.json.minisig')));
    let refused = false;
    try {
      execFileSync('minisign', ['-V', '-q', '-p', join(out, 'vault.pub'), '-m', tampered], { stdio: 'ignore' });
    } catch {
      refused = true;
    }
    assert(refused, 'minisign refuses an edited manifest');

    // Every hash in the manifest matches its file, and nothing else is there.
    const listed = manifest.files.map((f) => f.path).concat(['manifest.json', 'manifest.json.minisig']).sort();
    const onDisk = [];
    const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : onDisk.push(relative(files, join(d, e.name)))));
    walk(files);
    assert(JSON.stringify(onDisk.sort()) === JSON.stringify(listed), `files ${onDisk} vs manifest ${listed}`);
    for (const f of manifest.files) {
      const data = readFileSync(join(files, f.path));
      assert(createHash('sha256').update(data).digest('hex') === f.sha256 && data.length === f.size, `${f.path} does not match the manifest`);
    }
    assert(manifest.counts.interviews === 4, `four interviews: ${JSON.stringify(manifest.counts)}`);

    // The edit is in, redacted; no planted identifier is anywhere.
    const all = onDisk.map((f) => [f, readFileSync(join(files, f), 'utf8')]);
    assert(all.some(([, t]) => t.includes(editedText)), 'the edited text, redacted again, is in the bundle');
    const ids = planted();
    assert(ids.length > 100, `only ${ids.length} planted identifiers`);
    const leaks = all.flatMap(([f, t]) => plantedIn(t, ids).map((id) => `${f}: ${id}`));
    assert(leaks.length === 0, `planted identifiers in the bundle:\n${leaks.join('\n')}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

await step('no trace of the attached file\'s name under the test HOME (recently-used list included)', async () => {
  rmSync(attachDir, { recursive: true, force: true });
  const home = join(root, 'home');
  const recent = join(home, '.local', 'share', 'recently-used.xbel');
  assert(!existsSync(recent) || !readFileSync(recent, 'utf8').includes(ATTACH_NAME), 'the attachment is in recently-used.xbel');
  const forms = [ATTACH_NAME, encodeURIComponent(ATTACH_NAME), ATTACH_NAME.replace(/\.txt$/, '')];
  const needles = forms.flatMap((f) => [Buffer.from(f), Buffer.from(f, 'utf16le')]);
  const hits = [];
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        const buf = readFileSync(p);
        if (needles.some((n) => buf.includes(n))) hits.push(p);
      }
    }
  };
  walk(home);
  assert(files > 0, 'the app wrote nothing under HOME: nothing was checked');
  assert(hits.length === 0, `the attached file's name is in:\n${hits.join('\n')}`);
});

await step('no canary string or demo identifier in the data dir, WebKit dirs or temp dir', async () => {
  // The demo's identifiers were on screen (the review step shows the originals): they too must
  // have stayed in memory. Only those of 8 bytes or more: a shorter one ("Anh") turns up by
  // chance in a megabyte of ciphertext.
  const demo = planted().filter((c) => Buffer.byteLength(c) >= 8);
  assert(demo.length > 100, `only ${demo.length} demo identifiers to look for`);
  const needles = [...CANARIES, ...demo].map((c) => [c, Buffer.from(c), Buffer.from(c, 'utf16le')]);
  const hits = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && st.size < 512 * 1024 * 1024) {
        const buf = readFileSync(p);
        for (const [c, utf8, utf16] of needles) {
          if (buf.includes(utf8) || buf.includes(utf16)) hits.push(`${p}: ${c}`);
        }
      }
    }
  };
  walk(root);
  const scanned = readdirSync(root);
  assert(scanned.length > 0, 'something was scanned');
  assert(hits.length === 0, `plaintext found:\n${hits.join('\n')}`);
});

finish('e2e');
