import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEditor, logIn } from '@/lib/auth/accounts';
import { suggestSpelling, termExpansions } from '@/lib/search/query';
import { parseQuery } from '@/lib/search/text';
import { createTestDatabase, dropTestDatabases } from '../support/databases';
import { testPassword } from '../support/accounts';

/**
 * Two checks of the security baseline that need the real database: signing in takes as long for an
 * address nobody has as for a known one with a wrong password (no account enumeration by timing),
 * and every query a reader can type becomes a tsquery PostgreSQL accepts.
 */
let url = '';
beforeAll(async () => {
  url = await createTestDatabase('security');
  const { prepareDatabase } = await import('@/lib/content/prepare');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
});
afterAll(dropTestDatabases);

describe('signing in', () => {
  it('takes as long for an unknown address as for a known one with a wrong password', async () => {
    // four accounts, three wrong attempts each (under the lock at five); each attempt from its own
    // address (under the address lock at twenty), so no answer comes from the throttle
    const known: string[] = [];
    for (let i = 0; i < 4; i++) {
      const email = `timing-${i}@newsroom.test`;
      const created = await createEditor('command-line', {
        email,
        name: `Timing ${i}`,
        role: 'editor',
        languages: [],
        password: testPassword,
      });
      expect(created.ok).toBe(true);
      known.push(email);
    }
    const time = async (email: string, address: string) => {
      const started = performance.now();
      const result = await logIn(email, 'not the password at all', address);
      expect(result).toEqual({ ok: false, reason: 'invalid' });
      return performance.now() - started;
    };
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    // interleaved, so that a slow moment of the machine falls on both
    for (let i = 0; i < 12; i++) {
      knownTimes.push(await time(known[i % 4]!, `192.0.2.${i}`));
      unknownTimes.push(await time(`nobody-${i}@newsroom.test`, `198.51.100.${i}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(unknownTimes) / median(knownTimes);
    expect(ratio).toBeGreaterThan(0.67);
    expect(ratio).toBeLessThan(1.5);
  });
});

describe('the search box, against PostgreSQL', () => {
  it('turns every query a reader can type into tsqueries PostgreSQL accepts (1,000 generated)', async () => {
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const queries = fc.sample(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc
            .array(
              fc.constantFrom(
                "'",
                '&',
                '|',
                '!',
                '(',
                ')',
                ':*',
                '<->',
                '\\',
                'thị trưởng',
                '南宁倡议',
                'MoU',
                'CAFTA',
                '东盟',
                'Vientaine',
                ' ',
              ),
              {
                maxLength: 20,
              },
            )
            .map((p) => p.join('')),
        ),
        { numRuns: 1000, seed: 20261202 },
      );
      for (const raw of queries) {
        const typed = parseQuery(raw);
        if (!typed) continue;
        // as search() does: the terms the query names (CAFTA, MoU…) expanded from the database
        const parsed = parseQuery(raw, await termExpansions(db, typed.text))!;
        await db.query("SELECT to_tsquery('simple', $1), to_tsquery('english', $2)", [
          parsed.simple,
          parsed.english,
        ]);
        if (parsed.exact) await db.query("SELECT to_tsquery('simple', $1)", [parsed.exact]);
        if (parsed.phrase) await db.query("SELECT to_tsquery('simple', $1)", [parsed.phrase]);
        // and the spelling lookup takes any of it
        await suggestSpelling(db, parsed.text);
      }
    } finally {
      await db.end();
    }
  });
});
