import type { ParagraphKind } from '../../model/paragraph-kinds';
import { endsSentence, fold, hanChar, widthOf } from './text';

/**
 * The structure a pasted report shows in its text: headings, bullet and numbered lists,
 * quotations, interview turns and photo captions. Markers that only format (a bullet, "1.", "> ",
 * "## ") are taken off; labels that are words ("Q:", "问：", a speaker's name) stay in the text.
 */

const bullet = /^(?:[-–•·▪●○■◆►✓✔]|\*)\s+|^[•·▪●○■◆►✓✔]\s*/u;
const numbered = /^(?:\d{1,2}[.)]\s+|\d{1,2}、\s*|[（(]\d{1,2}[)）]\s*|[①-⑳]\s*)/u;
const chineseSection = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;
const markdownHeading = /^#{1,6}\s+/u;
const markdownQuote = /^>\s*/u;
const questionLabel =
  /^(?:Q|Question|Interviewer|Reporter|问|記者|记者|主持人|Hỏi|Hoi|PV|Phóng viên|Phong vien)\s*[:：]\s*(?=\S)/iu;
const answerLabel = /^(?:A|Answer|答|Đáp|Dap|Trả lời|Tra loi)\s*[:：]\s*(?=\S)/iu;
/**
 * "Trần Văn Minh: …", "Dr.Mei Lin: …", "Archyde news: …", "黄东：…" — a name of one to four words
 * (outlets do not always case their labels alike: one not cased as a name counts only when it comes
 * back), or two to six Han characters
 */
const speakerLabel =
  /^((?:\p{L}[\p{L}'’.-]*)(?:\s+\p{L}[\p{L}'’.-]*){0,3}|[\p{Script=Han}·]{2,6})\s*[:：]\s*(?=\S.{9,})/u;
/** words a heading or a sentence has and a name label has not ("Openness as a Catalyst:") */
const notInNames = new Set(
  'a an the of and or in on at to for with as by from is are was were be said says told added noted asked how what why when where who our your their its this that these those'.split(
    ' ',
  ),
);
const nameLabel = (label: string) =>
  !label
    .toLowerCase()
    .split(/[\s.]+/u)
    .some((w) => notInNames.has(w));
/** One speaker however the label is spaced or cased ("Dr. Mei Lin", "Dr.Mei Lin", "Dr. Mei lin"). */
export const speakerKey = (label: string) => fold(label).replace(/[^\p{L}\p{N}]+/gu, '');
/** Labels with a colon that are not speakers (header labels are read before this) */
const notSpeakers = new Set(
  'note notes update editor photo video source time date venue theme topic address tel email contact lưu ý ghi chú chủ đề địa điểm 注 注意 主题 地点 时间 日期 地址 电话 备注 摘要 提示'.split(
    ' ',
  ),
);
const captionStart =
  /^(?:图为|图片为|上图|下图|左图|右图|Photo shows|The photo shows|Pictured|In the photo|Trong ảnh|Ảnh|Hình|Photo|图)\s*[:：,，]?\s*/iu;
