import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/lib/listing/sort.ts';

const entry = (id: string, day: string) => ({ id, data: { date: new Date(`${day}T00:00:00Z`) } });

describe('newestFirst', () => {
  it('puts the most recently published first', () => {
    const sorted = newestFirst([entry('a', '2024-10-18'), entry('b', '2025-11-14'), entry('c', '2025-02-04')]);
    expect(sorted.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });

  it('orders articles of the same day by id, so every build lists them the same way', () => {
    const sorted = newestFirst([entry('zeta', '2025-01-01'), entry('alpha', '2025-01-01'), entry('mid', '2025-01-01')]);
    expect(sorted.map((e) => e.id)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('does not change the list it was given', () => {
    const list = [entry('a', '2024-01-01'), entry('b', '2025-01-01')];
    newestFirst(list);
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
  });
});
