import { describe, expect, it } from 'vitest';
import type { ExportCandidate, ExportReviewItem } from './bindings';
import { previewValue, progressPercent, replaceItem, reviewCount, ruleKey, segmentsText, selectionState, toggleAll } from './export';

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

  it('segments join back into the text and approvals are counted', () => {
    const items = [item('p1', 'notes'), item('p2', 'notes', true)];
    expect(segmentsText(items[0].result)).toBe(items[0].redacted);
    expect(segmentsText(items[0].original)).toBe('Met Lan');
    expect(reviewCount(items)).toEqual({ approved: 1, total: 2 });
    const next = replaceItem(items, { ...items[0], approved: true });
    expect(reviewCount(next)).toEqual({ approved: 2, total: 2 });
    expect(next[1]).toBe(items[1]);
  });

  it('progress is a percentage', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ stage: 'encrypting', done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ stage: 'done', done: 3, total: 3 })).toBe(100);
  });
});
