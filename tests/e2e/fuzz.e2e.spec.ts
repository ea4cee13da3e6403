import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { answerProblem, closedOnOversizedBody, probe, send } from '../support/http-fuzz';

/**
 * A short run of `npm run fuzz:http` against the end-to-end server: generated requests (malformed
 * addresses, junk headers, broken and oversized form bodies …) get answers, never a 5xx, and the
 * portal keeps serving. The full run sends 10,000.
 */
test('300 generated hostile requests: no 5xx, every error page in a known language, still serving', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!);
  const probes = fc.sample(probe, { numRuns: 300, seed: 20261203 });
  const errors: string[] = [];
  const queue = [...probes];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        const problem = await send(origin, p).then(answerProblem, (error: unknown) =>
          // a connection closed on an oversized body is an answer, on any other a failure
          closedOnOversizedBody(p, error) ? null : String(error),
        );
        if (problem) errors.push(`${problem}: ${p.method} ${p.path.slice(0, 100)}`);
      }
    }),
  );
  expect(errors).toEqual([]);
  expect((await send(origin, { method: 'GET', path: '/zh', headers: {} })).status).toBe(200);
});
