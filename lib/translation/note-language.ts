import type { Locale } from '../model/locales';

/**
 * Whether a short note is written in a language (a correction's note, docs/decisions/030): the
 * note is printed under the version in that language, so a note left in another one is refused.
 * The rule reads scripts, not words: Chinese is Han characters with perhaps a Latin name or figure
 * inside; English and Vietnamese are Latin words, and Vietnamese writes most of its syllables with
 * letters English has not (tone marks, ă â ê ô ơ ư, đ). A translated note may not be the note it
 * translates, copied unchanged.
 */

const han = /\p{Script=Han}/gu;
const latinWord = /\p{Script=Latin}[\p{Script=Latin}\p{M}]*/gu;
// the letters only Vietnamese writes among Latin scripts (as lib/translation/checks.ts)
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

export type NoteLanguage = 'fits' | 'otherLanguage' | 'copied';

const normal = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

export function noteLanguage(
  locale: Locale,
  text: string,
  /** the note this one translates (a correction drafted from another language's) */
  source?: { locale: Locale; text: string },
): NoteLanguage {
  const note = text.normalize('NFC');
  if (source && source.locale !== locale && normal(source.text) === normal(note) && /\p{L}/u.test(note))
    return 'copied';
  const hanCount = note.match(han)?.length ?? 0;
  const words = note.match(latinWord) ?? [];
  // an English or Vietnamese word weighs about what two Chinese characters say
  const hanShare = hanCount / Math.max(1, hanCount + 2 * words.length);
  if (locale === 'zh') return hanCount >= 2 && hanShare >= 0.4 ? 'fits' : 'otherLanguage';
  if (hanShare > 0.3 || words.length === 0) return 'otherLanguage';
  // a few words (a name, a figure) say nothing of their language
  if (words.length < 4) return 'fits';
  const marked = words.filter((w) => vietnameseLetter.test(w)).length / words.length;
  if (locale === 'vi') return marked >= 0.25 ? 'fits' : 'otherLanguage';
  // English notes name Vietnamese places and people in their own spelling
  return marked < 0.4 ? 'fits' : 'otherLanguage';
}
