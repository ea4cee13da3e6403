import { describe, expect, it } from 'vitest';
import { extraCallDelay } from '@/lib/editorial/scheduler';

describe('the scheduler’s extra call for a version due between two ticks', () => {
  const now = Date.parse('2025-01-17T13:59:57.500Z');
  const every = 5000;

  it('comes back just after the due time when it falls before the next tick', () => {
    expect(extraCallDelay({ published: [], next: '2025-01-17T14:00:00.000Z' }, now, every)).toBe(2520);
  });

  it('leaves a later time to the regular ticks', () => {
    expect(extraCallDelay({ published: [], next: '2025-01-17T14:00:02.500Z' }, now, every)).toBeNull();
    expect(extraCallDelay({ published: [], next: '2025-01-17T14:05:00.000Z' }, now, every)).toBeNull();
  });

  it('calls at once for a time already past (a slow answer), never with a negative delay', () => {
    expect(extraCallDelay({ next: '2025-01-17T13:59:50.000Z' }, now, every)).toBe(20);
  });

  it('ignores an answer without a next time or with a malformed one', () => {
    expect(extraCallDelay({ published: [], next: null }, now, every)).toBeNull();
    for (const answer of [null, 'Forbidden', {}, { next: 'tomorrow' }, { next: 1737122400000 }])
      expect(extraCallDelay(answer, now, every)).toBeNull();
  });
});
