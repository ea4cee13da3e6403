import type { Locale } from '../model/locales';

/**
 * The role of a credit in a source release ("Reviewer 1", "一审", "Người duyệt 2", "责任编辑"),
 * read into a kind the messages name in every language. Releases spell roles freely (see the
 * import's credit labels in lib/editorial/import/header.ts); what is not recognised is shown as
 * written, in its own language.
 */
export type CreditRole =
  | { kind: 'reviewer'; stage: number }
  | { kind: 'languageReviewer'; language: Locale }
  | {
      kind:
        | 'proofreader'
        | 'editor'
        | 'webEditor'
        | 'chiefEditor'
        | 'editorInCharge'
        | 'copyEditor'
        | 'translator';
    };

const chineseStages: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 初: 1, 复: 2, 终: 3 };
const languages: Record<string, Locale> = {
  english: 'en',
  chinese: 'zh',
  vietnamese: 'vi',
  英文: 'en',
  中文: 'zh',
  越南文: 'vi',
  'tiếng anh': 'en',
  'tiếng trung': 'zh',
  'tiếng việt': 'vi',
};

const fixed: Array<[RegExp, Exclude<CreditRole['kind'], 'reviewer' | 'languageReviewer'>]> = [
  [/^(?:proofreader|校对|người hiệu đính|hiệu đính)$/u, 'proofreader'],
  [/^(?:web editor|网络编辑|网站编辑|biên tập viên trang web)$/u, 'webEditor'],
  [/^(?:chief editor|editor-in-chief|executive editor|总编辑|主编|tổng biên tập)$/u, 'chiefEditor'],
  [/^(?:责任编辑|责编|editor in charge|biên tập viên phụ trách)$/u, 'editorInCharge'],
  [/^(?:copy editor|编审)$/u, 'copyEditor'],
  [/^(?:editor|edited by|编辑|biên tập(?: viên)?|bien tap(?: vien)?)$/u, 'editor'],
  [/^(?:translator|translated by|翻译|译者|biên dịch|người dịch|dịch|bien dich|nguoi dich)$/u, 'translator'],
];

export function readCreditRole(written: string): CreditRole | null {
  const role = written.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
  const numbered = /^(?:reviewer|người (?:kiểm )?duyệt|nguoi duyet)\s*(\d{1,2})?$/u.exec(role);
  if (numbered) return { kind: 'reviewer', stage: Number(numbered[1] ?? 0) };
  const stage = /^([一二三四初复终])审$/u.exec(role);
  if (stage) return { kind: 'reviewer', stage: chineseStages[stage[1]!]! };
  if (/^(?:审核|审校|审核人)$/u.test(role)) return { kind: 'reviewer', stage: 0 };
  const byLanguage =
    /^(english|chinese|vietnamese) reviewer$/u.exec(role) ??
    /^(英文|中文|越南文)(?:审核|审校)$/u.exec(role) ??
    /^người duyệt (?:bản )?(tiếng anh|tiếng trung|tiếng việt)$/u.exec(role);
  if (byLanguage) return { kind: 'languageReviewer', language: languages[byLanguage[1]!]! };
  for (const [pattern, kind] of fixed) if (pattern.test(role)) return { kind };
  return null;
}

/** The language a role nobody recognised is written in, for its `lang` attribute. */
export function writtenLanguage(text: string): Locale {
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(text)) return 'vi';
  return 'en';
}
