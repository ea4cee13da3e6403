import { createEditorAccount } from '../../scripts/cluster/services';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where `npm start -- --fresh-database` tells the end-to-end tests which database it serves. */
export const e2eStateFile = path.join(import.meta.dirname, '..', '..', '.data', 'e2e-server.json');

/**
 * The build the tests make and serve: never `.next`, which `npm start` serves — a build in place
 * would break a portal running in the same checkout (lib/build/dist-dir.ts).
 */
export const e2eDistDir = '.next-test';

/** The database the end-to-end server serves (written by the start script when it starts). */
export function e2eDatabaseUrl(): string {
  const { adminUrl, database } = JSON.parse(readFileSync(e2eStateFile, 'utf8')) as {
    adminUrl: string;
    database: string;
  };
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.href;
}

/** A newsroom account in the end-to-end database, made as `npm run editor:create` makes one. */
export function createAccount(account: {
  email: string;
  name: string;
  password: string;
  role?: string;
  languages?: string;
}) {
  createEditorAccount(e2eDatabaseUrl(), account);
}
