import { z } from 'zod';

/** What POST /api/publish-due answers with (the part the scheduler reads). */
const publishDueAnswer = z.object({ next: z.iso.datetime().nullable() });

/**
 * How long the scheduler should wait before an extra call so that a version due before its next
 * regular tick is published at its time, not up to one interval late; null when the regular tick
 * is soon enough (or the answer says nothing usable).
 */
export function extraCallDelay(answer: unknown, now: number, every: number): number | null {
  const parsed = publishDueAnswer.safeParse(answer);
  if (!parsed.success || parsed.data.next === null) return null;
  const wait = Date.parse(parsed.data.next) - now;
  // a few milliseconds late rather than early: the server publishes what is due at or before now
  return wait < every ? Math.max(0, wait) + 20 : null;
}

/**
 * Scheduled publishing without a button or a redeploy: every `every` ms the server asks itself to
 * publish what is due (POST /api/publish-due with a per-process token), and when a version falls
 * due between two ticks it calls once more at that moment. The work runs in a route handler so
 * that revalidation happens inside Next's request context.
 */
export function startScheduler(options: { url: string; token: string; every: number }): () => void {
  let extra: ReturnType<typeof setTimeout> | undefined;
  const call = async () => {
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.token}` },
        signal: AbortSignal.timeout(4 * options.every),
      });
      if (!response.ok) return;
      const delay = extraCallDelay(await response.json(), Date.now(), options.every);
      if (delay === null) return;
      clearTimeout(extra);
      extra = setTimeout(() => void call(), delay);
      extra.unref();
    } catch {
      // not listening yet, shutting down, or the database is away: the next tick tries again
    }
  };
  const ticks = setInterval(() => void call(), options.every);
  ticks.unref();
  return () => {
    clearInterval(ticks);
    clearTimeout(extra);
  };
}
