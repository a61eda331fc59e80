import { ready, type TclDatabase } from '../db/database';
import { storageError } from '../db/errors';
import { ok, type Result } from '../result';
import { DEFAULT_SETTINGS, LANG_KEY, SETTINGS_KEY, withDefaults, type UserSettings } from './user-settings';

export async function loadUserSettings(db: TclDatabase): Promise<Result<UserSettings>> {
  try {
    await ready(db);
    const stored = (await db.settings.get(SETTINGS_KEY))?.value ?? DEFAULT_SETTINGS;
    const lang = (await db.settings.get(LANG_KEY))?.value;
    return ok(withDefaults({ ...(stored as object), lang }));
  } catch (e) {
    return storageError(e);
  }
}

export async function saveUserSettings(db: TclDatabase, settings: UserSettings, now: () => number = Date.now): Promise<Result<UserSettings>> {
  try {
    await ready(db);
    const { lang: _lang, ...rest } = settings;
    await db.settings.put({ key: SETTINGS_KEY, value: rest, updatedAt: now() });
    return ok(settings);
  } catch (e) {
    return storageError(e);
  }
}
