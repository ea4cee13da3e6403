import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error Next's compiled copy of `compression` has no types
import compression from 'next/dist/compiled/compression';
import { tapResponse, type Tap } from '@/lib/http/response-tap';

/**
 * The response tap over real HTTP, with the shapes Next writes answers in: the implicit header of a
 * first write, an explicit writeHead with headers, streamed chunks, Next's own gzip step around the
 * tap, and two taps stacked as the portal's server stacks the not-found guard and the page cache.
 */

type Answer = (res: ServerResponse) => void;
let server: Server;
let port = 0;
let route: { taps: Tap[]; answer: Answer; gzip?: boolean } = { taps: [], answer: () => {} };

beforeAll(async () => {
  server = createServer((req, res) => {
    for (const tap of route.taps) tapResponse(res, tap);
    if (route.gzip) compression()(req, res, () => route.answer(res));
    else route.answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request({ port, host: '127.0.0.1', path: '/', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

const streamed: Answer = (res) => {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html');
  res.flushHeaders();
  res.write('<p>one</p>');
  res.write(Buffer.from('<p>two</p>'));
  res.end('<p>three</p>');
};

describe('a response tap', () => {
  it('sees every chunk and changes nothing of an answer it does not hold', async () => {
    const seen: string[] = [];
    route = { taps: [{ hold: () => false, chunk: (b) => void seen.push(b.toString()) }], answer: streamed };
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('<p>one</p><p>two</p><p>three</p>');
    expect(seen).toEqual(['<p>one</p>', '<p>two</p>', '<p>three</p>']);
  });

  it('holds an answer until it is complete, then sends it as written or another in its place', async () => {
    const bodies: string[] = [];
    const release: Tap = { hold: () => true, complete: (h) => (bodies.push(h.body.toString()), h.release()) };
    route = { taps: [release], answer: streamed };
    expect((await get()).body.toString()).toBe('<p>one</p><p>two</p><p>three</p>');
    expect(bodies).toEqual(['<p>one</p><p>two</p><p>three</p>']);

    const replace: Tap = {
      hold: (res) => res.statusCode === 404,
      complete: ({ end }) => end('replaced'),
    };
    route = {
      taps: [replace],
      answer: (res) => {
        res.statusCode = 404;
        res.write('Not ');
        res.end('found');
      },
    };
    const answer = await get();
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toBe('replaced');
  });

  it('decides once, on the status the answer first shows', async () => {
    const asked: number[] = [];
    route = {
      taps: [{ hold: (res) => (asked.push(res.statusCode), false) }],
      answer: (res) => {
        res.writeHead(201);
        res.write('a');
        res.end('b');
      },
    };
    expect((await get()).status).toBe(201);
    expect(asked).toEqual([201]);
  });

  it('lets headers given to writeHead go out as they are, after whatever it held', async () => {
    let explicit = 0;
    let completed = 0;
    route = {
      taps: [{ hold: () => true, explicitHeaders: () => void explicit++, complete: () => void completed++ }],
      answer: (res) => {
        res.write('held ');
        res.writeHead(200, { 'content-type': 'text/plain', 'x-from': 'writeHead' });
        res.end('then sent');
      },
    };
    const answer = await get();
    expect(answer.headers['x-from']).toBe('writeHead');
    expect(answer.body.toString()).toBe('held then sent');
    expect([explicit, completed]).toEqual([1, 0]);
  });

  it('sees the bytes that go out on the wire when Next compresses inside it', async () => {
    const seen: Buffer[] = [];
    route = {
      taps: [{ hold: () => false, chunk: (b) => void seen.push(b) }],
      answer: (res) => {
        res.setHeader('content-type', 'text/html');
        res.end('<p>' + 'x'.repeat(5000) + '</p>');
      },
      gzip: true,
    };
    const answer = await get({ 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(Buffer.concat(seen)).toEqual(answer.body);
    expect(gunzipSync(answer.body).toString()).toBe('<p>' + 'x'.repeat(5000) + '</p>');
  });

  it('stacks: a tap installed later sees what an earlier one lets through, and the earlier one its answer', async () => {
    const later: string[] = [];
    route = {
      taps: [
        { hold: (res) => res.statusCode === 404, complete: ({ end }) => end('readable page') },
        { hold: () => false, chunk: (b) => void later.push(b.toString()) },
      ],
      answer: (res) => {
        res.statusCode = 404;
        res.end('Not found');
      },
    };
    const answer = await get();
    expect(answer.body.toString()).toBe('readable page');
    expect(later).toEqual(['Not found']);
  });
});
