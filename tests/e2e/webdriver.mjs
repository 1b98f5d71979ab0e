// A minimal W3C WebDriver client (Node 20 fetch), enough to drive the real FieldVault window
// through tauri-driver and WebKitWebDriver. No dependencies.

const KEYS = { Control: '\uE009', Shift: '\uE008', Enter: '\uE007' };

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application, args = []) {
    const body = { capabilities: { alwaysMatch: { 'tauri:options': { application, args } } } };
    const res = await call(base, 'POST', '/session', body);
    return new Session(base, res.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Runs `fn(...args)` in the page; a returned promise is awaited. */
  async exec(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn.toString()}).apply(null, Array.from(arguments).slice(0, -1)))
        .then(v => done({ ok: v === undefined ? null : v }), e => done({ err: e && (e.message || e.code) ? e : String(e) }));`;
    const r = await this.cmd('POST', '/execute/async', { script, args });
    if (r && r.err !== undefined) throw Object.assign(new Error(`in page: ${JSON.stringify(r.err)}`), { page: r.err });
    return r ? r.ok : r;
  }

  /** Calls a FieldVault IPC command the way the UI does. */
  invoke(command, args = {}) {
    return this.exec((c, a) => window.__TAURI_INTERNALS__.invoke(c, a), command, args);
  }

  async find(css, timeoutMs = 10000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        const r = await this.cmd('POST', '/element', { using: 'css selector', value: css });
        return Object.values(r)[0];
      } catch (e) {
        if (Date.now() > until) throw new Error(`no element matches ${css}: ${e.message}`);
        await sleep(200);
      }
    }
  }

  /** Every element matching `css` now (possibly none). */
  async findAll(css) {
    const r = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return r.map((e) => Object.values(e)[0]);
  }

  async type(css, text) {
    const el = await this.find(css);
    await this.cmd('POST', `/element/${el}/value`, { text });
  }

  /** Empties a text field, then types `text` into it. */
  async retype(css, text) {
    const el = await this.find(css);
    await this.cmd('POST', `/element/${el}/clear`, {});
    await this.cmd('POST', `/element/${el}/value`, { text });
  }

  async click(css) {
    await this.clickElement(await this.find(css));
  }

  async clickElement(el) {
    await this.cmd('POST', `/element/${el}/click`, {});
  }

  /** Presses a chord such as ['Control', 'Shift', 'l'] with real key events. */
  async chord(keys) {
    const codes = keys.map((k) => KEYS[k] || k);
    const actions = [
      ...codes.map((value) => ({ type: 'keyDown', value })),
      ...codes.slice().reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  async html() {
    return this.exec(() => document.documentElement.outerHTML);
  }

  async text() {
    return this.exec(() => document.body.innerText);
  }

  async title() {
    return this.cmd('GET', '/title');
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  async waitFor(predicate, what, timeoutMs = 15000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (await predicate()) return;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await sleep(200);
    }
  }

  async end() {
    try {
      await this.cmd('DELETE', '');
    } catch {
      /* the app may already be gone */
    }
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    throw new Error(`${method} ${path}: ${v.error || res.status} ${v.message || ''}`.trim());
  }
  return json.value;
}
