import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { utcToZonedInput } from '@/lib/model/time';
import type { VersionPage } from '@/lib/editorial/version-page';
import { localeTable, type Locale } from '@/lib/model/locales';

/**
 * The side panels of the version editor (app/editor/[locale]/articles/[id]/[lang]/page.tsx):
 * the workflow with its buttons, the reviewers' sign-offs, and the revision history with restore
 * and compare. Forms post to the server actions the page hands down.
 */

type Action = (form: FormData) => Promise<void>;
type PanelProps = {
  page: VersionPage;
  ui: Locale;
  /** the hidden inputs naming the version (article, language, interface language) */
  hidden: ReactNode;
};

const button = 'rounded border border-stone-500 bg-white px-3 py-1';

async function tools(ui: Locale) {
  const t = await getTranslations({ locale: ui, namespace: 'Newsroom' });
  const format = await getFormatter({ locale: ui });
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return { t, date };
}

export async function WorkflowPanel({ page, ui, hidden, transition }: PanelProps & { transition: Action }) {
  const { t, date } = await tools(ui);
  const locale = ui;
  const transitionAction = transition;
  // a published version's waiting correction goes through the steps itself
  const flow = page.correction ?? page.state;
  return (
    <section aria-labelledby="workflow-heading" className="rounded border border-stone-300 bg-white p-3">
      <h2 id="workflow-heading" className="mb-2 font-semibold">
        {t('workflow.heading')}
      </h2>
      <p data-testid="state">{t('workflow.current', { state: t(`states.${page.state}`) })}</p>
      {page.correction && (
        <p data-testid="correction" className="font-medium text-sky-900">
          {t('workflow.correction', { state: t(`states.${page.correction}`) })}
        </p>
      )}
      {page.outdatedSince && <p className="text-amber-900">{t('states.outdated')}</p>}
      {page.scheduledAt && <p>{t('workflow.scheduledFor', { date: date(page.scheduledAt) })}</p>}
      {(page.checks.errors.length > 0 || page.checks.warnings.length > 0) && (
        <ul data-testid="checks-summary" className="mt-2 text-sm">
          {(
            [
              ['error', page.checks.errors, 'checkErrors', 'text-red-800'],
              ['warning', page.checks.warnings, 'checkWarnings', 'text-amber-900'],
            ] as const
          ).map(([severity, paragraphs, message, colour]) =>
            paragraphs.length ? (
              <li key={severity} className={colour}>
                {t(`workflow.${message}`, { count: paragraphs.length, paragraphs: paragraphs.join(', ') })}
              </li>
            ) : null,
          )}
        </ul>
      )}
      <div className="mt-3 space-y-3">
        {page.may.submit && flow === 'draft' && (
          <form action={transitionAction}>
            {hidden}
            <button name="action" value="submit" className={button}>
              {t('workflow.submit')}
            </button>
          </form>
        )}
        {page.may.review && flow === 'inReview' && (
          <form action={transitionAction} className="space-y-2">
            {hidden}
            <label className="block">
              {t('workflow.comment')}
              <textarea
                name="comment"
                maxLength={2000}
                rows={2}
                className="block w-full rounded border border-stone-400"
              />
            </label>
            <div className="flex gap-2">
              <button name="action" value="approve" className={button}>
                {t('workflow.approve')}
              </button>
              <button name="action" value="reject" className={button}>
                {t('workflow.reject')}
              </button>
            </div>
          </form>
        )}
        {page.may.publish && flow === 'approved' && (
          <form action={transitionAction}>
            {hidden}
            <button name="action" value="publish" className={button}>
              {t('workflow.publish')}
            </button>
          </form>
        )}
        {page.may.publish && page.state === 'approved' && (
          <>
            <form action={transitionAction} className="space-y-2">
              {hidden}
              <label className="block">
                {t('workflow.scheduleAt', { timeZone: localeTable[locale].timeZoneName })}
                <input
                  type="datetime-local"
                  name="at"
                  required
                  // to the second: an embargo can be that precise
                  step={1}
                  min={utcToZonedInput(new Date(), localeTable[locale].timeZone)}
                  className="block rounded border border-stone-400"
                />
              </label>
              <button name="action" value="schedule" className={button}>
                {t('workflow.schedule')}
              </button>
            </form>
          </>
        )}
        {page.may.publish && page.state === 'scheduled' && (
          <form action={transitionAction}>
            {hidden}
            <button name="action" value="unschedule" className={button}>
              {t('workflow.unschedule')}
            </button>
          </form>
        )}
        {page.may.publish && page.state === 'published' && (
          <form action={transitionAction}>
            {hidden}
            <button name="action" value="unpublish" className={button}>
              {t('workflow.unpublish')}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}

export async function ReviewsPanel({ page, ui }: Omit<PanelProps, 'hidden'>) {
  const { t, date } = await tools(ui);
  return (
    <section aria-labelledby="reviews-heading" className="rounded border border-stone-300 bg-white p-3">
      <h2 id="reviews-heading" className="mb-2 font-semibold">
        {t('reviews.heading')}
      </h2>
      {page.reviews.length === 0 ? (
        <p>{t('reviews.none')}</p>
      ) : (
        <ul className="space-y-2">
          {page.reviews.map((r, i) => (
            <li key={i}>
              {t('reviews.entry', {
                name: r.name,
                role: t(`roles.${r.role}`),
                decision: t(`reviews.${r.decision}`),
                revision: r.revision,
                date: date(r.at),
              })}
              {r.comment && <q className="block text-stone-700">{r.comment}</q>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export async function RevisionsPanel({
  page,
  ui,
  hidden,
  restore,
  compared,
}: PanelProps & { restore: Action; compared: { from: number; to: number } | null }) {
  const { t, date } = await tools(ui);
  const restoreAction = restore;
  const diff = compared;
  return (
    <section aria-labelledby="revisions-heading" className="rounded border border-stone-300 bg-white p-3">
      <h2 id="revisions-heading" className="mb-2 font-semibold">
        {t('revisions.heading')}
      </h2>
      {page.revisions.length === 0 ? (
        <p>{t('revisions.none')}</p>
      ) : (
        <>
          <ul className="space-y-2">
            {page.revisions.map((r) => (
              <li key={r.number}>
                {t('revisions.entry', {
                  number: r.number,
                  date: date(r.createdAt),
                  name: r.editorName ?? t('audit.system'),
                })}
                {r.restoredFrom !== null && ` · ${t('revisions.restored', { number: r.restoredFrom })}`}
                {page.may.edit && page.version && r.number !== page.version.revision && (
                  <form action={restoreAction}>
                    {hidden}
                    <button name="number" value={r.number} className="underline">
                      {t('revisions.restore')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          {page.revisions.length > 1 && (
            <form method="get" className="mt-3 flex flex-wrap items-end gap-2">
              {(['from', 'to'] as const).map((name, i) => (
                <label key={name}>
                  {t(`revisions.${name}`)}
                  <select
                    name={name}
                    defaultValue={String(
                      diff ? (i ? diff.to : diff.from) : page.revisions[i ? 0 : 1]!.number,
                    )}
                    className="block rounded border border-stone-400"
                  >
                    {page.revisions.map((r) => (
                      <option key={r.number} value={r.number}>
                        {r.number}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <button className={button}>{t('revisions.compare')}</button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
