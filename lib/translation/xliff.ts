import { locales, type Locale } from '../model/locales';
import { hrefSchema, type Mark, type Run } from '../model/rich-text';
import type { ParagraphState } from './states';
import { attrs, childrenOf, find, localName, nameOf, parseXml, type XmlNode } from './xml';

/**
 * A language version as an XLIFF file for translators' own tools (issue 28): XLIFF 1.2 (the
 * format every CAT tool reads) and XLIFF 2.1, one unit per aligned paragraph with the headline and
 * standfirst as units of their own, each unit's state, the glossary's names as notes, and bold,
 * italics and links as inline codes (1.2: `<g ctype="bold|italic">`, a link as `<bpt>`/`<ept>`
 * around its native `<a href>`; 2.1: `<pc>` with `xlf:b`/`xlf:i`, a link's native code in
 * `<originalData>`). Pure: writing and reading; lib/editorial/exchange.ts checks a file against
 * its report and merges it.
 */

export type XliffVersion = '1.2' | '2.1';
export type ExchangeUnit = {
  /** `title`, `standfirst`, or `p.<paragraph key>` */
  id: string;
  source: Run[];
  /** null: nothing written yet */
  target: Run[] | null;
  state: ParagraphState;
  /** the glossary's forms of the names in the source ("Nanning → Nam Ninh") */
  notes: string[];
};
export type ExchangeFile = {
  articleId: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  /** the translation's revision the file was made from (the base of the merge on import) */
  revision: number;
  units: ExchangeUnit[];
};

/** Language tags as CAT tools expect them (OmegaT, memoQ, Trados: zh-CN rather than zh-Hans). */
export const catLanguage: Record<Locale, string> = { zh: 'zh-CN', en: 'en', vi: 'vi' };
/** A file's language tag as one of ours, by its primary subtag (zh-CN, zh-Hans, ZH-SG: zh). */
export const localeOfTag = (tag: string): Locale | null => {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0];
  return locales.find((l) => l === primary) ?? null;
};

const escapeText = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/gu, '&quot;');

/** The file's `original`: which report and languages it belongs to. */
const originalOf = (f: ExchangeFile) => `portal:article/${f.articleId}/${f.sourceLocale}/${f.targetLocale}`;
const originalPattern = /^portal:article\/([^/]+)\/(zh|en|vi)\/(zh|en|vi)$/u;

/**
 * A unit's runs as inline content, each mark its own code (a link outermost, then bold, then
 * italics), numbered in order through the unit: ids are stable for the same runs, so a source and
 * its translation with the same marks carry the same ids.
 */
function inline(runs: Run[], version: XliffVersion, data: Map<string, string>): string {
  let n = 0;
  return runs
    .map((run) => {
      let out = escapeText(run.text);
      const marks: Mark[] = run.marks ?? [];
      for (const mark of (['em', 'strong'] as const).filter((m) => marks.includes(m))) {
        const id = `${++n}`;
        const type = mark === 'strong' ? 'b' : 'i';
        out =
          version === '1.2'
            ? `<g id="${id}" ctype="${mark === 'strong' ? 'bold' : 'italic'}">${out}</g>`
            : `<pc id="${id}" type="fmt" subType="xlf:${type}">${out}</pc>`;
      }
      if (run.href) {
        const id = `${++n}`;
        // the native code, as HTML writes it (the href's & and " escaped), then escaped for XML
        const open = `<a href="${run.href.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;')}">`;
        if (version === '1.2')
          out = `<bpt id="${id}" ctype="link">${escapeText(open)}</bpt>${out}<ept id="${id}">${escapeText('</a>')}</ept>`;
        else {
          // one native code per link target in the unit, shared by source and translation
          const ref = [...data].find(([, value]) => value === open)?.[0] ?? `d${data.size + 1}`;
          data.set(ref, open);
          data.set('dEnd', '</a>');
          out = `<pc id="${id}" type="link" dataRefStart="${ref}" dataRefEnd="dEnd">${out}</pc>`;
        }
      }
      return out;
    })
    .join('');
}

const states12: Record<ParagraphState, string> = {
  untranslated: 'needs-translation',
  needsEditing: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
};
const states21: Record<ParagraphState, string> = {
  untranslated: 'initial',
  needsEditing: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
};

