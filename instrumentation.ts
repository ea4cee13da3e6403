/** Starts the publishing scheduler (lib/editorial/scheduler.ts) in the Node.js server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { readEnv } = await import('./lib/env');
  const { schedulerToken } = await import('./lib/editorial/scheduler-token');
  const { startScheduler } = await import('./lib/editorial/scheduler');
  const env = readEnv();
  startScheduler({
    url: `http://127.0.0.1:${env.PORT}/api/publish-due`,
    token: schedulerToken(),
    every: env.SCHEDULER_INTERVAL_MS,
  });
}

/**
 * Every error a request raised in Next (a page, an action, a route handler), as one JSON line with
 * the request id the portal's server gave the request and the route (lib/log/logger.ts). Next
 * still prints its own stack to stderr.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log, routeOf } = await import('./lib/log/logger');
  const header = request.headers['x-request-id'];
  log.error(
    {
      event: 'request-error',
      requestId: Array.isArray(header) ? header[0] : header,
      method: request.method,
      route: context.routePath,
      path: routeOf(request.path),
      routeType: context.routeType,
      digest: (error as { digest?: string }).digest,
      error: error instanceof Error ? error.message.split('\n').filter(Boolean).slice(-1)[0] : String(error),
    },
    'request error',
  );
}
