import type { Locale } from '../../model/locales';

/**
 * Header and footer lines as outlets print them: release times in every order and language, the
 * source, a dateline "(Outlet) 16:56, January 15, 2025", reviewer and editor credits, bylines.
 * Each reader returns null when the text is not one, so a body sentence is never taken for one.
 * Long because each outlet's form is written out with the printed example it reads.
 */

export type Reviewer = { name: string; role: string };
export type DateReading = 'dayFirst' | 'monthFirst';
export type ReleaseTime = {
  /** ISO 8601 with offset; a time printed without a zone is read in the event's zone */
  iso: string;
  precision: 'minute' | 'day';
  /** set when the date could be read two ways (5/1/2025): the reading chosen */
  reading: DateReading | null;
  /** true when no zone was printed */
  zoneAssumed: boolean;
};

/** The events happen in Nanning: a time printed without a zone is China Standard Time (no DST). */
export const EVENT_UTC_OFFSET = '+08:00';

const pad = (n: string | number) => String(n).padStart(2, '0');

const monthNames: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
export const monthNumber = (word: string) => monthNames[word.toLowerCase().replace(/\.$/, '')];
const monthWord = Object.keys(monthNames).join('|');

// weekdays printed before a date: "Thứ Sáu, ", "Friday, ", "星期五 ", "周五"
const weekday =
  /^(?:(?:th[ứu]\s*(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|[2-7])|ch[ủu]\s*nh[ậa]t|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?)\s*,?\s*|(?:星期|周|礼拜)[一二三四五六日天]\s*)/iu;
const weekdayAfter = /\s*(?:星期|周)[一二三四五六日天]\s*/u;

const timePart = String.raw`(\d{1,2})\s*[:：时h]\s*(\d{2})(?:\s*[:：分]\s*(\d{2})\s*秒?)?\s*(?:分)?\s*(am|pm|a\.m\.|p\.m\.)?`;
const zonePart = String.raw`(?:\s*\(?\s*(Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|Beijing time|北京时间|giờ Bắc Kinh|giờ Hà Nội|ICT|CST)\s*\)?)?`;

type Parts = { y: number; mo: number; d: number; reading: DateReading | null };

/**
 * The date part of a text. A day and month that could be read two ways are read day first:
 * Chinese, Vietnamese and British English all write it so, and no outlet covering Nanning writes
 * US dates.
 */
function datePart(text: string): { parts: Parts; rest: string; before: string } | null {
  let m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/u.exec(text);
  if (m)
    return {
      parts: { y: +m[1]!, mo: +m[2]!, d: +m[3]!, reading: null },
      before: text.slice(0, m.index),
      rest: text.slice(m.index + m[0].length),
    };
  m = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(${monthWord})\.?,?\s+(\d{4})`, 'iu').exec(text);
  if (m)
    return {
      parts: { y: +m[3]!, mo: monthNumber(m[2]!)!, d: +m[1]!, reading: null },
      before: text.slice(0, m.index),
      rest: text.slice(m.index + m[0].length),
    };
  m = new RegExp(String.raw`(${monthWord})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'iu').exec(text);
  if (m)
    return {
      parts: { y: +m[3]!, mo: monthNumber(m[1]!)!, d: +m[2]!, reading: null },
      before: text.slice(0, m.index),
      rest: text.slice(m.index + m[0].length),
    };
  m = /(?:ngày\s*)?(\d{1,2})\s*(?:tháng|\/|-|\.)\s*(\d{1,2})\s*(?:năm|\/|-|\.)\s*(\d{4})/iu.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    return {
      parts: { y: +m[3]!, mo: b, d: a, reading: ambiguous ? 'dayFirst' : null },
      before: text.slice(0, m.index),
      rest: text.slice(m.index + m[0].length),
    };
  }
  return null;
}

