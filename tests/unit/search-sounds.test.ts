import { describe, expect, it } from 'vitest';
import { soundDistance, soundKey, soundSpans } from '@/lib/search/sounds';

/** Sound keys (lib/search/sounds.ts): names of places the launch glossary does not have, too. */
describe('sound keys', () => {
  it.each([
    // Vietnamese as an English speaker types it
    ['Hà Nội', 'Ha Noy'],
    ['Đà Nẵng', 'Da Nang'],
    ['Quảng Ninh', 'Kwang Ninh'],
    ['Phú Quốc', 'Fu Kwok'],
    ['Cần Thơ', 'Kan To'],
    ['Nghệ An', 'Nge An'],
    ['Vũng Tàu', 'Vung Tau'],
    // Lao and Thai romanisations of one name
    ['Viêng Chăn', 'Wiang Chan'],
    ['Luang Prabang', 'Luang Phrabang'],
    ['Phuket', 'Puket'],
    ['Chiang Mai', 'Chiangmai'],
    // Chinese characters and pinyin, with tones, spaces or none
    ['北京', 'Běijīng'],
    ['广州', 'guang zhou'],
    ['桂林', 'Guilin'],
    ['柳州', 'liuzhou'],
    // transliterations that double a letter or drop an h
    ['Athsaphangthong', 'Atsaphangtong'],
    ['Yangon', 'Yangonn'],
  ])('%s sounds like %s', (a, b) => {
    expect(soundKey(a)).toBe(soundKey(b));
    expect(soundKey(a).length).toBeGreaterThan(3);
  });

  it.each([
    ['Hà Nội', 'Hải Nam'],
    ['Nam Ninh', 'Nam Định'],
    ['Kedah', 'Kiên Giang'],
    ['广州', '贵州'],
  ])('%s does not sound like %s', (a, b) => {
    expect(soundKey(a)).not.toBe(soundKey(b));
  });

  it('allows a letter of difference only in keys long enough to carry one', () => {
    expect(soundDistance('hanoi')).toBe(0);
    expect(soundDistance('iongceng')).toBe(1);
    expect(soundDistance('atsafangtong')).toBe(2);
  });

  it('compares every run of one to four words, short keys left out', () => {
    const spans = soundSpans('Wieng Chan 2025 de');
    // "chan 2025" is "can", "2025 de" is "de": too short to tell a name
    expect(spans.map((s) => s.span)).toEqual([
      'wieng',
      'wieng chan',
      'wieng chan 2025',
      'wieng chan 2025 de',
      'chan 2025 de',
    ]);
    expect(spans.find((s) => s.span === 'wieng chan')!.key).toBe(soundKey('Viêng Chăn'));
  });
});
