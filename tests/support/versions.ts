import type { Actor } from '@/lib/auth/sessions';
import { saveVersion, type VersionSnapshot } from '@/lib/editorial/versions';
import type { Locale } from '@/lib/model/locales';

/** Saves `v` (a version as read) with each paragraph's markup passed through `edit`, on top of its revision. */
export const saveEdited = (
  actor: Actor,
  articleId: string,
  locale: Locale,
  v: VersionSnapshot,
  edit: (markup: string, i: number) => string,
) =>
  saveVersion(actor, {
    articleId,
    locale,
    baseRevision: v.revision,
    slug: v.slug,
    title: v.title,
    standfirst: v.standfirst,
    paragraphs: v.paragraphs.map((p, i) => ({ key: p.key, kind: p.kind, text: edit(p.markup, i) })),
  });
