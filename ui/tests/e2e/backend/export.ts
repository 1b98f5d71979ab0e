// The export wizard's commands (src/session/export.rs), simplified: a fixed set of fields, and
// redaction of the interview's own names, places, social links and phone numbers, and a possible
// name after an English honorific. Enough to drive every step of the wizard: choose, preview, review
// (edit, approve, restore a possible detection), seal with progress.

import type { ExclusionKind, ExportCandidate, ExportExclusion, ExportReviewItem, FieldPreview, Segment } from '../../../src/lib/bindings';
import { clone, fail, latest, type Core, type ExportCommand, type Handlers } from './core';
import type { Interview, Money, Quote } from './interview';

/** An export between `export_prepare` and `export_seal` (or its cancelling). */
export interface ExportSession {
  items: ExportReviewItem[];
  exclusions: ExportExclusion[];
  chosen: Chosen[];
  /** The chosen interviews by pseudonymous id. */
  byPseudonym: Map<string, Chosen>;
  /** The possible detections restored, by `interview_id|path`: offsets in the original. */
  restored: Map<string, number[]>;
}

interface Chosen {
  id: string;
  label: string | null;
  interview: Interview;
}

interface Redacted {
  original: Segment[];
  result: Segment[];
  redacted: string;
  spans: number;
}

/** Redacts a text, keeping the possible detections that start at `restored`. */
type Redactor = (text: string, restored?: number[]) => Redacted;

const pseudo = (id: string) => `p_${id.replace(/-/g, '').slice(0, 16)}`;
const NO_EXPORT = 'no export is in progress: start again from the first step';

/** The preview's fields: path, rule, class, and what the rule makes of a value. */
const PREVIEW_FIELDS: [string, string, string, (v: unknown, id: string, redact: Redactor) => unknown][] = [
  ['identity.full_name', 'drop', 'direct', () => null],
  ['identity.phones', 'drop', 'direct', () => null],
  ['participant.pseudonym', 'pseudonymise', 'direct', (_v, id) => pseudo(id).replace('p_', 'p_1')],
  ['participant.birth_year', 'generalise:birth_year_band5', 'quasi', (v) => band5(v as number)],
  ['participant.gender', 'keep', 'quasi', (v) => v],
  ['participant.origin.province', 'generalise:region', 'quasi', (v) => v],
  ['participant.origin.district', 'drop', 'direct', () => null],
  ['interview.date', 'generalise:year', 'quasi', (v) => String(v).slice(0, 4)],
  ['actors[].name', 'pseudonymise', 'direct', (_v, id) => pseudo(id).replace('p_', 'p_2')],
  ['migration_episodes[].fees[].amount', 'generalise:amount_band', 'quasi', (v) => ({ ...(v as Money), amount: 500, amount_max: 1000, banded: true })],
  ['interview.languages', 'keep', 'none', (v) => v],
  ['participant.pre_migration_income', 'keep', 'quasi', (v) => v],
  ['migration_episodes[].destination_country', 'keep', 'quasi', (v) => v],
  ['remittances[].uses', 'keep', 'none', (v) => v],
  ['notes', 'redact_text', 'sensitive', (v, _id, redact) => redact(v as string).redacted],
];

const band5 = (year: number) => `${year - (year % 5)}-${year - (year % 5) + 4}`;

/** The first non-empty value at a policy path (`a[].b`), with the concrete path to it. */
function firstAt(v: unknown, segs: string[], prefix: string): [string, unknown] | null {
  if (!segs.length) return v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length) ? null : [prefix, v];
  const [seg, ...rest] = segs;
  const list = seg.endsWith('[]');
  const name = list ? seg.slice(0, -2) : seg;
  const child = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[name] : undefined;
  const here = prefix ? `${prefix}.${name}` : name;
  if (child === undefined) return null;
  if (!list) return firstAt(child, rest, here);
  const items = Array.isArray(child) ? child : [];
  for (let i = 0; i < items.length; i++) {
    const r = firstAt(items[i], rest, `${here}[${i}]`);
    if (r) return r;
  }
  return null;
}

/**
 * Redacts what the interview itself names (people, places) and what looks like a phone or a social
 * link; a capitalised word after an English honorific ("Mr. Kowalski") is a possible name, as in
 * the core when the word is in no lexicon (src/deid/entities.rs, `detector:name_honorific`).
 */
