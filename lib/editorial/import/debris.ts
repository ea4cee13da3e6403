import { detectLanguage, endsSentence, fold, widthOf } from './text';

/**
 * Page debris a copy from a web page or a PDF brings with it. Nothing here deletes anything: the
 * parser lists every line it leaves out with one of these reasons, and the editor can keep it.
 */
export const dropReasons = [
  'timestamp',
  'widget',
  'image',
  'related',
  'tableOfContents',
  'duplicate',
  'noLetters',
  'otherScript',
  'sectionLabel',
  'poll',
  'tags',
  'feedback',
  'comments',
] as const;
export type DropReason = (typeof dropReasons)[number];

const timestamp =
  /^[\s▶►⏵⏸❚|]*(?:(?:播放|暂停|Play|Pause|Phát)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$/iu;

// words of share bars, print and font-size buttons and players, in the three languages
const widgetWords = new Set(
  (
    '分享到 分享 扫一扫 打印 打印本页 关闭 关闭窗口 返回顶部 收藏 点赞 评论 微信 微博 朋友圈 qq qq空间 字号 字体 大 中 小 默认 ' +
    'share share this share on print close facebook twitter x linkedin whatsapp telegram email e-mail copy link ' +
    'font size text size a a+ a- a− ' +
    'chia sẻ in in bài lưu lưu bài theo dõi bình luận zalo cỡ chữ gửi ' +
    'video player is loading loaded play video mute unmute fullscreen'
  ).split(' '),
);
const widgetPhrases = [
  /^video player is loading\.?$/iu,
  /^loaded:\s*\d+(?:\.\d+)?%$/iu,
  // breadcrumbs: "首页 > 新闻 > 南宁", "Trang chủ", "Home › News"
  /^(?:首页|主页|home|trang chủ)(?:\s*[>›»/]\s*[^>›»/]{1,30})*$/iu,
  /^(?:play video|copy link|font size|text size|chia sẻ|in bài|cỡ chữ|lưu bài|theo dõi)$/iu,
];

function isWidget(text: string): boolean {
  const t = text.replace(/[【】[\]()（）]/gu, ' ').trim();
  if (widgetPhrases.some((p) => p.test(t))) return true;
  const words = t
    .toLowerCase()
    .split(/[\s|｜:：·•/]+/u)
    .filter(Boolean);
  // "分享到：微信 微博 QQ" and "字号：大 中 小" are all widget words; a sentence never is
  return words.length > 0 && words.length <= 10 && words.every((w) => widgetWords.has(w));
}

// image placeholders and photo credits: "图1", "ảnh 3", "Photo:", "(Ảnh: TTXVN)", "Photo: Li Wei/Xinhua"
const imageOnly = /^(?:图|圖|图片|圖片|Photo|Picture|Image|Ảnh|Hình|Hình ảnh)\s*\d*\s*[:：.]?$/iu;
const imageNumberAtEnd = /\s(?:ảnh|hình|photo|image|图|图片)\s*\d+$/iu;
const imageCredit =
  /^[(（]?\s*(?:Ảnh|Photo|Photos|Photo credit|图|图片|摄影|图片来源|Nguồn ảnh|Ảnh minh họa)\s*[:：/]\s*([^()（）]{0,60}?)\s*[)）]?$/iu;

/** Where a photo stood ("图1", "… ảnh 3"), as opposed to a credit: the line after it may be its caption. */
export const isPhotoSlot = (text: string) => imageOnly.test(text) || imageNumberAtEnd.test(text);

/** A photo placeholder or credit (dropped), as opposed to a caption that describes a photo (kept). */
export function isImagePlaceholder(text: string): boolean {
  if (imageOnly.test(text) || imageNumberAtEnd.test(text)) return true;
  const credit = imageCredit.exec(text);
  // "Photo: Li Wei/Xinhua" credits someone; "Photo: Delegates visit the port." describes the photo
  return Boolean(credit && !endsSentence(credit[1]!) && credit[1]!.split(/\s+/u).length <= 5);
}

// what a page copied with select-all brings besides share bars: keyword tags, "did you like this
// article?", comment boxes, site navigation ("Home | World | Business | Culture")
const tagLine =
  /^(?:Tags?|Keywords?|Topics?|Từ khóa|Từ khoá|Chủ đề|Tu khoa|关键词|关键字|标签|主题词)\s*[:：]\s*\S/iu;
const feedback =
  /^(?:(?:did|do) you (?:like|enjoy) this (?:article|story|report)|was this (?:article|story|page) (?:helpful|useful)|how (?:did you find|do you rate) this (?:article|story)|rate this (?:article|story)|bạn (?:thấy|đánh giá) bài viết (?:này )?(?:thế nào|như thế nào|ra sao)|bài viết có hữu ích (?:với bạn )?không|你(?:喜欢|觉得)这篇(?:文章|报道)|这篇(?:文章|报道)对你有帮助吗|文章(?:评价|打分))\s*[?？:：]?$/iu;
const commentBox =
  /^(?:comments?|leave a (?:comment|reply)|write a comment|post (?:a )?comment|add a comment|show (?:all )?comments|your (?:name|email|comment)|submit|send|bình luận|gửi bình luận|viết bình luận|ý kiến bạn đọc|gửi ý kiến|họ tên|评论|发表评论|网友评论|我要评论|查看评论|提交)\s*(?:[(（]\s*\d+\s*[)）])?\s*[:：.…]*$/iu;
const navigation = /^(?:[^|｜·•]{1,24}\s*[|｜·•]\s*){2,}[^|｜·•]{1,24}$/u;
const isNavigation = (text: string) =>
  navigation.test(text) &&
  text.split(/\s*[|｜·•]\s*/u).every((item) => item.split(/\s+/u).length <= 3 && !endsSentence(item));

/** The reason a single line is debris, or null. */
export function lineDebris(text: string): DropReason | null {
  if (timestamp.test(text)) return 'timestamp';
  if (isWidget(text) || isNavigation(text)) return 'widget';
  if (tagLine.test(text) && widthOf(text) <= 200) return 'tags';
  if (feedback.test(text)) return 'feedback';
  if (commentBox.test(text)) return 'comments';
  if (!/\p{L}/u.test(text)) return 'noLetters';
  if (isImagePlaceholder(text)) return 'image';
  if (!detectLanguage(text)) return 'otherScript';
  return null;
}

// ───────────── debris that needs its neighbours ─────────────

const relatedLabel =
  /^(?:相关新闻|相关阅读|相关报道|相关链接|延伸阅读|推荐阅读|热点推荐|更多报道|Related(?: news| articles| stories| coverage| content)?|Read more|Read also|More on this(?: story)?|You may also like|See also|Tin liên quan|Bài liên quan|Tin cùng chuyên mục|Xem thêm|Đọc thêm)\s*[:：]?$/iu;
const tocLabel =
  /^(?:目录|本文目录|内容提要|Contents|Table of contents|In this (?:article|report|story)|Mục lục|Nội dung chính)\s*[:：]?$/iu;
const listMarker = /^(?:[-–•·▪●○■◆►*]\s*|\d{1,2}[.)、]\s*|[（(]\d{1,2}[)）]\s*|[一二三四五六七八九十]+、)/u;

