// The UI language (switchable at run time, no reload) and the lookups the components use.

import { schema } from '../form/model';
import { LANGS, PROBLEMS, SCHEMA, UI, cleanDescription, humanize, interpolate, isLang, loadLang, lookup, type Lang } from './messages';

let current = $state<Lang>('en');
let requested: Lang = 'en';

export const i18n = {
  get lang(): Lang {
    return current;
  },
  /**
   * Switches the UI language once its tables are loaded (the screen keeps the old language until
   * then, never a mix). The last request wins when switches overlap.
   */
  async setLang(l: string): Promise<void> {
    if (!isLang(l)) return;
    requested = l;
    await loadLang(l);
    if (requested !== l) return;
    current = l;
    if (typeof document !== 'undefined') document.documentElement.lang = l;
  },
};

export { LANGS, type Lang };

// Intl objects wrap ICU formatters that live outside the JavaScript heap: building one per call
// (a list renders hundreds of dates and country names) grows the web process by megabytes before
// the collector notices. One of each kind per language is enough.
const intlCache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  const k = `${current}\u0000${key}`;
  let v = intlCache.get(k) as T | undefined;
  if (v === undefined) {
    v = make();
    intlCache.set(k, v);
  }
  return v;
}

/** A UI string: `t('list.title')`, `t('unlock.failed', {n: 3})`. */
export function t(key: string, params?: Record<string, string | number>): string {
  return interpolate(lookup(UI, current, key) ?? key, params);
}

/** A UI string with a plural form: looks up `key.one` / `key.other` (per the language's rules). */
export function tn(key: string, n: number, params?: Record<string, string | number>): string {
  const cat = cached('plural', () => new Intl.PluralRules(current)).select(n);
  const s = lookup(UI, current, `${key}.${cat}`) ?? lookup(UI, current, `${key}.other`) ?? key;
  return interpolate(s, { n: formatNumber(n), ...params });
}

export function formatNumber(n: number): string {
  return cached('number', () => new Intl.NumberFormat(current)).format(n);
}

/** Items joined as the UI language joins a short list ("Japan, Taiwan"; "日本、台湾"), without an "and" that could read as part of a label. */
export function formatList(items: readonly string[]): string {
  return cached('list', () => new Intl.ListFormat(current, { type: 'conjunction', style: 'narrow' })).format(items);
}

/** A timestamp (RFC 3339) in the UI language, to the minute. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return cached('time', () => new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' })).format(d);
}

/** A validation message template by key, in the UI language (English, then null, when missing). */
export function problemTemplate(key: string): string | null {
  return lookup(PROBLEMS, current, key) ?? null;
}

export function fieldLabel(def: string, prop: string): string {
  return lookup(SCHEMA, current, `field.${def}.${prop}`) ?? humanize(prop);
}

export function fieldHelp(def: string, prop: string, description = ''): string {
  return lookup(SCHEMA, current, `help.${def}.${prop}`) ?? cleanDescription(description);
}

export function sectionLabel(def: string): string {
  return lookup(SCHEMA, current, `section.${def}`) ?? humanize(def.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

export function enumLabel(enumDef: string | undefined, value: string): string {
  if (!enumDef) return value;
  const hit = lookup(SCHEMA, current, `enum.${enumDef}.${value}`);
  if (hit) return hit;
  const d = schema.enumDescription(enumDef, value);
  return d ? cleanDescription(d).replace(/\.$/, '') : humanize(value);
}

/** A country code in the UI language (Intl's names), e.g. `JP` → "Japan" / "Nhật Bản". */
export function countryName(code: string): string {
  try {
    return cached('region', () => new Intl.DisplayNames([current], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(tag: string): string {
  try {
    return cached('language', () => new Intl.DisplayNames([current], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const allLangs = LANGS;
