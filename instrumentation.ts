/**
 * Scheduled publishing without a button or a redeploy: every 5 seconds the server asks itself to
 * publish what is due (POST /api/publish-due, authenticated with a per-process token). The work
 * runs in a route handler so that revalidation happens inside Next's request context.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { schedulerToken } = await import('./lib/editorial/scheduler-token');
  const port = process.env.PORT ?? '3000';
  const every = Number(process.env.SCHEDULER_INTERVAL_MS ?? 5000);
  const timer = setInterval(() => {
    fetch(`http://127.0.0.1:${port}/api/publish-due`, {
      method: 'POST',
      headers: { authorization: `Bearer ${schedulerToken()}` },
    }).catch(() => {
      // not listening yet, or shutting down: the next tick tries again
    });
  }, every);
  timer.unref();
}
