import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianPackage } from '../../scripts/cluster/packages';

/**
 * The translators' real tools, for the exchange tests (issue 28): OmegaT, the Translate Toolkit and
 * xmllint from Debian (installed with apt-get as root when missing, like nginx and Chromium), and
 * the OASIS schemas to validate against — XLIFF 1.2 (strict) and 2.0 core as Debian ships them in
 * php-symfony-translation (the package is downloaded and unpacked, not installed), TMX 1.4's DTD
 * from OmegaT's own jar. Kept under .data/schemas.
 */
const root = path.join(import.meta.dirname, '..', '..');
const schemas = path.join(root, '.data', 'schemas');

export function ensureCatTools(): void {
  ensureDebianPackage('xmllint', 'libxml2-utils');
  ensureDebianPackage('omegat', 'omegat');
  ensureDebianPackage('pocount', 'translate-toolkit');
}

export type Schemas = { xliff12: string; xliff20: string; tmx: string };

export function ensureSchemas(): Schemas {
  const out = {
    xliff12: path.join(schemas, 'xliff-core-1.2-strict.xsd'),
    xliff20: path.join(schemas, 'xliff-core-2.0.xsd'),
    tmx: path.join(schemas, 'tmx14.dtd'),
  };
  if (Object.values(out).every((f) => existsSync(f))) return out;
  mkdirSync(schemas, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'schemas-'));
  const download = () =>
    spawnSync('apt-get', ['download', 'php-symfony-translation'], { cwd: work, stdio: 'inherit' }).status ===
    0;
  if (!download()) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    if (!download())
      throw new Error('apt-get download php-symfony-translation failed: the XLIFF schemas are missing.');
  }
  const deb = readdirSync(work).find((f) => f.endsWith('.deb'))!;
  execFileSync('dpkg-deb', ['-x', path.join(work, deb), path.join(work, 'x')]);
  const from = path.join(work, 'x/usr/share/php/Symfony/Component/Translation/Resources/schemas');
  copyFileSync(path.join(from, 'xml.xsd'), path.join(schemas, 'xml.xsd'));
  // the schemas import xml.xsd from the web: the copy beside them instead (xmllint runs --nonet)
  for (const [name, target] of [
    ['xliff-core-1.2-strict.xsd', out.xliff12],
    ['xliff-core-2.0.xsd', out.xliff20],
  ] as const)
    writeFileSync(
      target,
      readFileSync(path.join(from, name), 'utf8')
        .replace('schemaLocation="http://www.w3.org/2001/xml.xsd"', 'schemaLocation="xml.xsd"')
        .replace(
          'schemaLocation="informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"',
          'schemaLocation="xml.xsd"',
        ),
    );
  writeFileSync(out.tmx, execFileSync('unzip', ['-p', '/usr/share/omegat/OmegaT.jar', 'schemas/tmx14.dtd']));
  return out;
}

/** xmllint's verdict on a file: '' when valid, else its messages. */
export function xmllint(file: string, against: { schema?: string; dtd?: string }): string {
  const args = [
    '--noout',
    '--nonet',
    ...(against.schema ? ['--schema', against.schema] : ['--dtdvalid', against.dtd!]),
    file,
  ];
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  return run.status === 0 ? '' : `${run.stderr}${run.stdout}`;
}

/**
 * OmegaT in console mode on a project of its own: `files` in source/, `memories` in tm/auto/ (used
 * for translation), languages as given; returns the translated files of target/.
 */
export function omegatTranslate(options: {
  sourceLanguage: string;
  targetLanguage: string;
  files: Record<string, string>;
  memories: Record<string, string>;
}): Record<string, string> {
  const project = mkdtempSync(path.join(os.tmpdir(), 'omegat-'));
  for (const dir of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat', '.config'])
    mkdirSync(path.join(project, dir), { recursive: true });
  writeFileSync(
    path.join(project, 'omegat.project'),
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>${options.sourceLanguage}</source_lang>
    <target_lang>${options.targetLanguage}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`,
  );
  for (const [name, text] of Object.entries(options.files))
    writeFileSync(path.join(project, 'source', name), text);
  for (const [name, text] of Object.entries(options.memories))
    writeFileSync(path.join(project, 'tm/auto', name), text);
  const run = spawnSync(
    'omegat',
    [
      project,
      '--mode=console-translate',
      `--config-dir=${path.join(project, '.config')}`,
      '--disable-project-locking',
      '--no-team',
      '--quiet',
    ],
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, HOME: project } },
  );
  if (run.status !== 0) throw new Error(`OmegaT failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return Object.fromEntries(
    readdirSync(path.join(project, 'target')).map((f) => [
      f,
      readFileSync(path.join(project, 'target', f), 'utf8'),
    ]),
  );
}

/** The Translate Toolkit's count of a file's units (it must read the file to count them). */
export function pocount(file: string): { ok: boolean; output: string } {
  const run = spawnSync('pocount', ['--short-strings', file], { encoding: 'utf8' });
  return {
    ok: run.status === 0 && !/error|could not|unsupported/iu.test(run.stderr),
    output: `${run.stdout}${run.stderr}`,
  };
}
