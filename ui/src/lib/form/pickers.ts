// Countries, languages and currencies as names in the UI language (Intl.DisplayNames, no
// network), for searchable pickers that store the code.

export type CodeKind = 'country' | 'language' | 'currency';

export interface CodeOption {
  code: string;
  name: string;
}

/** Languages offered by name; any other BCP 47 tag can still be typed. */
export const LANGUAGE_TAGS = [
  'vi', 'ja', 'zh-TW', 'zh', 'en', 'ko', 'th', 'km', 'lo', 'my', 'id', 'ms', 'fil', 'ne', 'hi', 'bn', 'si', 'ta', 'ur', 'ar', 'fr', 'es', 'pt', 'ru', 'mn', 'uz', 'tet', 'hmn',
] as const;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every two-letter region the platform's ICU names (no hand-kept list of countries). */
function regionCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      // Private-use and reserved codes have no name; "ZZ" is "Unknown Region".
      if (code !== 'ZZ' && code !== 'UN' && code !== 'EU' && code !== 'EZ' && names.of(code)) out.push(code);
    }
  }
  return out;
}

function currencyCodes(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('currency') : ['VND', 'JPY', 'TWD', 'USD', 'EUR', 'KRW', 'CNY', 'MYR', 'SGD', 'THB'];
}

const cache = new Map<string, CodeOption[]>();

/** The options of one kind, named in `lang` and sorted by name the way `lang` sorts. */
export function codeOptions(kind: CodeKind, lang: string): CodeOption[] {
  const key = `${kind}\u0000${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const codes = kind === 'country' ? regionCodes() : kind === 'currency' ? currencyCodes() : [...LANGUAGE_TAGS];
  const type = kind === 'country' ? 'region' : kind;
  const names = new Intl.DisplayNames([lang], { type: type as Intl.DisplayNamesType, fallback: 'code' });
  const collator = new Intl.Collator(lang);
  const out = codes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
  cache.set(key, out);
  return out;
}

/** How an option reads in the picker: "Japan (JP)". */
export function optionText(o: CodeOption): string {
  return `${o.name} (${o.code})`;
}

/** The code a picker's text stands for: an option's text, its name or its code; else null. */
export function pickCode(text: string, options: readonly CodeOption[]): string | null {
  const s = text.trim();
  if (s === '') return null;
  const lower = s.toLocaleLowerCase();
  const found =
    options.find((o) => optionText(o) === s) ??
    options.find((o) => o.code.toLowerCase() === lower) ??
    options.find((o) => o.name.toLocaleLowerCase() === lower);
  return found ? found.code : null;
}

/** The text a picker shows for a stored code (the code itself when no option has it). */
export function textFor(code: string, options: readonly CodeOption[]): string {
  const o = options.find((x) => x.code === code);
  return o ? optionText(o) : code;
}