function redactor(interview: Interview): Redactor {
  const known: [string, string][] = [];
  const id = interview.identity ?? {};
  if (id.full_name) known.push([id.full_name, 'name']);
  for (const n of id.other_names ?? []) known.push([n, 'name']);
  for (const a of interview.actors ?? []) {
    if (a.name && ['friend', 'broker', 'relative'].includes(a.kind ?? '')) known.push([a.name.replace(/\s*\(.*\)$/, ''), 'name']);
  }
  // Places below province level, like the core's known places (case-insensitive here too).
  for (const p of [interview.interview?.place, interview.participant?.origin]) {
    if (p?.district) known.push([p.district, 'place']);
    for (const part of (p?.locality ?? '').split(',')) if (part.trim()) known.push([part.trim().replace(/^(thôn|xã|xóm)\s+/i, ''), 'place']);
  }
  known.sort((a, b) => b[0].length - a[0].length);
  return (text, restored = []) => {
    const spans: { start: number; end: number; kind: string; possible?: boolean }[] = [];
    const free = (start: number, end: number) => !spans.some((s) => start < s.end && end > s.start);
    for (const [value, kind] of known) {
      let at = 0;
      while ((at = text.toLowerCase().indexOf(value.toLowerCase(), at)) >= 0) {
        if (free(at, at + value.length)) spans.push({ start: at, end: at + value.length, kind });
        at += value.length;
      }
    }
    for (const m of text.matchAll(/(?:https?:\/\/)?(?:www\.)?(?:facebook|zalo|line)\.(?:com|me)\/[\w.\-/]+\w/g)) {
      if (free(m.index, m.index + m[0].length)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'url' });
    }
    for (const m of text.matchAll(/\+?\d[\d \-]{7,}\d/g)) {
      if (free(m.index, m.index + m[0].length)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
    }
    for (const m of text.matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.? (\p{Lu}\p{Ll}+)/gu)) {
      const start = m.index + m[0].length - m[1].length;
      if (free(start, start + m[1].length)) spans.push({ start, end: start + m[1].length, kind: 'name', possible: true });
    }
    spans.sort((a, b) => a.start - b.start);
    // As the core: a span takes the brackets its identifier fills ("(0936 214 587)").
    for (const s of spans) {
      const pair = BRACKETS.find(([, close]) => text[s.end] === close);
      if (!pair || text.slice(s.start, s.end).includes(pair[1])) continue;
      const inside = text[s.start] === pair[0];
      const [from, to] = [inside ? s.start : s.start - 1, s.end + 1];
      if ((inside || text[s.start - 1] === pair[0]) && !spans.some((x) => x !== s && from < x.end && to > x.start)) {
        if (!inside) s.start--;
        s.end++;
      }
    }
    const original: Segment[] = [];
    const result: Segment[] = [];
    let at = 0;
    let redacted = '';
    const plain = (s: string) => {
      original.push({ text: s, redacted: false, kind: null, possible: false, start: at });
      result.push({ text: s, redacted: false, kind: null, possible: false, start: 0 });
    };
    for (const s of spans) {
      if (s.start > at) plain(text.slice(at, s.start));
      const possible = !!s.possible;
      if (possible && restored.includes(s.start)) {
        // As the core: a restored detection reads as plain text in both, still marked possible.
        original.push({ text: text.slice(s.start, s.end), redacted: false, kind: s.kind, possible, start: s.start });
        result.push({ text: text.slice(s.start, s.end), redacted: false, kind: null, possible: false, start: 0 });
        redacted += text.slice(at, s.end);
        at = s.end;
        continue;
      }
      original.push({ text: text.slice(s.start, s.end), redacted: true, kind: s.kind, possible, start: s.start });
      result.push({ text: `[REDACTED:${s.kind}]`, redacted: true, kind: s.kind, possible: false, start: 0 });
      redacted += text.slice(at, s.start) + `[REDACTED:${s.kind}]`;
      at = s.end;
    }
    if (at < text.length) plain(text.slice(at));
    redacted += text.slice(at);
    return { original, result, redacted, spans: spans.length };
  };
}

/** Bracket pairs an identifier can fill (src/deid/redact.rs). */
const BRACKETS = [
  ['(', ')'],
  ['[', ']'],
  ['（', '）'],
  ['「', '」'],
];

