// Presentation helpers of the export wizard. Every decision (what is shareable, what is
// redacted, what a field becomes) is the core's; these only arrange what it returned.

import type { ExportCandidate, ExportProgress, ExportReviewItem, Segment } from './bindings';

/** Whether the "select all" box is checked, unchecked or in between. */
export function selectionState(candidates: readonly ExportCandidate[], selected: ReadonlySet<string>): 'all' | 'none' | 'some' {
  const shareable = candidates.filter((c) => c.shareable);
  const n = shareable.filter((c) => selected.has(c.id)).length;
  if (n === 0) return 'none';
  return n === shareable.length ? 'all' : 'some';
}

/** The ids to select when "select all" is toggled: every shareable one, or none. */
export function toggleAll(candidates: readonly ExportCandidate[], selected: ReadonlySet<string>): Set<string> {
  return selectionState(candidates, selected) === 'all' ? new Set() : new Set(candidates.filter((c) => c.shareable).map((c) => c.id));
}

/** The UI string key of a policy rule code (`generalise:year` → `export.rule.generalise_year`). */
export function ruleKey(rule: string): string {
  return `export.rule.${rule.replace(/[^a-z0-9]+/g, '_')}`;
}

/** The review counter: approved so far, and in all. */
export function reviewCount(items: readonly ExportReviewItem[]): { approved: number; total: number } {
  return { approved: items.filter((i) => i.approved).length, total: items.length };
}

/** Replaces the item with the same interview and path (after an edit or approval). */
export function replaceItem(items: readonly ExportReviewItem[], item: ExportReviewItem): ExportReviewItem[] {
  return items.map((i) => (i.interview_id === item.interview_id && i.path === item.path ? item : i));
}

/** The whole text of a segmented text. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** The progress bar's value, 0–100. */
export function progressPercent(p: ExportProgress | null): number {
  if (!p || p.total <= 0) return 0;
  return Math.round((Math.min(p.done, p.total) / p.total) * 100);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where a scalar sits below the previewed value: `[0]` for a list item, `['per']` for money's rate. */
export type SubPath = (string | number)[];

/**
 * A preview value as text: `null` as "—", lists joined by `list` (default "; "), money as
 * "700–1000 USD / once" (banded amounts too), other objects as "key: value" pairs. `scalar`
 * renders strings, numbers and booleans, told where they sit below the value (so that a list of
 * codes gets its labels); `key` names an object's keys.
 */
export function previewValue(
  v: unknown,
  scalar: (x: string | number | boolean, at: SubPath) => string = String,
  key: (k: string, at: SubPath) => string = (k) => k,
  list: (items: string[]) => string = (xs) => xs.join('; '),
  at: SubPath = [],
): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? list(v.map((x) => previewValue(x, scalar, key, list, [...at, 0]))) : '—';
  if (isObject(v)) {
    if ('amount' in v && 'currency' in v) {
      const num = (n: unknown, k: string) => (typeof n === 'number' ? scalar(n, [...at, k]) : String(n));
      const max = v.amount_max != null && v.amount_max !== v.amount ? `–${num(v.amount_max, 'amount_max')}` : '';
      const per = v.per ? ` / ${scalar(String(v.per), [...at, 'per'])}` : '';
      return `${num(v.amount, 'amount')}${max} ${String(v.currency)}${per}`;
    }
    const parts = Object.entries(v)
      .filter(([, x]) => x !== null && x !== undefined && x !== '')
      .map(([k, x]) => `${key(k, [...at, k])}: ${previewValue(x, scalar, key, list, [...at, k])}`);
    return parts.length ? parts.join(' · ') : '—';
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return scalar(v, at);
  return String(v);
}

/** A bundle path as the core will write it: `.fvb` added when the name lacks it (as `api::bundle_file`). */
export function withFvb(path: string): string {
  const p = path.trim();
  const name = p.split(/[\\/]/).pop() ?? '';
  if (!name || (/\.fvb$/i.test(name) && name.length > 4)) return p;
  return `${p}.fvb`;
}

/** The texts of one interview under review. */
export interface ReviewGroup {
  interviewId: string;
  label: string | null;
  items: ExportReviewItem[];
  approved: number;
}

/** The review items by interview, in the order the core gave them. */
export function reviewGroups(items: readonly ExportReviewItem[]): ReviewGroup[] {
  const out: ReviewGroup[] = [];
  const byId = new Map<string, ReviewGroup>();
  for (const i of items) {
    let g = byId.get(i.interview_id);
    if (!g) {
      g = { interviewId: i.interview_id, label: i.label, items: [], approved: 0 };
      byId.set(i.interview_id, g);
      out.push(g);
    }
    g.items.push(i);
    if (i.approved) g.approved++;
  }
  return out;
}

/** The next group after `from` (wrapping round) with a text left to approve; -1 when none. */
export function nextOpenGroup(groups: readonly ReviewGroup[], from: number): number {
  for (let k = 1; k <= groups.length; k++) {
    const n = (from + k) % groups.length;
    if (groups[n].approved < groups[n].items.length) return n;
  }
  return -1;
}

/** What the review step's keys do (documented on the step; none with Ctrl, Alt or Meta). */
export type ReviewAction = 'approve' | 'edit' | 'next' | 'previous' | 'approve_all';

/** The action of a key press on the review step, if any. */
export function reviewShortcut(e: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): ReviewAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'A':
      return e.shiftKey ? 'approve_all' : null;
    case 'a':
      return e.shiftKey ? 'approve_all' : 'approve';
    case 'e':
      return e.shiftKey ? null : 'edit';
    case 'j':
    case 'n':
      return e.shiftKey ? null : 'next';
    case 'k':
    case 'p':
      return e.shiftKey ? null : 'previous';
    default:
      return null;
  }
}

/** The identifier kind each detector rule redacts (`detector:passport` → `id_number`), as src/deid/redact.rs and
 * src/deid/entities/ label them; every `detector:name_…` rule finds a person's name. */
const DETECTOR_KINDS: Record<string, string> = {
  phone: 'phone',
  vn_id: 'id_number',
  email: 'email',
  social_link: 'social',
  social_handle: 'social',
  url: 'url',
  jp_residence_card: 'id_number',
  tw_resident_certificate: 'id_number',
  cn_resident_id: 'id_number',
  passport: 'id_number',
  id_number: 'id_number',
  account_number: 'id_number',
  number_in_fours: 'id_number',
  address: 'address',
  place_locality: 'place',
  organisation: 'organisation',
};

/** A redaction rule (`known:actor`, `detector:passport`, `gazetteer:place`) as how it was found and what. */
export function redactionRule(rule: string): { source: 'known' | 'detector' | 'gazetteer' | null; kind: string } {
  const [source, name = ''] = rule.split(':', 2);
  if (source === 'known') return { source, kind: name };
  if (source === 'detector') return { source, kind: DETECTOR_KINDS[name] ?? (name.startsWith('name_') ? 'person' : 'unknown') };
  if (source === 'gazetteer') return { source, kind: 'place' };
  return { source: null, kind: rule };
}
