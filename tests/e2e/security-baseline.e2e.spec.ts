import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { FormClient } from '../../scripts/soak/form-client';
import { createAccount, e2eDatabaseUrl } from '../support/e2e-state';

/**
 * The checks an OWASP ZAP baseline scan makes, as tests: security headers on every kind of answer,
 * the session cookie's flags and its absence from public pages, server actions from another site
 * refused, no redirect off the site, no file outside the public folders through `..`, and a CSP
 * nonce that is never used twice. (Equal sign-in timing for known and unknown accounts is in
 * tests/integration/security-baseline.int.test.ts; cross-site posts also in newsroom.e2e.spec.ts.)
 */

/** A request sent with its path exactly as written (no URL normalising of `..` or `%2e`). */
function raw(
  baseURL: string,
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const origin = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: origin.hostname, port: origin.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('every kind of answer carries the security headers', async ({ request, baseURL }) => {
  const home = await (await request.get('/en')).text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  expect(asset).toBeTruthy();
  const answers: Array<[string, { status: number; headers: Record<string, string | string[] | undefined> }]> =
    [];
  const get = async (label: string, path: string, headers: Record<string, string> = {}) => {
    const r = await request.get(path, { headers, maxRedirects: 0 });
    answers.push([label, { status: r.status(), headers: r.headers() }]);
  };
  await get('page', '/en/articles/mayors-release-nanning-initiative');
  await get('page from the page cache', '/en/articles/mayors-release-nanning-initiative');
  await get('RSC payload', '/en', { rsc: '1' });
  await get('redirect', '/', { 'accept-language': 'vi' });
  await get('404 in a language', '/en/articles/no-such-report');
  await get('404 in none', '/xx/no-such-page');
  await get('400', '/zh/%zz');
  await get('feed', '/vi/feed.xml');
  await get('sitemap', '/sitemap.xml');
  await get('robots.txt', '/robots.txt');
  await get('JSON', '/api/article-versions/mayors-release-nanning-initiative');
  await get('share image', '/en/articles/mayors-release-nanning-initiative/share.png');
  await get('script asset', asset!);
  await get('public file', '/icons/icon-192.png');
  await get('newsroom page', '/editor/en/login');
  const refused = await raw(baseURL!, '/en/%c3%28');
  answers.push(['400, raw', refused]);
  for (const [label, a] of answers) {
    expect(a.status, label).toBeLessThan(500);
    expect(a.headers['x-content-type-options'], label).toBe('nosniff');
    expect(a.headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
    expect(a.headers['x-frame-options'], label).toBe('DENY');
    expect(a.headers['strict-transport-security'], label).toMatch(/max-age=\d{8}/);
    const csp = String(a.headers['content-security-policy'] ?? '');
    expect(csp, label).toContain("frame-ancestors 'none'");
    expect(csp, label).toContain("object-src 'none'");
    // a session cookie is set by signing in only
    expect(String(a.headers['set-cookie'] ?? ''), label).not.toContain('portal_session');
  }
});

test('the session cookie is HttpOnly, SameSite, host-only, and gone after signing out', async ({
  page,
  request,
  baseURL,
}) => {
  const account = {
    email: 'baseline@security.test',
    name: 'Baseline',
    password: 'granite harbour lantern 77',
  };
  createAccount({ ...account, role: 'reviewer', languages: 'en' });
  await page.goto('/editor/en/login');
  const actionField = await page.locator('form input[type=hidden][name^="$ACTION_ID_"]').getAttribute('name');
  const signIn = await request.post('/editor/en/login', {
    multipart: { [actionField!]: '', uiLocale: 'en', email: account.email, password: account.password },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(303);
  const cookie = signIn.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/^portal_session=[A-Za-z0-9_-]{32,};/);
  expect(cookie).toMatch(/;\s*HttpOnly/i);
  expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
  expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
  expect(cookie).not.toMatch(/;\s*Domain=/i);
  // over https (PORTAL_URL) it would also be Secure and __Host- prefixed (unit-tested in env-and-urls)

  // signed in, public pages still set no cookie and are the cached ones
  const publicPage = await request.get('/zh');
  expect(publicPage.headers()['set-cookie']).toBeUndefined();

  const dashboard = await request.get('/editor/en');
  expect(dashboard.status()).toBe(200);
  const logoutField = /name="(\$ACTION_ID_[^"]+)"/.exec(await dashboard.text())?.[1];
  const signOut = await request.post('/editor/en', {
    multipart: { [logoutField!]: '', uiLocale: 'en' },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBe(303);
  expect(signOut.headers()['set-cookie']).toMatch(/portal_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
  expect((await request.get('/editor/en', { maxRedirects: 0 })).status()).toBe(307);
});

test('no address sends the reader to another site', async ({ baseURL }) => {
  const paths = [
    '//attacker.example',
    '//attacker.example/%2e%2e',
    '/\\attacker.example',
    '/%2F%2Fattacker.example',
    '/%5Cattacker.example',
    '/zh/..//attacker.example',
    '/editor/en/login?next=https://attacker.example',
    '/editor/en/login?returnTo=//attacker.example',
    '/editor/en?next=https://attacker.example',
    '/en/articles?page=2&next=//attacker.example',
    '/?next=https://attacker.example',
  ];
  for (const path of paths) {
    const answer = await raw(baseURL!, path);
    expect(answer.status, path).toBeLessThan(500);
    const location = answer.headers.location;
    if (typeof location === 'string')
      expect(new URL(location, baseURL).origin, `${path} → ${location}`).toBe(new URL(baseURL!).origin);
  }
});

test('no file outside the public folders is reachable through `..`', async ({ baseURL }) => {
  const targets = ['package.json', '.env', '.data/postgres/credentials.json', 'next.config.ts'];
  const routes = [
    '/_next/static',
    '/_next/image',
    '/icons',
    '/en/feed.xml',
    '/sitemaps',
    '/vi/articles',
    '/api/article-versions',
  ];
  const dots = ['..', '%2e%2e', '%2E%2E', '..%2f', '%2e%2e%2f', '..%5c', '....//'];
  for (const route of routes)
    for (const dot of dots)
      for (const target of targets) {
        const climb =
          dot.endsWith('/') || dot.endsWith('%2f') || dot.endsWith('%5c')
            ? dot.repeat(4)
            : `${dot}/`.repeat(4);
        const path = `${route}/${climb}${target}`;
        const answer = await raw(baseURL!, path);
        expect(answer.status, path).toBeLessThan(500);
        expect(answer.body, path).not.toMatch(
          /"devDependencies"|nanning-mayors-portal|"password"\s*:|DATABASE_URL=|serverExternalPackages/,
        );
      }
  for (const target of [
    '/.env',
    '/.git/config',
    '/package.json',
    '/.data/postgres/credentials.json',
    '/.next/BUILD_ID',
  ]) {
    const answer = await raw(baseURL!, target);
    expect(answer.status, target).toBe(404);
  }
});

test('the newsroom never uses a CSP nonce twice, and public pages carry none to reuse', async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 5; i++) {
    const answer = await request.get('/editor/vi/login');
    const nonce = /'nonce-([^']+)'/.exec(answer.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(nonce!.length).toBeGreaterThanOrEqual(16);
    nonces.add(nonce!);
    for (const tag of (await answer.text()).match(/<script\b[^>]*>/g) ?? [])
      expect(tag).toContain(`nonce="${nonce}"`);
    expect(answer.headers()['x-portal-cache']).toBeUndefined();
  }
  expect(nonces.size).toBe(5);
  for (const path of ['/vi', '/vi', '/en/articles/mayors-release-nanning-initiative']) {
    const answer = await request.get(path);
    expect(answer.headers()['content-security-policy']).not.toContain('nonce-');
    expect(await answer.text()).not.toMatch(/\snonce="/);
  }
});

/** Signs in through the login form without JavaScript, from `localAddress`, claiming `forwardedFor`. */
async function signIn(
  baseURL: string,
  from: { localAddress: string; forwardedFor?: string },
  email: string,
  password: string,
): Promise<string> {
  const client = new FormClient(baseURL, 30_000, {
    localAddress: from.localAddress,
    headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
  });
  const answer = await client.signIn('en', email, password);
  return answer.location ?? `status ${answer.status}`;
}

test('the login limit and the audit log count the connection’s address, not what X-Forwarded-For claims', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const account = {
    email: 'forwarded@security.test',
    name: 'Forwarded',
    password: 'harbour lantern 3 quiet',
  };
  createAccount(account);
  // another loopback address than every other test's: its lock is its own
  const attacker = '127.0.0.33';
  for (let i = 0; i < 20; i++)
    expect(
      await signIn(
        baseURL!,
        { localAddress: attacker, forwardedFor: `198.51.100.${i}` },
        `nobody${i}@x.test`,
        'x',
      ),
    ).toContain('error=');
  // a new claimed address does not reopen the door, even with the right password
  expect(
    await signIn(
      baseURL!,
      { localAddress: attacker, forwardedFor: '203.0.113.99' },
      account.email,
      account.password,
    ),
  ).toContain('error=locked');
  // the account itself is not locked by someone else's failures: from another address it signs in
  expect(await signIn(baseURL!, { localAddress: '127.0.0.34' }, account.email, account.password)).toMatch(
    /\/editor\/en$/,
  );
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    const { rows } = await db.query<{ address: string }>(
      `SELECT DISTINCT address FROM audit_log WHERE action = 'login_failed' AND details->>'email' LIKE 'nobody%@x.test'`,
    );
    expect(rows.map((r) => r.address)).toEqual([attacker]);
  } finally {
    await db.end();
  }
});

test('a NUL or other control character in the login form is a refused sign-in, not a server error', async ({
  baseURL,
}) => {
  for (const email of ['editor\u0000@newsroom.test', 'a\u202e@x.test', '\u0007'])
    expect(await signIn(baseURL!, { localAddress: '127.0.0.35' }, email, 'whatever it is 12')).toContain(
      'error=invalid',
    );
});
