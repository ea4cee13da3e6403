'use client';

import { useActionState } from 'react';
import { importAction, type ImportState } from '@/app/editor/[locale]/actions';
import type { Locale } from '@/lib/i18n/locales';

import type messages from '@/messages/en.json';

/** The messages of Newsroom.import (raw templates with {placeholders}), in the interface language. */
export type ImportStrings = (typeof messages)['Newsroom']['import'];
type Option = { id: string; name: string };
type Props = {
  uiLocale: Locale;
  timeZone: string;
  languages: Record<Locale, { name: string; htmlLang: string }>;
  events: Option[];
  sources: Option[];
  strings: ImportStrings;
  errors: Record<string, string>;
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/**
 * Paste → preview → confirm, on one form. The server parses the text on both steps; this
 * component only shows what it answered and keeps every field the editor typed.
 */
export function ImportForm({ uiLocale, timeZone, languages, events, sources, strings, errors }: Props) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { status: 'idle' });
  const fields = state.status === 'idle' ? undefined : state.fields;
  const preview =
    state.status === 'preview' ? state.preview : state.status === 'error' ? state.preview : undefined;
  const field = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1';
  const button = 'rounded border border-stone-600 bg-white px-4 py-1.5 font-medium disabled:opacity-50';

  let error: string | null = null;
  if (state.status === 'error') {
    const e = state.error;
    if (e === 'unreadable' && state.problem) {
      const p = state.problem;
      error = fill(strings.problems[p.problem] ?? errors.unexpected!, {
        line: 'line' in p ? p.line : '',
        limit: 'limit' in p ? p.limit : '',
        lines: 'lines' in p ? p.lines.join(', ') : '',
      });
    } else if (e === 'idTaken') error = strings.idTaken!;
    else if (e === 'slugTaken')
      error = fill(strings.slugTaken!, { language: state.locale ? languages[state.locale].name : '' });
    else if (e === 'invalid') error = fill(errors.invalid!, { fields: (state.invalid ?? []).join(', ') });
    else error = errors[e] ?? errors.unexpected!;
  }
  const released = preview?.metadata.releasedAt
    ? new Intl.DateTimeFormat(languages[uiLocale].htmlLang, {
        dateStyle: 'long',
        ...(preview.metadata.precision === 'minute' ? { timeStyle: 'short' } : {}),
        timeZone,
      }).format(new Date(preview.metadata.releasedAt))
    : strings.none;

  return (
    <form action={action} className="space-y-6">
      <input type="hidden" name="uiLocale" value={uiLocale} />
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <label className="block">
        <span className="font-medium">{strings.text}</span>
        <textarea
          name="text"
          rows={14}
          required
          defaultValue={fields?.text}
          className={`${field} font-mono text-sm`}
        />
      </label>
      <button name="intent" value="preview" className={button} disabled={pending}>
        {strings.preview}
      </button>

      {preview && (
        <section aria-labelledby="import-preview" className="space-y-4" data-testid="import-preview">
          <h2 id="import-preview" className="text-xl font-semibold">
            {strings.previewHeading}
          </h2>
          <p>
            {fill(strings.summary!, {
              original: languages[preview.originalLocale].name,
              languages: preview.languages.map((l) => languages[l].name).join(', '),
              count: preview.paragraphs.length,
            })}{' '}
            {strings.layouts[preview.layout]}
          </p>
          <div>
            <h3 className="font-semibold">{strings.metadataHeading}</h3>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt>{strings.releasedAt}</dt>
              <dd data-testid="import-released">{released}</dd>
              <dt>{strings.outlet}</dt>
              <dd data-testid="import-outlet">{preview.metadata.outlet ?? strings.none}</dd>
              <dt>{strings.reviewers}</dt>
              <dd data-testid="import-reviewers">
                {preview.metadata.reviewers.length
                  ? preview.metadata.reviewers.map((r) => `${r.role}: ${r.name}`).join(' · ')
                  : strings.none}
              </dd>
            </dl>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th scope="col" className="w-28 p-2" />
                  {preview.languages.map((l) => (
                    <th key={l} scope="col" className="p-2" lang={languages[l].htmlLang}>
                      {languages[l].name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[{ line: 0, text: preview.title }, ...preview.paragraphs].map((slot, i) => {
                  const unpaired = preview.unpaired.includes(slot.line) && i > 0;
                  return (
                    <tr
                      key={slot.line}
                      className={`border-b border-stone-200 align-top ${unpaired ? 'bg-amber-50' : ''}`}
                    >
                      <th scope="row" className="p-2 text-left font-normal text-stone-600">
                        {i === 0 ? strings.headline : fill(strings.paragraph!, { number: i })}
                        {unpaired && <span className="block text-amber-900">{strings.unpaired}</span>}
                      </th>
                      {preview.languages.map((l) => (
                        <td
                          key={l}
                          className={`p-2 ${i === 0 ? 'font-semibold' : ''}`}
                          lang={languages[l].htmlLang}
                        >
                          {slot.text[l] ?? <span className="text-stone-500">{strings.missing}</span>}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div>
            <h3 className="font-semibold">{strings.droppedHeading}</h3>
            {preview.dropped.length === 0 ? (
              <p className="text-sm">{strings.droppedNone}</p>
            ) : (
              <ul className="list-disc pl-5 text-sm" data-testid="import-dropped">
                {preview.dropped.map((d) => (
                  <li key={d.line}>
                    {fill(strings.line!, { number: d.line })}: “{d.text}” — {strings.reasons[d.reason]}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
            <legend className="px-1 font-semibold">{strings.confirmHeading}</legend>
            <label className="block">
              {strings.articleId}
              <input name="articleId" required defaultValue={fields?.articleId} className={field} />
            </label>
            {preview.languages.map((l) => (
              <label key={l} className="block">
                {fill(strings.slug!, { language: languages[l].name })}
                <input name={`slug-${l}`} required defaultValue={fields?.slugs[l]} className={field} />
              </label>
            ))}
            <label className="block">
              {strings.event}
              <select name="eventId" defaultValue={fields?.eventId} className={field}>
                <option value="">{strings.noEvent}</option>
                {events.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              {strings.source}
              <select name="sourceId" defaultValue={fields?.sourceId} className={field}>
                <option value="">{strings.noSource}</option>
                {(preview.metadata.outlet || preview.metadata.releasedAt) && (
                  <option value="new">{strings.newSource}</option>
                )}
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <button name="intent" value="create" className={button} disabled={pending}>
              {strings.create}
            </button>
          </fieldset>
        </section>
      )}
    </form>
  );
}
