import { describe, expect, it } from 'vitest';
import {
  SchemaModel,
  consentAllowsEditing,
  emptyItem,
  newInterview,
  otherText,
  otherValue,
  pruneEmpty,
  schema,
  sectionFields,
  type FieldModel,
} from './model';

const f = (def: string, name: string): FieldModel => {
  const field = schema.field(def, name);
  if (!field) throw new Error(`no field ${def}.${name}`);
  return field;
};

describe('schema → form model', () => {
  it('reads partial dates (required and optional)', () => {
    expect(f('Consent', 'date')).toMatchObject({ kind: 'partial-date', nullable: true, cls: 'quasi' });
    expect(f('Withdrawal', 'date')).toMatchObject({ kind: 'partial-date', required: true, nullable: false });
  });

  it('reads money as one widget, required or optional', () => {
    expect(f('Fee', 'amount')).toMatchObject({ kind: 'money', objectDef: 'Money', required: true, nullable: false });
    expect(f('Debt', 'amount')).toMatchObject({ kind: 'money', nullable: true });
    expect(f('Money', 'currency').kind).toBe('currency');
    expect(f('Money', 'amount')).toMatchObject({ kind: 'number', integer: false, min: 0, required: true });
    expect(f('Money', 'per')).toMatchObject({ kind: 'enum', enumDef: 'Period', values: ['hour', 'day', 'month', 'year', 'once'] });
  });

  it('reads choices (enum values plus "other: …")', () => {
    const purpose = f('Fee', 'purpose');
    expect(purpose).toMatchObject({ kind: 'choice', enumDef: 'FeePurpose', required: true, nullable: false });
    expect(purpose.values).toContain('commission');
    expect(f('Participant', 'gender')).toMatchObject({ kind: 'choice', enumDef: 'Gender', nullable: true });
    expect(f('Actor', 'kind')).toMatchObject({ kind: 'choice', enumDef: 'ActorKind' });
  });

  it('reads plain enums as selects', () => {
    expect(f('Actor', 'dimension')).toMatchObject({ kind: 'enum', enumDef: 'Dimension', required: true });
    expect(f('Debt', 'repaid')).toMatchObject({ kind: 'enum', enumDef: 'Repayment' });
  });

  it('reads actor references, single and in lists', () => {
    expect(f('Fee', 'payee')).toMatchObject({ kind: 'actor-ref', nullable: true });
    expect(f('SupportContact', 'actor')).toMatchObject({ kind: 'actor-ref', required: true, nullable: false });
    const recruited = f('MigrationEpisode', 'recruited_by');
    expect(recruited.kind).toBe('array');
    expect(recruited.item?.kind).toBe('actor-ref');
    expect(f('Actor', 'same_as').item?.kind).toBe('actor-ref');
    // The actor's own id is typed, not picked.
    expect(f('Actor', 'id')).toMatchObject({ kind: 'text', required: true });
  });

  it('reads arrays of objects, of choices and of strings', () => {
    const fees = f('MigrationEpisode', 'fees');
    expect(fees.kind).toBe('array');
    expect(fees.item).toMatchObject({ kind: 'object', objectDef: 'Fee' });
    expect(f('Exit', 'reasons').item).toMatchObject({ kind: 'choice', enumDef: 'ExitReason' });
    expect(f('Identity', 'phones').item).toMatchObject({ kind: 'text', cls: 'direct' });
    expect(f('InterviewInfo', 'languages').item?.kind).toBe('language');
  });

  it('reads optional booleans as tri-state and defaulted ones as checkboxes', () => {
    expect(f('WorkingConditions', 'bullying').kind).toBe('tristate');
    expect(f('Fee', 'refundable').kind).toBe('tristate');
    expect(f('ConsentScopes', 'store').kind).toBe('boolean');
    expect(f('Quote', 'consent_to_quote').kind).toBe('boolean');
  });

  it('reads numbers with bounds and integer-ness', () => {
    expect(f('Participant', 'birth_year')).toMatchObject({ kind: 'number', integer: true, min: 1900, max: 2100, nullable: true });
    expect(f('WorkingConditions', 'hours_per_day')).toMatchObject({ kind: 'number', integer: false, min: 0, max: 24 });
    expect(f('PayPeriod', 'from_month')).toMatchObject({ kind: 'number', required: true, nullable: false, min: 1 });
  });

  it('reads objects, codes, long text and identifier classes', () => {
    expect(f('InterviewInfo', 'place')).toMatchObject({ kind: 'object', objectDef: 'Place', nullable: true });
    expect(f('MigrationEpisode', 'working_conditions')).toMatchObject({ kind: 'object', objectDef: 'WorkingConditions' });
    expect(f('MigrationEpisode', 'destination_country')).toMatchObject({ kind: 'country', required: true });
    expect(f('Quote', 'language').kind).toBe('language');
    expect(f('Quote', 'text')).toMatchObject({ kind: 'textarea', cls: 'sensitive', required: true });
    expect(f('Identity', 'full_name')).toMatchObject({ kind: 'text', cls: 'direct' });
    expect(f('Participant', 'pseudonym').cls).toBe('direct');
  });

  it('gives every field of every object definition a widget', () => {
    for (const [name, def] of Object.entries(schema.defs)) {
      if (def.type !== 'object' || !def.properties) continue;
      for (const field of schema.fieldsOf(name)) {
        expect(field.kind, `${name}.${field.name}`).toBeTruthy();
        if (field.kind === 'array') expect(field.item, `${name}.${field.name}`).toBeTruthy();
      }
    }
  });

  it('orders the editor sections with consent first and covers every top-level field', () => {
    const names = sectionFields().map((s) => s.name);
    expect(names[0]).toBe('consent');
    expect(names).toEqual([
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
    ]);
  });

  it('puts fields a newer schema adds at the end instead of dropping them', () => {
    const s = structuredClone(schema.root);
    s.properties.new_section = { type: ['string', 'null'], description: 'x', 'x-fv-class': 'none' };
    const m = new SchemaModel(s);
    expect(sectionFields(m).map((x) => x.name).at(-1)).toBe('new_section');
  });

  it('shows a record\'s name first, then short fields, then long text, groups and lists', () => {
    expect(schema.fieldsOf('Actor').map((x) => x.name)).toEqual(['id', 'kind', 'dimension', 'contact', 'name', 'notes', 'location', 'same_as']);
    expect(schema.fieldsOf('Participant')[0].name).toBe('pseudonym');
    const ep = schema.fieldsOf('MigrationEpisode').map((x) => x.name);
    expect(ep[0]).toBe('destination_country');
    expect(ep.indexOf('start')).toBeLessThan(ep.indexOf('end'));
    expect(ep.slice(-5)).toEqual(['debts', 'exits', 'fees', 'informal_work', 'recruited_by']);
    expect(schema.fieldsOf('Fee').map((x) => x.name)).toEqual(['payee_kind', 'purpose', 'paid', 'payee', 'amount', 'refundable', 'notes']);
  });

  it('finds the model of a path', () => {
    expect(schema.fieldAt(['migration_episodes', 1, 'fees', 0, 'amount', 'currency'])?.kind).toBe('currency');
    expect(schema.fieldAt(['migration_episodes', 0, 'working_conditions', 'deductions', 2, 'item'])?.kind).toBe('choice');
    expect(schema.fieldAt(['identity', 'phones', 3])?.kind).toBe('text');
    expect(schema.fieldAt(['nope'])).toBeUndefined();
  });
});

