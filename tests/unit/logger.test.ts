import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, requestIdFrom, routeOf } from '@/lib/log/logger';

describe("the operator's log", () => {
  it('writes one JSON line per event, and never a password, token, cookie or header', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const log = createLogger(sink);
    log.info(
      {
        event: 'mutation',
        action: 'save',
        actorId: 'e1',
        requestId: 'r1',
        password: 'silver estuary lantern 19',
        input: { token: 'abc', cookie: 'portal_session=xyz' },
        headers: { cookie: 'portal_session=xyz' },
      },
      'save: ok',
    );
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      event: 'mutation',
      action: 'save',
      actorId: 'e1',
      requestId: 'r1',
      msg: 'save: ok',
    });
    expect(typeof entry.time).toBe('string');
    expect(lines[0]).not.toMatch(/silver estuary|abc|portal_session/);
  });

  it('keeps a plain request id from a proxy, makes one otherwise, and logs routes without their query', () => {
    expect(requestIdFrom('nginx-7f3a.1')).toBe('nginx-7f3a.1');
    for (const junk of [undefined, '', 'a b', 'x'.repeat(65), '<script>', 'id\nforged: line'])
      expect(requestIdFrom(junk)).toMatch(/^[0-9a-f-]{36}$/);
    expect(routeOf('/en/search?q=my+secret+query')).toBe('/en/search');
    expect(routeOf(`/${'a'.repeat(500)}`).length).toBeLessThanOrEqual(201);
  });
});
