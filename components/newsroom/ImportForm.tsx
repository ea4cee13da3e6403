'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ImportState } from '@/lib/editorial/form-states';
import { printsItsSource } from '@/lib/editorial/import/ids';
import { releaseLines } from '@/lib/editorial/import/lines';
import { formatList } from '@/lib/i18n/format';
import { locales, type Locale } from '@/lib/model/locales';

type Option = { id: string; name: string };
type Props = {
  /** the server action (app/editor/[locale]/actions.ts), handed down by the page */
  save: (state: ImportState, form: FormData) => Promise<ImportState>;
  uiLocale: Locale;
  timeZone: string;
  languages: Record<Locale, { name: string; htmlLang: string }>;
  events: Option[];
  sources: Option[];
};

/**
 * Paste → preview → confirm, on one form. The server parses the text on every step; this
 * component only shows what it answered and keeps every field the editor typed. Dropped lines
 * come back with one click ("keep as text"), which previews again with that line kept.
 */
export function ImportForm({ save, uiLocale, timeZone, languages, events, sources }: Props) {
  const t = useTranslations('Newsroom.import');
  const tk = useTranslations('Newsroom.kinds');
  const te = useTranslations('Newsroom.errors');
  const [state, action, pending] = useActionState<ImportState, FormData>(save, { status: 'idle' });
  const fields = state.status === 'idle' ? undefined : state.fields;
  const preview =
    state.status === 'preview' ? state.preview : state.status === 'error' ? state.preview : undefined;
  const field = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1';
  const button = 'rounded border border-stone-600 bg-white px-4 py-1.5 font-medium disabled:opacity-50';
  const small = 'rounded border border-stone-500 bg-white px-2 py-0.5 text-xs disabled:opacity-50';
  const name = (l: Locale) => languages[l].name;

  let error: string | null = null;
  if (state.status === 'error') {
    const e = state.error;
    if (e === 'unreadable' && state.problem) {
      const p = state.problem;
      error = t(`problems.${p.problem}`, {
        line: 'line' in p ? String(p.line) : '',
        quote: 'quote' in p ? p.quote : '',
        limit: 'limit' in p ? String(p.limit) : '',
        lines: 'lines' in p ? formatList(uiLocale, p.lines.map(String), 'enumeration') : '',
      });
    } else if (e === 'idTaken') error = t('idTaken');
    else if (e === 'slugTaken') error = t('slugTaken', { language: state.locale ? name(state.locale) : '' });
    else if (e === 'invalid')
      error = te('invalid', { fields: formatList(uiLocale, state.invalid ?? [], 'enumeration') });
    else {
      // a failure the newsroom's messages name, else the general one
      const key = e as Parameters<typeof te>[0];
      error = te.has(key) ? te(key) : te('unexpected');
    }
  }
  const metadata = preview?.metadata;
  const released = metadata?.releasedAt
    ? new Intl.DateTimeFormat(languages[uiLocale].htmlLang, {
        dateStyle: 'long',
        ...(metadata.precision === 'minute' ? { timeStyle: 'short' } : {}),
        timeZone,
      }).format(new Date(metadata.releasedAt))
    : t('none');
  const lineLabel = (n: number) => t('line', { number: String(n) });
  const lineList = (lines: number[]) => formatList(uiLocale, lines.slice(0, 12).map(String), 'enumeration');
  const printed = releaseLines(fields?.text ?? '');
  const lineStart = (n: number) => {
    const text = (printed[n - 1] ?? '').trim();
    return [...text].length > 30 ? `${[...text].slice(0, 30).join('')}…` : text;
  };
  const notes = preview?.notes ?? [];
  const noted = (about: string, locale?: string) =>
    notes.find((n) => n.about === about && (locale === undefined || n.locale === locale));
  const bylineLanguages = preview
    ? locales.filter((l) => preview.languages.includes(l) || preview.metadata.bylines[l] !== undefined)
    : [];

  return (
    <form action={action} className="space-y-6">
      <input type="hidden" name="uiLocale" value={uiLocale} />
      {fields?.keep.map((line) => (
        <input key={line} type="hidden" name="keep" value={line} />
      ))}
      {fields?.join.map((line) => (
        <input key={line} type="hidden" name="join" value={line} />
      ))}
      {fields?.split.map((line) => (
        <input key={line} type="hidden" name="split" value={line} />
      ))}
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <label className="block">
        <span className="font-medium">{t('text')}</span>
        <textarea
          name="text"
          rows={14}
          required
          defaultValue={fields?.text}
          className={`${field} font-mono text-sm`}
        />
      </label>
      <button name="intent" value="preview" className={button} disabled={pending}>
        {t('preview')}
      </button>

      {preview && metadata && (
        <section aria-labelledby="import-preview" className="space-y-5" data-testid="import-preview">
          <h2 id="import-preview" className="text-xl font-semibold">
            {t('previewHeading')}
          </h2>
          <p data-testid="import-summary">
            {t('summary', {
              original: name(preview.originalLocale),
              languages: formatList(uiLocale, preview.languages.map(name), 'enumeration'),
              count: String(preview.paragraphs.length),
            })}{' '}
            {t(`layouts.${preview.layout}`)}
          </p>
          {preview.missingTitle.map((l) => (
            <p
              key={l}
              className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950"
              data-testid="import-missing-title"
            >
              {t('headlineMissing', { language: name(l) })}
            </p>
          ))}

          {notes.length > 0 && (
            <div className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
              <h3 className="font-semibold">{t('notesHeading')}</h3>
              <ul className="list-disc pl-5 text-sm" data-testid="import-notes">
                {notes.map((n, i) => (
                  <li key={i} data-note={n.about}>
                    {t(`notes.${n.about}`, {
                      language: n.locale ? name(n.locale) : '',
                      line: String(n.lines[0] ?? ''),
                      lines: lineList(n.lines),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}

          <div>
            <h3 className="font-semibold">{t('metadataHeading')}</h3>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt>{t('releasedAt')}</dt>
              <dd>
                <span data-testid="import-released">{released}</span>
                {noted('dateFromDateline') && (
                  <span className="block text-amber-900">{t('guessed.dateFromDateline')}</span>
                )}
                {metadata.dateReading && (
                  <span className="block text-amber-900" data-testid="import-date-reading">
                    {t(`dateReading.${metadata.dateReading}`, {
                      language: name(preview.originalLocale),
                    })}
                  </span>
                )}
                {metadata.releasedAt && metadata.zoneAssumed && metadata.precision === 'minute' && (
                  <span className="block text-stone-600">{t('zoneAssumed')}</span>
                )}
              </dd>
              <dt>{t('outlet')}</dt>
              <dd>
                <span data-testid="import-outlet">{metadata.outlet ?? t('none')}</span>
                {noted('outletFromPrefix') && (
                  <span className="block text-amber-900">{t('guessed.outletFromPrefix')}</span>
                )}
                {metadata.outlet && (
                  <span className="block text-stone-600" data-testid="import-outlet-match">
                    {preview.sourceId
                      ? t('sourceOnFile')
                      : preview.outletOnFile
                        ? t('outletOnFile', {
                            outlet:
                              preview.outletOnFile[uiLocale] ?? Object.values(preview.outletOnFile)[0] ?? '',
                          })
                        : t('outletNew')}
                  </span>
                )}
              </dd>
              <dt>{t('byline')}</dt>
              <dd data-testid="import-byline">{Object.values(metadata.bylines).join(' · ') || t('none')}</dd>
              <dt>{t('reviewers')}</dt>
              <dd data-testid="import-reviewers">
                {metadata.reviewers.length
                  ? metadata.reviewers.map((r) => `${r.role}: ${r.name}`).join(' · ')
                  : t('none')}
              </dd>
              <dt>{t('headerLines')}</dt>
              <dd data-testid="import-header-lines">
                {metadata.lines.length
                  ? metadata.lines.map((l) => `${lineLabel(l.line)}: “${l.text}”`).join(' · ')
                  : t('none')}
              </dd>
            </dl>
          </div>

          <div>
            <h3 className="font-semibold">{t('matchesHeading')}</h3>
            {preview.matches.length === 0 ? (
              <p className="text-sm">{t('matchesNone')}</p>
            ) : (
              <ul className="list-disc pl-5 text-sm" data-testid="import-matches">
                {preview.matches.map((m) => (
                  <li key={`${m.kind}:${m.id}`}>
                    {t(`matchKinds.${m.kind}`)} <code>{m.id}</code>:{' '}
                    {preview.languages
                      .filter((l) => m.found[l])
                      .map((l) => (
                        <span key={l} lang={languages[l].htmlLang} className="mr-2">
                          “{m.found[l]!.join('”, “')}”
                        </span>
                      ))}
                  </li>
                ))}
              </ul>
            )}
            {preview.variants.length > 0 && (
              <>
                <h4 className="mt-2 font-semibold">{t('variantsHeading')}</h4>
                <ul className="list-disc pl-5 text-sm text-amber-950" data-testid="import-variants">
                  {preview.variants.map((v) => (
                    <li key={`${v.locale}:${v.found}`}>
                      {t('variant', {
                        found: v.found,
                        suggested: v.suggested,
                        language: name(v.locale),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>

          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm" data-testid="import-table">
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th scope="col" className="w-32 p-2" />
                  {preview.languages.map((l) => (
                    <th key={l} scope="col" className="p-2" lang={languages[l].htmlLang}>
                      {name(l)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 text-left font-normal text-stone-600">
                    {t('headline')}
                  </th>
                  {preview.languages.map((l) => (
                    <td key={l} className="p-2 font-semibold" lang={languages[l].htmlLang}>
                      {preview.title[l] ?? <span className="font-normal text-amber-900">{t('missing')}</span>}
                      {noted('headlineFromEnd', l) && (
                        <span
                          className="mt-1 block text-xs font-normal text-amber-900"
                          data-testid="import-headline-guess"
                        >
                          {t('guessed.headlineFromEnd')}
                        </span>
                      )}
                      {preview.standfirst[l] && (
                        <span className="mt-1 block font-normal italic">{preview.standfirst[l]}</span>
                      )}
                    </td>
                  ))}
                </tr>
                {preview.paragraphs.map((slot, i) => {
                  const unpaired = preview.unpaired.includes(i);
                  return (
                    <tr
                      key={i}
                      className={`border-b border-stone-200 align-top ${unpaired ? 'bg-amber-50' : ''}`}
                      data-kind={slot.kind}
                      data-unpaired={unpaired || undefined}
                    >
                      <th scope="row" className="p-2 text-left font-normal text-stone-600">
                        {t('paragraph', { number: String(i + 1) })}
                        <span className="block text-xs">{tk(slot.kind)}</span>
                        {unpaired && <span className="block text-amber-900">{t('unpaired')}</span>}
                      </th>
                      {preview.languages.map((l) => {
                        const lines = slot.lines[l] ?? [];
                        const earlier = preview.paragraphs.slice(0, i).some((p) => p.text[l] !== undefined);
                        return (
                          <td key={l} className="p-2" lang={languages[l].htmlLang} data-language={l}>
                            {slot.text[l] ?? <span className="text-stone-500">{t('missing')}</span>}
                            {lines.length > 0 && (
                              <span className="mt-1 flex flex-wrap gap-1" lang={languages[uiLocale].htmlLang}>
                                {earlier && (
                                  <button
                                    name="intent"
                                    value={`join:${lines[0]}`}
                                    className={small}
                                    disabled={pending}
                                  >
                                    {t('joinAbove')}
                                  </button>
                                )}
                                {lines.length > 1 && (
                                  <details className="text-xs">
                                    <summary className="cursor-pointer">{t('splitHere')}</summary>
                                    {lines.slice(1).map((n) => (
                                      <button
                                        key={n}
                                        name="intent"
                                        value={`split:${n}`}
                                        className={`${small} m-0.5 block text-left`}
                                        disabled={pending}
                                      >
                                        {t('splitAt', { line: lineLabel(n), start: lineStart(n) })}
                                      </button>
                                    ))}
                                  </details>
                                )}
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          <div>
            <h3 className="font-semibold">{t('droppedHeading')}</h3>
            {preview.dropped.length === 0 ? (
              <p className="text-sm">{t('droppedNone')}</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="import-dropped">
                {preview.dropped.map((d) => (
                  <li key={d.line} data-line={d.line}>
                    {lineLabel(d.line)}: “{d.text}” — {t(`reasons.${d.reason}`)}{' '}
                    <button name="intent" value={`keep:${d.line}`} className={small} disabled={pending}>
                      {t('keep')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {(fields?.join.length ?? 0) + (fields?.split.length ?? 0) > 0 && (
              <>
                <h4 className="mt-2 font-semibold">{t('adjustedHeading')}</h4>
                <ul className="space-y-1 text-sm" data-testid="import-adjusted">
                  {fields?.join.map((line) => (
                    <li key={`j${line}`}>
                      {t('joinedLine', { line: lineLabel(line), start: lineStart(line) })}{' '}
                      <button name="intent" value={`unjoin:${line}`} className={small} disabled={pending}>
                        {t('undo')}
                      </button>
                    </li>
                  ))}
                  {fields?.split.map((line) => (
                    <li key={`s${line}`}>
                      {t('splitLine', { line: lineLabel(line), start: lineStart(line) })}{' '}
                      <button name="intent" value={`unsplit:${line}`} className={small} disabled={pending}>
                        {t('undo')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {preview.kept.length > 0 && (
              <>
                <h4 className="mt-2 font-semibold">{t('keptHeading')}</h4>
                <ul className="space-y-1 text-sm" data-testid="import-kept">
                  {preview.kept.map((line) => (
                    <li key={line}>
                      {lineLabel(line)}{' '}
                      <button name="intent" value={`drop:${line}`} className={small} disabled={pending}>
                        {t('dropAgain')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>

          <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
            <legend className="px-1 font-semibold">{t('confirmHeading')}</legend>
            {preview.languages.map((l) => (
              <label key={l} className="block">
                {t('titleField', { language: name(l) })}
                <input
                  name={`title-${l}`}
                  maxLength={300}
                  lang={languages[l].htmlLang}
                  defaultValue={fields?.titles[l] ?? preview.title[l] ?? ''}
                  className={field}
                />
              </label>
            ))}
            <input type="hidden" name="bylineFields" value="1" />
            {bylineLanguages.map((l) => (
              <label key={l} className="block">
                {t('bylineField', { language: name(l) })}
                <input
                  name={`byline-${l}`}
                  maxLength={200}
                  lang={languages[l].htmlLang}
                  defaultValue={fields?.bylines[l] ?? metadata.bylines[l] ?? ''}
                  className={field}
                />
              </label>
            ))}
            <label className="block">
              {t('articleId')}
              <input name="articleId" required defaultValue={fields?.articleId} className={field} />
            </label>
            {preview.languages.map((l) => (
              <label key={l} className="block">
                {t('slug', { language: name(l) })}
                <input name={`slug-${l}`} required defaultValue={fields?.slugs[l]} className={field} />
              </label>
            ))}
            <label className="block">
              {t('event')}
              <select name="eventId" defaultValue={fields?.eventId} className={field}>
                <option value="">{t('noEvent')}</option>
                {events.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              {t('source')}
              <select name="sourceId" defaultValue={fields?.sourceId} className={field}>
                <option value="">{t('noSource')}</option>
                {printsItsSource(metadata) && <option value="new">{t('newSource')}</option>}
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              {t('outletField')}
              <input name="outlet" maxLength={200} defaultValue={fields?.outlet} className={field} />
            </label>
            <button name="intent" value="create" className={button} disabled={pending}>
              {t('create')}
            </button>
          </fieldset>
        </section>
      )}
    </form>
  );
}
