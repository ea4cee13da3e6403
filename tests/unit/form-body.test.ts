import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFormBody, isMultipartPost, MAX_CHECKED_BYTES } from '@/lib/server/form-body';

/** A server that reads form bodies first, as the portal's does, then echoes the fields it got. */
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const echo = async (r: typeof req) => {
      const chunks: Buffer[] = [];
      for await (const c of r) chunks.push(c as Buffer);
      const form = await new Request('http://x/', {
        method: 'POST',
        headers: { 'content-type': r.headers['content-type']! },
        body: Buffer.concat(chunks),
      }).formData();
      res.end(JSON.stringify(Object.fromEntries(form)));
    };
    if (!isMultipartPost(req)) return void res.end('not a form');
    void checkFormBody(req, res, (_, s) => {
      s.statusCode = 400;
      s.end('unreadable form');
    }).then((checked) => checked && echo(checked));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('form bodies read before Next', () => {
  it('hands a well-formed form on with every field intact', async () => {
    const form = new FormData();
    form.append('title', 'Thị trưởng — 南宁');
    form.append('text', 'x'.repeat(10_000));
    const response = await fetch(origin, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ title: 'Thị trưởng — 南宁', text: 'x'.repeat(10_000) });
  });

  it('answers 400 to a cut-off or junk multipart body, and to one without a boundary', async () => {
    const boundary = '----portal';
    for (const [type, body] of [
      [
        `multipart/form-data; boundary=${boundary}`,
        `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished`,
      ],
      [`multipart/form-data; boundary=${boundary}`, 'junk that is no form at all'],
      [
        'multipart/form-data',
        `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n--${boundary}--\r\n`,
      ],
    ] as const) {
      const response = await fetch(origin, { method: 'POST', headers: { 'content-type': type }, body });
      expect(response.status, body).toBe(400);
    }
  });

  it('refuses a body declared beyond the limit at once', async () => {
    const response = await fetch(origin, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body: 'x'.repeat(MAX_CHECKED_BYTES + 1),
    });
    expect(response.status).toBe(413);
  });

  it('refuses a body beyond the limit without reading it all', async () => {
    const response = await fetch(origin, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(MAX_CHECKED_BYTES + 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});
