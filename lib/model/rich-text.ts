import { z } from 'zod';

/**
 * Article text is stored as structured runs, never as HTML: a paragraph is a list of
 * `{ text, marks?, href? }`. Editors type a small markup in plain text areas —
 * `**strong**`, `*emphasis*`, `[link text](https://… or /path)`, `\` escapes the next character —
 * which this module turns into runs and back. Anything else (HTML tags, script, `javascript:`
 * links) stays literal text and renders inert.
 */
export const markSchema = z.enum(['em', 'strong']);
export type Mark = z.infer<typeof markSchema>;

/** Links may only go to http(s) pages or to a path on this site. */
export const hrefSchema = z
  .string()
  .max(2000)
  .refine((href) => {
    if (/^\/(?!\/)/.test(href)) return !/[\\\s]/.test(href);
    try {
      const url = new URL(href);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'unsafe link');

export const runSchema = z.object({
  text: z.string().min(1),
  marks: z.array(markSchema).max(2).optional(),
  href: hrefSchema.optional(),
});
export type Run = z.infer<typeof runSchema>;
export const runsSchema = z.array(runSchema);

/** A stored paragraph's runs: its `runs` column when valid, else its plain text as one run. */
export const runsOf = (row: { text: string; runs: unknown }): Run[] => {
  const parsed = runsSchema.safeParse(row.runs);
  return parsed.success && row.runs !== null ? parsed.data : row.text ? [{ text: row.text }] : [];
};

const sameFormat = (a: Run, b: Run) => a.href === b.href && (a.marks ?? []).join() === (b.marks ?? []).join();

function push(runs: Run[], run: Run) {
  if (!run.text) return;
  const last = runs.at(-1);
  if (last && sameFormat(last, run)) last.text += run.text;
  else runs.push(run);
}

/** Parses the editors' markup into runs. Unbalanced markers stay as literal characters. */
export function parseMarkup(source: string): Run[] {
  const runs: Run[] = [];
  const walk = (text: string, marks: Mark[], href?: string) => {
    let buffer = '';
    const flush = () => {
      push(runs, { text: buffer, ...(marks.length ? { marks: [...marks] } : {}), ...(href ? { href } : {}) });
      buffer = '';
    };
    for (let i = 0; i < text.length;) {
      const ch = text[i]!;
      if (ch === '\\' && i + 1 < text.length) {
        buffer += text[i + 1];
        i += 2;
        continue;
      }
      const marker = text.startsWith('**', i) ? '**' : ch === '*' ? '*' : null;
      if (marker) {
        const mark: Mark = marker === '**' ? 'strong' : 'em';
        const end = findClosing(text, marker, i + marker.length);
        if (end > i + marker.length && !marks.includes(mark)) {
          flush();
          walk(text.slice(i + marker.length, end), [...marks, mark], href);
          i = end + marker.length;
          continue;
        }
      }
      if (ch === '[' && !href) {
        const close = findClosing(text, ']', i + 1);
        const link = close > i + 1 ? /^\(([^()\s]+)\)/.exec(text.slice(close + 1)) : null;
        if (link && hrefSchema.safeParse(link[1]).success) {
          flush();
          walk(text.slice(i + 1, close), marks, link[1]);
          i = close + 1 + link[0].length;
          continue;
        }
      }
      buffer += ch;
      i += 1;
    }
    flush();
  };
  walk(source.replace(/\r\n?/g, '\n').trim(), []);
  return runs;
}

function findClosing(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(marker, i)) {
      // "***" closing "**": the last two close it, the first closes an inner "*" (***both***)
      if (marker === '**' && text.startsWith('***', i)) return i + 1;
      // "**" must not be read as the closing of "*"
      if (marker === '*' && text.startsWith('**', i)) {
        const inner = findClosing(text, '**', i + 2);
        if (inner < 0) return -1;
        i = inner + 1;
        continue;
      }
      return i;
    }
  }
  return -1;
}

const escape = (text: string) => text.replace(/([\\*[\]])/g, '\\$1');

/** Runs back to the markup an editor sees in the text area (parseMarkup(toMarkup(r)) = r). */
export function toMarkup(runs: Run[]): string {
  return runs
    .map((run) => {
      let out = escape(run.text);
      for (const mark of [...(run.marks ?? [])].reverse())
        out = mark === 'strong' ? `**${out}**` : `*${out}*`;
      return run.href ? `[${out}](${run.href})` : out;
    })
    .join('');
}

export const plainText = (runs: Run[]) => runs.map((r) => r.text).join('');

/** Runs worth storing: null when the paragraph is plain text (the `text` column says it all). */
export const storedRuns = (runs: Run[]): Run[] | null =>
  runs.some((r) => r.marks?.length || r.href) ? runs : null;
