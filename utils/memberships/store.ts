/** The memberships the pages show: the shipped data with the user's stored corrections over it. */
import type { TclDatabase } from '../db/database';
import { ok, type Result } from '../result';
import { loadUserSettings } from '../settings/store';
import { membershipData } from './data';
import type { MembershipData } from './index';

export async function loadMembershipData(db: TclDatabase): Promise<Result<MembershipData>> {
  const settings = await loadUserSettings(db);
  return settings.ok ? ok(membershipData(settings.value.membershipOverrides)) : settings;
}
