// Record validation as the core reports it (src/schema): the first shape error as serde words it,
// else the schema's bounds and the core's own checks (consent to store, actor references).

import schemaJson from '$schemas/interview.schema.json';
import type { InterviewJson, ValidationError } from '../../../src/lib/bindings';
import type { Interview } from './interview';

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

/** The first error serde would report, or null. */
function shape(s0: Schema, v: unknown, path: Path): ValidationError | null {
  const s = resolve(s0);
  if (s.anyOf) {
    let firstErr: ValidationError | null = null;
    for (const b of s.anyOf) {
      const e = shape(b, v, path);
      if (!e) return null;
      if (!firstErr && resolve(b).type !== 'null') firstErr = e;
    }
    if (s['x-fv-type'] === 'choice' && typeof v === 'string') {
      if (v.startsWith('other:')) return { path: fmt(path), message: "'other:' needs a description after it, e.g. 'other: village chief'" };
      const known = (resolve(s.anyOf[0]).oneOf ?? []).map((a) => a.const);
      return { path: fmt(path), message: `unknown value '${v}': use one of ${known.join(', ')}, or 'other: <description>'` };
    }
    return firstErr;
  }
  if (s.oneOf && s.oneOf.every((a) => 'const' in a)) {
    const values = s.oneOf.map((a) => a.const);
    if (!values.includes(v)) {
      const got = typeof v === 'string' ? v : describe(v);
      return { path: fmt(path), message: `unknown variant \`${got}\`, expected one of ${values.map((x) => `\`${String(x)}\``).join(', ')}` };
    }
    return null;
  }
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  if (types.length && !types.some((t) => typeOk(t, v))) {
    return { path: fmt(path), message: `invalid type: ${describe(v)}, expected ${types.filter((t) => t !== 'null').join(' or ')}` };
  }
  if (typeof v === 'string' && s.pattern && !new RegExp(s.pattern, 'u').test(v)) {
    if (s['x-fv-type'] === 'partial-date') return { path: fmt(path), message: `'${v}' is not a partial date: write YYYY, YYYY-MM or YYYY-MM-DD` };
    return { path: fmt(path), message: `'${v}' is not valid: ${s.description || `must match ${s.pattern}`}` };
  }
  if (isObject(v) && s.properties) {
    for (const k of Object.keys(v)) {
      if (!(k in s.properties) && s.additionalProperties === false) return { path: fmt(path), message: `unknown field \`${k}\`` };
    }
    for (const k of s.required ?? []) {
      if (!(k in v)) return { path: fmt(path), message: `missing field \`${k}\`` };
    }
    for (const [k, sub] of Object.entries(s.properties)) {
      if (k in v) {
        const e = shape(sub, v[k], [...path, k]);
        if (e) return e;
      }
    }
  }
  if (Array.isArray(v) && s.items) {
    for (let i = 0; i < v.length; i++) {
      const e = shape(s.items, v[i], [...path, i]);
      if (e) return e;
    }
  }
  return null;
}

/** Every `minimum`/`maximum` the value breaks. */
function bounds(s0: Schema, v: unknown, path: Path, errs: ValidationError[]): void {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean') return;
  const s = resolve(s0);
  for (const branch of [s.anyOf, s.oneOf, s.allOf]) for (const b of branch ?? []) bounds(b, v, path, errs);
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && !(v >= s.minimum)) errs.push({ path: fmt(path), message: `${v} is below the minimum of ${s.minimum}` });
    if (typeof s.maximum === 'number' && !(v <= s.maximum)) errs.push({ path: fmt(path), message: `${v} is above the maximum of ${s.maximum}` });
  } else if (Array.isArray(v)) {
    const items = s.items;
    if (items) v.forEach((x, i) => bounds(items, x, [...path, i], errs));
  } else if (isObject(v) && s.properties) {
    for (const [k, x] of Object.entries(v)) {
      const sub = s.properties[k];
      if (sub) bounds(sub, x, [...path, k], errs);
    }
  }
}

/** The core's checks past the schema's shape: version, consent to store, unique and known actor ids. */
function semantic(interview: Interview): ValidationError[] {
  const errs: ValidationError[] = [];
  if (interview.schema_version !== 1) {
    errs.push({ path: 'schema_version', message: `version ${interview.schema_version} is not supported: this build reads version 1` });
  }
  if (interview.consent?.scopes?.store !== true) {
    errs.push({
      path: 'consent.scopes.store',
      message: 'the participant has not consented to storage: record their consent before saving the interview',
    });
  }
  bounds(SCHEMA, interview, [], errs);
  const ids = new Set<string>();
  (interview.actors ?? []).forEach((a, i) => {
    if (ids.has(a.id)) errs.push({ path: `actors[${i}].id`, message: `id '${a.id}' is used by an earlier actor: ids must be unique` });
    ids.add(a.id);
  });
  const ref = (path: string, r: string | null | undefined) => {
    if (r != null && !ids.has(r)) errs.push({ path, message: `no actor has id '${r}': add it to \`actors\` first` });
  };
  (interview.migration_episodes ?? []).forEach((e, i) => {
    const p = `migration_episodes[${i}]`;
    ref(`${p}.employer`, e.employer);
    (e.recruited_by ?? []).forEach((r, j) => ref(`${p}.recruited_by[${j}]`, r));
    (e.fees ?? []).forEach((f, j) => {
      ref(`${p}.fees[${j}].payee`, f.payee);
      if (f.amount && f.amount.amount_max != null && f.amount.amount_max < f.amount.amount) {
        errs.push({ path: `${p}.fees[${j}].amount.amount_max`, message: `${f.amount.amount_max} is less than amount (${f.amount.amount})` });
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

/** What `validate_record` answers: the first shape error alone, else every other problem. */
export function validate(interview: InterviewJson): ValidationError[] {
  const first = shape(SCHEMA, interview, []);
  if (first) return [first];
  // The shape matches the schema, so the interview has the fields `Interview` names.
  return semantic(interview as Interview);
}
