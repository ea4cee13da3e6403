import { appDb } from '../db/app-client';
import { locales, type Locale } from '../model/locales';
import { authorize, can } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { photoGaps } from './article-photos';
import { reportGlossary } from './glossary';
import { suggest, type Suggestion } from '../memory/store';
import { parseMarkup, plainText } from '../model/rich-text';
import { checkVersion, paragraphsWith, type ParagraphFindings } from '../translation/checks';
import type { GlossaryTerm } from '../translation/names';
import { listRevisions, type RevisionSummary } from './revisions';
import { draftedCorrections, type ChangeKind, type DraftedCorrection } from './corrections';
import { snapshot, stateOf, type CorrectionState, type VersionSnapshot, type VersionState } from './versions';

export type VersionPage = {
  articleId: string;
  locale: Locale;
  originalLocale: Locale;
  state: VersionState;
  /** a published version's correction waiting for review and publication */
  correction: CorrectionState;
  scheduledAt: Date | null;
  outdatedSince: Date | null;
  /**
   * a change to the published text: the kind and note its waiting correction was saved with, or —
   * when a correction made in another language waits for this one — a correction, its note drafted
   * from that language's for the translator to translate
   */
  change: { kind: ChangeKind | null; note: string };
  /** the corrections made in other languages that wait for this version's own (./corrections.ts) */
  drafted: DraftedCorrection[];
  version: VersionSnapshot | null;
  /** the other languages' current text, to translate from or compare with */
  others: Partial<Record<Locale, VersionSnapshot>>;
  reviews: Array<{
    name: string;
    role: Actor['role'];
    decision: 'approved' | 'rejected';
    revision: number;
    comment: string | null;
    at: Date;
  }>;
  revisions: RevisionSummary[];
  /** the names the report mentions, for the translation checks */
  glossary: GlossaryTerm[];
  /** the translation memory's best matches for each paragraph's original, by paragraph key */
  memory: Record<string, Suggestion[]>;
  /** the paragraphs (by number) where the translation checks found an error or a warning */
  checks: { paragraphs: ParagraphFindings[]; errors: number[]; warnings: number[] };
  /** the version's photos without this language's alt text (publication waits) or lead caption */
  photoGaps: { withoutAlt: string[]; withoutCaption: string[] };
  may: { edit: boolean; structure: boolean; submit: boolean; review: boolean; publish: boolean };
};

/** Everything the newsroom's page for one language version shows; null for an unknown report. */
export async function loadVersionPage(
  actor: Actor | null,
  articleId: string,
  locale: Locale,
): Promise<VersionPage | null> {
  authorize(actor, 'dashboard.view');
  const db = appDb();
  const article = await db.article.findUnique({ where: { id: articleId }, include: { translations: true } });
  if (!article) return null;
  const current = article.translations.find((t) => t.locale === locale);
  const others: VersionPage['others'] = {};
  for (const l of locales) {
    if (l === locale || !article.translations.some((t) => t.locale === l)) continue;
    const s = await snapshot(articleId, l);
    if (s) others[l] = s;
  }
  const reviews = await db.articleReview.findMany({
    where: { articleId, locale },
    orderBy: { at: 'desc' },
    include: { reviewer: { select: { name: true, role: true } } },
  });
  const scope = { locale, originalLocale: article.originalLocale };
  const version = current ? await snapshot(articleId, locale) : null;
  const original = others[article.originalLocale];
  const glossary = await reportGlossary(articleId);
  const drafted = current ? await draftedCorrections(db, articleId, locale) : [];
  // the checks of what this page already read (the gate reads the same in its transaction)
  const findings =
    original && version
      ? checkVersion(
          { locale: article.originalLocale, paragraphs: original.paragraphs },
          { locale, paragraphs: version.paragraphs },
          glossary,
        )
      : [];
  const memory =
    original && can(actor, 'article.editText', scope)
      ? await suggest(
          {
            sourceLocale: article.originalLocale,
            targetLocale: locale,
            articleId,
            texts: original.paragraphs.map((p) => ({
              key: p.key,
              text: plainText(parseMarkup(p.markup)),
              current: version?.paragraphs.find((v) => v.key === p.key)?.markup,
            })),
          },
          db,
        )
      : new Map<string, Suggestion[]>();
  return {
    articleId,
    locale,
    originalLocale: article.originalLocale,
    state: stateOf(current),
    // never 'published': publishing a correction ends it
    correction: current?.correction === 'published' ? null : (current?.correction ?? null),
    scheduledAt: current?.scheduledAt ?? null,
    outdatedSince: current?.outdatedSince ?? null,
    change:
      current?.correction && current.correction !== 'published' && current.correctionKind
        ? { kind: current.correctionKind, note: current.correctionNote ?? '' }
        : drafted[0]
          ? { kind: 'correction', note: drafted[0].sourceNote }
          : { kind: null, note: '' },
    drafted,
    version,
    memory: Object.fromEntries(memory),
    others,
    reviews: reviews.map((r) => ({
      name: r.reviewer.name,
      role: r.reviewer.role,
      decision: r.decision,
      revision: r.revision,
      comment: r.comment,
      at: r.at,
    })),
    revisions: await listRevisions(actor, articleId, locale),
    photoGaps: await photoGaps(articleId, locale),
    glossary,
    checks: {
      paragraphs: findings,
      errors: paragraphsWith(findings, 'error'),
      warnings: paragraphsWith(findings, 'warning'),
    },
    may: {
      edit: can(actor, 'article.editText', scope),
      structure: can(actor, 'article.structure') && locale === article.originalLocale,
      submit: can(actor, 'article.submit', scope),
      review: can(actor, 'article.review', scope),
      publish: can(actor, 'article.publish', scope),
    },
  };
}
