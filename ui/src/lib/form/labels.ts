// Human labels for field paths and values, in the UI language (for history and error lists).

import { ROOT_DEF, schema, type FieldModel } from './model';
import { parsePath, type Seg } from './paths';
import { enumLabel, fieldLabel, formatList, problemTemplate, t } from '../i18n/i18n.svelte';
import { interpolate } from '../i18n/messages';
import type { ValidationError } from '../bindings';

/** `migration_episodes[0].fees[1].amount` → "Migration episodes 1 › Fees 2 › Amount". */
export function pathLabel(segs: readonly Seg[]): string {
  const parts: string[] = [];
  let def = ROOT_DEF;
  let cur: FieldModel | undefined;
  for (const seg of segs) {
    if (typeof seg === 'number') {
      if (parts.length) parts[parts.length - 1] += ` ${seg + 1}`;
      else parts.push(String(seg + 1));
      cur = cur?.item;
      continue;
    }
    if (cur) {
      if ((cur.kind === 'object' || cur.kind === 'money') && cur.objectDef) def = cur.objectDef;
      else {
        parts.push(seg);
        cur = undefined;
        continue;
      }
    }
    const f = schema.field(def, seg);
    parts.push(f ? fieldLabel(def, seg) : seg);
    cur = f;
  }
  return parts.join(' › ');
}

/** A stored value as the form would show it (enum labels, yes/no). */
export function valueLabel(segs: readonly Seg[], v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? t('tristate.yes') : t('tristate.no');
  const f = schema.fieldAt(segs);
  if (f && typeof v === 'string' && (f.kind === 'enum' || f.kind === 'choice')) {
    if (v.startsWith('other:')) return `${t('choice.other_short')}: ${v.slice(6).trim()}`;
    return enumLabel(f.enumDef, v);
  }
  return String(v);
}

/** The label of the field itself: the last part of its path label ("Fees paid 2", "Amount"). */
export function fieldOnlyLabel(segs: readonly Seg[]): string {
  if (segs.length === 0) return t('editor.whole_record');
  const parts = pathLabel(segs).split(' › ');
  return parts[parts.length - 1];
}

/** The labels of the groups around a field ("Migration episodes 1 › Fees paid 2"); '' at the top. */
export function locationLabel(segs: readonly Seg[]): string {
  let end = segs.length;
  while (end > 0 && typeof segs[end - 1] === 'number') end--;
  return end > 1 ? pathLabel(segs.slice(0, end - 1)) : '';
}

/**
 * A problem the core reported, in the UI language: its key's template filled with the field's
 * label and the problem's parameters (codes shown as their labels). The core's English message
 * is the fallback for a key this UI does not know.
 */
export function problemMessage(e: Pick<ValidationError, 'path' | 'key' | 'params' | 'message'>): string {
  const template = problemTemplate(e.key);
  if (!template) return e.message;
  const segs = parsePath(e.path);
  const params: Record<string, string> = { ...(e.params as Record<string, string>) };
  if (e.key === 'not_in_list') {
    const f = schema.fieldAt(segs);
    const item = f?.kind === 'array' ? f.item : f;
    if (item?.values?.length) params.choices = formatList(item.values.map((v) => enumLabel(item.enumDef, v)));
  }
  return interpolate(template, { ...params, field: fieldOnlyLabel(segs) });
}
