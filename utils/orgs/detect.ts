import { ORGS, type Org } from './registry';

function hostOf(url: string | URL): string | null {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

function hostBelongsTo(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

/** The organization whose site this URL is on, or null. */
export function detectOrg(url: string | URL, orgs: readonly Org[] = ORGS): Org | null {
  const host = hostOf(url);
  if (!host) return null;
  return orgs.find((org) => org.domains.some((d) => hostBelongsTo(host, d.domain))) ?? null;
}

/** Manifest match patterns: `*.d` matches the domain itself and every subdomain, in Chrome and Firefox. */
export function orgMatchPatterns(orgs: readonly Org[] = ORGS): string[] {
  return orgs.flatMap((org) => org.domains.map((d) => `*://*.${d.domain}/*`));
}
