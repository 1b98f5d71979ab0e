import { describe, expect, it } from 'vitest';
import { deleteAt, fieldId, formatPath, getAt, isPrefix, mapErrors, parsePath, setAt } from './paths';
import { schema } from './model';

describe('field paths', () => {
  it('formats and parses the core’s path syntax', () => {
    const p = 'migration_episodes[1].fees[0].amount.currency';
    expect(parsePath(p)).toEqual(['migration_episodes', 1, 'fees', 0, 'amount', 'currency']);
    expect(formatPath(parsePath(p))).toBe(p);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('.')).toEqual([]);
    expect(formatPath([])).toBe('');
    expect(parsePath('[2].x')).toEqual([2, 'x']);
  });

  it('makes distinct DOM ids per path', () => {
    expect(fieldId(['a', 1, 'b'])).toBe('f__a-1__b');
    expect(fieldId(['a', 1, 'b'])).not.toBe(fieldId(['a', 'b1']));
    expect(fieldId(['migration_episodes', 0, 'fees'])).toMatch(/^[A-Za-z][\w-]*$/);
  });

  it('gets, sets (creating containers) and deletes by path', () => {
    const v: Record<string, unknown> = {};
    setAt(v, ['migration_episodes', 0, 'fees', 1, 'amount', 'currency'], 'JPY');
    expect(getAt(v, ['migration_episodes', 0, 'fees', 1, 'amount', 'currency'])).toBe('JPY');
    expect(Array.isArray((v.migration_episodes as unknown[])[0] && (v.migration_episodes as { fees: unknown }[])[0].fees)).toBe(true);
    deleteAt(v, ['migration_episodes', 0, 'fees', 1, 'amount', 'currency']);
    expect(getAt(v, ['migration_episodes', 0, 'fees', 1, 'amount'])).toEqual({});
    expect(getAt(v, ['nope', 3, 'x'])).toBeUndefined();
    expect(isPrefix(['a', 1], ['a', 1, 'b'])).toBe(true);
    expect(isPrefix(['a', 2], ['a', 1, 'b'])).toBe(false);
  });
});

describe('validation errors → fields', () => {
  const value = {
    consent: { scopes: {} },
    migration_episodes: [{ destination_country: 'JP' }, { destination_country: 'TW', fees: [{ amount: { amount: 5 } }] }],
  };
  const known = schema.knownPaths(value);

  it('attaches an error to the exact input when it is shown', () => {
    const m = mapErrors(
      [
        { path: 'migration_episodes[1].fees[0].amount.currency', message: 'missing currency' },
        { path: 'consent.scopes.store', message: 'no consent' },
        { path: 'migration_episodes[1].fees[0].amount.amount_max', message: 'less than amount' },
      ],
      known,
    );
    expect(m.get('migration_episodes[1].fees[0].amount.currency')).toEqual(['missing currency']);
    expect(m.get('consent.scopes.store')).toEqual(['no consent']);
    expect(m.get('migration_episodes[1].fees[0].amount.amount_max')).toEqual(['less than amount']);
  });

  it('falls back to the nearest shown ancestor, then to the whole record', () => {
    const m = mapErrors(
      [
        { path: 'migration_episodes[1].fees[0]', message: 'missing field `purpose`' },
        { path: 'migration_episodes[7].fees[0].amount', message: 'gone' },
        { path: 'migration_episodes[1].fees[0].purpose.extra', message: 'deep' },
        { path: 'unknown_field', message: 'unknown field' },
        { path: '', message: 'whole' },
      ],
      known,
    );
    expect(m.get('migration_episodes[1].fees[0]')).toEqual(['missing field `purpose`']);
    expect(m.get('migration_episodes')).toEqual(['gone']);
    expect(m.get('migration_episodes[1].fees[0].purpose')).toEqual(['deep']);
    expect(m.get('')).toEqual(['unknown field', 'whole']);
  });

  it('keeps several errors on one field', () => {
    const m = mapErrors(
      [
        { path: 'actors[0].id', message: 'bad id' },
        { path: 'actors[0].id', message: 'duplicate' },
      ],
      schema.knownPaths({ actors: [{ id: 'x' }] }),
    );
    expect(m.get('actors[0].id')).toEqual(['bad id', 'duplicate']);
  });
});