function zoneOffset(zone: string | undefined): string | null {
  if (!zone) return null;
  if (zone === 'Z') return 'Z';
  if (/^(?:Beijing time|北京时间|giờ Bắc Kinh|CST)$/iu.test(zone)) return '+08:00';
  if (/^(?:giờ Hà Nội|ICT)$/iu.test(zone)) return '+07:00';
  const g = /^(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/iu.exec(zone);
  if (g) return `${g[1]}${pad(g[2]!)}:${g[3] ?? '00'}`;
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}

/**
 * A release time written in any of the outlets' forms — "2025-01-17 21:14", "2025年1月17日 21:14",
 * "21:14, 17-01-2025", "Thứ Sáu, 17/01/2025 - 21:14", "16:56, January 15, 2025",
 * "2025-01-17T13:14Z" — as the whole of `value` (nothing else on it but separators).
 */
export function parseReleaseTime(value: string): ReleaseTime | null {
  const v = value.trim().replace(weekday, '');
  const date = datePart(v);
  if (!date) return null;
  const around = `${date.before} | ${date.rest.replace(weekdayAfter, ' ')}`;
  const time = new RegExp(`${timePart}${zonePart}`, 'iu').exec(around);
  // nothing but the time and separators may surround the date
  const leftover = (time ? around.replace(time[0], '') : around).replace(/[\s,，|\-–—/T·(（)）]+/gu, '');
  if (leftover) return null;
  const { y, mo, d, reading } = date.parts;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const check = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== day) return null;
  if (!time)
    return { iso: `${day}T00:00:00${EVENT_UTC_OFFSET}`, precision: 'day', reading, zoneAssumed: true };
  let hh = Number(time[1]);
  const mm = Number(time[2]);
  const half = time[4]?.toLowerCase().replaceAll('.', '');
  if (half === 'pm' && hh < 12) hh += 12;
  if (half === 'am' && hh === 12) hh = 0;
  if (hh > 23 || mm > 59) return null;
  const offset = zoneOffset(time[5]);
  return {
    iso: `${day}T${pad(hh)}:${pad(mm)}:00${offset ?? EVENT_UTC_OFFSET}`,
    precision: 'minute',
    reading,
    zoneAssumed: !offset,
  };
}

// ───────────── labelled lines ─────────────

const labelled = (words: string) => new RegExp(`^\\s*(?:${words})\\s*[:：]\\s*(.*?)\\s*$`, 'iu');
const releaseLabel = labelled(
  '发布时间|发布日期|发稿时间|更新时间|时间|日期|Release(?:d)?(?: time| date)?|Published(?: at| on)?|Updated|Date|Time|Thời gian(?: đăng| phát hành)?|Ngày(?: đăng| phát hành| cập nhật)?|Đăng lúc|Cập nhật|Thoi gian(?: dang| phat hanh)?|Ngay(?: dang| phat hanh| cap nhat)|Dang luc|Cap nhat',
);
const sourceLabel = labelled('来源|信息来源|稿件来源|出处|Source|Nguồn(?: tin)?|Nguon(?: tin)?');
/** "date 2025-01-15 16:56" — a content system's label with no colon, sometimes before the headline */
const datePrefix = /^\s*date\s+(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)(?:\s+(.*))?$/iu;

/**
 * Credit labels, read in any letter case ("English Reviewer", "ENGLISH EDITOR", "copy editor"): a
 * role word with an optional qualifier (a language, "web", "chief", "senior", "copy") and an
 * optional number ("Reviewer1", "Reviewer 2").
 */
const creditLabel =
  '(?:(?:(?:English|Chinese|Vietnamese|Senior|Web|Chief|Executive|Copy|Managing|Duty|Photo)\\s+)?(?:Reviewer|Proofreader|Editor(?:-in-chief)?|Translator|Checker)\\s*\\d*|Translated by|Edited by|Reviewed by|Proofread by|[一二三四]审|初审|复审|终审|审核|审校|校对|英文审核|英文审校|责任编辑|责编|编审|编辑|翻译|Người duyệt(?:\\s*\\d+)?|Người kiểm duyệt|Biên tập(?: viên)?|Biên dịch|Người dịch|Dịch|Nguoi duyet(?:\\s*\\d+)?|Bien tap(?: vien)?|Bien dich|Nguoi dich)';
const creditPair = new RegExp(
  `(${creditLabel})\\s*[:：]\\s*(.+?)(?=\\s*(?:[|｜/;；]\\s*)?${creditLabel}\\s*[:：]|$)`,
  'giu',
);
const creditStart = new RegExp(`^\\s*${creditLabel}\\s*[:：]`, 'iu');
// credits wrapped in brackets: "(Web editor: A, B)", "【责任编辑：C】", "（责编：D、E）"
const bracketed = /^[(（【[]\s*(.*?)\s*[)）】\]]$/u;

/** "Reviewer 1: A | Reviewer 2: B", "(Web editor: C, D)", "一审：E 二审：F" — one credit per name. */
export function readCredits(line: string): Reviewer[] | null {
  const inner = bracketed.exec(line)?.[1] ?? line;
  if (!creditStart.test(inner)) return null;
  const found: Reviewer[] = [];
  for (const m of inner.matchAll(creditPair)) {
    const role = m[1]!.trim();
    const names = m[2]!
      .replace(/[|｜/;；]\s*$/u, '')
      .split(/\s*(?:[,，、]|\band\b|\bvà\b)\s*/u)
      .map((n) => n.trim())
      .filter(Boolean);
    for (const name of names) found.push({ role, name });
  }
  return found.length && found.every((c) => c.name.length <= 60 && !/[。.!?！？]$/u.test(c.name))
    ? found
    : null;
}

