import type { Locale } from '../../model/locales';

/**
 * Text helpers of the importer: cleaning a pasted line, measuring it, and telling its language.
 * Pure functions, no database.
 */

// control characters and zero-width marks from web pages are not text
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/gu;

/** A pasted line as text: NFC, invisible marks removed, runs of spaces (and full-width ones) as one. */
export const cleanLine = (raw: string) =>
  raw
    .normalize('NFC')
    .replace(invisible, '')
    .replace(/[\s\u3000]+/gu, ' ')
    .trim();

/** An indented line (spaces, a tab or the full-width spaces Chinese print before a paragraph). */
export const isIndented = (raw: string) => /^(?:[ \u00a0]{2,}|\t|\u3000)/u.test(raw.replace(invisible, ''));

export const hanChar = /\p{Script=Han}/u;
const hanAll = /\p{Script=Han}/gu;
const latinAll = /\p{Script=Latin}/gu;
/** Han, CJK punctuation and full-width forms: the characters Chinese sets without spaces. */
const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2015\\u2026\\u00b7\\u201c\\u201d';

/**
 * Spaces a newspaper or PDF put between Chinese characters ("中 国 — 东 盟") are removed; a
 * headline's single separating space ("齐聚南宁 共话合作") is kept. A line counts as spaced out
 * when most of its Han-bearing words are one character long.
 */
export function unspaceCjk(printed: string): string {
  // figures in Chinese text take no spaces around them ("2015 年 9 月" → "2015年9月")
  const text = printed.replace(digitSpace, '');
  const words = text.split(' ').filter((w) => hanChar.test(w) || /^[—–-]+$/u.test(w));
  const single = words.filter((w) => [...w].length === 1).length;
  if (words.length < 3 || single / words.length < 0.6) return text;
  return text.replace(new RegExp(`(?<=[${cjk}]) +(?=[${cjk}])`, 'gu'), '');
}
const digitSpace = new RegExp(`(?<=[${cjk}]) +(?=\\d)|(?<=\\d%?) +(?=[${cjk}])`, 'gu');

/**
 * Joins two pieces of one paragraph: no space between Chinese, one elsewhere. A word hyphenated
 * at the end of a line is closed up ("bor-" + "der" → "border"); a hyphen before a capital stays
 * ("China-" + "ASEAN" → "China-ASEAN").
 */
export function joinPieces(a: string, b: string): string {
  if (!a) return b;
  // Chinese closes up, and so do figures beside it ("来自" + "8个国家" → "来自8个国家")
  if (new RegExp(`[${cjk}]$`, 'u').test(a) && new RegExp(`^[${cjk}\\d]`, 'u').test(b)) return a + b;
  if (/\d$/u.test(a) && new RegExp(`^[${cjk}]`, 'u').test(b)) return a + b;
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/\p{L}-$/u.test(a)) return a + b;
  return `${a} ${b}`;
}

/** Width of a line as printed: characters without spaces. */
export const widthOf = (text: string) => text.replace(/\s/gu, '').length;

/** Sentence-final punctuation, optionally inside a closing quote or bracket. */
export const endsSentence = (text: string) => /[.!?。！？…](?:["'”’」』）)\]]*)$/u.test(text);
/**
 * Ends in the middle of a sentence (a comma or a semicolon): the next line continues it. A colon
 * does not count — "He said:" is often followed by a quotation set as its own paragraph.
 */
export const endsClause = (text: string) => /[,，、;；]$/u.test(text);

// ───────────── language of a text ─────────────

// letters only Vietnamese uses among the three languages (precomposed, after NFC)
const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỷỹỵàáèéìíòóùúýõã]/iu;

/**
 * Common Vietnamese syllables as typed without diacritics ("cac thanh pho", "hop tac"), chosen so
 * that none is a common English word: Vietnamese typed on a keyboard without its marks is still
 * Vietnamese. ("the", "to", "an", "do" and the like are left out on purpose.)
 */
const vietnameseSyllables = new Set(
  (
    'cac cua va voi duoc nhung trong cho nguoi thanh pho nam ninh hop tac viet trung quoc ngay thang ' +
    'dai bieu hoi nghi truong thi cung tai mot nay khong da se den tu ve theo nhu tren sau khi nhieu phat ' +
    'trien kinh quan doi tham gia chinh phu tinh huyen xa dong hai phong dau tu thuong mai ' +
    'giua hai ben nuoc lanh dao chu tich bi thu uy ban nhan dan dien dan doan ket noi giao luu ' +
    'vien ky ket thoa thuan hang hoa van hoa du lich cang bien cua khau bien gioi tiep tuc thuc hien ' +
    'muc tieu xay dung phuong huong nhanh chong manh me cao hon nua nhat lan thu hom qua nhan dip ' +
    'chuong trinh tham du phat bieu khang dinh cho biet noi rang them dac biet linh vuc hoat dong ' +
    'nganh nghe khu vuc dia phuong lang son mong cai ha noi ho chi minh nguyen tran le pham hoang ' +
    'huynh phan vu vo dang bui ngo duong ly duoc rat cung voi nhau nhieu hon'
  ).split(' '),
);
const englishWords = new Set(
  'the of and to in a is was were for on with as by at from that this be are it an has have will its their which or'.split(
    ' ',
  ),
);

/** zh, vi or en for a text; null when it is in none of them (another script, no letters). */
export function detectLanguage(text: string): Locale | null {
  const hanCount = text.match(hanAll)?.length ?? 0;
  const latinCount = text.match(latinAll)?.length ?? 0;
  if (hanCount === 0 && latinCount === 0) return null;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // other scripts (Thai, Khmer, Cyrillic …) dominating the text: not one of ours
  if (hanCount + latinCount < letters / 2) return null;
  if (hanCount >= latinCount / 3) return 'zh';
  const words = text
    .toLowerCase()
    .split(/[\s\p{P}\p{S}\d]+/u)
    .filter((w) => /\p{L}/u.test(w));
  const marked = words.filter((w) => vietnameseLetters.test(w)).length;
  // English prose quoting "Hà Nội" stays English; Vietnamese marks most of its words
  if (marked / Math.max(1, words.length) >= 0.4) return 'vi';
  const syllables = words.filter((w) => vietnameseSyllables.has(w)).length;
  const english = words.filter((w) => englishWords.has(w)).length;
  return syllables >= Math.max(2, words.length * 0.4) && syllables > english * 2 ? 'vi' : 'en';
}

/** Diacritics and đ folded, lower case: how names are compared across spellings. */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
