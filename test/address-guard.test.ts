import { describe, expect, it } from 'vitest';
import { parseLink } from '../src/sources/links.js';
import { AllowList, checkLiteralHost, guardedLookup, isPublicAddress } from '../src/sources/address-guard.js';

describe('isPublicAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1',
    // IPv4-compatible ::/96 (deprecated), NAT64, 6to4, TEREDO, documentation, discard, site-local, multicast, benchmarking, 240/4
    '::7f00:1', '::127.0.0.1', '::8.8.8.8', '64:ff9b::7f00:1', '2002:7f00:1::1', '2001:0:4136:e378::1', '2001:db8::1', '3fff::1', '100::1',
    'fec0::1', 'ff02::1', '2001:2::1', '192.0.2.1', '198.18.0.1', '198.51.100.7', '203.0.113.9', '192.0.0.8', '240.0.0.1', '255.255.255.255'])(
    'refuses %s',
    (ip) => expect(isPublicAddress(ip)).toBe(false),
  );
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (ip) => expect(isPublicAddress(ip)).toBe(true));
});

describe('checkLiteralHost', () => {
  const none = new AllowList([]);
  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[::7f00:1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://foo.localhost/',
  ])('refuses %s', (url) => expect(() => checkLiteralHost(new URL(url), none)).toThrow(/private|local/));

  it('takes a host name with a trailing dot as the valid absolute name it is', () => {
    expect(parseLink('http://example.com./')).toBe('http://example.com./');
    expect(() => checkLiteralHost(new URL('http://example.com./'), none)).not.toThrow();
  });

  it('lets FETCH_ALLOW_HOSTS entries through, by host or by host:port', () => {
    expect(() => checkLiteralHost(new URL('http://127.0.0.1:8080/'), new AllowList(['127.0.0.1:8080']))).not.toThrow();
    expect(() => checkLiteralHost(new URL('http://127.0.0.1:9090/'), new AllowList(['127.0.0.1:8080']))).toThrow();
    expect(() => checkLiteralHost(new URL('http://127.0.0.1:9090/'), new AllowList(['127.0.0.1']))).not.toThrow();
  });
});

describe('guardedLookup', () => {
  const lookup = (host: string, allow: AllowList) =>
    new Promise<{ err: Error | null; address: unknown }>((resolve) =>
      guardedLookup(new URL(`http://${host}/`), allow)(host, { all: false }, (err, address) => resolve({ err, address })),
    );

  it('refuses a host name that resolves to a private address', async () => {
    const { err } = await lookup('localhost', new AllowList([]));
    expect(err?.message).toMatch(/resolves to a private or local address/);
  });

  it('returns the checked address itself, so the connection goes where the check looked', async () => {
    const { err, address } = await lookup('localhost', new AllowList(['localhost']));
    expect(err).toBeNull();
    expect(['127.0.0.1', '::1']).toContain(address);
  });
});
