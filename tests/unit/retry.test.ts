import { describe, expect, it } from 'vitest';
import { isWriteConflict, retryOnConflict } from '@/lib/db/retry';

describe('a write transaction chosen as a deadlock victim', () => {
  it('runs again, and only for a deadlock or a serialization failure', async () => {
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls += 1;
      if (calls < 3)
        throw Object.assign(
          new Error(
            'Transaction failed due to a write conflict or a deadlock. Please retry your transaction',
          ),
          { code: 'P2034' },
        );
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(calls).toBe(3);
    let other = 0;
    await expect(
      retryOnConflict(async () => {
        other += 1;
        throw new Error('violates unique constraint');
      }),
    ).rejects.toThrow('unique');
    expect(other).toBe(1);
    expect(isWriteConflict({ cause: { code: '40P01' } })).toBe(true);
    expect(isWriteConflict(new Error('deadlock detected'))).toBe(true);
    expect(isWriteConflict(new Error('timeout'))).toBe(false);
  });
});
