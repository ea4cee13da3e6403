import type { TestProject } from 'vitest/node';
import { openDatabaseServer } from '../../lib/db/provision';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    serverUrl: string;
  }
}

/** Starts (or joins) the test PostgreSQL once per run; test files create their own databases on it. */
export async function setup(project: TestProject) {
  const server = await openDatabaseServer({ cluster: 'postgres-test', database: 'postgres' });
  project.provide('adminUrl', server.adminUrl);
  project.provide('serverUrl', server.url);
  return () => server.release();
}
