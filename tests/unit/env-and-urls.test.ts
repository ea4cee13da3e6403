import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { describeDatabase, withDatabase } from '@/lib/db/url';

describe('configuration', () => {
  it('defaults to port 3000 and the .data folder', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 3000, PORTAL_DATA_DIR: '.data', SCHEDULER_INTERVAL_MS: 5000 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    // an interval of 0 or NaN would make every server call itself in a busy loop
    for (const value of ['0', 'soon', '999'])
      expect(() => readEnv({ SCHEDULER_INTERVAL_MS: value })).toThrow(/SCHEDULER_INTERVAL_MS/);
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });

  it('describes a database by host, port and name without its password', () => {
    expect(describeDatabase('postgresql://u:p%40ss@db.internal:6543/news')).toBe('db.internal:6543/news');
    expect(describeDatabase('postgres://u:pw@localhost/news')).toBe('localhost:5432/news');
    expect(withDatabase('postgresql://u:pw@h:1/a', 'b')).toBe('postgresql://u:pw@h:1/b');
  });
});
