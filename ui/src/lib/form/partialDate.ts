// Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see src/schema/types.rs, PartialDate).
// The input keeps what the user typed in three parts; only `formatPartialDate` joins them.

export interface DateParts {
  /** As typed (normally four digits). */
  year: string;
  /** `''` or `01`–`12`. */
  month: string;
  /** `''` or `01`–`31`. */
  day: string;
}

/** Splits a stored value into parts without judging it (a half-typed year stays as typed). */
export function parsePartialDate(value: unknown): DateParts {
  if (typeof value !== 'string' || value === '') return { year: '', month: '', day: '' };
  const [year = '', month = '', day = ''] = value.split('-');
  return { year, month, day };
}

/** Joins parts into the stored value; `null` when nothing at all was entered. A day without a
 *  month is kept (as `YYYY--DD`) so that nothing typed is lost; validation reports it. */
export function formatPartialDate(p: DateParts): string | null {
  const year = p.year.trim();
  if (year === '' && p.month === '' && p.day === '') return null;
  let out = year;
  if (p.month !== '' || p.day !== '') out += `-${p.month}`;
  if (p.day !== '') out += `-${p.day}`;
  return out;
}

export const DATE_PROBLEMS = ['year', 'year_range', 'month', 'day', 'day_without_month'] as const;
export type PartialDateProblem = (typeof DATE_PROBLEMS)[number];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Mirrors the core's checks, for instant feedback; `null` when the value is valid. */
export function checkPartialDate(value: string): PartialDateProblem | null {
  const { year, month, day } = parsePartialDate(value);
  if (!/^\d{4}$/.test(year)) return 'year';
  const y = Number(year);
  if (y < 1900 || y > 2100) return 'year_range';
  if (day !== '' && month === '') return 'day_without_month';
  if (month !== '') {
    if (!/^\d{2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return 'month';
  }
  if (day !== '') {
    if (!/^\d{2}$/.test(day) || Number(day) < 1 || Number(day) > daysIn(y, Number(month))) return 'day';
  }
  if (value.split('-').length > 3) return 'year';
  return null;
}

/** Sort key: unknown month/day sort first within their year/month. Missing dates give `''`. */
export function partialDateSortKey(value: string | null | undefined): string {
  if (!value) return '';
  const { year, month, day } = parsePartialDate(value);
  return `${year.padStart(4, '0')}-${(month || '00').padStart(2, '0')}-${(day || '00').padStart(2, '0')}`;
}

export const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

export function daysOf(year: string, month: string): string[] {
  const y = /^\d{4}$/.test(year) ? Number(year) : 2000; // leap year when unknown: allow 29 Feb
  const m = Number(month);
  const n = m >= 1 && m <= 12 ? daysIn(y, m) : 31;
  return Array.from({ length: n }, (_, i) => String(i + 1).padStart(2, '0'));
}
