// The WordPress version of a site, for "Kiểm tra kết nối" (the REST API does not tell it).

/**
 * "6.1.9" from the generator tag of the RSS feed, else of the home page. Best effort: security plugins often
 * remove it; null then.
 */
export async function wordpressVersion(siteUrl: string, fetchFn: (url: string, init: RequestInit) => Promise<Response>): Promise<string | null> {
  const probes: Array<[string, RegExp]> = [
    [`${siteUrl}/?feed=rss2`, /<generator>\s*https?:\/\/wordpress\.org\/\?v=([\d.]+)\s*<\/generator>/i],
    [`${siteUrl}/`, /<meta[^>]+name=["']generator["'][^>]+content=["']WordPress ([\d.]+)/i]
  ];
  for (const [url, pattern] of probes) {
    try {
      const res = await fetchFn(url, { signal: AbortSignal.timeout(5_000), redirect: 'follow' });
      const version = pattern.exec((await res.text()).slice(0, 200_000))?.[1];
      if (version) return version;
    } catch {
      /* next */
    }
  }
  return null;
}
