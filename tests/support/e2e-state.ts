import path from 'node:path';

/** Where `npm start -- --fresh-database` tells the end-to-end tests which database it serves. */
export const e2eStateFile = path.join(import.meta.dirname, '..', '..', '.data', 'e2e-server.json');
