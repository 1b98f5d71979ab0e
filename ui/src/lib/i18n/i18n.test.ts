// Every UI string and every form label exists, non-empty, in every language; every key the code
// uses exists in English.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../backend';
import { DATE_PROBLEMS } from '../form/partialDate';
import { ROOT_DEF, schema } from '../form/model';
import { LANGS, SCHEMA, UI, loadAllLangs, type Table } from './messages';

await loadAllLangs();

const here = fileURLToPath(new URL('.', import.meta.url));
const srcDir = join(here, '..', '..');
const read = (name: string): Table => JSON.parse(readFileSync(join(here, name), 'utf8'));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'bindings.ts') out.push(p);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['ui', (l: string) => read(`ui.${l}.json`)],
  ['schema', (l: string) => read(`schema.${l}.json`)],
])('%s.<lang>.json', (_kind, load) => {
  const en = load('en');

  it('English has keys and no empty value', () => {
    expect(Object.keys(en).length).toBeGreaterThan(50);
    for (const [k, v] of Object.entries(en)) expect(typeof v === 'string' && v.trim() !== '', k).toBe(true);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s has every English key, non-empty, with the same placeholders', (lang) => {
    const table = load(lang);
    const missing = Object.keys(en).filter((k) => typeof table[k] !== 'string' || table[k].trim() === '');
    expect(missing, `missing or empty in ${lang}`).toEqual([]);
    const extra = Object.keys(table).filter((k) => !(k in en));
    expect(extra, `keys in ${lang} that English lacks`).toEqual([]);
    const wrong = Object.keys(en).filter((k) => placeholders(en[k]).join() !== placeholders(table[k]).join());
    expect(wrong, `placeholders differ in ${lang}`).toEqual([]);
  });
});

describe('keys used by the code', () => {
  const en = read('ui.en.json');
  const namespaces = new Set(Object.keys(en).map((k) => k.split('.')[0]));
  const files = sourceFiles(srcDir);

  it('every t(…)/tn(…) key in the source is in ui.en.json', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const rel = relative(srcDir, file);
      // Literal first arguments of t() and tn().
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) if (!(m[1] in en)) problems.push(`${rel}: t('${m[1]}')`);
      for (const m of text.matchAll(/\btn\(\s*'([^']+)'/g)) if (!(`${m[1]}.other` in en)) problems.push(`${rel}: tn('${m[1]}') needs ${m[1]}.other`);
      // Any other literal that looks like a UI key (e.g. in a conditional argument).
      for (const m of text.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) {
        const key = m[1];
        if (!namespaces.has(key.split('.')[0])) continue;
        if (key in en || `${key}.other` in en) continue;
        if (Object.keys(en).some((k) => k.startsWith(`${key}.`))) continue; // a prefix used with a template
        problems.push(`${rel}: '${key}'`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every key built at run time exists', () => {
    const dynamic = [
      ...ERROR_CODES.map((c) => `error.${c}`),
      ...['too_short', 'long_enough', 'empty'].map((s) => `strength.${s}`),
      ...['yes', 'no', 'unknown'].map((s) => `tristate.${s}`),
      ...DATE_PROBLEMS.map((p) => `date.problem.${p}`),
    ];
    expect(dynamic.filter((k) => !(k in en))).toEqual([]);
  });

  it('every plural key has .one and .other', () => {
    const plural = Object.keys(en).filter((k) => /\.(one|other)$/.test(k));
    for (const k of plural) {
      const base = k.replace(/\.(one|other)$/, '');
      expect(`${base}.one` in en && `${base}.other` in en, base).toBe(true);
    }
  });
});

describe('form labels', () => {
  const en = SCHEMA.en;

  it('the schema tables are loaded for every language', () => {
    for (const l of LANGS) expect(Object.keys(SCHEMA[l]).length, l).toBeGreaterThan(100);
    for (const l of LANGS) expect(Object.keys(UI[l]).length, l).toBe(Object.keys(UI.en).length);
  });

  it('every field, section and enum value the form shows has an English label', () => {
    const missing: string[] = [];
    const objects = [ROOT_DEF, ...Object.keys(schema.defs).filter((d) => schema.defs[d].type === 'object' && schema.defs[d].properties)];
    for (const def of objects) {
      if (!(`section.${def}` in en)) missing.push(`section.${def}`);
      for (const f of schema.fieldsOf(def)) {
        if (!(`field.${def}.${f.name}` in en)) missing.push(`field.${def}.${f.name}`);
        const item = f.kind === 'array' ? f.item : f;
        if (item?.enumDef) for (const v of item.values ?? []) if (!(`enum.${item.enumDef}.${v}` in en)) missing.push(`enum.${item.enumDef}.${v}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('translations are real', () => {
  const vi = read('ui.vi.json');
  const ja = read('ui.ja.json');
  const zh = read('ui.zh-TW.json');

  it('Vietnamese carries its diacritics', () => {
    const values = Object.values(vi);
    const withMarks = values.filter((v) => /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(v));
    expect(withMarks.length / values.length).toBeGreaterThan(0.8);
    expect(vi['header.lock']).toBe('Khoá');
  });

  it('Japanese is in Japanese', () => {
    const values = Object.values(ja);
    expect(values.filter((v) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(v)).length / values.length).toBeGreaterThan(0.9);
  });

  it('Chinese uses Traditional characters and Taiwan terms', () => {
    const all = Object.values(zh).join('');
    const simplified = [...'这们设录访删择选档锁时间数据库码过长无记认让请说']
      .filter((c) => all.includes(c));
    expect(simplified).toEqual([]);
    expect(zh['settings.title']).toBe('設定');
    expect(zh['attachments.name']).toBe('檔案');
  });
});
