/**
 * Debian packages the project's scripts need at scale (nginx, redis-server): installed with
 * apt-get as root when missing, without starting them as system services (the project runs its
 * own, on 127.0.0.1, with data in its own folders). Elsewhere: one line saying what to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const found = (command: string) =>
  command.startsWith('/')
    ? existsSync(command)
    : spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

export function ensureDebianPackage(command: string, debianPackage: string): void {
  if (found(command)) return;
  if (process.getuid?.() !== 0 || !found('apt-get'))
    throw new Error(`${command} is missing: run \`sudo apt-get install ${debianPackage}\`, then again.`);
  // Debian starts a service when its package is installed; policy-rc.d says not to
  const policy = '/usr/sbin/policy-rc.d';
  const ours = !existsSync(policy);
  if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], { stdio: 'inherit', env });
  } finally {
    if (ours) rmSync(policy, { force: true });
  }
  if (!found(command)) throw new Error(`${debianPackage} was installed but ${command} is still missing.`);
}
