import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import UI_EN from './i18n/ui.en.json';
import type { ExportCandidate, ExportReviewItem } from './bindings';
import { nextOpenGroup, previewValue, progressPercent, redactionRule, replaceItem, reviewCount, reviewGroups, reviewShortcut, ruleKey, segmentsText, selectionState, toggleAll, withFvb } from './export';

const cand = (id: string, shareable: boolean): ExportCandidate => ({
  id,
  label: id.toUpperCase(),
  interview_date: null,
  shareable,
  reason: shareable ? null : 'no_share_consent',
  quotes_without_consent: 0,
});

const item = (interview_id: string, path: string, approved = false): ExportReviewItem => ({
  interview_id,
  label: null,
  path,
  original: [
    { text: 'Met ', redacted: false, kind: null, possible: false, start: 0 },
    { text: 'Lan', redacted: true, kind: 'name', possible: false, start: 4 },
  ],
  result: [
    { text: 'Met ', redacted: false, kind: null, possible: false, start: 0 },
    { text: '[REDACTED:name]', redacted: true, kind: 'name', possible: false, start: 0 },
  ],
  redacted: 'Met [REDACTED:name]',
  approved,
  edited: false,
});

describe('choosing interviews', () => {
  const cs = [cand('a', true), cand('b', true), cand('c', false)];
  it('select all covers the shareable ones only', () => {
    expect(selectionState(cs, new Set())).toBe('none');
    expect(selectionState(cs, new Set(['a']))).toBe('some');
    expect(selectionState(cs, new Set(['a', 'b']))).toBe('all');
    expect([...toggleAll(cs, new Set(['a']))].sort()).toEqual(['a', 'b']);
    expect(toggleAll(cs, new Set(['a', 'b'])).size).toBe(0);
  });
});

describe('preview and review', () => {
  it('rule codes become keys', () => {
    expect(ruleKey('drop')).toBe('export.rule.drop');
    expect(ruleKey('generalise:birth_year_band5')).toBe('export.rule.generalise_birth_year_band5');
  });

  it('values read as text', () => {
    expect(previewValue(null)).toBe('—');
    expect(previewValue([])).toBe('—');
    expect(previewValue(['vi', 'ja'])).toBe('vi; ja');
    expect(previewValue({ amount: 700, amount_max: 1000, currency: 'USD', per: 'once' })).toBe('700–1000 USD / once');
    expect(previewValue({ amount: 500, amount_max: 500, currency: 'USD' })).toBe('500 USD');
    expect(previewValue('woman', (x) => `<${x}>`)).toBe('<woman>');
    expect(previewValue(1966)).toBe('1966');
  });

  it('codes in lists and objects are labelled where they sit', () => {
    const seen: unknown[] = [];
    const label = (x: string | number | boolean, at: (string | number)[]) => {
      seen.push(at);
      return x === 'debt_repayment' ? 'Repaying debt' : String(x);
    };
    expect(previewValue(['debt_repayment', 'x'], label)).toBe('Repaying debt; x');
    expect(seen).toEqual([[0], [0]]);
    expect(previewValue({ amount: 1200000, currency: 'VND', per: 'month' }, (x, at) => (at[0] === 'amount' ? '1,200,000' : `<${x}>`))).toBe('1,200,000 VND / <month>');
    expect(previewValue({ province: 'VN-HD', district: null }, String, (k) => k.toUpperCase())).toBe('PROVINCE: VN-HD');
    expect(previewValue(['vi', 'ja'], String, undefined, (xs) => xs.join('、'))).toBe('vi、ja');
  });

  it('a bundle name gets .fvb, as the core adds it', () => {
    expect(withFvb('/home/me/study')).toBe('/home/me/study.fvb');
    expect(withFvb(' /home/me/study.fvb ')).toBe('/home/me/study.fvb');
    expect(withFvb('/home/me/Study.FVB')).toBe('/home/me/Study.FVB');
    expect(withFvb('/home/me/study.tar')).toBe('/home/me/study.tar.fvb');
    expect(withFvb('/home/me/.fvb')).toBe('/home/me/.fvb.fvb');
    expect(withFvb('/home/me/')).toBe('/home/me/');
  });

  it('redaction rules read as what was found and how', () => {
    expect(redactionRule('known:actor')).toEqual({ source: 'known', kind: 'actor' });
    expect(redactionRule('detector:passport')).toEqual({ source: 'detector', kind: 'id_number' });
    expect(redactionRule('gazetteer:place')).toEqual({ source: 'gazetteer', kind: 'place' });
    expect(redactionRule('odd')).toEqual({ source: null, kind: 'odd' });
    expect(redactionRule('detector:name_title')).toEqual({ source: 'detector', kind: 'person' });
    expect(redactionRule('detector:organisation')).toEqual({ source: 'detector', kind: 'organisation' });
    expect(redactionRule('detector:new_rule')).toEqual({ source: 'detector', kind: 'unknown' });
  });

  it('every detector rule the core names reads as a kind the UI has words for', () => {
    const deid = new URL('../../../src/deid/', import.meta.url);
    const rules = new Set<string>();
    for (const f of readdirSync(deid, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.rs'))) {
      for (const m of readFileSync(new URL(f, deid), 'utf8').matchAll(/"detector:([a-z_]+)"/g)) rules.add(m[1]);
    }
    expect(rules.size).toBeGreaterThan(20);
    const en = UI_EN as Record<string, string>;
    for (const r of rules) {
      const { kind } = redactionRule(`detector:${r}`);
      expect(kind, r).not.toBe('unknown');
      expect(en[`export.id_kind.${kind}`], r).toBeDefined();
    }
  });

  it('segments join back into the text and approvals are counted', () => {
    const items = [item('p1', 'notes'), item('p2', 'notes', true)];
    expect(segmentsText(items[0].result)).toBe(items[0].redacted);
    expect(segmentsText(items[0].original)).toBe('Met Lan');
    expect(reviewCount(items)).toEqual({ approved: 1, total: 2 });
    const next = replaceItem(items, { ...items[0], approved: true });
    expect(reviewCount(next)).toEqual({ approved: 2, total: 2 });
    expect(next[1]).toBe(items[1]);
  });

  it('texts are reviewed by interview, and the next one with texts left follows', () => {
    const items = [item('p1', 'notes', true), item('p2', 'notes'), item('p1', 'quotes[0].text', true), item('p3', 'notes', true)];
    const groups = reviewGroups(items);
    expect(groups.map((g) => [g.interviewId, g.items.length, g.approved])).toEqual([
      ['p1', 2, 2],
      ['p2', 1, 0],
      ['p3', 1, 1],
    ]);
    expect(nextOpenGroup(groups, 0)).toBe(1);
    expect(nextOpenGroup(groups, 1)).toBe(1);
    expect(nextOpenGroup(groups, 2)).toBe(1);
    expect(nextOpenGroup(reviewGroups(items.filter((i) => i.approved)), 0)).toBe(-1);
  });

  it('review keys: a, e, j/k, shift+a; none with a modifier', () => {
    const k = (key: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
      reviewShortcut({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
    expect([k('a'), k('e'), k('j'), k('k'), k('n'), k('p'), k('A', { shiftKey: true })]).toEqual(['approve', 'edit', 'next', 'previous', 'next', 'previous', 'approve_all']);
    expect([k('a', { ctrlKey: true }), k('e', { altKey: true }), k('a', { metaKey: true }), k('x'), k('Enter')]).toEqual([null, null, null, null, null]);
  });

  it('progress is a percentage', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ stage: 'encrypting', done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ stage: 'done', done: 3, total: 3 })).toBe(100);
  });
});
