import { useEffect, useState } from 'preact/hooks';
import type { TclDatabase } from '@/utils/db/database';
import { loadUserSettings, saveUserSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS, type UserSettings } from '@/utils/settings/user-settings';
import { sendMessage } from '@/utils/messaging/protocol';

/** The user's settings, saved at once; the background is told so extra sites get their script. */
export function useUserSettings(db: TclDatabase) {
  const [settings, setSettings] = useState<UserSettings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadUserSettings(db).then((r) => (r.ok ? setSettings(r.value) : setError(r.error.message)));
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
