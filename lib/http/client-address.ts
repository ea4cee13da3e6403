import { BlockList, isIP } from 'node:net';

/**
 * Who sent a request, decided once where it enters the portal's server (scripts/serve.ts) and
 * read by everything after it: the login limits and the audit log (lib/auth/request.ts), the
 * cross-site check (lib/server/request-guards.ts), Next itself.
 *
 * The client's address is the socket's. Only when the socket is a proxy the operator listed
 * (TRUSTED_PROXIES) does X-Forwarded-For count, and then its right-most entry that is not itself a
 * trusted proxy: every entry left of that one was written by the client and proves nothing. From an
 * untrusted peer, the X-Forwarded-* headers are claims and are removed before anything reads them.
 */

/** The header the portal's server writes (overwriting whatever a client sent) with the address. */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';

/** "127.0.0.1, ::1, 10.0.0.0/8" → a matcher; `undefined` for an entry that is no address or range. */
export function parseTrustedProxies(value: string | undefined): BlockList | undefined {
  const list = new BlockList();
  for (const entry of (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    if (!family || extra !== undefined) return undefined;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d{1,3}$/.test(bits) || prefix > (family === 4 ? 32 : 128)) return undefined;
    list.addSubnet(address, prefix, type);
  }
  return list;
}

/** An address as the log and the limits key it: IPv4 inside IPv6 (::ffff:1.2.3.4) as plain IPv4. */
export function normalizeAddress(address: string): string | undefined {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare)?.[1];
  const plain = mapped ?? bare;
  return isIP(plain) ? plain.toLowerCase() : undefined;
}

export function isTrusted(address: string | undefined, trusted: BlockList): boolean {
  const normal = address && normalizeAddress(address);
  if (!normal) return false;
  return trusted.check(normal, isIP(normal) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address from the socket's and the X-Forwarded-For chain (see the top): walking the
 * chain from the right, past the socket and every trusted proxy, the first other entry. An entry
 * that is no address ends the walk at the last address known good.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  const socket = socketAddress ? normalizeAddress(socketAddress) : undefined;
  if (!socket) return 'unknown';
  if (!isTrusted(socket, trusted)) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  let client = socket;
  for (const entry of chain.reverse()) {
    const address = normalizeAddress(entry);
    if (!address) break;
    client = address;
    if (!isTrusted(address, trusted)) break;
  }
  return client;
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * Applies the trust boundary to a request's headers in place: the client's address in
 * CLIENT_ADDRESS_HEADER, and X-Forwarded-For/-Host/-Proto/-Port kept only from a trusted proxy.
 */
export function settleForwarding(
  headers: Headers,
  socketAddress: string | undefined,
  trusted: BlockList,
): string {
  const client = clientAddressOf(socketAddress, headers['x-forwarded-for'], trusted);
  if (!isTrusted(socketAddress, trusted))
    for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'])
      delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = client;
  return client;
}
