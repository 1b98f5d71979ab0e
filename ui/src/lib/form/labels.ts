// Human labels for field paths and values, in the UI language (for history and error lists).

import { ROOT_DEF, schema, type FieldModel } from './model';
import type { Seg } from './paths';
import { enumLabel, fieldLabel, t } from '../i18n/i18n.svelte';

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
