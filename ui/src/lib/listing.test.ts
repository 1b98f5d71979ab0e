import { describe, expect, it } from 'vitest';
import { countItems, emptyQuery, facetValues, filterItems, fold, queryItems, sortItems, type ListItemLike } from './listing';

const active = (id: string, updated: string, s: Partial<NonNullable<ListItemLike['summary']>>): ListItemLike => ({
  id,
  created_at: updated,
  updated_at: updated,
  state: 'active',
  summary: { pseudonym: null, interview_date: null, destinations: [], sectors: [], statuses: [], ...s },
});

const items: ListItemLike[] = [
  active('a', '2024-01-05T10:00:00Z', { pseudonym: 'Hương', interview_date: '2016', destinations: ['TW'], sectors: ['domestic_care'] }),
  active('b', '2024-03-01T10:00:00Z', { pseudonym: 'My Anh', interview_date: '2019-07-02', destinations: ['JP'], sectors: ['garment', 'agriculture'] }),
  active('c', '2024-02-01T10:00:00Z', { pseudonym: 'Xuan', interview_date: '2018-11', destinations: ['JP', 'TW'], sectors: ['construction'] }),
  active('d', '2024-02-15T10:00:00Z', { pseudonym: null, interview_date: null, destinations: [], sectors: [] }),
  { id: 'e', created_at: '2023-01-01T00:00:00Z', updated_at: '2024-04-01T00:00:00Z', state: 'withdrawn' },
  { id: 'f', created_at: '2023-01-01T00:00:00Z', updated_at: '2023-06-01T00:00:00Z', state: 'damaged' },
];
const ids = (xs: ListItemLike[]) => xs.map((x) => x.id);
const labels = (kind: 'country' | 'sector' | 'status', code: string) =>
  kind === 'country' ? ({ JP: 'Japan', TW: 'Taiwan' } as Record<string, string>)[code] ?? code : code.replace(/_/g, ' ');

describe('interview list', () => {
  it('searches pseudonym, date, destination and sector, ignoring case and accents', () => {
    const q = (text: string) => ids(filterItems(items, { ...emptyQuery(), text }, labels));
    expect(q('huong')).toEqual(['a']);
    expect(q('HƯƠNG')).toEqual(['a']);
    expect(q('2019')).toEqual(['b']);
    expect(q('japan')).toEqual(['b', 'c']);
    expect(q('tw')).toEqual(['a', 'c']);
    expect(q('garment')).toEqual(['b']);
    expect(q('domestic care')).toEqual(['a']);
    expect(q('japan construction')).toEqual(['c']);
    expect(q('nobody')).toEqual([]);
    expect(fold('Đặng')).toBe('dang');
  });

  it('filters by state, destination and sector', () => {
    expect(ids(filterItems(items, { ...emptyQuery(), state: 'withdrawn' }))).toEqual(['e']);
    expect(ids(filterItems(items, { ...emptyQuery(), state: 'damaged' }))).toEqual(['f']);
    expect(ids(filterItems(items, { ...emptyQuery(), state: 'active' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterItems(items, { ...emptyQuery(), destination: 'TW' }))).toEqual(['a', 'c']);
    expect(ids(filterItems(items, { ...emptyQuery(), sector: 'agriculture' }))).toEqual(['b']);
    expect(ids(filterItems(items, { ...emptyQuery(), destination: 'JP', sector: 'construction' }))).toEqual(['c']);
  });

  it('sorts by last saved, interview date and pseudonym (missing values last)', () => {
    expect(ids(sortItems(items, 'updated'))).toEqual(['e', 'b', 'd', 'c', 'a', 'f']);
    expect(ids(sortItems(items, 'interview_date')).slice(0, 3)).toEqual(['b', 'c', 'a']);
    expect(ids(sortItems(items, 'pseudonym')).slice(0, 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(queryItems(items, { ...emptyQuery(), state: 'active', sort: 'pseudonym' }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts interviews by state and lists facet values', () => {
    expect(countItems(items)).toEqual({ total: 6, active: 4, withdrawn: 1, damaged: 1 });
    expect(facetValues(items, 'destinations')).toEqual(['JP', 'TW']);
    expect(facetValues(items, 'sectors')).toEqual(['agriculture', 'construction', 'domestic_care', 'garment']);
  });
});
