/**
 * npm run editor:create -- --email ada@example.org --name "Ada" [--role admin] [--languages zh,en]
 *
 * Creates a newsroom account from the command line — how the first admin comes to exist (the
 * portal has no default credentials). The password is read from the terminal without echo, or
 * from EDITOR_PASSWORD when there is no terminal (scripts, CI). Same rules as in the admin UI.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { prepareDatabase } from '../lib/content/prepare';
import { openDatabaseServer } from '../lib/db/provision';
import { runCli, UsageError } from './cli';

const messages: Record<string, string> = {
  tooShort: 'is too short: use at least 12 characters (a passphrase of several words is best)',
  tooLong: 'is too long (at most 1,024 characters)',
  common: 'is too common or too easy to guess',
  personal: 'must not be your email address or name',
  invalid: 'is not valid',
  taken: 'already belongs to an account',
};

async function readPassword(): Promise<string> {
  if (process.env.EDITOR_PASSWORD) return process.env.EDITOR_PASSWORD;
  if (!process.stdin.isTTY)
    throw new UsageError('No terminal to read the password from: set EDITOR_PASSWORD.');
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output, terminal: true });
      process.stdout.write(question);
      muted = true;
      rl.question('', (answer) => {
        muted = false;
        process.stdout.write('\n');
        rl.close();
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  if ((await ask('Repeat it: ')) !== first)
    throw new UsageError('The two passwords differ; nothing was created.');
  return first;
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      languages: { type: 'string', default: '' },
    },
  });
  if (!values.email || !values.name)
    throw new UsageError(
      'Usage: npm run editor:create -- --email EMAIL --name NAME [--role admin|editor|translator|reviewer] [--languages zh,en,vi]',
    );
  const password = await readPassword();
  const server = await openDatabaseServer({ log: () => {} });
  try {
    await prepareDatabase(server.url, () => {});
    process.env.DATABASE_URL = server.url;
    const { createEditor } = await import('../lib/auth/accounts');
    const result = await createEditor('command-line', {
      email: values.email,
      name: values.name,
      role: values.role as 'admin',
      languages: values.languages.split(',').filter(Boolean) as [],
      password,
    });
    if (!result.ok)
      throw new UsageError(
        `The ${result.field} ${messages[result.problem] ?? result.problem}. Nothing was created.`,
      );
    console.log(`Created ${values.role} ${values.email} (${server.description}).`);
  } finally {
    await server.release();
  }
});
