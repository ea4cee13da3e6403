import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

import { e2eDistDir, e2eStateFile } from './tests/support/e2e-state';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's chromium when it is on the PATH (machines without internet); Playwright's own otherwise. */
function systemChromium(): string | undefined {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // The browser, the server and PostgreSQL share two cores here: a save or a page can take seconds
  // while another process holds the CPU. Waits are generous; speed is asserted where it is a
  // requirement (publish → served, scheduled → live), not through these.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /database-outage|newsroom|import|photos|build-isolation|cluster/,
      use: { ...devices['Desktop Chrome'] },
    },
    // Changes published content (the crawler counts pages), so it runs after the public-site tests.
    {
      name: 'newsroom',
      testMatch: /newsroom\.e2e\.spec\.ts/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'] },
    },
    // Publishes imported reports; after the newsroom story, whose timings it would otherwise disturb.
    {
      name: 'import',
      testMatch: /(?:import(?:-received)?|photos)\.e2e\.spec\.ts/,
      dependencies: ['newsroom'],
      use: { ...devices['Desktop Chrome'] },
    },
    // Builds the portal beside the served one: takes both cores for a minute, so it runs alone.
    {
      name: 'build-isolation',
      testMatch: /build-isolation\.e2e\.spec\.ts/,
      dependencies: ['import'],
      use: { ...devices['Desktop Chrome'] },
    },
    // nginx, two more instances and a real redis-server; corrects a report, so after the others.
    {
      name: 'cluster',
      testMatch: /cluster\.e2e\.spec\.ts/,
      dependencies: ['build-isolation'],
      use: { ...devices['Desktop Chrome'] },
    },
    // Cuts the server off from its database, so it runs alone, after everything else.
    {
      name: 'database-outage',
      testMatch: /database-outage\.e2e\.spec\.ts/,
      dependencies: ['cluster'],
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  // The same start script as `npm start`, on a fresh database that it drops when stopped.
  webServer: {
    command: 'npx --no-install tsx scripts/start.ts --fresh-database',
    url: `${baseURL}/zh`,
    env: {
      PORT: String(port),
      // canonical links, sitemaps and feeds name the address the tests use
      PORTAL_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      // the operator's log: failures only, so the test output stays readable (the soak reads info)
      LOG_LEVEL: 'warn',
      PORTAL_E2E_STATE_FILE: e2eStateFile,
      // its own build directory (built by `npm test`, or by the start script when missing)
      PORTAL_DIST_DIR: e2eDistDir,
    },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
