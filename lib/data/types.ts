import type { EntityKind } from '../model/kinds';
import type { Cursor } from '../model/lists';
import type { PhotoView } from '../model/photos';
import type { Locale } from '../model/locales';
import type { ParagraphKind } from '../model/paragraph-kinds';
import type { TextRun } from '../model/entity-links';
import type { Localized } from '../model/localized';

export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
  /** the report's lead photo, shown as a thumbnail */
  photo?: PhotoView | null;
};

export type EventFigure = {
  metric: string;
  value: number;
  qualifier: 'exact' | 'over' | 'about' | 'nearly';
  sources: Localized[];
};

/** The current event as the home page shows it. */
export type EventSummary = EventListItem & {
  figures: EventFigure[];
  cities: Array<{ id: string; name: Localized; latitude: number; longitude: number }>;
};

export type HomePageData = { event: EventSummary | null; latest: ArticleSummary[] };

/** One aligned slot of an article: the same paragraph in every language version that has it. */
export type ArticleSlot = {
  key: string;
  kind: ParagraphKind;
  /** a caption slot's photo (its text in each language is the caption) */
  photo?: PhotoView;
  /** each version's text as runs, the first mention of each mentioned entity linked */
  texts: Partial<Record<Locale, TextRun[]>>;
};

export type ArticleVersion = { locale: Locale; slug: string; title: string; standfirst: string };

export type ArticlePageData = {
  id: string;
  locale: Locale;
  title: string;
  standfirst: string;
  /** for search results and previews: the standfirst, else the start of the first paragraph */
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  event: { id: string; name: Localized } | null;
  source: {
    outlet: Localized;
    releasedAt: Date | null;
    releasedAtPrecision: 'minute' | 'day' | 'month';
    reviewers: Array<{ name: string; role: string }>;
  } | null;
  /** the photo at the head of the report */
  leadPhoto: PhotoView | null;
  slots: ArticleSlot[];
  /** set when the original changed after this translation was made: the page says so, dated */
  outdatedSince: Date | null;
  /** the newsroom reviewers who approved this language version, by name and role */
  signOffs: Array<{ name: string; role: 'admin' | 'editor' | 'translator' | 'reviewer' }>;
  /** the published language versions of this article, this one included, in locale-table order */
  versions: ArticleVersion[];
  mentions: {
    people: Array<{ id: string; name: Localized }>;
    cities: Array<{ id: string; name: Localized }>;
    agreements: Array<{ id: string; name: Localized }>;
  };
  /** other reports on the same event in this language, newest first */
  related: ReportLink[];
  /** the corrections printed under each published version, oldest first (docs/decisions/030) */
  corrections: Partial<Record<Locale, PrintedCorrection[]>>;
  /** corrections made in other languages that this version has not carried yet */
  pendingCorrections: Array<{ locale: Locale; publishedAt: Date }>;
};

export type SourceRef = { id: string; outlet: Localized };

export type EventListItem = {
  id: string;
  name: Localized;
  theme: Localized | null;
  city: Localized;
  startsOn: Date;
  endsOn: Date;
};

export type EventPageData = EventListItem & {
  locale: Locale;
  /** the event's photo from the library */
  photo: PhotoView | null;
  context: Localized | null;
  cityId: string;
  openingOn: Date | null;
  edition: number | null;
  sources: SourceRef[];
  organisers: Array<{ role: 'organiser' | 'host' | 'coOrganiser'; name: Localized }>;
  programme: Array<{ kind: string; date: Date | null; title: Localized; sources: SourceRef[] }>;
  points: Array<{
    kind: 'topic' | 'highlight' | 'proposal';
    singleSource: boolean;
    text: Localized;
    sources: SourceRef[];
  }>;
  figures: EventFigure[];
  cities: Array<{ id: string; name: Localized; country: Localized; inMainDialogue: boolean }>;
  people: Array<{
    id: string;
    role: 'speaker' | 'attendee';
    name: Localized;
    title: Localized | null;
    singleSource: boolean;
  }>;
  agreements: Array<{ id: string; kind: string; name: Localized }>;
  discrepancies: Array<{ topic: Localized; versions: Array<{ claim: Localized; sources: SourceRef[] }> }>;
  articles: ReportLink[];
  /** it has more reports than its page shows (the page links to its list) */
  moreReports: boolean;
};

export type PersonListItem = {
  id: string;
  name: Localized;
  role: Localized | null;
  singleSource: boolean;
  spoke: boolean;
};

