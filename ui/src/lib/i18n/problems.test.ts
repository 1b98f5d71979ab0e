import { describe, expect, it } from 'vitest';
import { LANGS, PROBLEMS, loadAllLangs } from './messages';
import { i18n } from './i18n.svelte';
import { problemMessage } from '../form/labels';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

await loadAllLangs();

describe('validation messages', () => {
  it('exist in every language for every key the core sends, with the same placeholders', () => {
    const en = PROBLEMS.en;
    expect(Object.keys(en).length).toBeGreaterThan(20);
    for (const lang of LANGS) {
      expect(Object.keys(PROBLEMS[lang]).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [k, v] of Object.entries(PROBLEMS[lang])) {
        expect(v.trim(), `${lang} ${k}`).not.toBe('');
        expect(placeholders(v), `${lang} ${k}`).toEqual(placeholders(en[k]));
      }
    }
  });

  it('name the field by its label in the UI language', async () => {
    const e = { path: 'participant.children', key: 'whole_number', params: {}, message: 'x' };
    await i18n.setLang('en');
    expect(problemMessage(e)).toBe('Number of children must be a whole number');
    await i18n.setLang('vi');
    expect(problemMessage(e)).toMatch(/^Số con phải là số nguyên$/);
    await i18n.setLang('en');
  });

  it('show codes of a list as their labels and fall back to the core message for an unknown key', async () => {
    await i18n.setLang('en');
    const e = { path: 'participant.gender', key: 'not_in_list', params: { value: "'x'", choices: 'woman, man' }, message: 'x' };
    expect(problemMessage(e)).toContain('Woman');
    expect(problemMessage({ path: '', key: 'from_the_future', params: {}, message: 'core words' })).toBe('core words');
  });
});