const wholeQuote = /^[“"「『‘][^“”"「」『』]{8,}[”"」』’][.。!！?？]?$/u;

/** `cased`: every word of the speaker label is capitalised, as names are */
export type Marked = { kind: ParagraphKind; text: string; speaker?: string; cased?: boolean };

/** A line's explicit marker: its kind and its text without a formatting marker. */
export function markedKind(text: string): Marked | null {
  const marked = markerOf(text);
  // a marker with nothing after it ("·" alone) marks nothing: the line stays as printed
  return marked && marked.text.trim() ? marked : null;
}

function markerOf(text: string): Marked | null {
  if (markdownHeading.test(text)) return { kind: 'heading', text: text.replace(markdownHeading, '') };
  if (markdownQuote.test(text)) return { kind: 'quote', text: text.replace(markdownQuote, '') };
  if (questionLabel.test(text)) return { kind: 'question', text };
  if (answerLabel.test(text)) return { kind: 'answer', text };
  if (chineseSection.test(text)) return { kind: isShortUnterminated(text) ? 'heading' : 'paragraph', text };
  if (bullet.test(text)) return { kind: 'bullet', text: text.replace(bullet, '') };
  if (numbered.test(text)) return { kind: 'numbered', text: text.replace(numbered, '') };
  if (wholeQuote.test(text)) return { kind: 'quote', text };
  if (captionStart.test(text) && endsSentence(text) && widthOf(text) <= 300) {
    // "Photo: …" and "图为…" describe a photo; a sentence merely starting with "Photo" is rare
    const rest = text.replace(captionStart, '');
    if (rest.length >= 4) return { kind: 'caption', text };
  }
  const speaker = speakerLabel.exec(text);
  if (speaker && !notSpeakers.has(fold(speaker[1]!)) && nameLabel(speaker[1]!))
    return { kind: 'answer', text, speaker: speaker[1]!, cased: !/(?:^|\s)\p{Ll}/u.test(speaker[1]!) };
  return null;
}

/** Starts a new block, whatever came before it (never joined to the line above). */
export const startsBlock = (text: string) =>
  markdownHeading.test(text) ||
  markdownQuote.test(text) ||
  questionLabel.test(text) ||
  answerLabel.test(text) ||
  chineseSection.test(text) ||
  bullet.test(text) ||
  numbered.test(text);

export const isShortUnterminated = (text: string) =>
  widthOf(text) <= (hanChar.test(text) ? 30 : 90) && !endsSentence(text) && !/[,，、;；:：]$/u.test(text);

/** The label of an interview turn ("Q:", "问：", "Trần Văn Minh:"), to show in strong type. */
export function turnLabel(text: string): string | null {
  const m = questionLabel.exec(text) ?? answerLabel.exec(text) ?? speakerLabel.exec(text);
  return m ? m[0] : null;
}

type Sequenced = { kind: ParagraphKind; text: string; speaker?: string; cased?: boolean };

/** The share of a speaker's turns that ask something (a question mark in any script). */
const asks = (turns: Sequenced[]) => turns.filter((b) => /[?？]/u.test(b.text)).length / turns.length;

/**
 * Kinds that depend on the neighbours in the same language: a short line without a full stop
 * between paragraphs is a heading; a speaker label is a turn only in a text that has turns (the
 * same speaker twice, a Q/A label, or a name the glossary knows); among named speakers, the one
 * whose turns ask (most of them hold a question mark, more than any other speaker's) is the
 * interviewer: those turns are questions, the others answers, whatever the labels say; an
 * all-capitals line is a heading.
 */
export function settleKinds(blocks: Sequenced[], knownNames: (name: string) => boolean): Array<number> {
  const turns = new Map<string, Sequenced[]>();
  for (const b of blocks)
    if (b.speaker) turns.set(speakerKey(b.speaker), [...(turns.get(speakerKey(b.speaker)) ?? []), b]);
  const interview = blocks.some((b) => (b.kind === 'question' || b.kind === 'answer') && !b.speaker);
  for (const b of blocks)
    // a label not cased as a name ("Phỏng vấn:") counts only when it comes back
    if (
      b.speaker &&
      (turns.get(speakerKey(b.speaker))?.length ?? 0) < 2 &&
      (!interview || !b.cased) &&
      !knownNames(b.speaker)
    ) {
      turns.delete(speakerKey(b.speaker));
      b.kind = 'paragraph';
      delete b.speaker;
    }
  const asking = [...turns.values()]
    .filter((t) => t.length >= 2)
    .map((t) => ({ turns: t, share: asks(t) }))
    .sort((a, b) => b.share - a.share);
  const asker =
    asking.length >= 2 && asking[0]!.share >= 0.5 && asking[0]!.share > asking[1]!.share ? asking[0] : null;
  const askedBy: number[] = [];
  if (asker)
    for (const [i, b] of blocks.entries())
      if (asker.turns.includes(b)) {
        b.kind = 'question';
        askedBy.push(i);
      }
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'paragraph') continue;
    const next = blocks[i + 1];
    const previous = blocks[i - 1];
    const capitals = /^[\p{Lu}\d\s\p{P}]+$/u.test(b.text) && (b.text.match(/\p{Lu}/gu)?.length ?? 0) >= 6;
    const opensSection =
      next !== undefined &&
      (['bullet', 'numbered', 'question', 'answer'].includes(next.kind) ||
        (next.kind !== 'heading' && widthOf(next.text) >= widthOf(b.text) * 1.5));
    const afterSentence = !previous || previous.kind !== 'paragraph' || endsSentence(previous.text);
    if (isShortUnterminated(b.text) && next && (capitals || (opensSection && afterSentence)))
      b.kind = 'heading';
  }
  return askedBy;
}
