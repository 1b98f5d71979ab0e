// The interview form's model, read from schemas/interview.schema.json (generated from the Rust
// types). Nothing here is written per field: every widget is chosen from the schema's types and
// the custom keywords `x-fv-type` (partial-date, money, choice, actor-ref, currency) and
// `x-fv-class` (direct, quasi, sensitive, none).

import schemaJson from '$schemas/interview.schema.json';
import type { Path } from './paths';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonSchema = Record<string, any>;

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'boolean'
  | 'tristate'
  | 'partial-date'
  | 'money'
  | 'choice'
  | 'enum'
  | 'actor-ref'
  | 'episode-ref'
  | 'currency'
  | 'country'
  | 'language'
  | 'object'
  | 'array';

export type IdentifierClass = 'direct' | 'quasi' | 'sensitive' | 'none';

export interface FieldModel {
  /** Property name; `''` for the items of an array. */
  name: string;
  /** The object definition the property belongs to (`Interview` for the record's root). */
  def: string;
  kind: FieldKind;
  /** Listed in the parent's `required`. */
  required: boolean;
  /** Accepts `null` / may be left out (an `Option` in the Rust types). */
  nullable: boolean;
  cls: IdentifierClass | null;
  /** The schema's description (the fallback label and help text). */
  description: string;
  /** For `enum` and `choice`: the enum's definition and its values, in schema order. */
  enumDef?: string;
  values?: string[];
  /** For `object` and `money`: the object's definition. */
  objectDef?: string;
  /** For `number`. */
  integer?: boolean;
  min?: number;
  max?: number;
  default?: unknown;
  /** For `array`: the model of one item. */
  item?: FieldModel;
}

export const ROOT_DEF = 'Interview';
export const OTHER_PREFIX = 'other:';
export const COMMON_CURRENCIES = ['VND', 'JPY', 'TWD', 'USD'] as const;

export class SchemaModel {
  readonly root: JsonSchema;
  readonly defs: Record<string, JsonSchema>;
  private cache = new Map<string, FieldModel[]>();

  constructor(schema: JsonSchema) {
    this.root = schema;
    this.defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  }

  /** The definition a `$ref` points at: `[name, schema]`. */
  deref(s: JsonSchema): [string | null, JsonSchema] {
    if (typeof s?.$ref === 'string') {
      const name = s.$ref.split('/').pop() as string;
      const def = this.defs[name];
      if (!def) throw new Error(`schema: unknown $ref ${s.$ref}`);
      return [name, def];
    }
    return [null, s];
  }

  /** The values of an enum definition (`oneOf: [{const}]` or `enum: [...]`), or null. */
  enumValues(def: JsonSchema): string[] | null {
    if (Array.isArray(def.enum)) return def.enum.filter((v: unknown) => v !== null).map(String);
    if (Array.isArray(def.oneOf) && def.oneOf.length > 0 && def.oneOf.every((a: JsonSchema) => 'const' in a)) {
      return def.oneOf.map((a: JsonSchema) => String(a.const));
    }
    return null;
  }

  /** The description of one enum value, from the schema. */
  enumDescription(enumDef: string, value: string): string | null {
    const def = this.defs[enumDef];
    const alt = def?.oneOf?.find((a: JsonSchema) => a.const === value);
    return typeof alt?.description === 'string' ? alt.description : null;
  }

  objectSchema(def: string): JsonSchema {
    const s = def === ROOT_DEF ? this.root : this.defs[def];
    if (!s || typeof s.properties !== 'object') throw new Error(`schema: ${def} is not an object definition`);
    return s;
  }

  /** The fields of an object definition, in schema order. */
  fieldsOf(def: string): FieldModel[] {
    const hit = this.cache.get(def);
    if (hit) return hit;
    const s = this.objectSchema(def);
    const required = new Set<string>(s.required ?? []);
    const fields = Object.entries(s.properties as Record<string, JsonSchema>).map(([name, p]) =>
      this.classify(name, def, p, required.has(name)),
    );
    const ordered = displayOrder(fields);
    this.cache.set(def, ordered);
    return ordered;
  }

  field(def: string, name: string): FieldModel | undefined {
    return this.fieldsOf(def).find((f) => f.name === name);
  }

