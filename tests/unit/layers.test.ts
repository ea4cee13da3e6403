import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The floor plan is enforced by `npm run lint` (eslint.config.mjs): a room importing a room above
 * it, and files importing each other in a loop, fail it. Each case lints a real file of the house
 * with one import added, as a newcomer might write it.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, addedImport: string) {
  const code = `${addedImport}\n${readFileSync(filePath, 'utf8')}`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the floor plan, as lint enforces it', { timeout: 60_000 }, () => {
  it('refuses an upward import: the ground floor reaching into a domain room', async () => {
    const found = await problems('lib/model/time.ts', "import { saveVersion } from '../editorial/versions';");
    expect(found.some((m) => m.startsWith('import/no-restricted-paths') && m.includes('lib/model'))).toBe(
      true,
    );
  });

  it('refuses an infrastructure room importing the domain, and the domain importing the server', async () => {
    expect(
      (await problems('lib/db/client.ts', "import { getPerson } from '@/lib/data/people';")).some((m) =>
        m.startsWith('import/no-restricted-paths'),
      ),
    ).toBe(true);
    expect(
      (await problems('lib/seo/site.ts', "import { guardNotFound } from '../server/request-guards';")).some(
        (m) => m.startsWith('import/no-restricted-paths'),
      ),
    ).toBe(true);
  });

  it('refuses lib importing components', async () => {
    const found = await problems('lib/data/home.ts', "import { PageShell } from '@/components/PageShell';");
    expect(found.some((m) => m.startsWith('import/no-restricted-paths'))).toBe(true);
  });

  it('refuses a cycle of files inside one room', async () => {
    // two files on disk that import each other (the rule reads the import graph from disk)
    const a = 'lib/content/cycle-probe-a.ts';
    const b = 'lib/content/cycle-probe-b.ts';
    try {
      writeFileSync(a, "import { b } from './cycle-probe-b';\nexport const a = () => b;\n");
      writeFileSync(b, "import { a } from './cycle-probe-a';\nexport const b = () => a;\n");
      const results = await new ESLint({ cwd: process.cwd() }).lintFiles([a, b]);
      for (const result of results) expect(result.messages.map((m) => m.ruleId)).toContain('import/no-cycle');
    } finally {
      rmSync(a, { force: true });
      rmSync(b, { force: true });
    }
  });

  it('accepts the house as it stands, and a downward import', async () => {
    expect(await problems('lib/seo/site.ts', "import { log } from '../log/logger';")).toEqual([
      expect.stringContaining('no-unused-vars'),
    ]);
  });
});
