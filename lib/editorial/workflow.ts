import { z } from 'zod';
import { blockText, type Posted } from '../model/text-input';
import { appDb } from '../db/app-client';
import { locales } from '../model/locales';
import { isEntityId } from '../model/localized';
import { audit } from '../auth/audit';
import { authorize, type Permission } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { articleChange, type ArticleFacts, type Change } from '../freshness/change';
import { readArticleFacts } from './article-change';
import { photosWithoutAlt } from './article-photos';
import { reindexArticle } from '../search/index';
import type { Prisma } from '../db/generated/client';
import type { Locale } from '../model/locales';
import { followSlots } from './version-rebase';
import { keepBases, revisionAsMerge } from './version-snapshot';
import { changesSlots, writeVersion } from './version-write';
import { stateOfRow, type VersionState } from './versions';
import { versionFindings } from './translation-gate';
import { rememberReport } from '../memory/store';
import { paragraphsWith } from '../translation/checks';
import { changedParts, liveText, recordCorrection, settleOutdated } from './corrections';

/**
 * The life of a language version: draft → in review → approved (→ scheduled) → published, and
 * back. Each step checks its own permission; publishing steps return what to refresh.
 */
export const transitionSchema = z.object({
  articleId: z.string().refine(isEntityId),
  locale: z.enum(locales),
  action: z.enum([
    'submit',
    'approve',
    'reject',
    'publish',
    'schedule',
    'unpublish',
    'unschedule',
    // this version already said what a correction made in another language put right: none is printed
    'dismissCorrection',
  ]),
  comment: blockText().trim().max(2000).optional(),
  /** for `schedule`: when the version goes live ('malformed': the form's value was no time at all) */
  at: z.union([z.coerce.date(), z.literal('malformed')]).optional(),
});
export type TransitionInput = Posted<z.input<typeof transitionSchema>, 'locale' | 'action'>;
export type TransitionResult =
  | { ok: true; state: VersionState; refresh: Change | null }
  | {
      ok: false;
      kind:
        | 'invalid'
        | 'notFound'
        | 'wrongState'
        | 'commentRequired'
        | 'notInFuture'
        | 'tooFarAhead'
        | 'invalidDate'
        | 'titleMissing'
        | 'slugTaken'
        /** a waiting correction whose kind (correction or minor fix) no save has said yet */
        | 'changeKindMissing';
    }
  /** a photo in the version lacks the version's alt text (publication waits for it) */
  | { ok: false; kind: 'photoAltMissing'; photos: string[] }
  /**
   * the translation checks (./translation-gate.ts): an error holds back review and approval, a
   * warning approval without the reviewer's note passing it; the paragraphs by number
   */
  | { ok: false; kind: 'checksFailed' | 'warningsNeedNote'; paragraphs: number[] };

/** How far ahead a publication may be scheduled: a year typed as 9999 is a slip, not a plan. */
export const SCHEDULE_HORIZON_MS = 5 * 366 * 24 * 60 * 60 * 1000;

/** Each step: who may take it, from which stored status, and the state it leaves. */
type Step = { permission: Permission; from: string[]; to: VersionState };
const needs: Record<z.infer<typeof transitionSchema>['action'], Step> = {
  submit: { permission: 'article.submit', from: ['draft'], to: 'inReview' },
  approve: { permission: 'article.review', from: ['in_review'], to: 'approved' },
  reject: { permission: 'article.review', from: ['in_review'], to: 'draft' },
  publish: { permission: 'article.publish', from: ['approved'], to: 'published' },
  schedule: { permission: 'article.publish', from: ['approved'], to: 'scheduled' },
  unschedule: { permission: 'article.publish', from: ['approved'], to: 'approved' },
  unpublish: { permission: 'article.publish', from: ['published'], to: 'approved' },
  // whoever may write the version; its state stays what it is
  dismissCorrection: {
    permission: 'article.editText',
    from: ['draft', 'in_review', 'approved', 'published'],
    to: 'published',
  },
};

