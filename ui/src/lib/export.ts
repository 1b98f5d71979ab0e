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

/**
 * A preview value as text: `null` as "—", lists joined with "; ", money as "700–1000 USD / once"
 * (banded amounts too), other objects as compact JSON. `scalar` renders strings and numbers
 * (e.g. with enum labels).
 */
export function previewValue(v: unknown, scalar: (x: string | number | boolean) => string = String): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map((x) => previewValue(x, scalar)).join('; ') : '—';
  if (isObject(v)) {
    if ('amount' in v && 'currency' in v) {
      const max = v.amount_max != null && v.amount_max !== v.amount ? `–${String(v.amount_max)}` : '';
      const per = v.per ? ` / ${scalar(String(v.per))}` : '';
      return `${String(v.amount)}${max} ${String(v.currency)}${per}`;
    }
    return JSON.stringify(v);
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return scalar(v);
  return String(v);
}
