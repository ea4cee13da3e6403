import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connectPg } from '../../lib/db/connect';
import { withDatabase } from '../../lib/db/url';

const created: string[] = [];

/** A new, empty database on the test server; `dropTestDatabases()` removes it. */
export async function createTestDatabase(label = 'test'): Promise<string> {
  const name = `portal_${label}_${randomBytes(4).toString('hex')}`;
  const admin = await connectPg(inject('adminUrl'));
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  created.push(name);
  return withDatabase(inject('serverUrl'), name);
}

export async function dropTestDatabases(): Promise<void> {
  const admin = await connectPg(inject('adminUrl'));
  try {
    for (const name of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
