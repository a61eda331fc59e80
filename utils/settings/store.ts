import { ready, type TclDatabase } from '../db/database';
import { storageError } from '../db/errors';
import { ok, type Result } from '../result';
import { DEFAULT_SETTINGS, SETTINGS_KEY, sitePatterns, withDefaults, type UserSettings } from './user-settings';

export async function loadUserSettings(db: TclDatabase): Promise<Result<UserSettings>> {
  try {
    await ready(db);
    return ok(withDefaults((await db.settings.get(SETTINGS_KEY))?.value ?? DEFAULT_SETTINGS));
  } catch (e) {
    return storageError(e);
  }
}

export async function saveUserSettings(db: TclDatabase, settings: UserSettings, now: () => number = Date.now): Promise<Result<UserSettings>> {
  try {
    await ready(db);
    await db.settings.put({ key: SETTINGS_KEY, value: settings, updatedAt: now() });
    return ok(settings);
  } catch (e) {
    return storageError(e);
  }
}

interface Scripting {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[]): Promise<void>;
}
const SCRIPT_ID = 'extra-sites';

/** Runs the content script on the sites the user added (their host permission was granted then). */
export async function registerExtraSites(db: TclDatabase, scripting: Scripting): Promise<void> {
  const settings = await loadUserSettings(db);
  if (!settings.ok) return;
  const registered = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  const matches = sitePatterns(settings.value.extraSites);
  if (matches.length === 0) return;
  await scripting
    .registerContentScripts([{ id: SCRIPT_ID, matches, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true }])
    .catch(() => undefined);
}
