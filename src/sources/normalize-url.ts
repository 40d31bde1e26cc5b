/** Query parameters that only track where a click came from: they never change the article. */
const TRACKING = [/^utm_/i, /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ref_url|cmpid|ocid|smid|sr_share|at_medium|at_campaign)$/i];

/**
 * The key under which an article is cached: scheme and host lowercased, default port, fragment and
 * tracking parameters removed, the remaining parameters sorted. Two links to one article share a key.
 */
export function normalizeUrl(input: string): string {
  const url = new URL(input);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING.some((re) => re.test(k)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.toString();
}
