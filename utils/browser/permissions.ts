import type { Result } from '@/utils/result';

/** What asking for host access came to: granted, refused (by the user or the browser), or an error. */
export type PermissionAnswer = 'granted' | 'refused';

/**
 * Asks for access to `origins` (call it from a click: browsers ask only during a user gesture).
 * Never swallows an answer: a refusal and an error (e.g. Firefox's "not declared in the manifest")
 * come back for the caller to show.
 */
export async function requestOrigins(
  permissions: Pick<typeof browser.permissions, 'request'>,
  origins: string[],
): Promise<Result<PermissionAnswer>> {
  try {
    return { ok: true, value: (await permissions.request({ origins })) ? 'granted' : 'refused' };
  } catch (error) {
    return { ok: false, error: { kind: 'permission', message: String((error as Error)?.message ?? error) } };
  }
}
