import { timingSafeEqual } from 'node:crypto';
import { publishDueAndRefresh } from '@/lib/editorial/mutations';
import { schedulerToken } from '@/lib/editorial/scheduler-token';

export const dynamic = 'force-dynamic';

function authorized(request: Request): boolean {
  const expected = Buffer.from(`Bearer ${schedulerToken()}`);
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Publishes the versions whose scheduled time has come and refreshes their pages. Called every
 * few seconds by the portal's own scheduler (instrumentation.ts) and, when the portal runs on
 * several machines, may also be called by a cron job with SCHEDULER_TOKEN.
 */
export async function POST(request: Request) {
  if (!authorized(request)) return new Response('Forbidden', { status: 403 });
  try {
    const { published, next } = await publishDueAndRefresh();
    return Response.json({ published, next: next?.toISOString() ?? null });
  } catch {
    // database unreachable: the next tick tries again; published pages keep being served
    return new Response('Service Unavailable', { status: 503 });
  }
}
