import { appDb } from '../db/app-client';
import type { ChangeKind } from '../model/corrections';
import type { Locale } from '../model/locales';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { plainText, toMarkup } from '../model/rich-text';
import {
  paragraphsOfRevision,
  restoredFromNote,
  saveVersion,
  snapshot,
  type RevisionParagraph,
  type SaveResult,
} from './versions';

export type RevisionSummary = {
  number: number;
  createdAt: Date;
  editorName: string | null;
  /** the revision this one restored, if it was a restore */
  restoredFrom: number | null;
};

export async function listRevisions(
  actor: Actor | null,
  articleId: string,
  locale: Locale,
): Promise<RevisionSummary[]> {
  authorize(actor, 'dashboard.view');
  const rows = await appDb().articleRevision.findMany({
    where: { articleId, locale },
    orderBy: { number: 'desc' },
    include: { editor: { select: { name: true } } },
  });
  return rows.map((r) => ({
    number: r.number,
    createdAt: r.createdAt,
    editorName: r.editor?.name ?? null,
    restoredFrom: restoredFromNote(r.note),
  }));
}

export type ParagraphChange = {
  key: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  before: string;
  after: string;
};
export type RevisionDiff = {
  from: number;
  to: number;
  title: [string, string];
  paragraphs: ParagraphChange[];
};

/** Paragraph-by-paragraph difference between two revisions of a version, in the later one's order. */
export async function compareRevisions(
  actor: Actor | null,
  articleId: string,
  locale: Locale,
  from: number,
  to: number,
): Promise<RevisionDiff | null> {
  authorize(actor, 'dashboard.view');
  const rows = await appDb().articleRevision.findMany({
    where: { articleId, locale, number: { in: [from, to] } },
  });
  const a = rows.find((r) => r.number === from);
  const b = rows.find((r) => r.number === to);
  if (!a || !b) return null;
  const before = paragraphsOfRevision(a.paragraphs);
  const after = paragraphsOfRevision(b.paragraphs);
  const text = (p?: RevisionParagraph) => (p ? plainText(p.runs) : '');
  const changes: ParagraphChange[] = after.map((p) => {
    const old = before.find((o) => o.key === p.key);
    const change =
      !old || !text(old)
        ? text(p)
          ? 'added'
          : 'unchanged'
        : !text(p)
          ? 'removed'
          : text(old) === text(p)
            ? 'unchanged'
            : 'changed';
    return { key: p.key, change, before: text(old), after: text(p) };
  });
  for (const old of before)
    if (!after.some((p) => p.key === old.key) && text(old))
      changes.push({ key: old.key, change: 'removed', before: text(old), after: '' });
  return { from, to, title: [a.title, b.title], paragraphs: changes };
}

/** Restoring saves the old revision's text as a new revision; history is never rewritten. */
export async function restoreRevision(
  actor: Actor | null,
  articleId: string,
  locale: Locale,
  number: number,
  /** an editor allowed to publish: the restored text of a published version goes live at once */
  options: { publishNow?: boolean; changeKind?: ChangeKind; correctionNote?: string } = {},
): Promise<SaveResult> {
  authorize(actor, 'article.editText', { locale });
  // publishing with it is a publication: settled before anything is looked up
  if (options.publishNow) authorize(actor, 'article.publish', { locale });
  const revision = await appDb().articleRevision.findUnique({
    where: { articleId_locale_number: { articleId, locale, number } },
  });
  const current = await snapshot(articleId, locale);
  if (!revision || !current) return { ok: false, kind: 'notFound' };
  const old = paragraphsOfRevision(revision.paragraphs);
  const article = await appDb().article.findUnique({
    where: { id: articleId },
    select: { originalLocale: true },
  });
  // The original's paragraphs come back under their own keys (a removed one's slot is made again,
  // and each translation gets its text for it back: lib/editorial/version-rebase.ts). A
  // translation's slots are the original's: its texts go back into today's slots, and a text whose
  // slot the original no longer has is handed back to the editor, not lost (it stays in history).
  const isOriginal = article?.originalLocale === locale;
  const paragraphs = isOriginal
    ? old.map((p) => ({ key: p.key, kind: p.kind, text: toMarkup(p.runs) }))
    : current.paragraphs.map((c) => {
        const p = old.find((o) => o.key === c.key);
        return { key: c.key, kind: c.kind, text: p ? toMarkup(p.runs) : '' };
      });
  const unplaced = isOriginal
    ? []
    : old.filter((o) => o.runs.length && !current.paragraphs.some((c) => c.key === o.key));
  const result = await saveVersion(actor, {
    articleId,
    locale,
    baseRevision: current.revision,
    slug: revision.slug,
    title: revision.title,
    standfirst: revision.standfirst,
    paragraphs,
    restoredFrom: number,
    publishNow: options.publishNow,
    changeKind: options.changeKind,
    correctionNote: options.correctionNote,
  });
  return result.ok && unplaced.length
    ? { ...result, dropped: [...result.dropped, ...unplaced.map((p) => plainText(p.runs))] }
    : result;
}
