// Search, filters, sort and counts of the interview list (pure, over `ListItem`s).

import { partialDateSortKey } from './form/partialDate';

export interface SummaryLike {
  pseudonym?: string | null;
  interview_date?: string | null;
  destinations: string[];
  sectors: string[];
  statuses: string[];
}

export interface ListItemLike {
  id: string;
  updated_at: string;
  created_at: string;
  state: 'active' | 'withdrawn' | 'damaged';
  summary?: SummaryLike;
}

export type StateFilter = 'all' | 'active' | 'withdrawn' | 'damaged';
export type SortKey = 'updated' | 'interview_date' | 'pseudonym';

export interface ListQuery {
  text: string;
  state: StateFilter;
  /** Destination country code, or `''` for any. */
  destination: string;
  /** Sector code, or `''` for any. */
  sector: string;
  sort: SortKey;
}

export const emptyQuery = (): ListQuery => ({ text: '', state: 'all', destination: '', sector: '', sort: 'updated' });

/** Words a row can be found by: pseudonym, date, destination codes and names, sector codes and labels. */
export function searchText(item: ListItemLike, label: (kind: 'country' | 'sector' | 'status', code: string) => string): string {
  const s = item.summary;
  if (!s) return '';
  const parts = [s.pseudonym ?? '', s.interview_date ?? ''];
  for (const d of s.destinations) parts.push(d, label('country', d));
  for (const x of s.sectors) parts.push(x, label('sector', x));
  for (const x of s.statuses) parts.push(x, label('status', x));
  return parts.join(' \u0000 ');
}

/** Case- and accent-insensitive folding (so "huong" finds "Hương"). */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function filterItems<T extends ListItemLike>(
  items: readonly T[],
  q: ListQuery,
  label: (kind: 'country' | 'sector' | 'status', code: string) => string = (_k, c) => c,
): T[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  return items.filter((it) => {
    if (q.state !== 'all' && it.state !== q.state) return false;
    if (q.destination && !it.summary?.destinations.includes(q.destination)) return false;
    if (q.sector && !it.summary?.sectors.includes(q.sector)) return false;
    if (words.length) {
      const hay = fold(searchText(it, label));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

// One ICU collator per locale: each is a native object the garbage collector does not see.
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

/** Orders RFC 3339 timestamps and ids, which compare correctly as plain strings. */
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function sortItems<T extends ListItemLike>(items: readonly T[], key: SortKey, locale = 'en'): T[] {
  const out = [...items];
  const collator = collatorFor(locale);
  out.sort((a, b) => {
    // Withdrawn and damaged rows have no summary: after the readable ones (except by last saved).
    if (key !== 'updated' && !a.summary !== !b.summary) return a.summary ? -1 : 1;
    switch (key) {
      case 'updated':
        return cmp(b.updated_at, a.updated_at) || cmp(a.id, b.id);
      case 'interview_date': {
        const x = partialDateSortKey(a.summary?.interview_date);
        const y = partialDateSortKey(b.summary?.interview_date);
        if (!x !== !y) return x ? -1 : 1; // undated last
        return cmp(y, x) || cmp(b.updated_at, a.updated_at);
      }
      case 'pseudonym': {
        const x = a.summary?.pseudonym ?? '';
        const y = b.summary?.pseudonym ?? '';
        if (!x !== !y) return x ? -1 : 1; // unnamed last
        return collator.compare(x, y) || cmp(b.updated_at, a.updated_at);
      }
    }
  });
  return out;
}

export function queryItems<T extends ListItemLike>(items: readonly T[], q: ListQuery, label?: Parameters<typeof filterItems>[2], locale?: string): T[] {
  return sortItems(filterItems(items, q, label), q.sort, locale);
}

export interface Counts {
  total: number;
  active: number;
  withdrawn: number;
  damaged: number;
}

export function countItems(items: readonly ListItemLike[]): Counts {
  const c: Counts = { total: items.length, active: 0, withdrawn: 0, damaged: 0 };
  for (const it of items) c[it.state]++;
  return c;
}

/** Values present in the list, for the filter selects. */
export function facetValues(items: readonly ListItemLike[], facet: 'destinations' | 'sectors'): string[] {
  const set = new Set<string>();
  for (const it of items) for (const v of it.summary?.[facet] ?? []) set.add(v);
  return [...set].sort();
}
