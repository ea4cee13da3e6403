/**
 * `npm run cluster`: the production shape on one machine — PostgreSQL (embedded, or DATABASE_URL),
 * Debian's redis-server, two `next start` instances sharing one cache in it, and Debian's nginx
 * (deploy/nginx/portal.conf) in front on CLUSTER_PORT (default 8080), purged by the instances when
 * they publish. Missing Debian packages are installed as root. Ctrl-C (or SIGTERM) stops all of it.
 * Data: .data/cluster/ (nginx cache, Redis folder, instance logs) beside the database's.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { distPath } from '../lib/build/dist-dir';
import { prepareDatabase } from '../lib/content/prepare';
import { openDatabaseServer, projectRoot } from '../lib/db/provision';
import { describeDatabase } from '../lib/db/url';
import { readEnv } from '../lib/env';
import { buildPortal } from './build-portal';
import { runCli } from './cli';
import { startNginx } from './cluster/nginx';
import { freePort, startPortal, startRedis } from './cluster/services';

const log = (line: string) => console.log(`[cluster] ${line}`);

runCli(async () => {
  const env = readEnv();
  const port = z.coerce.number().int().min(1).max(65535).default(8080).parse(process.env.CLUSTER_PORT);
  const publicUrl = env.PORTAL_URL ?? `http://localhost:${port}`;
  const dir = path.resolve(projectRoot, env.PORTAL_DATA_DIR, 'cluster');
  mkdirSync(dir, { recursive: true });

  const database = await openDatabaseServer({ env, log });
  const stops: Array<() => Promise<void>> = [() => database.release()];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('Stopping …');
    for (const stop of stops.reverse()) await stop().catch(() => {});
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    await prepareDatabase(database.url, log);
    log(`Database: ${describeDatabase(database.url)}`);
    if (!existsSync(path.join(distPath(), 'BUILD_ID'))) {
      log('No production build yet: building …');
      await buildPortal();
    }
    const redis = await startRedis(path.join(dir, 'redis'));
    stops.push(redis.stop);
    log(`Redis: ${redis.url}`);
    const ports = [await freePort(), await freePort()];
    const shared = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      CACHE_PURGE_URLS: `http://127.0.0.1:${port}/purge`,
      // every instance names the address readers use: the proxy's
      PORTAL_URL: publicUrl,
      // and believes the loopback nginx in front of it about who the reader is
      TRUSTED_PROXIES: env.TRUSTED_PROXIES ?? '127.0.0.1,::1',
    };
    // one after the other: the first may rebuild for the public address; the second reuses it
    for (const [i, instancePort] of ports.entries()) {
      const instance = await startPortal(
        { ...shared, PORT: String(instancePort) },
        path.join(dir, `instance-${i + 1}.log`),
        // in the terminal's process group: Ctrl-C reaches every process at once
        false,
      );
      stops.push(instance.stop);
      log(
        `Instance ${i + 1}: ${instance.origin} (log: ${path.relative(projectRoot, dir)}/instance-${i + 1}.log)`,
      );
    }
    const nginx = await startNginx({ port, instances: ports, dir: path.join(dir, 'nginx') });
    stops.push(nginx.stop);
    log(`Serving on http://localhost:${port} through nginx (Ctrl-C stops everything).`);
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
  await new Promise(() => {});
});
