import { describe, expect, it } from 'vitest';
import type { Chart } from './bindings';
import { chartRows } from './charts';

describe('chart rows', () => {
  it('a bar the core withheld is "< k" with no value, whatever value it carries', () => {
    const chart: Chart = {
      id: 'interviews_by_destination',
      measure: 'interviews',
      bars: [
        { category: 'JP', series: '', n: 12, value: 12 },
        { category: 'KR', series: '', n: null, value: null },
        // Never sent by the core; if it were, the value would still not be drawn.
        { category: 'TW', series: '2019', n: null, value: 3 },
      ],
    };
    const rows = chartRows(chart, 5, (b) => [b.category, b.series].filter(Boolean).join(' '), (n) => `#${n}`);
    expect(rows).toEqual([
      { label: 'JP', value: 12, withheld: false, text: '#12' },
      { label: 'KR', value: 0, withheld: true, text: '< 5' },
      { label: 'TW 2019', value: 0, withheld: true, text: '< 5' },
    ]);
  });
});
