import { z } from 'zod';
import { parseTrustedProxies } from './http/client-address';

/** The environment the portal reads, validated once; a bad value stops start-up with its name. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgresql:// URL')
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The public address of the portal (scheme, host, optional port; no path), used for canonical
   * links, hreflang, sitemaps, feeds and share images. Defaults to http://localhost:PORT.
   */
  PORTAL_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s):// URL' })
    .refine((v) => new URL(v).pathname === '/' && !new URL(v).search, 'must have no path or query')
    .transform((v) => v.replace(/\/$/, ''))
    .optional(),
  /** where the embedded PostgreSQL keeps its data when DATABASE_URL is not set */
  PORTAL_DATA_DIR: z.string().trim().min(1).default('.data'),
  /** preferred port of the embedded PostgreSQL; another free one is chosen if it is taken */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** how often each server looks for scheduled versions that are due (ms) */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(5000),
  /** caching proxies to purge after a publication: comma-separated http(s) bases, e.g. http://127.0.0.1:8080/purge */
  CACHE_PURGE_URLS: z
    .string()
    .trim()
    .refine(
      (v) => v.split(',').every((u) => /^https?:\/\/\S+$/.test(u.trim())),
      'must be comma-separated http(s):// URLs',
    )
    .optional(),
  /** Redis shared by every instance for Next's page and data cache (unset: the filesystem cache) */
  REDIS_URL: z
    .string()
    .trim()
    .refine((v) => /^rediss?:\/\/[^\s]+$/.test(v), 'must be a redis:// or rediss:// URL')
    .optional(),
  /**
   * The proxies in front of the portal whose X-Forwarded-* headers count (lib/http/client-address.ts):
   * comma-separated addresses and ranges. Unset: none — the client is the socket's address.
   */
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .refine(
      (v) => parseTrustedProxies(v) !== undefined,
      'must be comma-separated IP addresses or ranges (10.0.0.0/8)',
    )
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

/** The portal's public origin: PORTAL_URL, else http://localhost:PORT. */
export function publicOrigin(env: Env): string {
  return env.PORTAL_URL ?? `http://localhost:${env.PORT}`;
}
