import type { ArticleSlot } from '@/lib/data/types';
import { entityPath, localizedPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';
import type { TextRun } from '@/lib/reading/entity-links';

const linkStyle = 'underline decoration-accent/50 decoration-1 underline-offset-[3px] hover:decoration-2';

/** The runs of one paragraph; entity links lead to the entity's page in the reader's language. */
function Runs({ locale, runs }: { locale: Locale; runs: TextRun[] }) {
  return runs.map((run, i) => {
    if (run.entity)
      return (
        <a
          key={i}
          href={localizedPath(locale, entityPath(run.entity.kind, run.entity.id))}
          className={linkStyle}
        >
          {run.text}
        </a>
      );
    if (run.href)
      return (
        <a key={i} href={run.href} className={linkStyle}>
          {run.text}
        </a>
      );
    return run.text;
  });
}

export function Paragraph({
  id,
  kind,
  locale,
  runs,
}: {
  id?: string;
  kind: ArticleSlot['kind'];
  /** the reader's language, for link targets (the text itself may be in another) */
  locale: Locale;
  runs: TextRun[];
}) {
  const body = <Runs locale={locale} runs={runs} />;
  if (kind === 'heading')
    return (
      <h2 id={id} className="text-xl font-bold">
        {body}
      </h2>
    );
  if (kind === 'quote')
    return (
      <blockquote id={id} className="border-l-4 border-accent pl-4">
        {body}
      </blockquote>
    );
  return <p id={id}>{body}</p>;
}
