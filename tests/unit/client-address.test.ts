import { describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  parseTrustedProxies,
  settleForwarding,
} from '@/lib/http/client-address';

const none = parseTrustedProxies(undefined)!;
const loopback = parseTrustedProxies('127.0.0.1, ::1')!;
const lan = parseTrustedProxies('127.0.0.1,10.0.0.0/8,fd00::/8')!;

describe('the client address', () => {
  it('is the socket’s when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(clientAddressOf('127.0.0.1', '198.51.100.1', none)).toBe('127.0.0.1');
    expect(clientAddressOf('::ffff:203.0.113.7', undefined, none)).toBe('203.0.113.7');
  });

  it('is the right-most untrusted entry behind trusted proxies, never one the client wrote left of it', () => {
    // nginx appends the reader's address to what the reader claimed
    expect(clientAddressOf('127.0.0.1', '1.1.1.1, 203.0.113.7', loopback)).toBe('203.0.113.7');
    expect(clientAddressOf('::1', '203.0.113.7', loopback)).toBe('203.0.113.7');
    // two proxies in a row (a load balancer in the LAN, then the loopback nginx)
    expect(clientAddressOf('127.0.0.1', 'spoofed, 203.0.113.7, 10.1.2.3', lan)).toBe('203.0.113.7');
    expect(clientAddressOf('127.0.0.1', ['203.0.113.7', '10.1.2.3'], lan)).toBe('203.0.113.7');
    // only proxies: the farthest one is the best known
    expect(clientAddressOf('127.0.0.1', '10.9.9.9', lan)).toBe('10.9.9.9');
    // junk in the chain ends the walk at the last address known good
    expect(clientAddressOf('127.0.0.1', '203.0.113.7, <script>', loopback)).toBe('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', undefined, loopback)).toBe('127.0.0.1');
  });

  it('drops the forwarding headers of an untrusted peer and keeps a trusted proxy’s', () => {
    const claimed = {
      'x-forwarded-for': '1.1.1.1',
      'x-forwarded-host': 'attacker.example',
      'x-forwarded-proto': 'https',
      [CLIENT_ADDRESS_HEADER]: '9.9.9.9',
    };
    const fromReader: Record<string, string | undefined> = { ...claimed };
    expect(settleForwarding(fromReader, '203.0.113.7', loopback)).toBe('203.0.113.7');
    expect(fromReader).toEqual({ [CLIENT_ADDRESS_HEADER]: '203.0.113.7' });
    const fromProxy: Record<string, string | undefined> = { ...claimed };
    settleForwarding(fromProxy, '127.0.0.1', loopback);
    expect(fromProxy).toEqual({ ...claimed, [CLIENT_ADDRESS_HEADER]: '1.1.1.1' });
  });

  it('reads TRUSTED_PROXIES as addresses and ranges, and refuses anything else', () => {
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', '1.2.3'])
      expect(parseTrustedProxies(bad), bad).toBeUndefined();
    expect(lan.check('10.200.0.1')).toBe(true);
    expect(lan.check('11.0.0.1')).toBe(false);
  });
});
