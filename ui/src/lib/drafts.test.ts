import { describe, expect, it } from 'vitest';
import { draftInterview } from './drafts';

describe('draft content', () => {
  it('reads back what the editor saved', () => {
    const interview = { schema_version: 1, consent: { scopes: {} } };
    expect(draftInterview({ format: 1, interview, section: 'quotes' })).toBe(interview);
  });

  it('accepts a bare record and refuses anything else', () => {
    const bare = { schema_version: 1, consent: { scopes: { store: true } } };
    expect(draftInterview(bare)).toBe(bare);
    expect(draftInterview({ notes: 'x' })).toBeNull();
    expect(draftInterview({ format: 1, interview: [] })).toBeNull();
    expect(draftInterview(null)).toBeNull();
    expect(draftInterview('text')).toBeNull();
  });
});
