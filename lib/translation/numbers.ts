import type { Locale } from '../model/locales';

/**
 * The numbers a text states, as values, so that a translation can be checked against its original
 * whatever each language's way of writing them (issue 28): `33亿元` = `CNY 3.3 billion` =
 * `3,3 tỷ nhân dân tệ` (3,300,000,000); `4.52亿美元` = `USD 452 million`; `150余` = `more than 150`;
 * `9月19—20日` = `19–20 September` = `19-20/9` (9, 19, 20: a month name counts as its number);
 * `30%` = `30 per cent`. Decimal and thousands separators follow the language (Vietnamese writes
 * `3,3` and `1.000`). A number written in words (`fourteen`, `两千`, `第二`) is read too, but marked
 * `spelt`: an original's spelt number need not be found in a translation (`两国` is "both
 * countries"), its digits must.
 */
export type NumberMention = { text: string; value: number; spelt: boolean };

const englishScale: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
};
const vietnameseScale: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const chineseScale: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

const englishWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const chineseBig: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 十四 → 14, 两千 → 2000, 三万五千 → 35000; null for anything that is not a Chinese numeral. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in chineseDigits) digit = chineseDigits[ch]!;
    else if (ch in chineseUnits) {
      section += (digit || 1) * chineseUnits[ch]!;
      digit = 0;
    } else if (ch in chineseBig) {
      total = (total + section + digit) * chineseBig[ch]!;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

/** A value without the float's noise: 4.52 × 10⁸ is 452000000, not 451999999.99999994. */
const exact = (value: number) => Number(value.toPrecision(12));
/** A value as a comparable key: 3.3 × 10⁹ and 33 × 10⁸ are the same number. */
export const numberKey = (value: number) => String(exact(value));

/** "fourteen" or "Fourteen" (a sentence may start with it), never "FOURTEEN". */
const capitalOrNot = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

const englishPattern = new RegExp(
  [
    // digits, with thousands commas and a decimal point, then a scale word
    String.raw`(?<digits>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(?<fraction>\d+))?(?:st|nd|rd|th)?(?:\s*(?<scale>thousand|million|billion|trillion|bn|mn)\b)?`,
    String.raw`\b(?<word>(?:${Object.keys(englishWords).map(capitalOrNot).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?:\s+(?<wordScale>hundred|thousand|million|billion)\b)?`,
    String.raw`\b(?<month>${months.join('|')})\b`,
  ].join('|'),
  'gu',
);
// thousands dots (1.000), a decimal comma (3,3); a dot before one or two digits is a version's or
// an English-style decimal (3.0), kept as one number
const vietnamesePattern =
  /(?<digits>\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,(?<fraction>\d+)|\.(?<point>\d{1,2})(?!\d))?(?:\s*(?<scale>nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}]))?/gu;
// digits, or Chinese numerals where they count things (after 第, or before a measure word)
const chineseNumerals = '[零〇一二两三四五六七八九十百千万亿]+';
const chinesePattern = new RegExp(
  [
    // 6000多亿 is "more than 600 billion": 多 or 余 may stand before the scale
    String.raw`(?<digits>\d+)(?:\.(?<fraction>\d+))?(?:\s*[多余]?(?<scale>万亿|亿|万|千))?`,
    `第(?<ordinal>${chineseNumerals})`,
    `(?<numeral>${chineseNumerals})(?=[个项座名家位列年届次国条人元场所批种份])`,
  ].join('|'),
  'gu',
);

function wordValue(word: string): number {
  return word
    .toLowerCase()
    .split(/[- ]/u)
    .reduce((sum, w) => sum + (englishWords[w] ?? 0), 0);
}

/** The numbers stated in `text`, written as `locale` writes them. */
export function numbersIn(text: string, locale: Locale): NumberMention[] {
  const found: NumberMention[] = [];
  const pattern = locale === 'zh' ? chinesePattern : locale === 'vi' ? vietnamesePattern : englishPattern;
  for (const m of text.normalize('NFC').matchAll(pattern)) {
    const g = m.groups ?? {};
    if (g.digits !== undefined) {
      const whole = Number(g.digits.replace(locale === 'vi' ? /\./gu : /,/gu, ''));
      const fraction = g.fraction ?? g.point;
      const value = fraction ? Number(`${whole}.${fraction}`) : whole;
      const scaleTable = locale === 'zh' ? chineseScale : locale === 'vi' ? vietnameseScale : englishScale;
      const scale = g.scale ? (scaleTable[g.scale.toLowerCase()] ?? 1) : 1;
      found.push({ text: m[0], value: exact(value * scale), spelt: false });
    } else if (g.word !== undefined) {
      const scale = g.wordScale ? (englishWords[g.wordScale] ?? englishScale[g.wordScale] ?? 1) : 1;
      found.push({ text: m[0], value: exact(wordValue(g.word) * scale), spelt: true });
    } else if (g.month !== undefined) {
      found.push({ text: m[0], value: months.indexOf(g.month) + 1, spelt: true });
    } else if (g.numeral !== undefined || g.ordinal !== undefined) {
      found.push({ text: m[0], value: chineseNumeral(g.numeral ?? g.ordinal!) ?? 0, spelt: true });
    }
  }
  return found;
}

/**
 * The original's numbers (in digits) that the translation does not state, and the translation's
 * numbers (in digits) that the original does not: each as written.
 */
export function numberDifferences(
  source: { text: string; locale: Locale },
  target: { text: string; locale: Locale },
): { missing: string[]; extra: string[] } {
  const ours = numbersIn(source.text, source.locale);
  const theirs = numbersIn(target.text, target.locale);
  const count = (mentions: NumberMention[]) => {
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(numberKey(m.value), (counts.get(numberKey(m.value)) ?? 0) + 1);
    return counts;
  };
  const inTarget = count(theirs);
  const inSource = count(ours);
  const take = (counts: Map<string, number>, key: string) => {
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    return n > 0;
  };
  const missing = ours.filter((m) => !take(inTarget, numberKey(m.value)) && !m.spelt).map((m) => m.text);
  const extra = theirs.filter((m) => !take(inSource, numberKey(m.value)) && !m.spelt).map((m) => m.text);
  return { missing, extra };
}