const bylinePatterns: Array<[RegExp, Locale]> = [
  [
    /^(?:(?:本报记者|本报通讯员|新华社记者|中新网记者|特约记者)\s*|(?:记者|通讯员)\s+|(?:文\s*[/／]\s*图|文|撰文|作者)\s*[:：]?\s*)([\p{Script=Han}·\s]{2,28})$/u,
    'zh',
  ],
  [/^By\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|in|de|van))*(?:\s*[|,]\s*.{1,40})?)$/u, 'en'],
  [
    /^(?:Phóng viên|Nhóm phóng viên|Bài và ảnh|Bài, ảnh|Tác giả|Phong vien|Tac gia)\s*[:：]?\s*(\p{Lu}.{1,50})$/u,
    'vi',
  ],
];

/** A byline ("本报记者 韦宁 陆晓", "By Jane Doe", "Phóng viên Lê Hà"): the text and its language. */
export function readByline(line: string): { byline: string; locale: Locale } | null {
  if (line.length > 80 || /[。!?！？]$/u.test(line)) return null;
  for (const [pattern, locale] of bylinePatterns) {
    const m = pattern.exec(line);
    // "记者：请问……" is an interview question, not a byline (the pattern wants a space after 记者)
    if (m && !/[，,。]/u.test(m[1]!)) return { byline: line, locale };
  }
  return null;
}

export type HeaderItem =
  | { field: 'releasedAt'; time: ReleaseTime }
  | { field: 'outlet'; outlet: string }
  | { field: 'reviewers'; reviewers: Reviewer[] }
  | { field: 'byline'; byline: string; locale: Locale };

/**
 * A dateline "(People's Daily Online) 16:56, January 15, 2025" or "（人民网）2025年01月15日16:56": an
 * outlet in brackets, then a release time. Copying often loses one of the two brackets
 * ("People's Daily Online) 16:56, …", "(Nhân Dân 08:15 17/01/2025"); one is enough when what
 * follows is a whole release time and the name has letters.
 */
const datelineForms = [
  /^[(（]\s*([^()（）]{2,60}?)\s*[)）]\s*(.+)$/u,
  /^([^()（）]{2,60}?)\s*[)）]\s*(.+)$/u,
  /^[(（]\s*([^()（）]{2,60}?)\s+(\d.+)$/u,
];
function readDateline(segment: string): HeaderItem[] | null {
  for (const form of datelineForms) {
    const m = form.exec(segment);
    if (!m || !/\p{L}/u.test(m[1]!)) continue;
    const time = parseReleaseTime(m[2]!);
    if (time)
      return [
        { field: 'outlet', outlet: m[1]!.trim() },
        { field: 'releasedAt', time },
      ];
  }
  return null;
}

function readSegment(segment: string): HeaderItem[] | null {
  const release = releaseLabel.exec(segment);
  if (release) {
    const time = parseReleaseTime(release[1]!);
    return time ? [{ field: 'releasedAt', time }] : null;
  }
  const source = sourceLabel.exec(segment);
  if (source) return source[1] ? [{ field: 'outlet', outlet: source[1].slice(0, 200) }] : null;
  const reviewers = readCredits(segment);
  if (reviewers) return [{ field: 'reviewers', reviewers }];
  const dateline = readDateline(segment);
  if (dateline) return dateline;
  const time = parseReleaseTime(segment);
  if (time) return [{ field: 'releasedAt', time }];
  const byline = readByline(segment);
  if (byline) return [{ field: 'byline', ...byline }];
  return null;
}

// labels that start a new header segment on a shared line ("2025年01月17日21:14 来源：南宁日报")
const segmentStart = new RegExp(
  `(?=(?:来源|发布时间|发布日期|作者|Source|Nguồn|Release Time|Published|${creditLabel.slice(3, -1)})\\s*[:：])`,
  'gu',
);

const ornament = /^[■□▪▫▲△◆◇●○★☆※▶►]\s*/u;

/**
 * The header items of a whole line, or null when any part of it is not a header (then the line
 * is text). A line may hold several: "2025年01月17日 21:14 | 来源：南宁日报 | 责任编辑：韦宁".
 */
