import { describe, expect, it } from 'vitest';
import { utcToZonedInput, zonedTimeToUtc } from '@/lib/model/time';

describe('scheduling times typed in the editor’s time zone', () => {
  it('reads 09:30 in Nanning as 01:30 UTC and 09:30 in Hanoi as 02:30 UTC', () => {
    expect(zonedTimeToUtc('2026-11-23T09:30', 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-11-23T01:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-11-23T09:30', 'Asia/Ho_Chi_Minh')?.toISOString()).toBe(
      '2026-11-23T02:30:00.000Z',
    );
  });

  it('handles a date line crossing and round-trips to the field value', () => {
    const instant = zonedTimeToUtc('2027-01-01T00:15', 'Asia/Shanghai')!;
    expect(instant.toISOString()).toBe('2026-12-31T16:15:00.000Z');
    expect(utcToZonedInput(instant, 'Asia/Shanghai')).toBe('2027-01-01T00:15');
  });

  it('reads seconds when the field has them (an embargo to the second)', () => {
    expect(zonedTimeToUtc('2026-11-23T09:30:15', 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-11-23T01:30:15.000Z',
    );
  });

  it.each([
    '',
    'tomorrow',
    '2026-13-01T10:00',
    '2026-11-23 09:30',
    '2026-11-23T09:30:00Z',
    '2026-11-23T09:30:60',
    '2026-11-23T09:75',
    '2026-11-23',
  ])('rejects %j', (value) => {
    const parsed = zonedTimeToUtc(value, 'Asia/Shanghai');
    expect(parsed === undefined || Number.isNaN(parsed.getTime())).toBe(true);
  });
});
