import { describe, expect, it } from 'vitest';
import { summaryOf } from '@/lib/model/summary';

/** A report without a standfirst is described by the start of its text, as a reader would cut it. */
describe('summaryOf', () => {
  it('keeps a short text whole, spaces folded', () => {
    expect(summaryOf('  The Nanning Initiative\nwas released.  ')).toBe(
      'The Nanning Initiative was released.',
    );
  });

  it('ends at the last whole sentence that fits, in English, Vietnamese and Chinese', () => {
    const en = `${'Mayors met in Nanning on 16 January. '.repeat(3)}${'They talked about trade and ports '.repeat(6)}.`;
    expect(summaryOf(en, 120)).toBe('Mayors met in Nanning on 16 January. '.repeat(3).trim());
    const vi = `Chiều 15/1, đoàn đại biểu tới Nam Ninh. ${'Các thị trưởng trao đổi về hợp tác '.repeat(8)}`;
    expect(summaryOf(vi, 80)).toBe('Chiều 15/1, đoàn đại biểu tới Nam Ninh.');
    const zh = `1月16日，对话在南宁举行。${'来自8个国家的12座城市负责人参与讨论'.repeat(5)}`;
    expect(summaryOf(zh, 40)).toBe('1月16日，对话在南宁举行。');
  });

  it('without a sentence end in reach, cuts at a word (anywhere in Chinese) and says so', () => {
    const en = 'word '.repeat(60);
    const cut = summaryOf(en, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(50);
    const zh = '南宁'.repeat(60);
    expect(summaryOf(zh, 30)).toBe(`${'南宁'.repeat(14)}南…`);
    // a decimal point or an abbreviation's dot is not a sentence end
    expect(summaryOf(`Trade grew 3.3 billion yuan ${'and more '.repeat(30)}`, 40).endsWith('…')).toBe(true);
  });
});
