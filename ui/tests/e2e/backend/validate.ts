// Record validation as the core reports it (src/schema): every problem with its path, message key
// and parameters, collected in one pass over the schema, then the core's own checks (consent to
// store, actor references).

import schemaJson from '$schemas/interview.schema.json';
import type { InterviewJson, ValidationError } from '../../../src/lib/bindings';
import type { Interview } from './interview';
import problemsEn from '../../../src/lib/i18n/problems.en.json';

/** The parts of JSON Schema that schemas/interview.schema.json uses. */
interface Schema {
  $ref?: string;
  $defs?: Record<string, Schema>;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  const?: unknown;
  type?: string | string[];
  pattern?: string;
  description?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  'x-fv-type'?: string;
}

type Path = (string | number)[];

const SCHEMA = schemaJson as unknown as Schema;
const DEFS = SCHEMA.$defs ?? {};

const resolve = (s: Schema): Schema => (s.$ref ? DEFS[s.$ref.split('/').pop() ?? ''] : s);
const fmt = (path: Path): string =>
  path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const describe = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'sequence'
      : typeof v === 'object'
        ? 'map'
        : typeof v === 'string'
          ? `string "${v}"`
          : `${typeof v} \`${String(v)}\``;

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    default:
      return true;
  }
}

type Problem = Pick<ValidationError, 'path' | 'key' | 'params'>;
const problem = (path: Path, key: string, params: Record<string, string> = {}): Problem => ({ path: fmt(path), key, params });
const quoted = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

function typeKey(types: string[]): string {
  const keys: [string, string][] = [['integer', 'whole_number'], ['number', 'number'], ['string', 'text'], ['boolean', 'yes_no'], ['array', 'list'], ['object', 'group']];
  for (const [t, key] of keys) if (types.includes(t)) return key;
  return 'invalid';
}

/** Every place the value departs from the schema, as the core's collector reports it. */
function shape(s0: Schema, v: unknown, path: Path, out: Problem[]): void {
  const s = resolve(s0);
  const defName = s0.$ref?.split('/').pop();
  if (s.anyOf) {
    if (s['x-fv-type'] === 'choice') {
      const known = (resolve(s.anyOf[0]).oneOf ?? []).map((a) => a.const);
      if (typeof v !== 'string') out.push(problem(path, 'text'));
      else if (v.startsWith('other:')) {
        if (!/^other: ?\S/u.test(v)) out.push(problem(path, 'other_needs_text'));
      } else if (!known.includes(v)) out.push(problem(path, 'not_in_list', { value: quoted(v), choices: known.join(', ') }));
      return;
    }
    const branches = s.anyOf.filter((b) => resolve(b).type !== 'null');
    if (v === null && branches.length < s.anyOf.length) return;
    if (branches.length === 1) return shape(branches[0], v, path, out);
    const trials = branches.map((b) => {
      const sub: Problem[] = [];
      shape(b, v, path, sub);
      return sub;
    });
    if (!trials.some((t) => t.length === 0)) out.push(...trials[0]);
    return;
  }
  if (s.oneOf && s.oneOf.every((a) => 'const' in a)) {
    const values = s.oneOf.map((a) => a.const);
    if (!values.includes(v)) out.push(problem(path, 'not_in_list', { value: quoted(v), choices: values.join(', ') }));
    return;
  }
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  if (v === null && types.includes('null')) return;
  if (types.length && !types.some((t) => typeOk(t, v))) {
    out.push(problem(path, typeKey(types), { detail: describe(v) }));
    return;
  }
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && !(v >= s.minimum)) out.push(problem(path, 'below_minimum', { min: String(s.minimum), value: String(v) }));
    if (typeof s.maximum === 'number' && !(v <= s.maximum)) out.push(problem(path, 'above_maximum', { max: String(s.maximum), value: String(v) }));
  }
  if (typeof v === 'string' && s.pattern && !new RegExp(s.pattern, 'u').test(v)) {
    const fv = s['x-fv-type'];
    const byType: Record<string, string> = { 'partial-date': 'partial_date', currency: 'currency_code', 'actor-ref': 'actor_id' };
    const byDef: Record<string, string> = { CountryCode: 'country_code', LanguageTag: 'language_tag' };
    out.push(problem(path, (fv && byType[fv]) || (defName && byDef[defName]) || 'format', { value: quoted(v) }));
  }
  if (isObject(v) && s.properties) {
    const props = s.properties;
    for (const k of Object.keys(v)) {
      if (!(k in props) && s.additionalProperties === false) out.push(problem([...path, k], 'unknown_field'));
    }
    for (const k of s.required ?? []) {
      if (!(k in v)) out.push(problem([...path, k], 'required'));
    }
    for (const [k, sub] of Object.entries(props)) {
      if (k in v) shape(sub, v[k], [...path, k], out);
    }
  }
  if (Array.isArray(v) && s.items) {
    const items = s.items;
    v.forEach((x, i) => shape(items, x, [...path, i], out));
  }
}