export function writeXliff(file: ExchangeFile, version: XliffVersion): string {
  const src = catLanguage[file.sourceLocale];
  const trg = catLanguage[file.targetLocale];
  if (version === '1.2') {
    const units = file.units.map((u) => {
      const data = new Map<string, string>();
      // a unit not yet translated carries its source as the target to overwrite, marked so: CAT
      // tools that translate the target text (OmegaT's own XLIFF filter) need it, and the portal
      // reads a target still equal to its source as not translated
      const target = `\n        <target xml:lang="${trg}" state="${states12[u.state]}">${inline(
        u.target && u.target.length ? u.target : u.source,
        '1.2',
        data,
      )}</target>`;
      const notes = u.notes.map((n) => `\n        <note from="glossary">${escapeText(n)}</note>`).join('');
      const approved = u.state === 'reviewed' ? ' approved="yes"' : '';
      return `      <trans-unit id="${escapeAttribute(u.id)}" resname="${escapeAttribute(u.id)}"${approved} xml:space="preserve">
        <source xml:lang="${src}">${inline(u.source, '1.2', data)}</source>${target}${notes}
      </trans-unit>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="${escapeAttribute(originalOf(file))}" source-language="${src}" target-language="${trg}" datatype="plaintext" build-num="${file.revision}">
    <header>
      <tool tool-id="trilingual-portal" tool-name="Trilingual event-news portal"/>
    </header>
    <body>
${units.join('\n')}
    </body>
  </file>
</xliff>
`;
  }
  const units = file.units.map((u) => {
    const data = new Map<string, string>();
    const source = inline(u.source, '2.1', data);
    const target =
      u.target && u.target.length ? `\n        <target>${inline(u.target, '2.1', data)}</target>` : '';
    const notes = u.notes.length
      ? `\n      <notes>${u.notes.map((n) => `\n        <note category="glossary">${escapeText(n)}</note>`).join('')}\n      </notes>`
      : '';
    const original = data.size
      ? `\n      <originalData>${[...data].map(([id, value]) => `\n        <data id="${id}">${escapeText(value)}</data>`).join('')}\n      </originalData>`
      : '';
    const subState = u.state === 'needsEditing' ? ' subState="portal:needs-editing"' : '';
    return `    <unit id="${escapeAttribute(u.id)}" name="${escapeAttribute(u.id)}">${notes}${original}
      <segment state="${states21[u.state]}"${subState}>
        <source xml:space="preserve">${source}</source>${target}
      </segment>
    </unit>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${src}" trgLang="${trg}">
  <file id="f1" original="${escapeAttribute(originalOf(file))}">
    <notes>
      <note id="revision" category="portal:revision">${file.revision}</note>
    </notes>
${units.join('\n')}
  </file>
</xliff>
`;
}

/** What is wrong with a file, and where (the unit's id, when one unit is). */
export type XliffProblem = {
  kind:
    | 'notXml'
    | 'notXliff'
    | 'otherReport'
    | 'otherLanguages'
    | 'noRevision'
    | 'unknownUnit'
    | 'missingUnit'
    | 'duplicateUnit'
    | 'brokenCodes'
    | 'unsafeLink';
  unit?: string;
};
export type ReadUnit = { id: string; source: Run[]; target: Run[] | null; state: string | null };
export type ReadFile = {
  version: XliffVersion;
  articleId: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  revision: number;
  units: ReadUnit[];
};

type Node = XmlNode;
const textOf = (nodes: Node[]): string =>
  nodes.map((n) => (nameOf(n) === '#text' ? String(n['#text']) : textOf(childrenOf(n)))).join('');

class Broken extends Error {}

/** Inline content back into runs: codes by their type, each link's target from its native code. */
function runsOf(nodes: Node[], data: Map<string, string>, marks: Mark[] = [], href?: string): Run[] {
  const out: Run[] = [];
  const add = (runs: Run[]) => {
    for (const run of runs) {
      const last = out.at(-1);
      if (
        last &&
        JSON.stringify(last.marks ?? []) === JSON.stringify(run.marks ?? []) &&
        last.href === run.href
      )
        last.text += run.text;
      else out.push({ ...run });
    }
  };
  const plain = (text: string, m: Mark[], h?: string): Run[] => {
    const sorted = (['em', 'strong'] as const).filter((x) => m.includes(x));
    return text
      ? [{ text, ...(sorted.length ? { marks: [...sorted] } : {}), ...(h ? { href: h } : {}) }]
      : [];
  };
  const linkTarget = (native: string | undefined) => {
    const href = native ? /^<a href="([^"]*)">$/u.exec(native)?.[1] : undefined;
    return href?.replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
  };
  // a 1.2 link: its <bpt> opened, the nodes until its <ept>
  let open: { id: string; href: string; nodes: Node[] } | null = null;
  for (const node of nodes) {
    const name = localName(node);
    const a = attrs(node);
    if (open && name !== 'ept') {
      if (name === 'bpt') throw new Broken();
      open.nodes.push(node);
    } else if (name === '#text') add(plain(String(node['#text']), marks, href));
    else if (name === 'g' || (name === 'pc' && a.type === 'fmt')) {
      const kind = name === 'g' ? a.ctype : a.subType;
      const mark: Mark | null =
        kind === 'bold' || kind === 'xlf:b' ? 'strong' : kind === 'italic' || kind === 'xlf:i' ? 'em' : null;
      if (!mark || !a.id) throw new Broken();
      add(runsOf(childrenOf(node), data, [...new Set([...marks, mark])], href));
    } else if (name === 'pc' && a.type === 'link') {
      const target = linkTarget(data.get(a.dataRefStart ?? ''));
      if (!a.id || !target) throw new Broken();
      add(runsOf(childrenOf(node), data, marks, target));
    } else if (name === 'bpt') {
      const target = linkTarget(textOf(childrenOf(node)));
      if (!a.id || !target) throw new Broken();
      open = { id: a.id, href: target, nodes: [] };
    } else if (name === 'ept') {
      if (!open || a.id !== open.id) throw new Broken();
      add(runsOf(open.nodes, data, marks, open.href));
      open = null;
    } else if (name === 'mrk' || name === 'sm' || name === 'em') {
      // annotations a tool may add (comments, terms): their text, without them
      add(runsOf(childrenOf(node), data, marks, href));
    } else throw new Broken();
  }
  if (open) throw new Broken();
  return out;
}

/**
 * Reads an XLIFF 1.2 or 2.x file made from a language version (and translated in any tool): its
 * report, languages and revision, and each unit's target as runs. A problem names its unit.
 */
export function readXliff(xml: string): { ok: true; file: ReadFile } | { ok: false; problem: XliffProblem } {
  const doc = parseXml(xml);
  if (!doc) return { ok: false, problem: { kind: 'notXml' } };
  const root = find(doc, 'xliff')[0];
  if (!root) return { ok: false, problem: { kind: 'notXliff' } };
  const version = attrs(root).version ?? '';
  const files = find(childrenOf(root), 'file');
  if (files.length !== 1 || !/^(1\.2|2\.[01])$/u.test(version))
    return { ok: false, problem: { kind: 'notXliff' } };
  const file = files[0]!;
  const fa = attrs(file);
  const original = originalPattern.exec(fa.original ?? '');
  if (!original) return { ok: false, problem: { kind: 'otherReport' } };
  const [, articleId, sourceLocale, targetLocale] = original as unknown as [string, string, Locale, Locale];
  const is12 = version === '1.2';
  const tags = is12
    ? [fa['source-language'], fa['target-language']]
    : [attrs(root).srcLang, attrs(root).trgLang];
  if (localeOfTag(tags[0] ?? '') !== sourceLocale || localeOfTag(tags[1] ?? '') !== targetLocale)
    return { ok: false, problem: { kind: 'otherLanguages' } };
  const revisionText = is12
    ? fa['build-num']
    : textOf(
        find(
          find(childrenOf(file), 'notes')[0] ? childrenOf(find(childrenOf(file), 'notes')[0]!) : [],
          'note',
        ).filter((n) => attrs(n).id === 'revision'),
      );
  if (!/^\d{1,9}$/u.test(revisionText ?? '')) return { ok: false, problem: { kind: 'noRevision' } };

  const units: ReadUnit[] = [];
  const nodes = is12
    ? find(childrenOf(find(childrenOf(file), 'body')[0] ?? ({ body: [] } as Node)), 'trans-unit')
    : find(childrenOf(file), 'unit');
  for (const node of nodes) {
    const id = attrs(node).id ?? '';
    if (units.some((u) => u.id === id)) return { ok: false, problem: { kind: 'duplicateUnit', unit: id } };
    try {
      if (is12) {
        const target = find(childrenOf(node), 'target')[0];
        const source = find(childrenOf(node), 'source')[0];
        units.push({
          id,
          source: source ? runsOf(childrenOf(source), new Map()) : [],
          target: target ? runsOf(childrenOf(target), new Map()) : null,
          state: target ? (attrs(target).state ?? null) : null,
        });
      } else {
        const data = new Map(
          find(
            childrenOf(find(childrenOf(node), 'originalData')[0] ?? ({ originalData: [] } as Node)),
            'data',
          ).map((d) => [attrs(d).id ?? '', textOf(childrenOf(d))] as const),
        );
        const segments = find(childrenOf(node), 'segment');
        const targets = segments.map((s) => find(childrenOf(s), 'target')[0]);
        const runs = targets.some(Boolean)
          ? targets.flatMap((t) => (t ? runsOf(childrenOf(t), data) : []))
          : null;
        const sources = segments
          .flatMap((g) => find(childrenOf(g), 'source'))
          .flatMap((x) => runsOf(childrenOf(x), data));
        units.push({
          id,
          source: sources,
          target: runs,
          state: segments[0] ? (attrs(segments[0]).state ?? null) : null,
        });
      }
    } catch (error) {
      if (error instanceof Broken) return { ok: false, problem: { kind: 'brokenCodes', unit: id } };
      throw error;
    }
    const unit = units.at(-1)!;
    if (unit.target?.some((r) => r.href !== undefined && !hrefSchema.safeParse(r.href).success))
      return { ok: false, problem: { kind: 'unsafeLink', unit: id } };
  }
  return {
    ok: true,
    file: {
      version: is12 ? '1.2' : '2.1',
      articleId,
      sourceLocale,
      targetLocale,
      revision: Number(revisionText),
      units,
    },
  };
}
