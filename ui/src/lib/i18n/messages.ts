// Translation tables and lookups (pure; the reactive language lives in i18n.svelte.ts).
// UI strings: ui.<lang>.json (this app). Form labels: schema.<lang>.json (keys derived from the
// interview schema by scripts/i18n-schema-keys.mjs): section.<Def>, field.<Def>.<prop>,
// help.<Def>.<prop>, enum.<EnumDef>.<value>.

import uiEn from './ui.en.json';
import uiVi from './ui.vi.json';
import uiJa from './ui.ja.json';
import uiZhTW from './ui.zh-TW.json';

export const LANGS = ['en', 'vi', 'ja', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];

export type Table = Record<string, string>;

export const UI: Record<Lang, Table> = { en: uiEn, vi: uiVi, ja: uiJa, 'zh-TW': uiZhTW };

const problemFiles = import.meta.glob<Table>('./problems.*.json', { eager: true, import: 'default' });

/** Validation messages by key (`whole_number`), shared with the core (its English is the CLI's). */
export const PROBLEMS: Record<Lang, Table> = Object.fromEntries(
  LANGS.map((l) => [l, problemFiles[`./problems.${l}.json`] ?? {}]),
) as Record<Lang, Table>;

const schemaFiles = import.meta.glob<Table>('./schema.*.json', { eager: true, import: 'default' });

export const SCHEMA: Record<Lang, Table> = Object.fromEntries(
  LANGS.map((l) => [l, schemaFiles[`./schema.${l}.json`] ?? {}]),
) as Record<Lang, Table>;

/** Each language's own name, as shown in the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt', ja: '日本語', 'zh-TW': '繁體中文（台灣）' };

export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && (LANGS as readonly string[]).includes(s);
}

/** Replaces `{name}` placeholders. */
export function interpolate(s: string, params?: Record<string, string | number>): string {
  if (!params) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function lookup(tables: Record<Lang, Table>, lang: Lang, key: string): string | undefined {
  const v = tables[lang]?.[key];
  if (typeof v === 'string' && v.trim() !== '') return v;
  const en = tables.en?.[key];
  return typeof en === 'string' && en.trim() !== '' ? en : undefined;
}

/** `first_name` → `First name`: the last fallback for a label no table has. */
export function humanize(s: string): string {
  const t = s.replace(/_/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The first sentence-ish paragraph of a schema description, without Markdown marks. */
export function cleanDescription(s: string): string {
  return s.split(/\n\s*\n/)[0].replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
