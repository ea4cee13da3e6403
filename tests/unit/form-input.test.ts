import { describe, expect, it } from 'vitest';
import {
  blockText,
  hasControlCharacters,
  lineText,
  linesText,
  withoutControls,
} from '@/lib/model/text-input';

describe('text fields', () => {
  it('refuse NUL, other C0 and C1 controls and DEL in every field', () => {
    for (const c of ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f'])
      for (const schema of [lineText(), linesText(), blockText()])
        expect(schema.safeParse(`Nam${c}Ninh`).success, JSON.stringify(c)).toBe(false);
  });

  it('keep tabs and line breaks in text of several lines, not in a line', () => {
    expect(blockText().safeParse('一\r\n二\n\tthree').success).toBe(true);
    expect(linesText().safeParse('Vientiane\nViêng Chăn').success).toBe(true);
    expect(lineText().safeParse('Nanning\nInitiative').success).toBe(false);
    expect(lineText().safeParse('Nanning\tInitiative').success).toBe(true);
  });

  it('refuse bidirectional overrides and isolates in lines, so a headline reads as it is stored', () => {
    for (const c of ['\u202a', '\u202b', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(lineText().safeParse(`title${c}txt.exe`).success).toBe(false);
      expect(linesText().safeParse(`one\ntwo${c}`).success).toBe(false);
    }
    // the marks change no order by themselves; letters of every script pass
    expect(lineText().safeParse('Hà Nội\u200e — 南宁 — ວຽງຈັນ').success).toBe(true);
  });

  it('turn controls into spaces where a reader typed them', () => {
    expect(withoutControls('Nan\u0000ning\u202e')).toBe('Nan ning ');
    expect(hasControlCharacters('Nanning')).toBe(false);
  });
});
