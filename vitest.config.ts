import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // let Vite resolve next-intl's extension-less `next/server` import (proxy.ts is tested)
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          environment: 'node',
          // One real PostgreSQL for the run (embedded unless DATABASE_URL names a server);
          // every test that needs a database gets a fresh one that is dropped afterwards.
          globalSetup: ['tests/support/database-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // `server-only` throws outside React Server Components; integration tests call the data
          // layer directly, as the server would.
          alias: { 'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts') },
        },
      },
    ],
  },
});