/** A title-like line: short, not a sentence (the items of related lists and tables of contents). */
const titleLike = (text: string) =>
  widthOf(text) <= (/\p{Script=Han}/u.test(text) ? 40 : 120) && !endsSentence(text);

/**
 * A table-of-contents entry as the heading it points to: no bullet, numbering ("- 3. ", "1.2 "),
 * dot leaders or page number, letters and digits only.
 */
export const entryKey = (text: string) =>
  fold(text)
    .replace(entryMarkers, '')
    .replace(/[.·…\s]{3,}\d*$/u, '')
    .replace(/\s+\d{1,3}$/u, '')
    .replace(/[\s\p{P}]+/gu, '');
const entryMarkers =
  /^(?:[-–•·▪●○■◆►*]\s*|\d{1,2}(?:\.\d{1,2})*[.)、]?\s+|\d{1,2}[.)、]\s*|[（(]\d{1,2}[)）]\s*|[一二三四五六七八九十]+、)+/u;

export type ContentLine = { line: number; text: string };

const wordsIn = (text: string) =>
  /\p{Script=Han}/u.test(text) ? Math.ceil(widthOf(text) / 2) : text.split(/\s+/u).filter(Boolean).length;
const sectionLabel = (text: string) =>
  !endsSentence(text) &&
  !/[:：,，]/u.test(text) &&
  (/\p{Script=Han}/u.test(text) ? widthOf(text) <= 4 : wordsIn(text) <= 2 && widthOf(text) <= 20);
