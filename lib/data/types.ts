import type { Locale } from '../i18n/locales';
import type { Localized } from './localized';

export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
};

export type EventFigure = {
  metric: string;
  value: number;
  qualifier: 'exact' | 'over' | 'about' | 'nearly';
  sources: Localized[];
};

export type EventSummary = {
  id: string;
  name: Localized;
  theme: Localized | null;
  city: Localized;
  startsOn: Date;
  endsOn: Date;
  figures: EventFigure[];
};

export type HomePageData = { event: EventSummary | null; latest: ArticleSummary[] };

export type ArticleParagraph = { key: string; kind: 'paragraph' | 'heading' | 'quote'; text: string };

export type ArticlePageData = {
  id: string;
  locale: Locale;
  title: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  event: { id: string; name: Localized } | null;
  source: {
    outlet: Localized;
    releasedAt: Date | null;
    releasedAtPrecision: 'minute' | 'day' | 'month';
    reviewers: Array<{ name: string; role: string }>;
  } | null;
  paragraphs: ArticleParagraph[];
  /** the published language versions of this article, this one included */
  versions: Array<{ locale: Locale; slug: string }>;
};
