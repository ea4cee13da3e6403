import { appDb } from '../db/app-client';

/**
 * Login throttling, kept in the database so every server process sees the same counts.
 * Per account: 5 failures within 15 minutes lock the account for 15 minutes.
 * Per address: 20 failures within 15 minutes lock the address for 15 minutes (one address trying
 * many accounts). A successful login clears the account's count, not the address's.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (address: string) => `address:${address}`;

const limitOf = (key: string) => (key.startsWith('account:') ? ACCOUNT_LIMIT : ADDRESS_LIMIT);

/** The time until which any of these keys is locked, or null. */
export async function lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await appDb().loginThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    orderBy: { lockedUntil: 'desc' },
    take: 1,
  });
  return rows[0]?.lockedUntil ?? null;
}

/** Counts a failed attempt against each key, locking those that reach their limit. */
export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  for (const key of keys) {
    // One statement per key, so concurrent failures cannot lose a count.
    await appDb().$executeRaw`
      INSERT INTO login_throttles (key, failures, window_start, locked_until)
      VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${limitOf(key)} THEN ${lockUntil}::timestamptz END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN login_throttles.window_start < ${windowStart} THEN 1 ELSE login_throttles.failures + 1 END,
        window_start = CASE WHEN login_throttles.window_start < ${windowStart} THEN ${now} ELSE login_throttles.window_start END,
        locked_until = CASE
          WHEN (CASE WHEN login_throttles.window_start < ${windowStart} THEN 1 ELSE login_throttles.failures + 1 END) >= ${limitOf(key)}
          THEN ${lockUntil}::timestamptz
          ELSE login_throttles.locked_until END`;
  }
}

export async function clearFailures(key: string): Promise<void> {
  await appDb().loginThrottle.deleteMany({ where: { key } });
}