export type PersonPageData = {
  id: string;
  locale: Locale;
  /** the person's portrait from the library */
  photo: PhotoView | null;
  name: Localized;
  names: Array<{ locale: Locale; name: string; editorial: boolean }>;
  honorific: Localized | null;
  aliases: Array<{ locale: Locale; name: string }>;
  roles: Localized[];
  city: { id: string; name: Localized; country: Localized } | null;
  singleSource: boolean;
  sources: SourceRef[];
  statements: Array<{
    summary: Localized;
    event: { id: string; name: Localized } | null;
    sources: SourceRef[];
  }>;
  quotes: Array<{ text: string; locale: Locale; source: SourceRef }>;
  events: Array<{ id: string; role: 'speaker' | 'attendee'; name: Localized }>;
  articles: ReportLink[];
  /** it has more reports than its page shows (the page links to its list) */
  moreReports: boolean;
};

export type AgreementListItem = {
  id: string;
  kind: string;
  name: Localized;
  event: { id: string; name: Localized } | null;
};

export type AgreementPageData = AgreementListItem & {
  locale: Locale;
  partiesText: Localized | null;
  notes: Localized | null;
  signedOn: Date | null;
  projectCount: number | null;
  value: { amount: number; currency: string; qualifier: 'exact' | 'over' | 'about' | 'nearly' } | null;
  equivalents: Array<{ amount: number; currency: string; sources: SourceRef[] }>;
  parties: Array<{ id: string; name: Localized }>;
  countries: Localized[];
  fields: Localized[];
  points: Localized[];
  sources: SourceRef[];
  articles: ReportLink[];
  /** it has more reports than its page shows (the page links to its list) */
  moreReports: boolean;
};

export type ReportLink = { id: string; slug: string; title: string; publishedAt: Date };

export type CityListItem = {
  id: string;
  kind: 'city' | 'capitalCity' | 'province' | 'state';
  name: Localized;
  country: Localized;
  latitude: number;
  longitude: number;
  inMainDialogue: boolean;
  eventIds: string[];
};

export type CityPageData = CityListItem & {
  locale: Locale;
  /** the city's photo from the library */
  photo: PhotoView | null;
  names: Array<{ locale: Locale; name: string }>;
  aliases: Array<{ locale: Locale; name: string }>;
  nickname: Localized | null;
  region: Localized | null;
  notes: Localized | null;
  people: Array<{ id: string; name: Localized }>;
  agreements: Array<{ id: string; name: Localized }>;
  events: Array<{ id: string; name: Localized; inMainDialogue: boolean }>;
  articles: ReportLink[];
  /** it has more reports than its page shows (the page links to its list) */
  moreReports: boolean;
};

/** One keyset page of a list of reports (lib/model/lists.ts). */
export type ArticleListPage = {
  /** the entity the list is filtered by, with its name */
  filter: { kind: EntityKind; id: string; name: Localized } | null;
  cursor: Cursor;
  /** the pages beside this one (null: none) */
  newer: Cursor;
  older: Cursor;
  events: Array<{ id: string; name: Localized }>;
  items: ArticleSummary[];
};

export type ReportedFact = {
  kind:
    | 'event'
    | 'programme'
    | 'point'
    | 'figure'
    | 'person'
    | 'city'
    | 'statement'
    | 'agreement'
    | 'equivalent'
    | 'claim';
  text: Localized;
  href?: string;
  by?: Localized;
  metric?: string;
  value?: number;
};

export type SourcePageItem = {
  id: string;
  kind: 'pressRelease' | 'newsReport' | 'newspaperReport';
  outlet: Localized;
  byline: Localized | null;
  note: Localized | null;
  caution: boolean;
  languages: Locale[];
  releasedAt: Date | null;
  releasedAtPrecision: 'minute' | 'day' | 'month';
  reviewers: Array<{ name: string; role: string }>;
  articles: Array<{ slug: string; title: string }>;
  reported: ReportedFact[];
};

/** A printed correction as the corrections page lists it: its note and date, the report it corrects. */
export type CorrectionListItem = {
  id: string;
  note: string;
  publishedAt: Date;
  /** the corrected version's address and headline, in the page's language */
  slug: string;
  title: string;
};

/** A correction printed under a report (or waiting there for this language's own, `pending`). */
export type PrintedCorrection = {
  note: string;
  publishedAt: Date;
  /** the parts it changed: paragraph keys, "title", "standfirst" */
  parts: string[];
};