export async function transition(
  actor: Actor | null,
  input: TransitionInput,
  now = new Date(),
): Promise<TransitionResult> {
  const parsed = transitionSchema.safeParse(input);
  if (!parsed.success) {
    authorize(actor, 'dashboard.view');
    return { ok: false, kind: 'invalid' };
  }
  const { articleId, locale, action, comment } = parsed.data;
  const at = parsed.data.at instanceof Date ? parsed.data.at : undefined;
  const db = appDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { originalLocale: true },
  });
  const rule = needs[action];
  const scope = { locale, originalLocale: article?.originalLocale };
  const who = authorize(actor, rule.permission, scope);
  if (!article) return { ok: false, kind: 'notFound' };
  if (action === 'schedule') {
    if (!at) return { ok: false, kind: 'invalidDate' };
    if (at <= now) return { ok: false, kind: 'notInFuture' };
    if (at.getTime() > now.getTime() + SCHEDULE_HORIZON_MS) return { ok: false, kind: 'tooFarAhead' };
  }

  const where = { articleId_locale: { articleId, locale } };
  const subject = `article:${articleId}/${locale}`;
  // the step, the search index of a publication and the audit entry: together, or not at all —
  // decided on the row as it is now, locked, so that a save at the same moment (which locks it too)
  // is either before the step (and its text is what the step acts on) or after it
  const outcome = await db.$transaction(async (tx): Promise<TransitionResult> => {
    const [row] = await tx.$queryRaw<Array<Row>>`
      SELECT status::text AS status, correction::text AS correction, revision, title,
             scheduled_at AS "scheduledAt", published_at AS "publishedAt",
             correction_kind::text AS "correctionKind", correction_note AS "correctionNote"
      FROM article_translations
      WHERE article_id = ${articleId} AND locale = ${locale}::locale FOR UPDATE`;
    if (!row) return { ok: false, kind: 'notFound' };
    // a published version's waiting correction goes through review and publication itself;
    // unpublishing is about the live version, whatever waits
    const flow = action === 'unpublish' ? row.status : (row.correction ?? row.status);
    if (!rule.from.includes(flow)) return { ok: false, kind: 'wrongState' };
    if (row.correction && (action === 'schedule' || action === 'unschedule'))
      return { ok: false, kind: 'wrongState' };
    if (action === 'reject' && !comment) return { ok: false, kind: 'commentRequired' };
    // an import leaves a headline the release lacks empty: it must be written before review
    if (action === 'submit' && !row.title.trim() && !row.correction)
      return { ok: false, kind: 'titleMissing' };
    if (action === 'unschedule' && !row.scheduledAt) return { ok: false, kind: 'wrongState' };
    // readers are told of a correction and not of a minor fix: which it is, is said before it goes live
    if (action === 'publish' && row.correction && !row.correctionKind)
      return { ok: false, kind: 'changeKindMissing' };
    // a translation goes to review, and is approved, without an error of the checks; a reviewer
    // passes its warnings with a note, kept with the revision in the review
    if (action === 'submit' || action === 'approve') {
      const found = await versionFindings(tx, articleId, locale, article.originalLocale);
      const errors = paragraphsWith(found, 'error');
      if (errors.length) return { ok: false, kind: 'checksFailed', paragraphs: errors };
      const warnings = paragraphsWith(found, 'warning');
      if (action === 'approve' && warnings.length && !comment)
        return { ok: false, kind: 'warningsNeedNote', paragraphs: warnings };
    }
    // readers who cannot see a photo are told what it shows, in their language, or it waits
    if (action === 'publish' || action === 'schedule') {
      const photos = await photosWithoutAlt(articleId, locale);
      if (photos.length) return { ok: false, kind: 'photoAltMissing', photos };
    }
    const field = row.correction ? 'correction' : 'status';
    const correctionOf = (r: Row) => ({
      articleId,
      locale,
      originalLocale: article.originalLocale,
      revision: r.revision,
      editorId: who.id,
      now,
    });
    let state: VersionState = rule.to;
    if (action === 'dismissCorrection') {
      const dismissed = await tx.correction.deleteMany({ where: { articleId, locale, publishedAt: null } });
      if (dismissed.count === 0) return { ok: false, kind: 'wrongState' };
      await settleOutdated(tx, articleId, locale);
      state = stateOfRow({ status: row.status, scheduled: row.scheduledAt !== null });
    }

    switch (action) {
      case 'submit':
        await tx.articleTranslation.update({ where, data: { [field]: 'inReview' } });
        break;
      case 'approve':
      case 'reject':
        await tx.articleReview.create({
          data: {
            articleId,
            locale,
            revision: row.revision,
            reviewerId: who.id,
            decision: action === 'approve' ? 'approved' : 'rejected',
            comment: comment || null,
            at: now,
          },
        });
        await tx.articleTranslation.update({
          where,
          data: { [field]: action === 'approve' ? 'approved' : 'draft' },
        });
        // the text a reviewer approved (a correction's, once it is published)
        if (action === 'approve' && !row.correction)
          await tx.paragraphTranslation.updateMany({
            where: { articleId, locale },
            data: { reviewed: true },
          });
        break;
      case 'publish':
        if (row.correction) {
          const before = row.correctionKind === 'correction' ? await liveText(tx, articleId, locale) : null;
          if (!(await applyCorrection(tx, correctionOf(row)))) return { ok: false, kind: 'slugTaken' };
          if (before)
            await recordCorrection(tx, {
              articleId,
              locale,
              note: row.correctionNote ?? '',
              changes: changedParts(before, await liveText(tx, articleId, locale)),
              revision: row.revision,
              editorId: who.id,
              now,
            });
          // a correction is published approved: its text is the reviewed text now
          await tx.paragraphTranslation.updateMany({
            where: { articleId, locale },
            data: { reviewed: true },
          });
        } else
          await tx.articleTranslation.update({
            where,
            data: { status: 'published', publishedAt: row.publishedAt ?? now, scheduledAt: null },
          });
        await reindexArticle(tx, articleId);
        break;
      case 'schedule':
        await tx.articleTranslation.update({ where, data: { scheduledAt: at } });
        break;
      case 'unschedule':
        await tx.articleTranslation.update({ where, data: { scheduledAt: null } });
        break;
      case 'dismissCorrection':
        break;
      case 'unpublish':
        // nothing is public any more: a waiting correction becomes the version's text, in its state
        if (row.correction) {
          if (!(await applyCorrection(tx, correctionOf(row)))) return { ok: false, kind: 'slugTaken' };
          const status =
            row.correction === 'in_review' ? 'inReview' : (row.correction as 'draft' | 'approved');
          await tx.articleTranslation.update({ where, data: { status } });
          state = status;
        } else await tx.articleTranslation.update({ where, data: { status: 'approved' } });
        await reindexArticle(tx, articleId);
        break;
    }
    // what was approved or published is the memory's now (lib/editorial/memory.ts)
    if (action === 'approve' || action === 'publish')
      await rememberReport(tx, articleId, { origin: 'report', now });
    await audit(
      {
        actorId: who.id,
        action:
          action === 'approve' || action === 'reject'
            ? 'review'
            : action === 'submit'
              ? 'status_change'
              : action === 'unschedule'
                ? 'schedule'
                : action === 'dismissCorrection'
                  ? 'correction_dismiss'
                  : action,
        subject,
        details: {
          action,
          from: row.status,
          ...(row.correction ? { correction: row.correction, revision: row.revision } : {}),
          ...(comment ? { comment } : {}),
          ...(at ? { at: at.toISOString() } : {}),
        },
      },
      tx,
    );
    // what a publication makes stale, read in its transaction
    // (a dismissed correction takes the reader's "a correction is on its way" off the page)
    const publication = action === 'publish' || action === 'unpublish' || action === 'dismissCorrection';
    return {
      ok: true,
      state,
      refresh: publication ? articleChange(await readArticleFacts(tx, articleId)) : null,
    };
  });
  return outcome;
}

