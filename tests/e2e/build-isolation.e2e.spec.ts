import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test, type Browser, type APIRequestContext } from '@playwright/test';
import { createAccount, e2eDatabaseUrl, e2eDistDir } from '../support/e2e-state';

/**
 * Building in a checkout whose portal is being served never breaks that portal: the build it
 * serves refuses to be rebuilt (in one line), and a build into another directory — what the tests,
 * `npm run size` and `npm run lighthouse` do — leaves every page, asset and server action working,
 * during the build and after it. Runs alone (a build takes both cores for a minute).
 */
test.describe.configure({ mode: 'serial' });

const account = { email: 'builder@newsroom.test', name: 'Lê Văn Bình', password: 'copper meadow signal 58' };
// the measuring scripts' directory: a name tsconfig.json already lists (next build adds its own)
const probe = '.next-measure';

test.beforeAll(() => {
  createAccount({ ...account, role: 'editor' });
});
test.afterAll(() => rmSync(probe, { recursive: true, force: true }));

/** A page and every script and stylesheet it loads answer 200; a server action (sign-in) works. */
async function stillServing(browser: Browser, request: APIRequestContext) {
  const page = await request.get('/en');
  expect(page.status()).toBe(200);
  const assets = [...(await page.text()).matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map(
    (m) => m[1]!,
  );
  expect(assets.length).toBeGreaterThan(3);
  for (const asset of new Set(assets)) expect((await request.get(asset)).status(), asset).toBe(200);
  const context = await browser.newContext();
  try {
    const editor = await context.newPage();
    await editor.goto('/editor/en/login');
    await editor.locator('input[name=email]').fill(account.email);
    await editor.locator('input[name=password]').fill(account.password);
    await Promise.all([editor.waitForURL(/\/editor\/en$/), editor.locator('main button').click()]);
  } finally {
    await context.close();
  }
}

test('the served build refuses to be rebuilt, with one line saying why', () => {
  const env = { ...process.env, PORTAL_DIST_DIR: e2eDistDir };
  const build = spawnSync('npx', ['--no-install', 'tsx', 'scripts/build.ts'], { env, encoding: 'utf8' });
  expect(build.status).toBe(1);
  expect(build.stderr).toContain(`serves the build in ${e2eDistDir}; building there would break it`);
  // a second `npm start -- --rebuild` of the same checkout, on another port
  const start = spawnSync('npx', ['--no-install', 'tsx', 'scripts/start.ts', '--rebuild'], {
    env: { ...env, DATABASE_URL: e2eDatabaseUrl(), PORT: '3299' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(start.status).toBe(1);
  expect(start.stderr).toContain('building there would break it');
});

test('a build into another directory leaves pages, assets and server actions working', async ({
  browser,
  request,
}) => {
  test.setTimeout(420_000);
  await stillServing(browser, request);
  const build = spawn('npx', ['--no-install', 'tsx', 'scripts/build.ts'], {
    env: { ...process.env, PORTAL_DIST_DIR: probe },
    stdio: 'ignore',
  });
  const exited = new Promise<number>((resolve) => build.once('exit', (code) => resolve(code ?? 1)));
  let done: number | null = null;
  void exited.then((code) => (done = code));
  let rounds = 0;
  while (done === null) {
    await stillServing(browser, request);
    rounds++;
  }
  expect(await exited, 'the other build succeeded').toBe(0);
  expect(rounds, 'checked while the build ran').toBeGreaterThan(1);
  await stillServing(browser, request);
});
