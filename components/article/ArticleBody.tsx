import type { ArticleSlot } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';
import { Paragraph } from './Paragraph';

/** One language version: its paragraphs in the shared order; slots it lacks are left out. */
export function ArticleBody({ locale, slots }: { locale: Locale; slots: ArticleSlot[] }) {
  return (
    <div className="mt-8 max-w-3xl space-y-5" data-testid="article-body">
      {slots.map((slot) => {
        const runs = slot.texts[locale];
        return runs === undefined ? null : (
          <Paragraph key={slot.key} id={anchorOf(slot.key)} kind={slot.kind} locale={locale} runs={runs} />
        );
      })}
    </div>
  );
}

/** The anchor of a paragraph, the same in single and side-by-side reading. */
export function anchorOf(key: string): string {
  return `para-${key}`;
}
