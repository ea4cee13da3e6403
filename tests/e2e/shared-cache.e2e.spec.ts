import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { createAccount, e2eDatabaseUrl, e2eDistDir } from '../support/e2e-state';
import { freePort, startPortal, startRedis, type Redis } from '../support/services';

/**
 * Two portal instances sharing one cache in a real redis-server (REDIS_URL): a page rendered by one
 * is served from the cache by the other; a correction saved through instance A is on instance B
 * within a second; with Redis stopped both keep serving. Real processes on loopback; runs alone.
 */
test.describe.configure({ mode: 'serial' });

const admin = { email: 'cluster@newsroom.test', name: 'Hoàng Thu Hà', password: 'silver estuary lantern 19' };
const report = '/en/articles/lang-son-mong-cai-smart-border-gates';

let redis: Redis;
const instances: Record<'a' | 'b', { origin: string; stop: () => Promise<void> }> = {} as never;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(240_000);
  createAccount(admin);
  redis = await startRedis();
  const env = {
    DATABASE_URL: e2eDatabaseUrl(),
    REDIS_URL: redis.url,
    PORTAL_DIST_DIR: e2eDistDir,
    // every instance names the one public address (as behind a proxy), so none needs a rebuild
    PORTAL_URL: baseURL!,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  instances.a = await startPortal({ ...env, PORT: String(await freePort()) });
  instances.b = await startPortal({ ...env, PORT: String(await freePort()) });
});

test.afterAll(async () => {
  await Promise.all(Object.values(instances).map((i) => i.stop()));
  await redis?.stop();
});

test('a page one instance rendered is served from the shared cache by the other', async ({ request }) => {
  const path = '/vi/cities/mong-cai';
  expect((await request.get(`${instances.a.origin}${path}`)).headers()['x-nextjs-cache']).toBe('MISS');
  const fromB = await request.get(`${instances.b.origin}${path}`);
  expect(fromB.status()).toBe(200);
  expect(fromB.headers()['x-nextjs-cache']).toBe('HIT');
  // … from Redis, where A put it (the instances could also share a disk; in production they do not)
  const keys = execFileSync(
    'redis-cli',
    ['-p', String(redis.port), '--scan', '--pattern', '*/vi/cities/mong-cai'],
    {
      encoding: 'utf8',
    },
  );
  expect(keys).toContain('/vi/cities/mong-cai');
});

test('a correction saved through instance A is served by instance B within a second', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  // B has the report cached
  await request.get(`${instances.b.origin}${report}`);
  expect((await request.get(`${instances.b.origin}${report}`)).headers()['x-nextjs-cache']).toBe('HIT');

  const context = await browser.newContext({ baseURL: instances.a.origin });
  const page = await context.newPage();
  await page.goto('/editor/en/login');
  await page.locator('input[name=email]').fill(admin.email);
  await page.locator('input[name=password]').fill(admin.password);
  await Promise.all([page.waitForURL(/\/editor\/en$/), page.locator('main button').click()]);
  await page.goto('/editor/en/articles/gmd-2025-lang-son-mong-cai/en');
  const correction = `Corrected through instance A at ${Date.now()}.`;
  const first = page.locator('textarea[name=text]').first();
  await first.fill(`${await first.inputValue()} ${correction}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('main [role=status]', { hasText: 'Saved as revision' })).toBeVisible();
  const saved = Date.now();
  await context.close();

  let seenAfter = -1;
  while (Date.now() - saved < 5_000) {
    if ((await (await request.get(`${instances.b.origin}${report}`)).text()).includes(correction)) {
      seenAfter = Date.now() - saved;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log(`[shared-cache] saved on A → served by B: ${seenAfter} ms`);
  expect(seenAfter, 'instance B serves the correction').toBeGreaterThanOrEqual(0);
  expect(seenAfter).toBeLessThan(1_000);
});

test('with Redis stopped, both instances keep serving pages, cached and new', async ({ request }) => {
  await redis.stop();
  try {
    for (const origin of [instances.a.origin, instances.b.origin])
      for (const path of [report, '/vi/cities/mong-cai', '/zh/people/hou-gang', '/en/agreements'])
        expect((await request.get(`${origin}${path}`)).status(), `${origin}${path}`).toBe(200);
  } finally {
    await redis.start();
  }
});