  /** Picks the widget for one property schema. */
  classify(name: string, def: string, prop: JsonSchema, required: boolean): FieldModel {
    let inner = prop;
    let nullable = false;
    if (Array.isArray(prop.anyOf) && prop.anyOf.some((a: JsonSchema) => a.type === 'null')) {
      const rest = prop.anyOf.filter((a: JsonSchema) => a.type !== 'null');
      if (rest.length === 1) {
        inner = rest[0];
        nullable = true;
      }
    }
    let type = inner.type;
    if (Array.isArray(type)) {
      if (type.includes('null')) nullable = true;
      const others = type.filter((t: string) => t !== 'null');
      type = others.length === 1 ? others[0] : others;
    }
    const [refName, target] = this.deref(inner);
    const description = String(prop.description ?? target.description ?? '');
    const cls = (prop['x-fv-class'] ?? target['x-fv-class'] ?? null) as IdentifierClass | null;
    const base = { name, def, required, nullable: nullable || !required, cls, description, default: prop.default };
    const fvType = target['x-fv-type'];
    if (fvType === 'partial-date') return { ...base, kind: 'partial-date' };
    if (fvType === 'money') return { ...base, kind: 'money', objectDef: refName ?? 'Money' };
    // An actor's own `id` has the ActorId type too, but it names the actor rather than pointing at one.
    if (fvType === 'actor-ref') return { ...base, kind: name === 'id' ? 'text' : 'actor-ref' };
    if (fvType === 'currency') return { ...base, kind: 'currency' };
    if (fvType === 'choice') {
      const known = (target.anyOf as JsonSchema[]).find((a) => typeof a.$ref === 'string');
      if (!known) throw new Error(`schema: choice ${refName} has no enum`);
      const [enumDef, enumSchema] = this.deref(known);
      return { ...base, kind: 'choice', enumDef: enumDef ?? undefined, values: this.enumValues(enumSchema) ?? [] };
    }
    const values = this.enumValues(target);
    if (values) return { ...base, kind: 'enum', enumDef: refName ?? undefined, values };
    const t = refName ? (Array.isArray(target.type) ? target.type.find((x: string) => x !== 'null') : target.type) : type;
    if (t === 'object' && target.properties) {
      return { ...base, kind: 'object', objectDef: refName ?? undefined };
    }
    if (t === 'array') {
      const item = this.classify('', def, target.items ?? {}, true);
      return { ...base, kind: 'array', item: { ...item, cls: item.cls ?? cls, description: item.description } };
    }
    if (t === 'boolean') return { ...base, kind: nullable ? 'tristate' : 'boolean' };
    // `episode` (Remittance, SupportContact) is the index of a migration episode: chosen by label.
    if (t === 'integer' && name === 'episode' && /migration episode/i.test(description)) return { ...base, kind: 'episode-ref' };
    if (t === 'integer' || t === 'number') {
      const src = refName ? target : inner;
      return {
        ...base,
        kind: 'number',
        integer: t === 'integer',
        min: typeof src.minimum === 'number' ? src.minimum : undefined,
        max: typeof src.maximum === 'number' ? src.maximum : undefined,
      };
    }
    if (refName === 'CountryCode') return { ...base, kind: 'country' };
    if (refName === 'LanguageTag') return { ...base, kind: 'language' };
    if (cls === 'sensitive') return { ...base, kind: 'textarea' };
    return { ...base, kind: 'text' };
  }

  /** The model of the field at a path of the record (array indices step into items). */
  fieldAt(path: Path): FieldModel | undefined {
    let def = ROOT_DEF;
    let cur: FieldModel | undefined;
    for (const seg of path) {
      if (typeof seg === 'number') {
        if (cur?.kind !== 'array' || !cur.item) return undefined;
        cur = cur.item;
      } else {
        if (cur) {
          if ((cur.kind === 'object' || cur.kind === 'money') && cur.objectDef) def = cur.objectDef;
          else return undefined;
        }
        cur = this.field(def, seg);
        if (!cur) return undefined;
      }
    }
    return cur;
  }

  /**
   * Every path the form shows for a value: each field (present or not), each array item, and
   * the parts of money inputs. Validation errors are attached to the nearest of these.
   */
  knownPaths(value: unknown): Set<string> {
    const out = new Set<string>(['']);
    const walk = (fields: FieldModel[], obj: unknown, prefix: string) => {
      for (const f of fields) {
        const p = prefix ? `${prefix}.${f.name}` : f.name;
        const v = obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[f.name] : undefined;
        this.addField(f, v, p, out, walk);
      }
    };
    walk(this.fieldsOf(ROOT_DEF), value, '');
    return out;
  }

