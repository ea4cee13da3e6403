import type { ReactNode } from 'react';
import type { ArticleSlot } from '@/lib/data/types';
import { listOf } from '@/lib/model/paragraph-kinds';
import type { Locale } from '@/lib/model/locales';
import { Paragraph } from './Paragraph';

/**
 * One language version: its paragraphs in the shared order; slots it lacks are left out.
 * Consecutive list items of one kind form one list.
 */
export function ArticleBody({ locale, slots }: { locale: Locale; slots: ArticleSlot[] }) {
  const present = slots.filter((slot) => slot.texts[locale] !== undefined);
  const out: ReactNode[] = [];
  for (let i = 0; i < present.length;) {
    const list = listOf(present[i]!.kind);
    let end = i + 1;
    if (list) while (end < present.length && present[end]!.kind === present[i]!.kind) end++;
    const items = present
      .slice(i, end)
      .map((slot) => (
        <Paragraph
          key={slot.key}
          id={anchorOf(slot.key)}
          kind={slot.kind}
          locale={locale}
          runs={slot.texts[locale]!}
          photo={slot.photo}
        />
      ));
    if (list === 'ul')
      out.push(
        <ul key={`list-${i}`} className="list-disc space-y-2 pl-6">
          {items}
        </ul>,
      );
    else if (list === 'ol')
      out.push(
        <ol key={`list-${i}`} className="list-decimal space-y-2 pl-6">
          {items}
        </ol>,
      );
    else out.push(...items);
    i = end;
  }
  return (
    <div className="mt-8 max-w-3xl space-y-5" data-testid="article-body">
      {out}
    </div>
  );
}

/** The anchor of a paragraph, the same in single and side-by-side reading. */
export function anchorOf(key: string): string {
  return `para-${key}`;
}
