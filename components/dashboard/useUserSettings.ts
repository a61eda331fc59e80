import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { TclDatabase } from '@/utils/db/database';
import { saveUserSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS, LANG_KEY, SETTINGS_KEY, withDefaults, type UserSettings } from '@/utils/settings/user-settings';
import { sendMessage } from '@/utils/messaging/protocol';

/**
 * The user's settings, kept current (an import or another tab may change them), saved at once;
 * the background is told so extra sites get their script.
 */
export function useUserSettings(db: TclDatabase) {
  const [settings, setSettings] = useState<UserSettings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const sub = liveQuery(async () => ({ stored: (await db.settings.get(SETTINGS_KEY))?.value, lang: (await db.settings.get(LANG_KEY))?.value })).subscribe({
      next: ({ stored, lang }) => setSettings(withDefaults({ ...((stored as object) ?? DEFAULT_SETTINGS), lang })),
      error: (e: Error) => setError(e.message),
    });
    return () => sub.unsubscribe();
  }, [db]);
  const save = async (next: UserSettings) => {
    const result = await saveUserSettings(db, next);
    if (!result.ok) return setError(result.error.message);
    setSettings(next);
    setError(null);
    await sendMessage('userSettingsChanged').catch(() => undefined);
  };
  return { settings, error, save };
}