type Row = {
  status: string;
  correction: string | null;
  revision: number;
  title: string;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  correctionKind: 'correction' | 'minor' | null;
  correctionNote: string | null;
};

/**
 * A correction goes live: its revision's text is written into the live tables (the slots of an
 * original's correction changed with it, the other languages following: ./version-rebase.ts).
 * False when its address has meanwhile been taken by another report.
 */
async function applyCorrection(
  tx: Prisma.TransactionClient,
  c: {
    articleId: string;
    locale: Locale;
    originalLocale: Locale;
    revision: number;
    editorId: string;
    now: Date;
  },
): Promise<boolean> {
  const row = await tx.articleRevision.findUnique({
    where: { articleId_locale_number: { articleId: c.articleId, locale: c.locale, number: c.revision } },
  });
  if (!row) throw new Error(`correction without its revision: ${c.articleId}/${c.locale} ${c.revision}`);
  const owner = await tx.articleTranslation.findUnique({
    where: { locale_slug: { locale: c.locale, slug: row.slug } },
    select: { articleId: true },
  });
  if (owner && owner.articleId !== c.articleId) return false;
  const slots = await tx.articleParagraph.findMany({
    where: { articleId: c.articleId },
    orderBy: { position: 'asc' },
    select: { key: true, kind: true },
  });
  const version = revisionAsMerge(row);
  const isOriginal = c.locale === c.originalLocale;
  if (isOriginal && changesSlots(version.paragraphs, slots))
    await keepBases(tx, c.articleId, c.locale, c.now);
  const change = await writeVersion(tx, {
    articleId: c.articleId,
    locale: c.locale,
    isOriginal,
    status: 'published',
    revision: c.revision,
    version,
    existingSlots: slots,
    editorId: c.editorId,
    note: null,
    now: c.now,
    store: false,
  });
  if (isOriginal)
    await followSlots(tx, {
      articleId: c.articleId,
      originalLocale: c.locale,
      change,
      originalRevision: c.revision,
      editorId: c.editorId,
      now: c.now,
    });
  return true;
}

