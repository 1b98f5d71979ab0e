// Translation tables and lookups (pure; the reactive language lives in i18n.svelte.ts).
// UI strings: ui.<lang>.json (this app). Form labels: schema.<lang>.json (keys derived from the
// interview schema by scripts/i18n-schema-keys.mjs): section.<Def>, field.<Def>.<prop>,
// help.<Def>.<prop>, enum.<EnumDef>.<value>.

// English is bundled (every lookup falls back to it); the other languages' tables are separate
// chunks, loaded (from the app's own origin, no network) when the language is chosen: parsing all
// four languages at start cost the web process memory for tables nobody reads.

import uiEn from './ui.en.json';
import schemaEn from './schema.en.json';
import problemsEn from './problems.en.json';

export const LANGS = ['en', 'vi', 'ja', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];

export type Table = Record<string, string>;

/** UI strings by language (empty until `loadLang`). */
export const UI: Record<Lang, Table> = { en: uiEn, vi: {}, ja: {}, 'zh-TW': {} };

/** Validation messages by key (`whole_number`), shared with the core (its English is the CLI's). */
export const PROBLEMS: Record<Lang, Table> = { en: problemsEn, vi: {}, ja: {}, 'zh-TW': {} };

/** Form labels by language (empty until `loadLang`). */
export const SCHEMA: Record<Lang, Table> = { en: schemaEn, vi: {}, ja: {}, 'zh-TW': {} };

type Other = Exclude<Lang, 'en'>;
type Tables = [{ default: Table }, { default: Table }, { default: Table }];

// Literal paths, so that Vite emits each table as its own chunk.
const LOADERS: Record<Other, () => Promise<Tables>> = {
  vi: () => Promise.all([import('./ui.vi.json'), import('./schema.vi.json'), import('./problems.vi.json')]),
  ja: () => Promise.all([import('./ui.ja.json'), import('./schema.ja.json'), import('./problems.ja.json')]),
  'zh-TW': () => Promise.all([import('./ui.zh-TW.json'), import('./schema.zh-TW.json'), import('./problems.zh-TW.json')]),
};

const loading = new Map<Lang, Promise<void>>([['en', Promise.resolve()]]);

/** Loads a language's tables (once); English is always there. */
export function loadLang(lang: Lang): Promise<void> {
  let p = loading.get(lang);
  if (!p) {
    const other = lang as Other;
    p = LOADERS[other]().then(([ui, schema, problems]) => {
      UI[other] = ui.default;
      SCHEMA[other] = schema.default;
      PROBLEMS[other] = problems.default;
    });
    // A failed load may be retried on the next switch.
    p.catch(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

/** Every language's tables (for tests that compare them). */
export function loadAllLangs(): Promise<void> {
  return Promise.all(LANGS.map(loadLang)).then(() => undefined);
}

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
