import { ready, type TclDatabase } from '../db/database';
import { storageError } from '../db/errors';
import { ok, type Result } from '../result';
import { DEFAULT_SETTINGS, SETTINGS_KEY, withDefaults, type UserSettings } from './user-settings';

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
