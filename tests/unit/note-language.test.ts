import { describe, expect, it } from 'vitest';
import { noteLanguage } from '@/lib/translation/note-language';

// notes as editors write them, with names and figures in them, and the slips the rule must catch
describe('a correction note is written in its version’s language', () => {
  it.each([
    ['zh', '本文原称签约项目为15个，实为14个。'],
    ['zh', '此前版本将仰光（Yangon）误作曼德勒，现已更正。'],
    ['zh', '更正：总金额为33亿元人民币（约4.52亿美元）。'],
    ['en', 'An earlier version said 15 projects were signed; there were 14.'],
    ['en', 'We misspelt Lạng Sơn and Móng Cái in the second paragraph.'],
    ['en', 'The mayor of Nanning is Ms Wang.'],
    ['vi', 'Bản trước ghi 15 dự án được ký kết; thực tế là 14 dự án.'],
    ['vi', 'Tên thành phố Yangon đã được sửa lại cho đúng.'],
    ['vi', 'Số liệu USD 452 triệu đã được sửa.'],
  ] as const)('%s: “%s” fits', (locale, note) => expect(noteLanguage(locale, note)).toBe('fits'));

  it.each([
    ['zh', 'An earlier version said 15 projects were signed; there were 14.'],
    ['zh', 'Bản trước ghi 15 dự án được ký kết.'],
    ['en', '本文原称签约项目为15个，实为14个。'],
    ['en', 'Bản trước ghi 15 dự án được ký kết; thực tế là 14 dự án.'],
    ['vi', 'An earlier version said 15 projects were signed; there were 14.'],
    ['vi', '本文原称签约项目为15个，实为14个。'],
    ['vi', '2025'],
  ] as const)('%s: “%s” is another language', (locale, note) =>
    expect(noteLanguage(locale, note)).toBe('otherLanguage'),
  );

  it('a drafted note copied unchanged is not a translation, even between two Latin scripts', () => {
    const source = { locale: 'en' as const, text: 'An earlier version said 15 projects; there were 14.' };
    expect(noteLanguage('vi', ' An earlier version said 15 projects;  there were 14. ', source)).toBe(
      'copied',
    );
    expect(noteLanguage('vi', 'Bản trước ghi 15 dự án; thực tế là 14.', source)).toBe('fits');
  });
});
