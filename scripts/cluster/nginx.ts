/**
 * Debian's nginx in front of portal instances, run by the project (never as a system service):
 * the production configuration of deploy/nginx/portal.conf with this run's port, instances and
 * folders, its data in a folder of the caller's. Used by `npm run cluster` and by the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/db/provision';
import { ensureDebianPackage } from './packages';

const purgeModule = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so';

/** deploy/nginx/portal.conf with another port, other instances and another cache folder. */
export function portalConfig(options: { port: number; instances: number[]; dir: string }): string {
  const source = readFileSync(path.join(projectRoot, 'deploy', 'nginx', 'portal.conf'), 'utf8');
  const upstreams = options.instances
    .map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`)
    .join('\n');
  return source
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${path.join(options.dir, 'cache')}`)
    .replace(/(    server 127\.0\.0\.1:\d+ [^\n]*\n)+/, `${upstreams}\n`)
    .replace(/listen 80;/, `listen 127.0.0.1:${options.port};`);
}

export type Nginx = { origin: string; stop: () => Promise<void> };

export async function startNginx(options: {
  port: number;
  instances: number[];
  dir: string;
}): Promise<Nginx> {
  ensureDebianPackage('nginx', 'nginx');
  if (!existsSync(purgeModule)) ensureDebianPackage(purgeModule, 'libnginx-mod-http-cache-purge');
  const dir = path.resolve(options.dir);
  for (const sub of ['cache', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'portal.conf'), portalConfig({ ...options, dir }));
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'tmp', name)};`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `load_module ${purgeModule};`,
      // as root the workers would run as nobody, who cannot write this folder
      process.getuid?.() === 0 ? 'user root root;' : '',
      'daemon off;',
      'worker_processes auto;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  access_log ${path.join(dir, 'access.log')};`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(dir, 'portal.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {
    stdio: 'inherit',
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited with ${child.exitCode} (see ${dir}/error.log)`);
    try {
      await fetch(`${origin}/purge/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('nginx did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
