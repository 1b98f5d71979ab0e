// Redactions in words, in the UI language: what a marker stands for and how a rule found it.

import { redactionRule } from './export';
import { t } from './i18n/i18n.svelte';

/** What a redaction marker stands for (`actor` → "Person or organisation named"). */
export const kindName = (kind: string | null): string => t(`export.id_kind.${kind ?? 'unknown'}`);

/** A redaction rule in words (`known:actor` → "Person or organisation named, known from the interviews"). */
export function ruleText(rule: string): string {
  const r = redactionRule(rule);
  return r.source ? t(`export.rule_source.${r.source}`, { kind: kindName(r.kind) }) : rule;
}
