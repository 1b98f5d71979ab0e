import { describe, expect, it } from 'vitest';
import { diffRecords, flatten, historyDiffs, showLeaf } from './diff';

const rev1 = {
  schema_version: 1,
  consent: { date: '2016', scopes: { store: true } },
  participant: { pseudonym: 'HD-01', birth_year: 1966 },
  migration_episodes: [{ destination_country: 'TW', fees: [{ purpose: 'commission', amount: { amount: 5000, currency: 'USD' } }] }],
};
const rev2 = {
  schema_version: 1,
  consent: { date: '2016-04', scopes: { store: true, quote_verbatim: true } },
  participant: { pseudonym: 'HD-01' },
  migration_episodes: [
    {
      destination_country: 'TW',
      fees: [
        { purpose: 'commission', amount: { amount: 5500, currency: 'USD' } },
        { purpose: 'training', amount: { amount: 200, currency: 'USD' } },
      ],
    },
  ],
};

describe('revision diff', () => {
  it('flattens to leaf paths', () => {
    const f = flatten(rev1);
    expect(f.get('migration_episodes[0].fees[0].amount.currency')?.value).toBe('USD');
    expect(f.has('migration_episodes')).toBe(false);
  });

  it('lists changed, added and removed fields as path: old → new, in document order', () => {
    const changes = diffRecords(rev1, rev2);
    const lines = changes.map((c) => `${c.path}: ${showLeaf(c.old)} → ${showLeaf(c.new)}`);
    expect(lines).toEqual([
      'consent.date: 2016 → 2016-04',
      'consent.scopes.quote_verbatim: — → true',
      'participant.birth_year: 1966 → —',
      'migration_episodes[0].fees[0].amount.amount: 5000 → 5500',
      'migration_episodes[0].fees[1].purpose: — → training',
      'migration_episodes[0].fees[1].amount.amount: — → 200',
      'migration_episodes[0].fees[1].amount.currency: — → USD',
    ]);
    expect(changes.find((c) => c.path === 'participant.birth_year')?.kind).toBe('removed');
    expect(changes.find((c) => c.path === 'consent.date')?.kind).toBe('changed');
  });

  it('is empty for identical revisions', () => {
    expect(diffRecords(rev1, structuredClone(rev1))).toEqual([]);
  });

  it('pairs consecutive readable revisions, newest first, skipping damaged ones', () => {
    const history = [
      { revision: 1, created_at: 'a', interview: rev1, damaged: null },
      { revision: 3, created_at: 'c', interview: rev2, damaged: null },
      { revision: 2, created_at: 'b', interview: null, damaged: 'bad MAC' },
    ];
    const d = historyDiffs(history);
    expect(d.map((x) => x.revision.revision)).toEqual([3, 2, 1]);
    expect(d[0].against).toBe(1);
    expect(d[0].changes?.length).toBe(7);
    expect(d[1].changes).toBeNull();
    expect(d[2].against).toBeNull();
    expect(d[2].changes?.every((c) => c.kind === 'added')).toBe(true);
  });
});