describe('form values', () => {
  it('starts a new record from the template', () => {
    expect(newInterview()).toEqual({ schema_version: 1, interview: {}, consent: { scopes: {} }, participant: {}, identity: {} });
  });

  it('lists the paths the form shows, including array items and money parts', () => {
    const value = { migration_episodes: [{ destination_country: 'JP', fees: [{ amount: { amount: 1 } }, {}] }] };
    const known = schema.knownPaths(value);
    for (const p of [
      '',
      'consent.date',
      'consent.scopes.store',
      'migration_episodes',
      'migration_episodes[0]',
      'migration_episodes[0].fees[1]',
      'migration_episodes[0].fees[1].amount.currency',
      'migration_episodes[0].fees[0].purpose',
      'migration_episodes[0].working_conditions.base_salary.amount',
    ]) {
      expect(known.has(p), p).toBe(true);
    }
    expect(known.has('migration_episodes[1]')).toBe(false);
    expect(known.has('migration_episodes[0].fees[2]')).toBe(false);
  });

  it('drops optional objects left empty, but keeps required ones and array items', () => {
    const v: Record<string, unknown> = {
      interview: { place: {} },
      consent: { scopes: {} },
      migration_episodes: [{ working_conditions: { base_salary: {} }, fees: [{ amount: {} }] }],
    };
    pruneEmpty(schema, v, ['interview', 'place', 'country']);
    expect(v.interview).toEqual({});
    pruneEmpty(schema, v, ['migration_episodes', 0, 'working_conditions', 'base_salary', 'amount']);
    expect(v.migration_episodes).toEqual([{ fees: [{ amount: {} }] }]);
    pruneEmpty(schema, v, ['migration_episodes', 0, 'fees', 0, 'amount', 'amount']);
    expect(v.migration_episodes).toEqual([{ fees: [{ amount: {} }] }]); // Fee.amount is required
  });

  it('makes new array items of the right shape', () => {
    expect(emptyItem(schema.field('MigrationEpisode', 'fees')!.item!)).toEqual({});
    expect(emptyItem(schema.field('Identity', 'phones')!.item!)).toBe('');
  });

  it('encodes "other" answers', () => {
    expect(otherValue('village chief')).toBe('other: village chief');
    expect(otherText('other: village chief')).toBe('village chief');
    expect(otherText('other:village chief')).toBe('village chief');
    expect(otherText('broker')).toBeNull();
  });

  it('opens the other sections only after consent has a date and the store scope', () => {
    expect(consentAllowsEditing(newInterview())).toBe(false);
    expect(consentAllowsEditing({ consent: { date: '2016', scopes: { store: false } } })).toBe(false);
    expect(consentAllowsEditing({ consent: { scopes: { store: true } } })).toBe(false);
    expect(consentAllowsEditing({ consent: { date: '2016-04', scopes: { store: true } } })).toBe(true);
  });
});
