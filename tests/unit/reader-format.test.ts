import { describe, expect, it } from 'vitest';
import { otherSpellings } from '@/lib/model/localized';
import { dateAndTimeParts, formatList, listParts } from '@/lib/i18n/format';

describe('dates beside times', () => {
  const at = new Date('2025-01-17T13:50:00Z');
  it('names the zone as each language does, the day as each language writes it', () => {
    expect(dateAndTimeParts('zh', at)).toEqual({ date: '2025年1月17日', time: '21:50', zone: '北京时间' });
    expect(dateAndTimeParts('en', at)).toEqual({
      date: '17 January 2025',
      time: '21:50',
      zone: 'Beijing time',
    });
    expect(dateAndTimeParts('vi', at)).toEqual({ date: '17/1/2025', time: '21:50', zone: 'giờ Bắc Kinh' });
  });
});

describe('lists of names', () => {
  it('separates Chinese names with 、 and others with commas, with no "and"', () => {
    expect(listParts('zh', 3, 'enumeration')).toEqual([0, '、', 1, '、', 2]);
    expect(listParts('vi', 2, 'enumeration')).toEqual([0, ', ', 1]);
    expect(listParts('en', 3)).toEqual([0, ', ', 1, ' and ', 2]);
    // the newsroom's lists of fields and parts, too
    expect(formatList('zh', ['标题', '导语'], 'enumeration')).toBe('标题、导语');
    expect(formatList('en', ['Title', 'Standfirst'], 'enumeration')).toBe('Title, Standfirst');
  });

  it('lists each other spelling once, and none already shown as a name or nickname', () => {
    const aliases = [
      { locale: 'zh' as const, name: '南宁市' },
      { locale: 'zh' as const, name: '邕城' },
      { locale: null, name: 'Nam Ninh' },
      { locale: 'zh' as const, name: '南宁市' },
    ];
    expect(otherSpellings(aliases, ['南宁', 'Nanning', 'Nam Ninh', '邕城'])).toEqual([
      { locale: 'zh', name: '南宁市' },
    ]);
  });
});
