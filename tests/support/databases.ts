import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase, dropDatabases } from '../../lib/db/databases';
import { withDatabase } from '../../lib/db/url';

const created: string[] = [];

/** A new, empty database on the test server; `dropTestDatabases()` removes it. */
export async function createTestDatabase(label = 'test'): Promise<string> {
  const name = `portal_${label}_${randomBytes(4).toString('hex')}`;
  await createDatabase(inject('adminUrl'), name);
  created.push(name);
  return withDatabase(inject('serverUrl'), name);
}

export async function dropTestDatabases(): Promise<void> {
  await dropDatabases(inject('adminUrl'), created.splice(0));
}
