import { describe, expect, it } from 'vitest';
import { actionResult } from '../../scripts/soak/form-client';

describe('an action’s answer read from its RSC payload (the soak’s and the tests’ client)', () => {
  it('fills in a long string React sent as a text row of its own', () => {
    const text = `Đoạn dài ${'x'.repeat(1100)} soakTOKEN`;
    const bytes = Buffer.byteLength(text).toString(16);
    const payload = `0:{"a":"$@1"}\n1:{"status":"error","error":"unavailable","yours":{"paragraphs":[{"markup":"$2"}]}}\n2:T${bytes},${text}`;
    expect(actionResult(payload)).toEqual({
      status: 'error',
      error: 'unavailable',
      yours: { paragraphs: [{ markup: text }] },
    });
  });

  it('leaves other dollar values alone and unescapes "$$"', () => {
    expect(actionResult('0:{"a":"$@1"}\n1:{"a":"$undefined","b":"$$5","c":"$9"}\n')).toEqual({
      a: '$undefined',
      b: '$5',
      c: '$9',
    });
  });
});