const quoteOk = (i: Interview, q: Quote) => !!(i.consent?.scopes?.quote_verbatim && q.consent_to_quote);

/** The export in progress, or the error the core gives without one. */
function session(core: Core): ExportSession {
  core.requireUnlocked();
  if (!core.exporting) throw fail('no_export', NO_EXPORT);
  return core.exporting;
}

function item(ex: ExportSession, interviewId: string, path: string): number {
  const n = ex.items.findIndex((x) => x.interview_id === interviewId && x.path === path);
  if (n < 0) throw fail('not_found', `nothing to review at ${path} in interview ${interviewId}`);
  return n;
}

/** The export wizard's commands. */
export function exportCommands(core: Core): Handlers<ExportCommand> {
  return {
    export_candidates() {
      const v = core.requireUnlocked();
      return [...v.records.values()]
        .map((rec): ExportCandidate => {
          const i = latest(rec);
          if (rec.withdrawn_at) return { id: rec.id, label: null, interview_date: null, shareable: false, reason: 'withdrawn', quotes_without_consent: 0 };
          if (!i) return { id: rec.id, label: null, interview_date: null, shareable: false, reason: 'damaged', quotes_without_consent: 0 };
          const reason: ExclusionKind | null = i.consent?.withdrawal ? 'withdrawn' : i.consent?.scopes?.share_deidentified ? null : 'no_share_consent';
          const quotes = reason ? 0 : (i.quotes ?? []).filter((q) => !quoteOk(i, q)).length;
          return {
            id: rec.id,
            label: i.participant?.pseudonym ?? null,
            interview_date: i.interview?.date ?? null,
            shareable: !reason,
            reason: reason ?? (quotes ? 'quotes_without_consent' : null),
            quotes_without_consent: quotes,
          };
        })
        .sort((a, b) => Number(!a.shareable) - Number(!b.shareable) || String(a.label).localeCompare(String(b.label)));
    },
    export_prepare({ interviewIds }) {
      const v = core.requireUnlocked();
      core.exporting = null;
      if (v.profile === null) throw fail('no_profile', 'this vault has no project profile, so there is no one to export to');
      const everything = !interviewIds;
      const ids = interviewIds ?? [...v.records.keys()];
      const exclusions: ExportExclusion[] = [];
      const chosen: Chosen[] = [];
      let quotesKept = 0;
      let quotesOut = 0;
      for (const id of ids) {
        const rec = v.records.get(id);
        if (!rec) throw fail('not_found', `no readable interview with id ${id} in the vault`);
        const i = latest(rec);
        const label = i?.participant?.pseudonym ?? null;
        if (rec.withdrawn_at || !i || i.consent?.withdrawal) {
          if (!everything && !i) throw fail('not_found', `no readable interview with id ${id} in the vault`);
          exclusions.push({ record_id: rec.withdrawn_at ? null : id, label, reason: 'withdrawn', count: 1 });
          continue;
        }
        if (!i.consent?.scopes?.share_deidentified) {
          exclusions.push({ record_id: id, label, reason: 'no_share_consent', count: 1 });
          continue;
        }
        const quotes = i.quotes ?? [];
        const out = quotes.filter((q) => !quoteOk(i, q)).length;
        quotesOut += out;
        quotesKept += quotes.length - out;
        if (out) exclusions.push({ record_id: id, label, reason: 'quotes_without_consent', count: out });
        chosen.push({ id, label, interview: { ...clone(i), quotes: quotes.filter((q) => quoteOk(i, q)) } });
      }
      if (!chosen.length) throw fail('nothing_to_export', `none of the ${ids.length} selected interviews may be shared: nothing was exported`);
      const fields: FieldPreview[] = [];
      for (const [path, rule, cls, after] of PREVIEW_FIELDS) {
        for (const c of chosen) {
          const hit = firstAt(c.interview, path.split('.'), '');
          if (!hit) continue;
          fields.push({
            path,
            example_path: hit[0],
            rule,
            class: cls,
            quasi_identifier: cls === 'quasi',
            example_from: c.label,
            before: hit[1],
            after: after(hit[1], c.id, redactor(c.interview)),
          });
          break;
        }
      }
      const items: ExportReviewItem[] = [];
      let spans = 0;
      for (const c of chosen) {
        const redact = redactor(c.interview);
        const texts: [string, string | null | undefined][] = [['notes', c.interview.notes]];
        (c.interview.migration_episodes ?? []).forEach((e, n) =>
          (e.exits ?? []).forEach((x, m) => texts.push([`migration_episodes[${n}].exits[${m}].description`, x.description])),
        );
        (c.interview.quotes ?? []).forEach((q, n) => texts.push([`quotes[${n}].text`, q.text]));
        for (const [path, text] of texts) {
          if (typeof text !== 'string') continue;
          const r = redact(text);
          if (!r.spans) continue;
          spans += r.spans;
          items.push({ interview_id: pseudo(c.id), label: c.label, path, original: r.original, result: r.result, redacted: r.redacted, approved: false, edited: false });
        }
      }
      core.exporting = { items, exclusions, chosen, byPseudonym: new Map(chosen.map((c) => [pseudo(c.id), c])), restored: new Map() };
      const n = chosen.length;
      return {
        project: 'Runaway study (demo)',
        recipients: ['Demo researcher'],
        steps: {
          considered: ids.length,
          withdrawn: exclusions.filter((e) => e.reason === 'withdrawn').length,
          no_share_consent: exclusions.filter((e) => e.reason === 'no_share_consent').length,
          passed: n,
          quotes_kept: quotesKept,
          quotes_excluded: quotesOut,
          dropped: 61 * n,
          pseudonymised: 24 * n,
          generalised: 9 * n,
          strings_scanned: 40 * n,
          strings_redacted: items.length,
          spans_redacted: spans,
          k: 1,
          classes: n,
          smallest_class: 1,
          suppressed: 0,
          exported: n,
        },
        exclusions: clone(exclusions),
        fields,
        items: clone(items),
        keep_list: [],
        default_path: '/home/fieldworker/Documents/fieldvault-runaway-study-demo-2025-03-10.fvb',
      };
    },
    export_revise({ interviewId, path, text }) {
      const ex = session(core);
      const n = item(ex, interviewId, path);
      const r = redactor(ex.byPseudonym.get(interviewId)!.interview)(text);
      const original = r.original.length ? r.original : [{ text, redacted: false, kind: null, possible: false, start: 0 }];
      ex.items[n] = { ...ex.items[n], original, result: r.result, redacted: r.redacted, approved: false, edited: true };
      ex.restored.delete(`${interviewId}|${path}`);
      return clone(ex.items[n]);
    },
    export_restore({ interviewId, path, start }) {
      const ex = session(core);
      const n = item(ex, interviewId, path);
      const it = ex.items[n];
      const key = `${interviewId}|${path}`;
      if (!it.original.some((s) => s.possible && s.start === start)) {
        throw fail('not_found', `nothing possible to restore at ${start} in ${path} of interview ${interviewId}: only a possible detection can be restored`);
      }
      const restored = [...new Set([...(ex.restored.get(key) ?? []), start])];
      ex.restored.set(key, restored);
      const r = redactor(ex.byPseudonym.get(interviewId)!.interview)(it.original.map((s) => s.text).join(''), restored);
      ex.items[n] = { ...it, original: r.original, result: r.result, redacted: r.redacted, approved: false };
      return clone(ex.items[n]);
    },
    export_approve({ interviewId, path, approved }) {
      const ex = session(core);
      const it = ex.items[item(ex, interviewId, path)];
      it.approved = approved;
      return clone(it);
    },
    async export_seal({ outPath }) {
      const ex = session(core);
      const left = ex.items.filter((x) => !x.approved).length;
      if (left) throw fail('not_approved', `${left} redacted texts are not approved yet: approve or edit each one on the review step; nothing was written`);
      if (!outPath.startsWith('/')) throw fail('invalid', `'${outPath}' is not a full file path`);
      if (core.files.includes(outPath)) throw fail('already_exists', `${outPath} already exists: choose another file name; nothing was overwritten`);
      const stages = ['building', 'encrypting', 'writing'] as const;
      const delay = core.options.sealDelayMs ?? 120;
      for (let n = 0; n < stages.length; n++) {
        core.emit('export-progress', { stage: stages[n], done: n, total: 3 });
        await new Promise((r) => setTimeout(r, delay));
      }
      core.emit('export-progress', { stage: 'done', done: 3, total: 3 });
      core.exporting = null;
      core.files.push(outPath);
      return {
        path: outPath,
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
      core.exporting = null;
      return null;
    },
  };
}
