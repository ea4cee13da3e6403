import type { ReactNode } from 'react';
import type { ArticleSlot } from '@/lib/data/types';
import { entityPath, localizedPath } from '@/lib/model/paths';
import type { Locale } from '@/lib/model/locales';
import type { TextRun } from '@/lib/model/entity-links';
import type { PhotoView } from '@/lib/model/photos';
import { Figure } from './Photo';
import { wholeName } from '@/components/Name';
import { kindTable } from '@/lib/model/kinds';

const linkStyle = 'underline decoration-accent/50 decoration-1 underline-offset-[3px] hover:decoration-2';

/** The runs of one paragraph; entity links lead to the entity's page in the reader's language. */
function Runs({ locale, runs }: { locale: Locale; runs: TextRun[] }) {
  return runs.map((run, i) => <Marked key={i} run={run} content={<Run locale={locale} run={run} />} />);
}

/** Emphasis and strong around a run (React escapes the text: markup in it stays text). */
function Marked({ run, content }: { run: TextRun; content: ReactNode }) {
  return (run.marks ?? []).reduceRight<ReactNode>(
    (inner, mark) => (mark === 'strong' ? <strong>{inner}</strong> : <em>{inner}</em>),
    content,
  );
}

function Run({ locale, run }: { locale: Locale; run: TextRun }) {
  if (run.entity)
    return (
      <a
        href={localizedPath(locale, entityPath(run.entity.kind, run.entity.id))}
        {...(kindTable[run.entity.kind].wholeName ? wholeName(linkStyle) : { className: linkStyle })}
      >
        {run.text}
      </a>
    );
  if (run.href)
    return (
      <a href={run.href} className={linkStyle}>
        {run.text}
      </a>
    );
  return run.text;
}

export function Paragraph({
  id,
  kind,
  locale,
  runs,
  photo,
}: {
  id?: string;
  kind: ArticleSlot['kind'];
  /** the reader's language, for link targets (the text itself may be in another) */
  locale: Locale;
  runs: TextRun[];
  /** a caption slot's photo: the paragraph is then its figure's caption */
  photo?: PhotoView;
}) {
  const body = <Runs locale={locale} runs={runs} />;
  switch (kind) {
    case 'heading':
      return (
        <h2 id={id} className="text-xl font-bold">
          {body}
        </h2>
      );
    case 'quote':
      return (
        <blockquote id={id} className="border-l-4 border-accent pl-4">
          {body}
        </blockquote>
      );
    // list items: the caller puts them in their <ul> or <ol>
    case 'bullet':
    case 'numbered':
      return <li id={id}>{body}</li>;
    // interview turns: the printed label ("Q:", "问：", a speaker) is in the runs, in strong type
    case 'question':
      return (
        <p id={id} className="font-semibold" data-kind="question">
          {body}
        </p>
      );
    case 'answer':
      return (
        <p id={id} className="pl-4" data-kind="answer">
          {body}
        </p>
      );
    case 'caption':
      if (photo) return <Figure id={id} photo={photo} locale={locale} caption={body} />;
      return (
        <p id={id} className="text-sm italic text-muted" data-kind="caption">
          {body}
        </p>
      );
    case 'paragraph':
      return <p id={id}>{body}</p>;
    default:
      return assertNever(kind);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown paragraph kind: ${String(value)}`);
}