const pollLabel =
  /^(?:poll|quick poll|survey|vote|your (?:view|opinion)|bình chọn|thăm dò(?: ý kiến)?|khảo sát|投票|调查|网友调查|你怎么看)\s*[:：]?/iu;
const pollEnd = /^(?:vote|submit|view results|results|see results|bình chọn|xem kết quả|投票|查看结果)$/iu;
export type ContextReading = {
  dropped: Map<number, DropReason>;
  /** the headings a table of contents announced, as entry keys (they are headings wherever they stand) */
  headings: Set<string>;
};

/**
 * Related-article lists (a label and the titles under it), a table of contents and text printed
 * twice (a caption as alt text and as caption; the first is kept): line numbers and reasons, and
 * the headings the table of contents announced. A table of contents is a label ("Contents",
 * "目录", "Mục lục") and the title-like lines under it that are list items or stand elsewhere in
 * the text (before or after it); or, without a label, three or more title-like lines in a row
 * that come back later.
 */
export function contextDebris(lines: ContentLine[]): ContextReading {
  const dropped = new Map<number, DropReason>();
  const headings = new Set<string>();
  // section labels: the one- or two-word lines a page starts with ("World", "Thời sự", "国际"),
  // which a headline never is
  for (const { line, text } of lines) {
    if (!sectionLabel(text)) break;
    dropped.set(line, 'sectionLabel');
  }
  // where each entry key occurs, so "stands elsewhere" is one lookup (pastes can be long)
  const keys = lines.map((l) => entryKey(l.text));
  const firstAt = new Map<string, number>();
  const lastAt = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!firstAt.has(key)) firstAt.set(key, i);
    lastAt.set(key, i);
  });
  const comesBack = (j: number) => Boolean(keys[j]) && (lastAt.get(keys[j]!) ?? -1) > j;
  const elsewhere = (j: number) => comesBack(j) || (Boolean(keys[j]) && (firstAt.get(keys[j]!) ?? j) < j);
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    // a poll: its question, its options and its buttons, up to "Vote" / "Results"
    if (pollLabel.test(text)) {
      dropped.set(line, 'poll');
      for (let j = i + 1; j < lines.length && j <= i + 8 && wordsIn(lines[j]!.text) <= 8; j++) {
        dropped.set(lines[j]!.line, 'poll');
        if (pollEnd.test(lines[j]!.text)) break;
      }
      continue;
    }
    if (relatedLabel.test(text)) {
      dropped.set(line, 'related');
      for (let j = i + 1; j < lines.length && titleLike(lines[j]!.text); j++)
        dropped.set(lines[j]!.line, 'related');
      continue;
    }
    const labelled = tocLabel.test(text);
    let j = i + (labelled ? 1 : 0);
    const entries: number[] = [];
    // an entry may ask ("How Can Your City Make a Difference?"): headings do. Under a label, the
    // entries are list items (their headings may stand before the table too) or, unmarked, lines
    // that come back later; the list ends where the marking changes.
    const marked = labelled && j < lines.length && listMarker.test(lines[j]!.text);
    const entry = (k: number) =>
      titleLike(lines[k]!.text.replace(/[?？]$/u, '')) &&
      (marked ? listMarker.test(lines[k]!.text) : comesBack(k));
    for (; j < lines.length && entry(j); j++) entries.push(j);
    // a marked list under the label is the table when most of its entries stand elsewhere as text
    const found = marked ? entries.filter(elsewhere).length >= entries.length / 2 : true;
    if (found && ((labelled && entries.length >= 1) || entries.length >= 3)) {
      if (labelled) dropped.set(line, 'tableOfContents');
      for (const e of entries) {
        dropped.set(lines[e]!.line, 'tableOfContents');
        if (keys[e]) headings.add(keys[e]!);
      }
      i = j - 1;
    }
  }
  const seen = new Set<string>();
  for (const { line, text } of lines) {
    if (dropped.has(line)) continue;
    const key = fold(text).replace(/\s+/gu, ' ');
    if (seen.has(key)) dropped.set(line, 'duplicate');
    seen.add(key);
  }
  return { dropped, headings };
}
