// In-page mock of FieldVault's Tauri IPC, for the browser tests ONLY (never bundled: production
// code reaches the core through @tauri-apps/api, which calls window.__TAURI_INTERNALS__; this
// script defines that object before the app loads). It mirrors the Rust commands in
// src-tauri/src/commands.rs with an in-memory vault: passphrases, records and revisions,
// drafts, attachments, summaries and validation with field paths.
//
// Inputs (set by the test before this script runs, in the same init script):
//   window.__FV_SCHEMA__    the interview JSON Schema
//   window.__FV_FIXTURES__  the demo vault's interviews
//   window.__FV_OPTIONS__   { vault: {passphrase, records: [interview…], damaged: n, withdrawn: n,
//                             drafts: [{recordIndex|null, interview}]}, settings, strengthDelayMs }
// Test controls: window.__FV_MOCK__ = { emit(event, payload), calls, state }.
(() => {
  'use strict';
  const SCHEMA = window.__FV_SCHEMA__;
  const FIXTURES = window.__FV_FIXTURES__ || [];
  const OPTIONS = window.__FV_OPTIONS__ || {};
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
  const DATA_DIR = '/home/fieldworker/.local/share/fieldvault';

  let clock = Date.parse('2025-03-10T09:00:00.000Z');
  const now = () => new Date((clock += 61_000)).toISOString();
  const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  const fail = (code, message, details = []) => ({ code, message, details });

  function newVault(init) {
    const v = {
      exists: !!init,
      passphrase: init ? init.passphrase : null,
      unlocked: false,
      failed: 0,
      records: new Map(),
      drafts: new Map(),
      attachments: new Map(),
    };
    if (init) {
      const ids = (init.records || []).map((interview) => addRecord(v, interview));
      // The last `damaged` records cannot be decrypted; the `withdrawn` before them are tombstones.
      const damaged = ids.slice(ids.length - (init.damaged || 0));
      const withdrawn = ids.slice(ids.length - (init.damaged || 0) - (init.withdrawn || 0), ids.length - (init.damaged || 0));
      for (const id of damaged) {
        const r = v.records.get(id);
        r.revisions = r.revisions.map((x) => ({ ...x, interview: null, damaged: 'authentication tag mismatch' }));
      }
      for (const id of withdrawn) {
        const r = v.records.get(id);
        r.withdrawn_at = now();
        r.revisions = r.revisions.map((x) => ({ ...x, interview: null, damaged: 'withdrawn' }));
      }
      for (const d of init.drafts || []) {
        const rid = d.recordIndex == null ? null : [...v.records.keys()][d.recordIndex];
        v.drafts.set(crypto.randomUUID(), { record_id: rid, updated_at: now(), content: { format: 1, interview: d.interview } });
      }
    }
    return v;
  }

  function addRecord(v, interview) {
    const id = crypto.randomUUID();
    const t = now();
    v.records.set(id, { id, created_at: t, withdrawn_at: null, revisions: [{ revision: 1, created_at: t, interview: clone(interview), damaged: null }] });
    return id;
  }

  const state = {
    settings: Object.assign({ auto_lock_minutes: 5, language: 'en' }, OPTIONS.settings || {}),
    current: 'default',
    vaults: { default: newVault(OPTIONS.vault), demo: null },
    calls: [],
    listeners: new Map(),
  };
  const vault = () => state.vaults[state.current];

  function requireUnlocked() {
    const v = vault();
    if (!v || !v.exists) throw fail('no_vault', 'no vault is open');
    if (!v.unlocked) throw fail('locked', 'the vault is locked: unlock it first');
    return v;
  }

  function strength(p) {
    const n = [...p].length;
    if (n < 10) return 'too_short';
    const distinct = new Set([...p]).size;
    const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(p)).length;
    if (distinct < 5) return 'weak';
    if (n >= 20 || (n >= 14 && classes >= 3)) return 'strong';
    if (n >= 14 || classes >= 3) return 'fair';
    return 'weak';
  }

  // ---- validation (shape like serde: first error; then the core's semantic checks) ----------
  const defs = SCHEMA.$defs;
  const resolve = (s) => (s && s.$ref ? defs[s.$ref.split('/').pop()] : s);
  const fmt = (path) => path.reduce((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
  const describe = (v) =>
    v === null ? 'null' : Array.isArray(v) ? 'sequence' : typeof v === 'object' ? 'map' : typeof v === 'string' ? `string "${v}"` : `${typeof v} \`${v}\``;

  function typeOk(t, v) {
    switch (t) {
      case 'null': return v === null;
      case 'string': return typeof v === 'string';
      case 'boolean': return typeof v === 'boolean';
      case 'integer': return typeof v === 'number' && Number.isInteger(v);
      case 'number': return typeof v === 'number';
      case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
      case 'array': return Array.isArray(v);
      default: return true;
    }
  }

  function shape(s0, v, path) {
    const s = resolve(s0);
    if (s.anyOf) {
      let firstErr = null;
      for (const b of s.anyOf) {
        const e = shape(b, v, path);
        if (!e) return null;
        if (!firstErr && resolve(b).type !== 'null') firstErr = e;
      }
      if (s['x-fv-type'] === 'choice' && typeof v === 'string') {
        if (v.startsWith('other:')) return { path: fmt(path), message: "'other:' needs a description after it, e.g. 'other: village chief'" };
        const known = resolve(s.anyOf[0]).oneOf.map((a) => a.const);
        return { path: fmt(path), message: `unknown value '${v}': use one of ${known.join(', ')}, or 'other: <description>'` };
      }
      return firstErr;
    }
    if (s.oneOf && s.oneOf.every((a) => 'const' in a)) {
      const values = s.oneOf.map((a) => a.const);
      if (!values.includes(v)) return { path: fmt(path), message: `unknown variant \`${typeof v === 'string' ? v : describe(v)}\`, expected one of ${values.map((x) => `\`${x}\``).join(', ')}` };
      return null;
    }
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    if (types.length && !types.some((t) => typeOk(t, v))) {
      return { path: fmt(path), message: `invalid type: ${describe(v)}, expected ${types.filter((t) => t !== 'null').join(' or ')}` };
    }
    if (typeof v === 'string' && s.pattern && !new RegExp(s.pattern, 'u').test(v)) {
      if (s['x-fv-type'] === 'partial-date') return { path: fmt(path), message: `'${v}' is not a partial date: write YYYY, YYYY-MM or YYYY-MM-DD` };
      return { path: fmt(path), message: `'${v}' is not valid: ${s.description || `must match ${s.pattern}`}` };
    }
    if (typeOk('object', v) && s.properties) {
      for (const k of Object.keys(v)) {
        if (!(k in s.properties) && s.additionalProperties === false) return { path: fmt(path), message: `unknown field \`${k}\`` };
      }
      for (const k of s.required || []) {
        if (!(k in v)) return { path: fmt(path), message: `missing field \`${k}\`` };
      }
      for (const [k, sub] of Object.entries(s.properties)) {
        if (k in v) {
          const e = shape(sub, v[k], [...path, k]);
          if (e) return e;
        }
      }
    }
    if (Array.isArray(v) && s.items) {
      for (let i = 0; i < v.length; i++) {
        const e = shape(s.items, v[i], [...path, i]);
        if (e) return e;
      }
    }
    return null;
  }

  function bounds(s0, v, path, errs) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || v === undefined) return;
    const s = s0.$ref ? resolve(s0) : s0;
    for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(s[key])) for (const b of s[key]) bounds(b, v, path, errs);
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && !(v >= s.minimum)) errs.push({ path: fmt(path), message: `${v} is below the minimum of ${s.minimum}` });
      if (typeof s.maximum === 'number' && !(v <= s.maximum)) errs.push({ path: fmt(path), message: `${v} is above the maximum of ${s.maximum}` });
    } else if (Array.isArray(v)) {
      if (s.items) v.forEach((x, i) => bounds(s.items, x, [...path, i], errs));
    } else if (s.properties) {
      for (const [k, x] of Object.entries(v)) if (s.properties[k]) bounds(s.properties[k], x, [...path, k], errs);
    }
  }

  function validate(interview) {
    const first = shape(SCHEMA, interview, []);
    if (first) return [first];
    const errs = [];
    if (interview.schema_version !== 1) errs.push({ path: 'schema_version', message: `version ${interview.schema_version} is not supported: this build reads version 1` });
    if (!(interview.consent && interview.consent.scopes && interview.consent.scopes.store === true)) {
      errs.push({ path: 'consent.scopes.store', message: 'the participant has not consented to storage: record their consent before saving the interview' });
    }
    bounds(SCHEMA, interview, [], errs);
    const ids = new Set();
    (interview.actors || []).forEach((a, i) => {
      if (ids.has(a.id)) errs.push({ path: `actors[${i}].id`, message: `id '${a.id}' is used by an earlier actor: ids must be unique` });
      ids.add(a.id);
    });
    const ref = (path, r) => {
      if (r != null && !ids.has(r)) errs.push({ path, message: `no actor has id '${r}': add it to \`actors\` first` });
    };
    (interview.migration_episodes || []).forEach((e, i) => {
      const p = `migration_episodes[${i}]`;
      ref(`${p}.employer`, e.employer);
      (e.recruited_by || []).forEach((r, j) => ref(`${p}.recruited_by[${j}]`, r));
      (e.fees || []).forEach((f, j) => {
        ref(`${p}.fees[${j}].payee`, f.payee);
        if (f.amount && f.amount.amount_max != null && f.amount.amount_max < f.amount.amount) {
          errs.push({ path: `${p}.fees[${j}].amount.amount_max`, message: `${f.amount.amount_max} is less than amount (${f.amount.amount})` });
        }
      });
      (e.debts || []).forEach((d, j) => ref(`${p}.debts[${j}].lender`, d.lender));
      (e.exits || []).forEach((x, j) => {
        (x.helped_by || []).forEach((r, k) => ref(`${p}.exits[${j}].helped_by[${k}]`, r));
        (x.people_called || []).forEach((r, k) => ref(`${p}.exits[${j}].people_called[${k}]`, r));
      });
      (e.informal_work || []).forEach((w, j) => {
        ref(`${p}.informal_work[${j}].employer`, w.employer);
        (w.found_through || []).forEach((r, k) => ref(`${p}.informal_work[${j}].found_through[${k}]`, r));
      });
    });
    (interview.support_contacts || []).forEach((c, i) => ref(`support_contacts[${i}].actor`, c.actor));
    return errs;
  }

  // ---- summaries (src/schema/summary.rs) ------------------------------------------------------
  function summary(r) {
    const s = {
      pseudonym: (r.participant && r.participant.pseudonym) || null,
      interview_date: (r.interview && r.interview.date) || null,
      destinations: [],
      sectors: [],
      statuses: [],
      ran_away: false,
      detained: false,
      shareable: !!(r.consent.scopes.share_deidentified && !r.consent.withdrawal),
    };
    const push = (list, v) => {
      if (v != null && !list.includes(v)) list.push(v);
    };
    for (const e of r.migration_episodes || []) {
      push(s.destinations, e.destination_country);
      push(s.sectors, e.sector);
      push(s.statuses, e.status);
      for (const w of e.informal_work || []) push(s.sectors, w.sector);
      for (const x of e.exits || []) {
        if (x.kind === 'running_away') s.ran_away = true;
        if (x.kind === 'detention' || x.kind === 'deportation') s.detained = true;
      }
    }
    return s;
  }

  function listItem(rec) {
    const last = rec.revisions[rec.revisions.length - 1];
    const base = { id: rec.id, revision: last.revision, created_at: rec.created_at, updated_at: rec.withdrawn_at || last.created_at };
    if (rec.withdrawn_at) return { ...base, state: 'withdrawn', withdrawn_at: rec.withdrawn_at };
    if (!last.interview) return { ...base, state: 'damaged', why: last.damaged };
    return { ...base, state: 'active', summary: summary(last.interview) };
  }

  // ---- commands -------------------------------------------------------------------------------
  function need(cmd, args, keys) {
    for (const k of keys) {
      if (!args || args[k] === undefined) {
        // What Tauri answers when an argument is missing or misspelled (e.g. snake_case).
        throw `invalid args \`${k}\` for command \`${cmd}\`: command ${cmd} missing required key ${k}`;
      }
    }
  }

  const commands = {
    app_status() {
      const v = vault();
      return {
        vault_path: `${DATA_DIR}/${state.current === 'demo' ? 'demo' : 'default'}.vault`,
        vault_exists: !!(v && v.exists),
        demo: state.current === 'demo',
        unlocked: !!(v && v.unlocked),
        failed_attempts: v ? v.failed : 0,
        settings: clone(state.settings),
      };
    },
    passphrase_strength(a) {
      need('passphrase_strength', a, ['passphrase']);
      return strength(a.passphrase);
    },
    inspect_profile(a) {
      need('inspect_profile', a, ['json']);
      let p;
      try {
        p = JSON.parse(a.json);
      } catch (e) {
        throw fail('profile_invalid', `profile is not valid at : ${e.message}`);
      }
      if (p.format !== 1 || !p.name || !Array.isArray(p.researchers) || !p.researchers.length) {
        throw fail('profile_invalid', 'profile is not valid at researchers: name at least one researcher to export to');
      }
      return {
        name: p.name,
        project_id: p.project_id,
        researchers: p.researchers.map((m) => [m.name, m.age_recipient]),
        reviewers: (p.reviewers || []).map((m) => [m.name, m.age_recipient]),
        recovery_recipient: p.recovery_recipient || null,
      };
    },
    create_vault(a) {
      need('create_vault', a, ['passphrase', 'confirm', 'profileJson']);
      if (a.passphrase !== a.confirm) throw fail('passphrase_mismatch', 'the two passphrases differ');
      if (strength(a.passphrase) === 'too_short') throw fail('weak_passphrase', 'passphrase too short: use at least 10 characters');
      if (a.profileJson !== null) commands.inspect_profile({ json: a.profileJson });
      state.current = 'default';
      if (state.vaults.default.exists) throw fail('already_exists', 'a vault already exists');
      const v = newVault({ passphrase: a.passphrase, records: [] });
      v.unlocked = true;
      v.profile = a.profileJson;
      state.vaults.default = v;
      return null;
    },
    open_demo() {
      if (!state.vaults.demo) state.vaults.demo = newVault({ passphrase: 'demo field vault', records: FIXTURES });
      state.current = 'demo';
      state.vaults.demo.unlocked = true;
      return null;
    },
    use_default_vault() {
      if (state.vaults.demo) state.vaults.demo.unlocked = false;
      state.current = 'default';
      return null;
    },
    unlock(a) {
      need('unlock', a, ['passphrase']);
      const v = vault();
      if (!v || !v.exists) throw fail('no_vault', 'there is no vault yet: create one first');
      if (a.passphrase !== v.passphrase) {
        v.failed++;
        throw fail('wrong_passphrase', `wrong passphrase (${v.failed} failed attempts)`);
      }
      v.failed = 0;
      v.unlocked = true;
      return null;
    },
    lock() {
      const v = vault();
      if (v) v.unlocked = false;
      state.export = null;
      return null;
    },
    ui_ready() {
      return null;
    },
    touch() {
      return null;
    },
    change_passphrase(a) {
      need('change_passphrase', a, ['old', 'new', 'confirm']);
      if (a.new !== a.confirm) throw fail('passphrase_mismatch', 'the two passphrases differ');
      if (strength(a.new) === 'too_short') throw fail('weak_passphrase', 'passphrase too short');
      const v = requireUnlocked();
      if (a.old !== v.passphrase) throw fail('wrong_passphrase', 'wrong passphrase');
      v.passphrase = a.new;
      return null;
    },
    get_settings() {
      return clone(state.settings);
    },
    set_settings(a) {
      need('set_settings', a, ['settings']);
      const s = a.settings;
      if (!(s.auto_lock_minutes >= 1 && s.auto_lock_minutes <= 120)) throw fail('invalid', 'auto-lock must be between 1 and 120 minutes');
      if (!['en', 'vi', 'ja', 'zh-TW'].includes(s.language)) throw fail('invalid', `unknown language '${s.language}'`);
      state.settings = clone(s);
      return null;
    },
    list_records() {
      const v = requireUnlocked();
      return [...v.records.values()].map(listItem);
    },
    get_record(a) {
      need('get_record', a, ['id']);
      const v = requireUnlocked();
      const rec = v.records.get(a.id);
      if (!rec) throw fail('not_found', `no record ${a.id}`);
      if (rec.withdrawn_at) throw fail('withdrawn', 'the participant withdrew');
      const last = rec.revisions[rec.revisions.length - 1];
      if (!last.interview) throw fail('damaged', `record ${a.id} is damaged: ${last.damaged}`);
      return { id: rec.id, revision: last.revision, created_at: rec.created_at, updated_at: last.created_at, interview: clone(last.interview) };
    },
    validate_record(a) {
      need('validate_record', a, ['interview']);
      return validate(a.interview);
    },
    create_record(a) {
      need('create_record', a, ['interview']);
      const errs = validate(a.interview);
      if (errs.length) throw fail('invalid', `the record is not valid (${errs.length} problems)`, errs);
      return addRecord(requireUnlocked(), a.interview);
    },
    update_record(a) {
      need('update_record', a, ['id', 'interview']);
      const errs = validate(a.interview);
      if (errs.length) throw fail('invalid', `the record is not valid (${errs.length} problems)`, errs);
      const v = requireUnlocked();
      const rec = v.records.get(a.id);
      if (!rec) throw fail('not_found', `no record ${a.id}`);
      if (rec.withdrawn_at) throw fail('withdrawn', 'the participant withdrew');
      const revision = rec.revisions.length + 1;
      rec.revisions.push({ revision, created_at: now(), interview: clone(a.interview), damaged: null });
      return revision;
    },
    record_history(a) {
      need('record_history', a, ['id']);
      const v = requireUnlocked();
      const rec = v.records.get(a.id);
      if (!rec) throw fail('not_found', `no record ${a.id}`);
      if (rec.withdrawn_at) throw fail('withdrawn', 'the participant withdrew');
      return clone(rec.revisions);
    },
    withdraw_record(a) {
      need('withdraw_record', a, ['id']);
      const v = requireUnlocked();
      const rec = v.records.get(a.id);
      if (!rec) throw fail('not_found', `no record ${a.id}`);
      rec.withdrawn_at = now();
      rec.revisions = rec.revisions.map((r) => ({ ...r, interview: null, damaged: 'withdrawn' }));
      for (const [id, d] of v.drafts) if (d.record_id === a.id) v.drafts.delete(id);
      for (const [id, x] of v.attachments) if (x.info.record_id === a.id) v.attachments.delete(id);
      return null;
    },
    save_draft(a) {
      need('save_draft', a, ['draftId', 'recordId', 'content']);
      if (!UUID_V4.test(a.draftId)) throw fail('invalid', 'a draft id is a UUID v4');
      const v = requireUnlocked();
      v.drafts.set(a.draftId, { record_id: a.recordId, updated_at: now(), content: clone(a.content) });
      return null;
    },
    list_drafts() {
      const v = requireUnlocked();
      return [...v.drafts.entries()].map(([id, d]) => ({ id, record_id: d.record_id, updated_at: d.updated_at }));
    },
    load_draft(a) {
      need('load_draft', a, ['draftId']);
      const d = requireUnlocked().drafts.get(a.draftId);
      if (!d) throw fail('not_found', 'no such draft');
      return clone(d.content);
    },
    discard_draft(a) {
      need('discard_draft', a, ['draftId']);
      const v = requireUnlocked();
      if (!v.drafts.delete(a.draftId)) throw fail('not_found', 'no such draft');
      return null;
    },
    add_attachment(body, options) {
      if (!(body instanceof Uint8Array)) throw fail('invalid', 'send the attachment as raw bytes');
      const h = (options && options.headers) || {};
      const v = requireUnlocked();
      const recordId = h['x-record-id'];
      if (!v.records.has(recordId)) throw fail('not_found', `no record ${recordId}`);
      const info = {
        id: crypto.randomUUID(),
        record_id: recordId,
        name: decodeURIComponent(h['x-name'] || ''),
        media_type: h['x-media-type'] || 'application/octet-stream',
        size: body.byteLength,
        created_at: now(),
      };
      v.attachments.set(info.id, { info, bytes: body.slice() });
      return clone(info);
    },
    list_attachments(a) {
      need('list_attachments', a, ['recordId']);
      return [...requireUnlocked().attachments.values()].filter((x) => x.info.record_id === a.recordId).map((x) => clone(x.info));
    },
    delete_attachment(a) {
      need('delete_attachment', a, ['id']);
      const v = requireUnlocked();
      const x = v.attachments.get(a.id);
      if (!x) throw fail('not_found', 'no such attachment');
      v.attachments.delete(a.id);
      return clone(x.info);
    },
    read_attachment(a) {
      need('read_attachment', a, ['id']);
      const x = requireUnlocked().attachments.get(a.id);
      if (!x) throw fail('not_found', 'no such attachment');
      return x.bytes.slice().buffer;
    },
    'plugin:event|listen'(a) {
      if (!state.listeners.has(a.event)) state.listeners.set(a.event, []);
      state.listeners.get(a.event).push(a.handler);
      return a.handler;
    },
    'plugin:event|unlisten'(a) {
      const l = state.listeners.get(a.event) || [];
      const i = l.indexOf(a.eventId);
      if (i >= 0) l.splice(i, 1);
      return null;
    },
  };

  // ---- export wizard (src/session/export.rs), simplified: a fixed set of fields, redaction of
  // the interview's own names and phone numbers. Enough to drive every step of the wizard.
  const pseudo = (id) => `p_${id.replace(/-/g, '').slice(0, 16)}`;
  const SEAL_DELAY_MS = OPTIONS.sealDelayMs ?? 120;
  const PREVIEW_FIELDS = [
    ['identity.full_name', 'drop', 'direct', () => null],
    ['identity.phones', 'drop', 'direct', () => null],
    ['participant.pseudonym', 'pseudonymise', 'direct', (v, id) => pseudo(id).replace('p_', 'p_1')],
    ['participant.birth_year', 'generalise:birth_year_band5', 'quasi', (v) => `${v - (v % 5)}-${v - (v % 5) + 4}`],
    ['participant.gender', 'keep', 'quasi', (v) => v],
    ['participant.origin.province', 'generalise:region', 'quasi', (v) => v],
    ['participant.origin.district', 'drop', 'direct', () => null],
    ['interview.date', 'generalise:year', 'quasi', (v) => String(v).slice(0, 4)],
    ['actors[].name', 'pseudonymise', 'direct', (v, id) => pseudo(id).replace('p_', 'p_2')],
    ['migration_episodes[].fees[].amount', 'generalise:amount_band', 'quasi', (v) => ({ ...v, amount: 500, amount_max: 1000, banded: true })],
    ['notes', 'redact_text', 'sensitive', (v, id, redact) => redact(v).redacted],
  ];
  function firstAt(v, segs, prefix) {
    if (!segs.length) return v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length) ? null : [prefix, v];
    const [seg, ...rest] = segs;
    const list = seg.endsWith('[]');
    const name = list ? seg.slice(0, -2) : seg;
    const child = v && v[name];
    const here = prefix ? `${prefix}.${name}` : name;
    if (child === undefined) return null;
    if (!list) return firstAt(child, rest, here);
    for (let i = 0; i < (child || []).length; i++) {
      const r = firstAt(child[i], rest, `${here}[${i}]`);
      if (r) return r;
    }
    return null;
  }
  function redactor(interview) {
    const known = [];
    const id = interview.identity || {};
    if (id.full_name) known.push([id.full_name, 'name']);
    for (const n of id.other_names || []) known.push([n, 'name']);
    for (const a of interview.actors || []) if (a.name && ['friend', 'broker', 'relative'].includes(a.kind)) known.push([a.name.replace(/\s*\(.*\)$/, ''), 'name']);
    // Places below province level, like the core's known places (case-insensitive here too).
    const places = [interview.interview?.place, interview.participant?.origin];
    for (const p of places) {
      if (p?.district) known.push([p.district, 'place']);
      for (const part of (p?.locality || '').split(',')) if (part.trim()) known.push([part.trim().replace(/^(thôn|xã|xóm)\s+/i, ''), 'place']);
    }
    known.sort((a, b) => b[0].length - a[0].length);
    return (text) => {
      const spans = [];
      for (const [value, kind] of known) {
        let at = 0;
        while ((at = text.toLowerCase().indexOf(value.toLowerCase(), at)) >= 0) {
          if (!spans.some((s) => at < s.end && at + value.length > s.start)) spans.push({ start: at, end: at + value.length, kind });
          at += value.length;
        }
      }
      for (const m of text.matchAll(/(?:https?:\/\/)?(?:www\.)?(?:facebook|zalo|line)\.(?:com|me)\/[\w.\-\/]+\w/g)) {
        if (!spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'url' });
      }
      for (const m of text.matchAll(/\+?\d[\d \-]{7,}\d/g)) {
        if (!spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
      }
      spans.sort((a, b) => a.start - b.start);
      const original = [];
      const result = [];
      let at = 0;
      let redacted = '';
      for (const s of spans) {
        if (s.start > at) {
          original.push({ text: text.slice(at, s.start), redacted: false, kind: null });
          result.push({ text: text.slice(at, s.start), redacted: false, kind: null });
        }
        original.push({ text: text.slice(s.start, s.end), redacted: true, kind: s.kind });
        result.push({ text: `[REDACTED:${s.kind}]`, redacted: true, kind: s.kind });
        redacted += text.slice(at, s.start) + `[REDACTED:${s.kind}]`;
        at = s.end;
      }
      if (at < text.length) {
        original.push({ text: text.slice(at), redacted: false, kind: null });
        result.push({ text: text.slice(at), redacted: false, kind: null });
      }
      redacted += text.slice(at);
      return { original, result, redacted, spans: spans.length };
    };
  }
  const latest = (rec) => rec.revisions[rec.revisions.length - 1].interview;
  const quoteOk = (i, q) => i.consent.scopes.quote_verbatim && q.consent_to_quote;

  Object.assign(commands, {
    export_candidates() {
      const v = requireUnlocked();
      return [...v.records.values()]
        .map((rec) => {
          const i = latest(rec);
          if (rec.withdrawn_at) return { id: rec.id, label: null, interview_date: null, shareable: false, reason: 'withdrawn', quotes_without_consent: 0 };
          if (!i) return { id: rec.id, label: null, interview_date: null, shareable: false, reason: 'damaged', quotes_without_consent: 0 };
          const c = i.consent;
          const reason = c.withdrawal ? 'withdrawn' : c.scopes.share_deidentified ? null : 'no_share_consent';
          const quotes = reason ? 0 : (i.quotes || []).filter((q) => !quoteOk(i, q)).length;
          return {
            id: rec.id,
            label: (i.participant && i.participant.pseudonym) || null,
            interview_date: (i.interview && i.interview.date) || null,
            shareable: !reason,
            reason: reason || (quotes ? 'quotes_without_consent' : null),
            quotes_without_consent: quotes,
          };
        })
        .sort((a, b) => Number(!a.shareable) - Number(!b.shareable) || String(a.label).localeCompare(String(b.label)));
    },
    export_prepare(a) {
      need('export_prepare', a, ['interviewIds', 'allowSuppression']);
      const v = requireUnlocked();
      state.export = null;
      if (v.profile === null) {
        throw fail('no_profile', 'this vault has no project profile, so there is no one to export to');
      }
      const everything = !a.interviewIds;
      const ids = a.interviewIds || [...v.records.keys()];
      const exclusions = [];
      const chosen = [];
      let quotesKept = 0;
      let quotesOut = 0;
      for (const id of ids) {
        const rec = v.records.get(id);
        if (!rec) throw fail('not_found', `no readable interview with id ${id} in the vault`);
        const i = latest(rec);
        const label = i && i.participant ? i.participant.pseudonym || null : null;
        if (rec.withdrawn_at || !i || i.consent.withdrawal) {
          if (!everything && !i) throw fail('not_found', `no readable interview with id ${id} in the vault`);
          exclusions.push({ record_id: rec.withdrawn_at ? null : id, label, reason: 'withdrawn', count: 1 });
          continue;
        }
        if (!i.consent.scopes.share_deidentified) {
          exclusions.push({ record_id: id, label, reason: 'no_share_consent', count: 1 });
          continue;
        }
        const out = (i.quotes || []).filter((q) => !quoteOk(i, q)).length;
        quotesOut += out;
        quotesKept += (i.quotes || []).length - out;
        if (out) exclusions.push({ record_id: id, label, reason: 'quotes_without_consent', count: out });
        chosen.push({ id, label, interview: { ...clone(i), quotes: (i.quotes || []).filter((q) => quoteOk(i, q)) } });
      }
      if (!chosen.length) throw fail('nothing_to_export', `none of the ${ids.length} selected interviews may be shared: nothing was exported`);
      const fields = [];
      for (const [path, rule, cls, after] of PREVIEW_FIELDS) {
        for (const c of chosen) {
          const hit = firstAt(c.interview, path.split('.'), '');
          if (!hit) continue;
          fields.push({ path, example_path: hit[0], rule, class: cls, quasi_identifier: cls === 'quasi', example_from: c.label, before: hit[1], after: after(hit[1], c.id, redactor(c.interview)) });
          break;
        }
      }
      const items = [];
      let spans = 0;
      for (const c of chosen) {
        const redact = redactor(c.interview);
        const texts = [['notes', c.interview.notes]];
        (c.interview.quotes || []).forEach((q, n) => texts.push([`quotes[${n}].text`, q.text]));
        for (const [path, text] of texts) {
          if (typeof text !== 'string') continue;
          const r = redact(text);
          if (!r.spans) continue;
          spans += r.spans;
          items.push({ interview_id: pseudo(c.id), label: c.label, path, original: r.original, result: r.result, redacted: r.redacted, approved: false, edited: false });
        }
      }
      state.export = { items, exclusions, chosen, labels: Object.fromEntries(chosen.map((c) => [pseudo(c.id), c])) };
      return {
        project: 'Runaway study (demo)',
        recipients: ['Demo researcher'],
        steps: {
          considered: ids.length, withdrawn: exclusions.filter((e) => e.reason === 'withdrawn').length,
          no_share_consent: exclusions.filter((e) => e.reason === 'no_share_consent').length, passed: chosen.length,
          quotes_kept: quotesKept, quotes_excluded: quotesOut, dropped: 61 * chosen.length, pseudonymised: 24 * chosen.length,
          generalised: 9 * chosen.length, strings_scanned: 40 * chosen.length, strings_redacted: items.length, spans_redacted: spans,
          k: 1, classes: chosen.length, smallest_class: 1, suppressed: 0, exported: chosen.length,
        },
        exclusions: clone(exclusions),
        fields,
        items: clone(items),
        default_path: '/home/fieldworker/Documents/fieldvault-runaway-study-demo-2025-03-10.fvb',
      };
    },
    export_revise(a) {
      need('export_revise', a, ['interviewId', 'path', 'text']);
      requireUnlocked();
      const ex = state.export;
      if (!ex) throw fail('no_export', 'no export is in progress: start again from the first step');
      const n = ex.items.findIndex((x) => x.interview_id === a.interviewId && x.path === a.path);
      if (n < 0) throw fail('not_found', `nothing to review at ${a.path} in interview ${a.interviewId}`);
      const r = redactor(ex.labels[a.interviewId].interview)(a.text);
      ex.items[n] = { ...ex.items[n], original: r.original.length ? r.original : [{ text: a.text, redacted: false, kind: null }], result: r.result, redacted: r.redacted, approved: false, edited: true };
      return clone(ex.items[n]);
    },
    export_approve(a) {
      need('export_approve', a, ['interviewId', 'path', 'approved']);
      requireUnlocked();
      const ex = state.export;
      if (!ex) throw fail('no_export', 'no export is in progress: start again from the first step');
      const item = ex.items.find((x) => x.interview_id === a.interviewId && x.path === a.path);
      if (!item) throw fail('not_found', `nothing to review at ${a.path} in interview ${a.interviewId}`);
      item.approved = !!a.approved;
      return clone(item);
    },
    async export_seal(a) {
      need('export_seal', a, ['outPath']);
      requireUnlocked();
      const ex = state.export;
      if (!ex) throw fail('no_export', 'no export is in progress: start again from the first step');
      const left = ex.items.filter((x) => !x.approved).length;
      if (left) throw fail('not_approved', `${left} redacted texts are not approved yet: approve or edit each one on the review step; nothing was written`);
      if (!a.outPath.startsWith('/')) throw fail('invalid', `'${a.outPath}' is not a full file path`);
      if ((state.files || []).includes(a.outPath)) throw fail('already_exists', `${a.outPath} already exists: choose another file name; nothing was overwritten`);
      const stages = ['building', 'encrypting', 'writing'];
      for (let n = 0; n < stages.length; n++) {
        window.__FV_MOCK__.emit('export-progress', { stage: stages[n], done: n, total: 3 });
        await new Promise((r) => setTimeout(r, SEAL_DELAY_MS));
      }
      window.__FV_MOCK__.emit('export-progress', { stage: 'done', done: 3, total: 3 });
      state.export = null;
      state.files = [...(state.files || []), a.outPath];
      return {
        path: a.outPath,
        sha256: '3f9a1c0e5b7d2a4468f0c1e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9',
        interviews: ex.chosen.length,
        files: ex.chosen.length + 9,
        recipients: ['Demo researcher'],
        exclusions: ex.exclusions,
        redactions: [
          { rule: 'detector:phone', count: 7 },
          { rule: 'known:name', count: 23 },
          { rule: 'known:place', count: 6 },
        ],
      };
    },
    export_cancel() {
      state.export = null;
      return null;
    },
  });

  const callbacks = new Map();
  let nextCallback = 1;
  function transformCallback(cb, once = false) {
    const id = nextCallback++;
    callbacks.set(id, (data) => {
      if (once) callbacks.delete(id);
      return cb && cb(data);
    });
    return id;
  }

  async function invoke(cmd, args, options) {
    const record = { cmd, args: args instanceof Uint8Array ? `<${args.byteLength} bytes>` : clone(args), headers: options && options.headers };
    state.calls.push(record);
    const fn = commands[cmd];
    if (!fn) throw `command ${cmd} not found`;
    if (cmd === 'passphrase_strength' && OPTIONS.strengthDelayMs) await new Promise((r) => setTimeout(r, OPTIONS.strengthDelayMs));
    let out = cmd === 'add_attachment' ? fn(args, options) : fn(args || {});
    if (out instanceof Promise) out = await out;
    if (out instanceof ArrayBuffer) return out;
    return out === undefined ? null : clone(out);
  }

  window.__TAURI_INTERNALS__ = {
    invoke,
    transformCallback,
    unregisterCallback: (id) => callbacks.delete(id),
    runCallback: (id, data) => {
      const cb = callbacks.get(id);
      if (cb) cb(data);
    },
    callbacks,
    convertFileSrc: (path, protocol = 'asset') => `${protocol}://localhost/${encodeURIComponent(path)}`,
    metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
  };
  window.__TAURI_EVENT_PLUGIN_INTERNALS__ = { unregisterListener: (_event, id) => callbacks.delete(id) };

  window.__FV_MOCK__ = {
    state,
    calls: state.calls,
    /** What the core does when it auto-locks: lock, then emit 'vault-locked'. */
    coreAutoLock() {
      const v = vault();
      if (v) v.unlocked = false;
      this.emit('vault-locked', null);
    },
    emit(event, payload) {
      for (const id of state.listeners.get(event) || []) {
        const cb = callbacks.get(id);
        if (cb) cb({ event, id, payload });
      }
    },
    validate,
  };

  // Tauri's freezePrototype option (tauri.conf.json): the app must run with a frozen prototype.
  Object.freeze(Object.prototype);
})();
