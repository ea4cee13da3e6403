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
/** "Trần Văn Minh: …", "黄东：…" — a name of one to four capitalised words, or two to six Han characters */
const speakerLabel =
  /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|[\p{Script=Han}·]{2,6})\s*[:：]\s*(?=\S.{9,})/u;
/** Labels with a colon that are not speakers (header labels are read before this) */
const notSpeakers = new Set(
  'note notes update editor photo video source time date venue theme topic address tel email contact lưu ý ghi chú chủ đề địa điểm 注 注意 主题 地点 时间 日期 地址 电话 备注 摘要 提示'.split(
    ' ',
  ),
);
const captionStart =
  /^(?:图为|图片为|上图|下图|左图|右图|Photo shows|The photo shows|Pictured|In the photo|Trong ảnh|Ảnh|Hình|Photo|图)\s*[:：,，]?\s*/iu;
const wholeQuote = /^[“"「『‘][^“”"「」『』]{8,}[”"」』’][.。!！?？]?$/u;

export type Marked = { kind: ParagraphKind; text: string; speaker?: string };

/** A line's explicit marker: its kind and its text without a formatting marker. */
export function markedKind(text: string): Marked | null {
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
  if (speaker && !notSpeakers.has(fold(speaker[1]!))) return { kind: 'answer', text, speaker: speaker[1]! };
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

type Sequenced = { kind: ParagraphKind; text: string; speaker?: string };

/**
 * Kinds that depend on the neighbours in the same language: a short line without a full stop
 * between paragraphs is a heading; a speaker label is a turn only in a text that has turns (the
 * same speaker twice, a Q/A label, or a name the glossary knows); an all-capitals line is a heading.
 */
export function settleKinds(blocks: Sequenced[], knownNames: (name: string) => boolean): void {
  const speakers = new Map<string, number>();
  for (const b of blocks) if (b.speaker) speakers.set(b.speaker, (speakers.get(b.speaker) ?? 0) + 1);
  const interview = blocks.some((b) => (b.kind === 'question' || b.kind === 'answer') && !b.speaker);
  for (const b of blocks)
    if (b.speaker && !interview && (speakers.get(b.speaker) ?? 0) < 2 && !knownNames(b.speaker)) {
      b.kind = 'paragraph';
      delete b.speaker;
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
}
