// End-to-end test of the real FieldVault app: tauri-driver + WebKitWebDriver under Xvfb.
//
//   create a vault → record an interview → quit → relaunch → unlock → the interview is there →
//   panic lock clears the screen → no canary string anywhere in the data dir, the WebKit dirs or
//   the temp dir.
//
// Run by scripts/e2e.sh, which starts Xvfb and tauri-driver with HOME, TMPDIR and
// FIELDVAULT_DATA_DIR inside E2E_ROOT, so everything the app writes lands there to be scanned.

import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, sleep } from './webdriver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const app = process.env.E2E_APP || join(repo, 'target', 'release', 'fieldvault-app');
const root = process.env.E2E_ROOT;
const driver = process.env.E2E_DRIVER || 'http://127.0.0.1:4444';
const shots = process.env.E2E_SCREENSHOTS || join(repo, 'docs', 'screenshots');
const PASS = 'river lamp tiger cloud 42';
if (!root) throw new Error('E2E_ROOT must be set (scripts/e2e.sh sets it)');

// Canary strings planted in every kind of text the interview has.
const CANARIES = ['E2ECANARYNAME', 'E2ECANARYPHONE', 'E2ECANARYNOTE', 'E2ECANARYQUOTE', 'E2ECANARYACTOR', 'E2ECANARYDRAFT'];
const PSEUDONYM = 'E2ECANARYPSEUDO';
CANARIES.push(PSEUDONYM);

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

const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (e) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
async function shot(s, name) {
  mkdirSync(shots, { recursive: true });
  writeFileSync(join(shots, `${name}.png`), await s.screenshot());
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

await step('no canary string in the data dir, WebKit dirs or temp dir', async () => {
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
        for (const c of CANARIES) {
          if (buf.includes(c) || buf.includes(Buffer.from(c, 'utf16le'))) hits.push(`${p}: ${c}`);
        }
      }
    }
  };
  walk(root);
  const scanned = readdirSync(root);
  assert(scanned.length > 0, 'something was scanned');
  assert(hits.length === 0, `plaintext found:\n${hits.join('\n')}`);
});

const passed = results.filter((r) => r[1]).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