export function readHeaderLine(printed: string): HeaderItem[] | null {
  // a box or star a paper sets before a byline or a dateline ("■ 本报记者 丁翊轩") is ornament
  const line = printed.replace(ornament, '');
  if (!line) return null;
  const whole = readSegment(line);
  if (whole) return whole;
  const segments = line
    .split(/\s*[|｜]\s*|\s{2,}/u)
    .flatMap((s) => s.split(segmentStart))
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length < 2) return null;
  const items: HeaderItem[] = [];
  for (const segment of segments) {
    const read = readSegment(segment);
    if (!read) return null;
    items.push(...read);
  }
  return items;
}

/** "date 2025-01-15 16:56 Headline …": the time, and what follows it (null when nothing does). */
export function readDatePrefix(line: string): { time: ReleaseTime; rest: string | null } | null {
  const m = datePrefix.exec(line);
  if (!m) return null;
  const time = parseReleaseTime(m[1]!);
  return time ? { time, rest: m[2]?.trim() || null } : null;
}

// ───────────── the lead of the first paragraph ─────────────

export type Lead = {
  /** the outlet the lead names */
  outlet: string | null;
  /** the date a dateline gives (with its year) */
  time: ReleaseTime | null;
  /** an outlet's prefix taken off the paragraph ("NDO -", "(Xinhua) --", "【新华社】"), else null */
  prefix: string | null;
  /** the paragraph without the prefix (a dateline with a place stays: it is the report's text) */
  text: string;
};

// "(Xinhua) -- ", "【新华社】", "(Chinhphu.vn) - ": an outlet in brackets before the text
const bracketPrefix = /^[(（【[]\s*([^()（）【】[\]]{2,40}?)\s*[)）】\]]\s*(?:(?:--?|[–—])\s*)?(?=\S)/u;
// "NDO - ", "VNA – ", "VOV.VN — ", "Baoquocte.vn - ": a capitalised abbreviation or a web address
const wordPrefix = /^(\p{Lu}{2,10}|[\p{L}\p{N}]{2,30}(?:\.[\p{L}]{2,4})+)\s+(?:--?|[–—])\s+(?=\S)/u;
// "Nanning, China — ", "NANNING, ": a place of one to four capitalised words, up to three of them
const placeWords = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const datelinePlace = new RegExp(
  String.raw`^(${placeWords}(?:,\s*${placeWords}){0,2})\s*(?:,|--?|[–—])\s*`,
  'u',
);
const datelineEnd = /\s*(?:--?|[–—])\s+(?=\S)/u;
const outletAtEnd = /\s*[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*$/u;

/**
 * What the start of a report's first paragraph says about the release: an outlet's prefix
 * ("NDO - Trong các ngày…", "(Xinhua) -- The…", "【新华社】…"), which names the outlet and leaves the
 * text, or a dateline "Nanning, China — January 17, 2025 — …" / "NANNING, Jan. 16, 2025 (Xinhua)
 * -- …", which gives the date (and the outlet in brackets) and stays in the text. Null when the
 * paragraph starts with neither.
 */
export function readLead(text: string): Lead | null {
  const bracket = bracketPrefix.exec(text);
  if (
    bracket &&
    /\p{L}/u.test(bracket[1]!) &&
    !/\d|^[一二三四五六七八九十]+$/u.test(bracket[1]!) &&
    !/[.。!?！？]$/u.test(bracket[1]!)
  )
    return {
      outlet: bracket[1]!.trim(),
      time: null,
      prefix: bracket[0].trim(),
      text: text.slice(bracket[0].length),
    };
  const word = wordPrefix.exec(text);
  if (word) return { outlet: word[1]!, time: null, prefix: word[0].trim(), text: text.slice(word[0].length) };
  const place = datelinePlace.exec(text);
  if (!place) return null;
  const after = text.slice(place[0].length, place[0].length + 60);
  const end = datelineEnd.exec(after);
  if (!end) return null;
  let date = after.slice(0, end.index);
  const outlet = outletAtEnd.exec(date);
  if (outlet) date = date.slice(0, outlet.index);
  const time = parseReleaseTime(date);
  if (!time && !outlet) return null;
  // a place, a date without its year and an outlet ("NANNING, Jan. 16 (Xinhua) --") names the outlet
  if (
    !time &&
    !new RegExp(String.raw`^(?:${monthWord})\.?\s+\d{1,2}$|^\d{1,2}\s+(?:${monthWord})\.?$`, 'iu').test(
      date.trim(),
    )
  )
    return null;
  return { outlet: outlet?.[1]?.trim() ?? null, time, prefix: null, text };
}
