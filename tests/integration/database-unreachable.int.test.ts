import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { connectPg } from '@/lib/db/connect';
import { projectRoot } from '@/lib/db/provision';
import { DatabaseUnreachableError } from '@/lib/db/url';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { saveVersion } from '@/lib/editorial/versions';
import { transition } from '@/lib/editorial/workflow';

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('when the database cannot be reached', () => {
  it('names host, port and database, never the password', async () => {
    const port = await closedPort();
    const attempt = connectPg(`postgresql://portal:s3cret-pw@127.0.0.1:${port}/portal`);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnreachableError);
    const error = (await attempt.catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(`127.0.0.1:${port}/portal`);
    expect(error.message).not.toContain('s3cret-pw');
  });

  it('command-line tools exit non-zero with that message', async () => {
    const port = await closedPort();
    const result = await promisify(execFile)('npx', ['--no-install', 'tsx', 'scripts/db.ts', 'migrate'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: `postgresql://portal:s3cret-pw@127.0.0.1:${port}/portal` },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot reach the database at 127.0.0.1:${port}/portal`);
    expect(result.stderr).not.toContain('s3cret-pw');
  });

  it('an editor’s save or workflow step fails as "database unavailable", not as an unexpected error', async () => {
    const port = await closedPort();
    process.env.DATABASE_URL = `postgresql://portal:s3cret-pw@127.0.0.1:${port}/portal`;
    const editor = { id: 'e1', email: 'e@newsroom.test', name: 'E', role: 'editor' as const, languages: [] };
    const save = await saveVersion(editor, {
      articleId: 'gmd-2025-opening',
      locale: 'en',
      baseRevision: 1,
      slug: 'opening',
      title: 'Title',
      standfirst: '',
      paragraphs: [{ key: 'p1', text: 'Text.' }],
    }).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(save), String(save)).toBe(true);
    const step = await transition(editor, {
      articleId: 'gmd-2025-opening',
      locale: 'en',
      action: 'submit',
    }).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(step), String(step)).toBe(true);
    // a fault in the request itself is not mistaken for an outage
    expect(isDatabaseUnavailable(new Error('Unique constraint failed on the fields: (`slug`)'))).toBe(false);
  });
});
