/**
 * The shipped membership data and its sources. Imported by the background and the extension
 * pages only; the content script asks the background (message `getMemberships`).
 */
import raw from './memberships.json';
import rawSources from './sources.json';
import { withOverrides, type MembershipData } from './index';
import type { Membership, Source } from './schema';

/** Validated against MembershipsSchema by the unit tests (not at run time). */
export const MEMBERSHIPS = raw as Membership[];
export const SOURCES = rawSources as Source[];

/** What the surfaces show: the shipped data with the user's corrections over it. */
export function membershipData(overrides: readonly Membership[] = []): MembershipData {
  return { memberships: withOverrides(MEMBERSHIPS, overrides), sources: SOURCES };
}
