import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error Next's compiled copy of `compression` has no types
import compression from 'next/dist/compiled/compression';
import { guardNotFound, isCrossSitePost } from '@/lib/server/request-guards';

describe('posts from another site', () => {
  const post = (headers: Record<string, string>, url = '/en/articles') =>
    isCrossSitePost({ method: 'POST', url, headers });
  it('are told from the portal’s own forms by Origin — scheme, host and port — against where they were sent', () => {
    expect(post({ host: 'portal.example', origin: 'http://portal.example' })).toBe(false);
    expect(post({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080' })).toBe(false);
    expect(post({ host: 'portal.example' })).toBe(false);
    expect(post({ host: 'portal.example', origin: 'https://attacker.example' })).toBe(true);
    expect(post({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1' })).toBe(true);
    expect(post({ host: 'portal.example', origin: 'null' })).toBe(true);
    expect(post({ host: 'portal.example', origin: 'not a url' })).toBe(true);
    // the same host over another scheme or port is another site
    expect(post({ host: 'portal.example', origin: 'https://portal.example' })).toBe(true);
    expect(post({ host: 'portal.example:80', origin: 'http://portal.example' })).toBe(false);
    expect(post({ host: 'portal.example', origin: 'http://portal.example:8443' })).toBe(true);
    // behind a trusted proxy (the server kept its headers), the origin the reader used
    expect(
      post({
        host: '10.0.0.3:3001',
        'x-forwarded-host': 'portal.example',
        'x-forwarded-proto': 'https',
        origin: 'https://portal.example',
      }),
    ).toBe(false);
    expect(
      post({ host: '10.0.0.3:3001', 'x-forwarded-host': 'portal.example', origin: 'https://portal.example' }),
    ).toBe(true);
    expect(post({ host: 'portal.example', 'x-forwarded-host': '', origin: 'http://portal.example' })).toBe(
      false,
    );
    // the public address (PORTAL_URL) is the portal's own, however the request arrived
    expect(
      isCrossSitePost(
        { method: 'POST', url: '/en', headers: { host: '10.0.0.3:3001', origin: 'https://portal.example' } },
        'https://portal.example',
      ),
    ).toBe(false);
    // route handlers authorize themselves; other methods are not forms
    expect(post({ host: 'portal.example', origin: 'https://attacker.example' }, '/api/publish-due')).toBe(
      false,
    );
    expect(
      isCrossSitePost({ method: 'GET', url: '/en', headers: { origin: 'https://attacker.example' } }),
    ).toBe(false);
  });
});

describe("Next's empty 404 shell", () => {
  const shell =
    '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"页面不存在"])</script></body></html>';
  let answer: (res: ServerResponse) => void = () => {};
  const requestOf = new WeakMap<ServerResponse, IncomingMessage>();
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      requestOf.set(res, req);
      // the versions of one report, as the server's own route would list them
      guardNotFound(req, res, (slug) =>
        Promise.resolve(
          slug === 'forum-2015'
            ? [
                { locale: 'zh' as const, slug: 'luntan-2015', title: '2015年论坛' },
                { locale: 'en' as const, slug: 'forum-2015', title: 'The 2015 forum' },
              ]
            : [],
        ),
      );
      answer(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('becomes the plain 404 page, in all three languages for an address in none', async () => {
    answer = (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.flushHeaders();
      res.write(shell.slice(0, 40));
      res.end(shell.slice(40));
    };
    const response = await fetch(`${origin}/cities/nanning`);
    expect(response.status).toBe(404);
    // whatever the method or router headers of the request
    const odd = await fetch(`${origin}/cities/nanning`, { method: 'PATCH', headers: { rsc: 'garbage' } });
    expect(await odd.text()).toContain('Không tìm thấy trang');
    const html = await response.text();
    expect(html).toContain('<html lang="zh-Hans">');
    for (const text of ['页面不存在', 'Page not found', 'Không tìm thấy trang']) expect(html).toContain(text);
    expect(html).not.toContain('__next_error__');
  });

  it('keeps its script for an address in a language, with the language and the page written in, also compressed', async () => {
    answer = (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-encoding', 'gzip');
      res.end(gzipSync(shell));
    };
    const response = await fetch(`${origin}/vi/khong-co`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html id="__next_error__" lang="vi"><head><\/head><body><header/);
    expect(html).toContain('<h1 class="text-2xl font-bold">Không tìm thấy trang</h1>');
    expect(html).toContain('<script>self.__next_f.push([1,"页面不存在"])</script>');
  });

  it('names the versions of a report that lacks the language asked for', async () => {
    answer = (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        shell.replace(
          '</head>',
          '<script>self.__next_f.push([1,":HL[\\"/_next/static/chunks/a.css\\",\\"style\\"]"])</script></head>',
        ),
      );
    };
    const html = await (await fetch(`${origin}/vi/articles/forum-2015`)).text();
    expect(html).toContain('Bài này chưa có bản tiếng Việt');
    expect(html).toContain('<a href="/zh/articles/luntan-2015" class="underline" hreflang="zh-Hans">');
    expect(html).toContain('<p lang="en" class="mt-1">The 2015 forum</p>');
    // the portal's stylesheet, which the shell only names in its payload
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/></head>');
  });

  it('a page that failed in a language says so in that language, and stays a failure', async () => {
    answer = (res) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(shell);
    };
    const failed = await fetch(`${origin}/en/search?q=x`);
    expect(failed.status).toBe(500);
    const html = await failed.text();
    expect(html).toContain('This page cannot be shown right now');
    expect(html).toContain('<a href="/en/search?q=x" class="underline">Try again</a>');
    const newsroom = await fetch(`${origin}/editor/zh/articles`);
    expect(newsroom.status).toBe(500);
    expect(await newsroom.text()).toContain('页面暂时无法显示');
    // a failure in no language, or not a page, is left alone
    expect(await (await fetch(`${origin}/api/x`)).text()).toBe(shell);
    answer = (res) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain');
      res.end('Internal Server Error');
    };
    const plain = await fetch(`${origin}/en/x`);
    expect(plain.status).toBe(500);
    expect(await plain.text()).toBe('Internal Server Error');
  });

  it('behind the compression Next wraps around it, as in the portal', async () => {
    const compress = compression();
    answer = (res) =>
      compress(requestOf.get(res)!, res, () => {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.flushHeaders();
        res.write(shell + ' '.repeat(3000));
        res.end('<!-- end -->');
      });
    const response = await fetch(`${origin}/xx/yy`, {
      headers: { 'accept-encoding': 'gzip' },
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
  });

  it('turns a bare plain-text 404 or 400 into the page', async () => {
    answer = (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain;charset=UTF-8');
      res.end('Not found');
    };
    const feed = await fetch(`${origin}/nanning/feed.xml`);
    expect(feed.status).toBe(404);
    expect(feed.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await feed.text()).toContain('<section lang="vi">');
    answer = (res) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain');
      res.end('Bad Request');
    };
    const post = await fetch(`${origin}/en/articles/x`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(400);
    expect(await post.text()).toContain('This form could not be read');
  });

  it('answers HEAD without a body, as Next does (end(null))', async () => {
    answer = (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(null);
    };
    const response = await fetch(`${origin}/en/nope`, { method: 'HEAD' });
    expect(response.status).toBe(404);
  });

  it('leaves every other answer as Next sent it', async () => {
    const page = '<!DOCTYPE html><html lang="en"><body><main><h1>Report not found</h1></main></body></html>';
    answer = (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page);
    };
    expect(await (await fetch(`${origin}/en/articles/none`)).text()).toBe(page);
    answer = (res) => {
      res.statusCode = 200;
      res.write('<!DOCTYPE html><html lang="en">');
      res.end('</html>');
    };
    expect(await (await fetch(`${origin}/en`)).text()).toBe('<!DOCTYPE html><html lang="en"></html>');
  });
});
