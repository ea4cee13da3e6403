/** The wall-clock fields of an instant in a time zone, as two-digit strings (year four). */
function wallClock(
  instant: number,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const field = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
  };
}

/**
 * "2026-11-23T09:30" (or "…T09:30:15": an embargo to the second) typed into a datetime-local field
 * means that wall-clock time in the editor's time zone (the locale table's), not the server's.
 * Converts it to an instant.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return undefined;
  const [y, mo, d, h, mi] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const s = Number(match[6] ?? 0);
  // 2026-13-01, 09:75 or 09:30:75 would silently roll over; refuse them instead
  if (s > 59 || utcToZonedInput(new Date(Date.UTC(y, mo - 1, d, h, mi)), 'UTC') !== local.slice(0, 16))
    return undefined;
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at (about) an instant, from how that instant reads on its clocks.
  const offsetAt = (instant: number) => {
    const c = wallClock(instant, timeZone);
    return Date.UTC(+c.year, +c.month - 1, +c.day, +c.hour, +c.minute) - instant;
  };
  // zones move by whole minutes: the seconds are added to the minute's instant
  return new Date(guess - offsetAt(guess - offsetAt(guess)) + s * 1000);
}

/** An instant as the value of a datetime-local field in `timeZone`. */
export function utcToZonedInput(instant: Date, timeZone: string): string {
  const c = wallClock(instant.getTime(), timeZone);
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}`;
}
