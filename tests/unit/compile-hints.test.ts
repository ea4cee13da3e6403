import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileHint, markStartupChunks, startupChunks, withCompileHint } from '@/lib/build/compile-hints';

const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([1,2,(e)=>{e.exports=1}]);';

describe('the compile hint', () => {
  it('becomes the first line of a script and is added only once', () => {
    const marked = withCompileHint(chunk);
    expect(marked).toBe(`${compileHint}\n${chunk}`);
    expect(withCompileHint(marked)).toBe(marked);
  });

  it('is the comment V8 reads', () => {
    expect(compileHint).toBe('//# allFunctionsCalledOnLoad');
  });
});

describe('the start-up chunks', () => {
  it("are the build manifest's root main files under static/chunks", () => {
    expect(
      startupChunks({
        rootMainFiles: ['static/chunks/a.js', 'static/chunks/turbopack-b.js', 'static/css/c.css'],
        polyfillFiles: ['static/chunks/polyfill.js'],
      }),
    ).toEqual(['static/chunks/a.js', 'static/chunks/turbopack-b.js']);
  });

  it('fail the build when the manifest no longer names them', () => {
    expect(() => startupChunks({ pages: {} })).toThrow(/rootMainFiles/);
    expect(() => startupChunks({ rootMainFiles: [] })).toThrow(/rootMainFiles/);
    expect(() => startupChunks({ rootMainFiles: ['static/css/a.css'] })).toThrow(/no start-up JavaScript/);
  });
});

describe('marking a build', () => {
  let dist: string | undefined;
  afterEach(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it('adds the hint to the start-up chunks only, and a second run changes nothing', async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'compile-hints-'));
    await mkdir(path.join(dist, 'static', 'chunks'), { recursive: true });
    const write = (file: string, text: string) => writeFile(path.join(dist!, file), text);
    const read = (file: string) => readFile(path.join(dist!, file), 'utf8');
    await write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/main.js'] }));
    await write('static/chunks/main.js', chunk);
    await write('static/chunks/page.js', chunk);

    expect(await markStartupChunks(dist)).toEqual(['static/chunks/main.js']);
    expect(await read('static/chunks/main.js')).toBe(`${compileHint}\n${chunk}`);
    expect(await read('static/chunks/page.js')).toBe(chunk);

    await markStartupChunks(dist);
    expect(await read('static/chunks/main.js')).toBe(`${compileHint}\n${chunk}`);
  });
});