/** The core's checks past the schema's shape: version, consent to store, unique and known actor ids. */
function semantic(interview: Interview): Problem[] {
  const errs: Problem[] = [];
  if (interview.schema_version !== 1) {
    errs.push({ path: 'schema_version', key: 'unsupported_version', params: { version: String(interview.schema_version), supported: '1' } });
  }
  if (interview.consent?.scopes?.store !== true) {
    errs.push({ path: 'consent.scopes.store', key: 'no_consent_to_store', params: {} });
  }
  const ids = new Set<string>();
  (interview.actors ?? []).forEach((a, i) => {
    if (ids.has(a.id)) errs.push({ path: `actors[${i}].id`, key: 'duplicate_actor_id', params: { id: `'${a.id}'` } });
    ids.add(a.id);
  });
  const ref = (path: string, r: string | null | undefined) => {
    if (r != null && !ids.has(r)) errs.push({ path, key: 'unknown_actor', params: { id: `'${r}'` } });
  };
  (interview.migration_episodes ?? []).forEach((e, i) => {
    const p = `migration_episodes[${i}]`;
    ref(`${p}.employer`, e.employer);
    (e.recruited_by ?? []).forEach((r, j) => ref(`${p}.recruited_by[${j}]`, r));
    (e.fees ?? []).forEach((f, j) => {
      ref(`${p}.fees[${j}].payee`, f.payee);
      if (f.amount && f.amount.amount_max != null && f.amount.amount_max < f.amount.amount) {
        errs.push({ path: `${p}.fees[${j}].amount.amount_max`, key: 'max_below_min', params: { min: String(f.amount.amount), max: String(f.amount.amount_max) } });
      }
    });
    (e.debts ?? []).forEach((d, j) => ref(`${p}.debts[${j}].lender`, d.lender));
    (e.exits ?? []).forEach((x, j) => {
      (x.helped_by ?? []).forEach((r, k) => ref(`${p}.exits[${j}].helped_by[${k}]`, r));
      (x.people_called ?? []).forEach((r, k) => ref(`${p}.exits[${j}].people_called[${k}]`, r));
    });
    (e.informal_work ?? []).forEach((w, j) => {
      ref(`${p}.informal_work[${j}].employer`, w.employer);
      (w.found_through ?? []).forEach((r, k) => ref(`${p}.informal_work[${j}].found_through[${k}]`, r));
    });
  });
  (interview.support_contacts ?? []).forEach((c, i) => ref(`support_contacts[${i}].actor`, c.actor));
  return errs;
}

/** The English message of a problem, as the core writes it (the UI shows its own translation). */
function withMessage(p: Problem): ValidationError {
  const template = (problemsEn as Record<string, string>)[p.key] ?? '{field}: {detail}';
  const field = p.path === '' ? 'The record' : String(p.path.split(/[.[]/).pop());
  const message = template.replace(/\{(\w+)\}/g, (m, k: string) => (k === 'field' ? field : (p.params[k] ?? m)));
  return { ...p, message };
}

/**
 * What `validate_record` answers: every shape problem, and the core's own checks when the shape
 * is sound (the core also sets bad values aside to check the rest; this backend does not).
 */
export function validate(interview: InterviewJson): ValidationError[] {
  const found: Problem[] = [];
  shape(SCHEMA, interview, [], found);
  if (found.length === 0) found.push(...semantic(interview as Interview));
  return found.map(withMessage);
}
