import path from 'node:path';

/** Where `npm start -- --fresh-database` tells the end-to-end tests which database it serves. */
export const e2eStateFile = path.join(import.meta.dirname, '..', '..', '.data', 'e2e-server.json');

/**
 * The build the tests make and serve: never `.next`, which `npm start` serves — a build in place
 * would break a portal running in the same checkout (lib/build/dist-dir.ts).
 */
export const e2eDistDir = '.next-test';
