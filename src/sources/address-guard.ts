import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { SourceError } from '../errors.js';

/**
 * Address ranges the IANA special-purpose registries (IPv4 and IPv6) mark as not globally reachable,
 * plus multicast, the reserved 240/4 and the deprecated IPv4-compatible ::/96. Ranges the registry marks
 * global (AS112, AMT, 192.0.0.9…) are refused too where a news site would never live.
 */
const NON_GLOBAL_V4 = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.2.0/24',
  '192.31.196.0/24', '192.52.193.0/24', '192.88.99.0/24', '192.168.0.0/16', '192.175.48.0/24', '198.18.0.0/15', '198.51.100.0/24',
  '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
].map((c) => ipaddr.parseCIDR(c));

/**
 * IPv6: only global unicast (2000::/3) may be public; inside it, documentation, benchmarking, ORCHID,
 * TEREDO, 6to4 and the other special blocks are not. Everything outside 2000::/3 (::/96 IPv4-compatible,
 * 64:ff9b::/96 NAT64, 100::/64 discard, fc00::/7, fe80::/10, ff00::/8…) is refused, except IPv4-mapped
 * addresses (::ffff:a.b.c.d), which are the IPv4 address they carry and are judged as that.
 */
const GLOBAL_V6 = ipaddr.parseCIDR('2000::/3');
const NON_GLOBAL_V6 = ['2001::/23', '2001:db8::/32', '2002::/16', '3fff::/20', '5f00::/16', '2620:4f:8000::/48'].map((c) => ipaddr.parseCIDR(c));

/** Whether an address is public: globally reachable unicast, in every notation Node and ipaddr.js accept. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.parse(address.includes(':') ? asNodeReadsIt(address) : address);
  if (ip.kind() === 'ipv4') return isPublicV4(ip as ipaddr.IPv4);
  const v6 = ip as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return isPublicV4(v6.toIPv4Address());
  return v6.match(GLOBAL_V6) && !NON_GLOBAL_V6.some((range) => v6.match(range));
}

/**
 * An IPv6 literal as the WHATWG URL parser (and the socket) reads it: ipaddr.js takes "::1.2.3.4" for
 * the mapped ::ffff:1.2.3.4, but it is the IPv4-compatible ::102:304.
 */
function asNodeReadsIt(address: string): string {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address;
  }
}

function isPublicV4(ip: ipaddr.IPv4): boolean {
  return !NON_GLOBAL_V4.some((range) => ip.match(range as [ipaddr.IPv4, number]));
}

/** Hosts (`host` or `host:port`) that may be fetched although they resolve to private addresses. */
export class AllowList {
  private readonly entries: Array<{ host: string; port?: string }>;

  constructor(list: readonly string[]) {
    this.entries = list.map((entry) => {
      const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(entry.trim().toLowerCase());
      return m?.[2] ? { host: m[1]!, port: m[2] } : { host: m?.[1] ?? entry.toLowerCase() };
    });
  }

  allows(url: URL): boolean {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return this.entries.some((e) => e.host === host && (!e.port || e.port === port));
  }
}

/** Throws unless the URL's host is an allowed literal address, or a name (checked at connect time). */
export function checkLiteralHost(url: URL, allow: AllowList): void {
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (ipaddr.isValid(host) && !isPublicAddress(host) && !allow.allows(url)) {
    throw SourceError.of('privateAddress', { host: url.host });
  }
  if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host) && !allow.allows(url)) {
    throw SourceError.of('localHostName', { host: url.host });
  }
}

/**
 * A DNS lookup for http(s).request that refuses private answers. The socket connects to the address
 * checked here, so a DNS answer that changes between check and connect cannot slip through.
 */
export type Resolver = (hostname: string, options: { all: true; family: number }, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export function guardedLookup(url: URL, allow: AllowList, resolve: Resolver = dnsLookup as unknown as Resolver): LookupFunction {
  const allowed = allow.allows(url);
  return (hostname, options, callback) => {
    const family = options.family === 'IPv6' ? 6 : options.family === 'IPv4' ? 4 : (options.family ?? 0);
    resolve(hostname, { all: true, family }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const usable = allowed ? addresses : addresses.filter((a) => isPublicAddress(a.address));
      if (usable.length === 0) {
        const error = SourceError.of('resolvesPrivate', { host: hostname });
        return callback(Object.assign(error, { code: 'EPRIVATE' }) as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}
