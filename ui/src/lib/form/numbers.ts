// Numbers as people write them in the UI language: "2.000.000" in Vietnamese, "2,000,000" in
// English and Japanese. Amounts of money are shown grouped and read back from what was typed.

const cache = new Map<string, { group: string; decimal: string; format: Intl.NumberFormat }>();

function separators(lang: string) {
  let hit = cache.get(lang);
  if (!hit) {
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
    const parts = format.formatToParts(1234567.5);
    hit = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      format,
    };
    cache.set(lang, hit);
  }
  return hit;
}

/** `2000000` → "2,000,000" (en) or "2.000.000" (vi). */
export function formatGrouped(n: number, lang: string): string {
  return separators(lang).format.format(n);
}

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * What the user typed, as a number: digits with the language's grouping and decimal marks (or a
 * plain `1500.5`); null when it is not a number. A mark is read as grouping only when groups of
 * exactly three digits follow it, so "1.5" is one and a half in every language.
 */
export function parseNumber(text: string, lang: string): number | null {
  const { group, decimal } = separators(lang);
  let s = text.trim().replace(SPACES, '');
  if (s === '') return null;
  const sign = s.startsWith('-') ? '-' : '';
  if (sign) s = s.slice(1);
  const marks = [...new Set(s.replace(/\d/g, ''))];
  if (marks.some((m) => m !== '.' && m !== ',' && m !== "'")) return null;
  let intPart = s;
  let frac = '';
  // The decimal mark is the last mark that is not followed by exactly one or more groups of 3.
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (last !== -1) {
    const tail = s.slice(last + 1);
    const mark = s[last];
    const groupedTail = /^\d{3}$/.test(tail) && (mark === group || (mark !== decimal && s.indexOf(mark) !== last));
    if (!groupedTail) {
      intPart = s.slice(0, last);
      frac = tail;
      if (!/^\d+$/.test(frac)) return null;
    }
  }
  const groups = intPart.split(/[.,']/);
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return null;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits)) return null;
  return Number(`${sign}${digits}${frac ? `.${frac}` : ''}`);
}