/**
 * Publishes every approved version whose scheduled time has come. Run by the portal's own
 * scheduler (instrumentation.ts) every few seconds, or by any cron through POST /api/publish-due.
 * Conditional updates make concurrent runs publish each version once. `next` is when the next
 * scheduled version falls due, so the scheduler can be there at that moment rather than at its
 * next regular tick.
 */
export async function publishDue(
  now = new Date(),
): Promise<{ published: string[]; refresh: Change[]; next: Date | null }> {
  const db = appDb();
  const due = await db.articleTranslation.findMany({
    where: { status: 'approved', scheduledAt: { lte: now } },
    select: { articleId: true, locale: true, scheduledAt: true },
  });
  const published: string[] = [];
  const refresh: Change[] = [];
  for (const v of due) {
    let facts: ArticleFacts | null = null;
    // published and indexed together, or not at all (the next run tries again)
    const count = await db.$transaction(async (tx) => {
      const { count } = await tx.articleTranslation.updateMany({
        where: { articleId: v.articleId, locale: v.locale, status: 'approved', scheduledAt: v.scheduledAt },
        data: { status: 'published', publishedAt: v.scheduledAt, scheduledAt: null },
      });
      if (count === 0) return 0;
      facts = await readArticleFacts(tx, v.articleId);
      await reindexArticle(tx, v.articleId);
      await rememberReport(tx, v.articleId, { origin: 'report', now });
      await audit(
        {
          action: 'publish',
          subject: `article:${v.articleId}/${v.locale}`,
          details: { scheduled: v.scheduledAt!.toISOString() },
        },
        tx,
      );
      return count;
    });
    if (count === 0) continue;
    published.push(`${v.articleId}/${v.locale}`);
    refresh.push(articleChange(facts));
  }
  const upcoming = await db.articleTranslation.findFirst({
    where: { status: 'approved', scheduledAt: { gt: now } },
    orderBy: { scheduledAt: 'asc' },
    select: { scheduledAt: true },
  });
  return { published, refresh, next: upcoming?.scheduledAt ?? null };
}
