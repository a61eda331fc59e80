import { ORGS, type Org, type OrgId } from './registry';

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

/** What tells an organization's site: its id and domains (all the content script's copy holds: utils/data-files.ts). */
type OrgSite = Pick<Org, 'id' | 'domains'>;

/** The organization whose site this URL is on, or null. */
export function detectOrg(url: string | URL, orgs: readonly Org[] = ORGS): Org | null {
  const id = detectOrgId(url, orgs);
  return orgs.find((org) => org.id === id) ?? null;
}

/** The id of the organization whose site this URL is on, or null. */
export function detectOrgId(url: string | URL, orgs: readonly OrgSite[] = ORGS): OrgId | null {
  const host = hostOf(url);
  if (!host) return null;
  return orgs.find((org) => org.domains.some((d) => hostBelongsTo(host, d.domain)))?.id ?? null;
}

/** An organization by its id, in full (not in the content script, whose copy holds only ids and domains). */
export function orgById(id: OrgId | null, orgs: readonly Org[] = ORGS): Org | null {
  return orgs.find((org) => org.id === id) ?? null;
}

/** Manifest match patterns: `*.d` matches the domain itself and every subdomain, in Chrome and Firefox. */
export function orgMatchPatterns(orgs: readonly OrgSite[] = ORGS): string[] {
  return orgs.flatMap((org) => org.domains.map((d) => `*://*.${d.domain}/*`));
}
