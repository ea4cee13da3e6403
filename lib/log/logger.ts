import { randomUUID } from 'node:crypto';
import pino from 'pino';

/**
 * The operator's log: one JSON line per event (pino) on stdout — every failed request, every
 * editorial mutation, every error a request raised, anything unhandled. Each line carries the
 * request id (the `X-Request-Id` the portal's server gives every request, echoed in the answer),
 * the route and, for mutations, the actor's id. Never a password, token, cookie or form body: the
 * fields below are the only ones written, and the redaction list catches them should one slip in.
 * LOG_LEVEL: fatal | error | warn | info (default) | debug | silent.
 */
export function createLogger(destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service: 'portal', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'headers', '*.headers'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();

/** A request id from the client or a proxy, when it is a plain one; else a new one. */
export function requestIdFrom(given: string | string[] | undefined): string {
  const value = Array.isArray(given) ? given[0] : given;
  return value && /^[\w.:-]{1,64}$/.test(value) ? value : randomUUID();
}

/** The route of an address for the log: its path without the query (which may hold what a reader typed). */
export function routeOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}
