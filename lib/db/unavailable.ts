/**
 * Whether an error means the database cannot be reached right now (down, restarting, refusing
 * connections, a connection cut mid-query) rather than a fault in what was asked. Editors are told
 * "database unavailable, your text is kept" for these, "unexpected" for anything else. Reads the
 * error and its causes as the pg driver, Prisma's pg adapter and Prisma itself report them.
 */

/** Node's socket errors and PostgreSQL's "cannot connect now", "admin shutdown", "crash shutdown". */
const codes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  // Prisma: can't reach the server, timed out, server closed the connection; no connection for a
  // transaction in time (the database is overloaded: nothing was written, the text is kept)
  'P1001',
  'P1002',
  'P1017',
  'P2028',
]);
const messages =
  /connection terminated|connection refused|terminating connection|timeout exceeded when trying to connect|server closed the connection|can't reach database server|the database system is (?:starting up|shutting down)|not queryable|is not currently accepting connections|too many clients already/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as {
    code?: unknown;
    errno?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof e.code === 'string' && codes.has(e.code)) return true;
  if (typeof e.message === 'string' && messages.test(e.message)) return true;
  // AggregateError (several addresses tried), and causes wrapped by the adapter
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