  private addField(
    f: FieldModel,
    v: unknown,
    p: string,
    out: Set<string>,
    walk: (fields: FieldModel[], obj: unknown, prefix: string) => void,
  ): void {
    out.add(p);
    if (f.kind === 'money') {
      for (const part of ['amount', 'amount_max', 'currency', 'per']) out.add(`${p}.${part}`);
    } else if (f.kind === 'object' && f.objectDef) {
      walk(this.fieldsOf(f.objectDef), v, p);
    } else if (f.kind === 'array' && f.item && Array.isArray(v)) {
      v.forEach((item, i) => this.addField(f.item as FieldModel, item, `${p}[${i}]`, out, walk));
    }
  }
}

/**
 * The order fields are shown in. The generated schema lists properties alphabetically, so the
 * form groups them instead (stable within a group): the record's own name first (`id`,
 * `pseudonym`, `kind`), then required short fields, optional short fields, amounts, yes/no/unknown
 * questions, long text, nested groups and lists; a `start` comes before its `end`.
 */
export function displayOrder(fields: FieldModel[]): FieldModel[] {
  const FIRST = ['id', 'pseudonym', 'kind'];
  const rank = (f: FieldModel): number => {
    const first = FIRST.indexOf(f.name);
    if (first !== -1) return first - FIRST.length;
    switch (f.kind) {
      case 'money':
        return 2;
      case 'tristate':
        return 3;
      case 'textarea':
        return 4;
      case 'object':
        return 5;
      case 'array':
        return 6;
      default:
        return f.required && !f.nullable ? 0 : 1;
    }
  };
  const out = fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
  const start = out.findIndex((f) => f.name === 'start');
  const end = out.findIndex((f) => f.name === 'end');
  if (start > end && end !== -1) {
    const [s] = out.splice(start, 1);
    out.splice(end, 0, s);
  }
  return out;
}

export const schema = new SchemaModel(schemaJson as JsonSchema);

/** A fresh record, as the brief of the record format asks. */
export function newInterview(): Record<string, unknown> {
  return { schema_version: 1, interview: {}, consent: { scopes: {} }, participant: {}, identity: {} };
}

/** The editor's sections, in order: the record's top-level fields (Consent first). */
export const SECTION_ORDER = [
  'consent',
  'interview',
  'participant',
  'identity',
  'actors',
  'migration_episodes',
  'remittances',
  'support_contacts',
  'quotes',
  'notes',
] as const;

/** Top-level fields shown as sections: the order above, then any field a newer schema added. */
export function sectionFields(m: SchemaModel = schema): FieldModel[] {
  const fields = m.fieldsOf(ROOT_DEF).filter((f) => f.name !== 'schema_version');
  const order = (n: string) => {
    const i = (SECTION_ORDER as readonly string[]).indexOf(n);
    return i === -1 ? SECTION_ORDER.length : i;
  };
  return [...fields].sort((a, b) => order(a.name) - order(b.name));
}

/** What to put in a new array item. */
export function emptyItem(item: FieldModel): unknown {
  switch (item.kind) {
    case 'object':
      return {};
    case 'boolean':
      return false;
    default:
      return '';
  }
}

/** Whether the consent section lets the user go on: a consent date and the "store" scope. */
export function consentAllowsEditing(record: unknown): boolean {
  const consent = (record as { consent?: { date?: unknown; scopes?: { store?: unknown } } } | null)?.consent;
  return typeof consent?.date === 'string' && consent.date.trim() !== '' && consent?.scopes?.store === true;
}

/** `other: text` ↔ text. */
export function otherText(value: string): string | null {
  if (!value.startsWith(OTHER_PREFIX)) return null;
  return value.slice(OTHER_PREFIX.length).replace(/^ /, '');
}

export function otherValue(text: string): string {
  return `${OTHER_PREFIX} ${text}`;
}

/** Drops optional objects left empty along a path (after a field inside was cleared). */
export function pruneEmpty(m: SchemaModel, root: Record<string, unknown>, path: Path): void {
  for (let n = path.length; n >= 1; n--) {
    const sub = path.slice(0, n);
    const f = m.fieldAt(sub);
    if (!f || typeof sub[n - 1] === 'number') continue; // array items stay until removed
    if (f.kind !== 'object' && f.kind !== 'money') continue;
    if (f.required && !f.nullable) continue;
    let parent: unknown = root;
    for (const s of sub.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[s];
    const key = sub[n - 1] as string;
    const v = (parent as Record<string, unknown> | undefined)?.[key];
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) {
      delete (parent as Record<string, unknown>)[key];
    }
  }
}
