import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { extraCallDelay, startScheduler } from '@/lib/editorial/scheduler';

describe('the scheduler’s extra call for a version due between two ticks', () => {
  const now = Date.parse('2025-01-17T13:59:57.500Z');
  const every = 5000;

  it('comes back just after the due time when it falls before the next tick', () => {
    expect(extraCallDelay({ published: [], next: '2025-01-17T14:00:00.000Z' }, now, every)).toBe(2520);
  });

  it('leaves a later time to the regular ticks', () => {
    expect(extraCallDelay({ published: [], next: '2025-01-17T14:00:02.500Z' }, now, every)).toBeNull();
    expect(extraCallDelay({ published: [], next: '2025-01-17T14:05:00.000Z' }, now, every)).toBeNull();
  });

  it('calls at once for a time already past (a slow answer), never with a negative delay', () => {
    expect(extraCallDelay({ next: '2025-01-17T13:59:50.000Z' }, now, every)).toBe(20);
  });

  it('ignores an answer without a next time or with a malformed one', () => {
    expect(extraCallDelay({ published: [], next: null }, now, every)).toBeNull();
    for (const answer of [null, 'Forbidden', {}, { next: 'tomorrow' }, { next: 1737122400000 }])
      expect(extraCallDelay(answer, now, every)).toBeNull();
  });
});

describe('the scheduler over real HTTP', () => {
  it('sends its token every interval, and calls once more at the time the answer names', async () => {
    const calls: Array<{ at: number; authorization: string | undefined }> = [];
    const server = createServer((request, response) => {
      const at = Date.now();
      calls.push({ at, authorization: request.headers.authorization });
      // the first answer names a version due 300 ms later, well before the next tick
      const next = calls.length === 1 ? new Date(at + 300).toISOString() : null;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ published: [], next }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const stop = startScheduler({
      url: `http://127.0.0.1:${port}/api/publish-due`,
      token: 't0k',
      every: 2000,
    });
    try {
      await expect.poll(() => calls.length, { timeout: 5000, interval: 50 }).toBeGreaterThanOrEqual(2);
      const [tick, extra] = calls;
      expect(tick!.authorization).toBe('Bearer t0k');
      // at the named time (not before), and not left to the tick 2 s later
      expect(extra!.at - tick!.at).toBeGreaterThanOrEqual(300);
      expect(extra!.at - tick!.at).toBeLessThan(1500);
    } finally {
      stop();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
