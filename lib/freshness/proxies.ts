import 'server-only';
import { z } from 'zod';
import { log } from '../log/logger';
import { nowAndAgain } from './again';
import { proxyPaths, type Change } from './change';

/**
 * Purges of the caching proxies in front of the portal (nginx with the cache-purge module, see
 * deploy/nginx/portal.conf and docs/decisions/018): after a publication, an unpublication or a
 * correction, every affected public URL is purged at each base in CACHE_PURGE_URLS
 * (`http://127.0.0.1:8080/purge`, comma-separated), so readers behind the proxy see the change at
 * once instead of after the pages' one minute in it. A proxy that does not answer is logged and
 * skipped: a purge never fails an editor's action.
 */

const purgeBases = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/ })));

async function purgeOnce(bases: string[], paths: string[]) {
  const failed: string[] = [];
  await Promise.all(
    bases.flatMap((base) =>
      paths.map(async (path) => {
        try {
          // 200: purged; 404: it was not cached — both fine
          const response = await fetch(`${base}${encodeURI(path)}`, { signal: AbortSignal.timeout(2000) });
          if (response.status >= 500) failed.push(`${base}${path}: ${response.status}`);
        } catch (error) {
          failed.push(`${base}${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    ),
  );
  if (failed.length)
    log.warn({ event: 'cache-purge', failed: failed.slice(0, 10), count: failed.length }, 'purge failed');
}

/**
 * Purges the change's URLs at every proxy, now and once more a second later (./again.ts): the
 * portal marks its own cache stale when the editor's action completes, and a reader who reached the
 * proxy in between could have put the old page back.
 */
export function purgeProxies(change: Change, env: Record<string, string | undefined> = process.env): void {
  const parsed = purgeBases.safeParse(env.CACHE_PURGE_URLS);
  const bases = parsed.success ? parsed.data : [];
  if (!parsed.success) log.warn({ event: 'cache-purge' }, 'CACHE_PURGE_URLS is not a list of http(s) URLs');
  if (bases.length === 0) return;
  const paths = proxyPaths(change);
  nowAndAgain(() => void purgeOnce(bases, paths));
}
