import { describe, expect, it } from 'vitest';
import { checkPartialDate, daysOf, formatPartialDate, parsePartialDate, partialDateSortKey } from './partialDate';

describe('partial dates', () => {
  it('parses the three precisions', () => {
    expect(parsePartialDate('2016')).toEqual({ year: '2016', month: '', day: '' });
    expect(parsePartialDate('2016-04')).toEqual({ year: '2016', month: '04', day: '' });
    expect(parsePartialDate('2016-04-12')).toEqual({ year: '2016', month: '04', day: '12' });
    expect(parsePartialDate(undefined)).toEqual({ year: '', month: '', day: '' });
    expect(parsePartialDate(null)).toEqual({ year: '', month: '', day: '' });
  });

  it('formats parts back, round-tripping', () => {
    for (const s of ['2016', '2016-04', '2016-04-12', '2000-02-29']) expect(formatPartialDate(parsePartialDate(s))).toBe(s);
    expect(formatPartialDate({ year: '', month: '', day: '' })).toBeNull();
    expect(formatPartialDate({ year: '2016', month: '05', day: '' })).toBe('2016-05');
  });

  it('never drops what was typed, even when invalid', () => {
    expect(formatPartialDate({ year: '20', month: '', day: '' })).toBe('20');
    expect(formatPartialDate({ year: '', month: '05', day: '' })).toBe('-05');
    expect(formatPartialDate({ year: '2016', month: '', day: '09' })).toBe('2016--09');
    expect(parsePartialDate('20')).toEqual({ year: '20', month: '', day: '' });
  });

  it('checks like the core does', () => {
    for (const s of ['2016', '2016-04', '2016-04-12', '2000-02-29', '1900', '2100-12-31']) expect(checkPartialDate(s), s).toBeNull();
    expect(checkPartialDate('16')).toBe('year');
    expect(checkPartialDate('1800')).toBe('year_range');
    expect(checkPartialDate('2016-13')).toBe('month');
    expect(checkPartialDate('2016-4')).toBe('month');
    expect(checkPartialDate('2016-02-30')).toBe('day');
    expect(checkPartialDate('2015-02-29')).toBe('day');
    expect(checkPartialDate('2016--09')).toBe('day_without_month');
    expect(checkPartialDate('2016-04-12-1')).toBe('year');
  });

  it('sorts partial dates with unknown parts first and offers the right days', () => {
    expect(partialDateSortKey('2016')).toBe('2016-00-00');
    expect(partialDateSortKey('2016-04')).toBe('2016-04-00');
    expect(partialDateSortKey(null)).toBe('');
    expect(['2016-04-12', '2016', '2015-12'].sort((a, b) => partialDateSortKey(a).localeCompare(partialDateSortKey(b)))).toEqual([
      '2015-12',
      '2016',
      '2016-04-12',
    ]);
    expect(daysOf('2015', '02')).toHaveLength(28);
    expect(daysOf('2016', '02')).toHaveLength(29);
    expect(daysOf('', '02')).toHaveLength(29);
    expect(daysOf('2016', '')).toHaveLength(31);
  });
});
