import { randomBytes } from 'node:crypto';

const holder = globalThis as unknown as { portalSchedulerToken?: string };

/** SCHEDULER_TOKEN when configured (for an external cron), else a random one for this process. */
export function schedulerToken(): string {
  holder.portalSchedulerToken ??= process.env.SCHEDULER_TOKEN || randomBytes(32).toString('base64url');
  return holder.portalSchedulerToken;
}
