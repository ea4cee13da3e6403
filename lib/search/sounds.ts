import { pinyin } from 'pinyin-pro';
import { fold, words } from './text';

/**
 * Names as they sound (issue 30, docs/decisions/029). A reader types a name the way they heard it
 * or learnt it in another script: a Vietnamese place with `k` for `c` and no tone marks
 * ("Mong Kai"), a Lao city in a Thai romanisation ("Wieng Chan"), a Chinese name in pinyin with
 * or without tones and spaces ("nan ning", "Nánníng"). Each of those and the glossary's names
 * come down to one sound key, the same function on both sides:
 *
 * 1. Chinese characters become toneless pinyin (pinyin-pro); other scripts keep their letters.
 * 2. Lower case, no diacritics (đ → d), letters and digits only: spaces and hyphens do not count.
 * 3. Spellings of one sound become one letter, in this order: ngh → ng, gh → g, ph and f → p (ph
 *    is f in Vietnamese, an aspirated p in Thai and Lao romanisations: Phú Quốc, Phrabang), th → t,
 *    kh → k, nh → n; ch and tr → c (after every other c became k: c, k, q, ck → k, qu → kw);
 *    w → v, y → i, x → s, z → d (Vietnamese d and gi sound z in the north); ee → i, oo → u;
 *    ia → ie and ua → uo (one Vietnamese diphthong, written two ways); a letter written twice → once.
 *
 * Two keys are the same name when equal, or — for keys long enough to carry it — one letter apart
 * (two from ten letters): `rongcheng` reaches 邕城 (yongcheng), not `hanoi` Hainan.
 */

const han = /\p{Script=Han}/u;

/** The sound key of a name or of words a reader typed ('' when nothing is left). */
export function soundKey(text: string): string {
  const spoken = han.test(text) ? pinyin(text, { toneType: 'none', nonZh: 'consecutive' }) : text;
  let key = fold(spoken.normalize('NFC')).replace(/[^a-z0-9]/g, '');
  const rules: Array<[RegExp, string]> = [
    [/ngh/g, 'ng'],
    [/gh/g, 'g'],
    [/ph|f/g, 'p'],
    [/th/g, 't'],
    [/kh/g, 'k'],
    [/nh/g, 'n'],
    [/ch|tr/g, '\u0001'],
    [/qu/g, 'kw'],
    [/ck|c|q/g, 'k'],
    [/\u0001/g, 'c'],
    [/w/g, 'v'],
    [/y/g, 'i'],
    [/x/g, 's'],
    [/z/g, 'd'],
    [/ee/g, 'i'],
    [/oo/g, 'u'],
    [/ia/g, 'ie'],
    [/ua/g, 'uo'],
    [/(.)\1+/g, '$1'],
  ];
  for (const [pattern, replacement] of rules) key = key.replace(pattern, replacement);
  return key;
}

/** Keys with fewer letters than this (digits aside) are too common among names to match by sound. */
export const MIN_SOUND_KEY = 4;

/** Whether a key has letters enough to be compared by sound. */
export const soundful = (key: string) => key.replace(/[0-9]/g, '').length >= MIN_SOUND_KEY;

/** How many letters apart two keys of this length may be and still be one name. */
export const soundDistance = (key: string) => (key.length >= 10 ? 2 : key.length >= 6 ? 1 : 0);

/**
 * The spans of a query to compare by sound: every run of one to four consecutive words (a name
 * typed with more or fewer spaces than its romanisation has), as written and as a key.
 */
export function soundSpans(text: string): Array<{ span: string; key: string }> {
  const list = words(text);
  const spans = new Map<string, string>();
  for (let start = 0; start < list.length; start++)
    for (let end = start + 1; end <= Math.min(list.length, start + 4); end++) {
      const span = list.slice(start, end).join(' ');
      const key = soundKey(span);
      if (soundful(key) && !spans.has(span)) spans.set(span, key);
    }
  return [...spans].map(([span, key]) => ({ span, key }));
}
