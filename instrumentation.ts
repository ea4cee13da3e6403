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
