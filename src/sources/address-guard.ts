import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { SourceError } from '../errors.js';

/**
 * Only public unicast addresses may be fetched: private, loopback, link-local (cloud metadata),
 * carrier-grade NAT, multicast and reserved ranges are refused, IPv4-mapped IPv6 included.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
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
    throw new SourceError(`${url.host} is a private or local address; Parallax only reads public web pages.`);
  }
  if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host) && !allow.allows(url)) {
    throw new SourceError(`${url.host} is a local host name; Parallax only reads public web pages.`);
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
        const error = new SourceError(`${hostname} resolves to a private or local address; Parallax only reads public web pages.`);
        return callback(Object.assign(error, { code: 'EPRIVATE' }) as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}
