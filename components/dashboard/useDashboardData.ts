import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { TclDatabase } from '@/utils/db/database';
import type { FindingSighting, Note } from '@/utils/db/types';
import { sightingsForNotes } from '@/utils/db/findings-log';

export interface DashboardData {
  notes: Note[];
  sightings: FindingSighting[];
  loaded: boolean;
  error: string | null;
}

/** Every note and the sightings they need, kept current with Dexie's liveQuery (edits from any tab show at once). */
export function useDashboardData(db: TclDatabase): DashboardData {
  const [data, setData] = useState<DashboardData>({ notes: [], sightings: [], loaded: false, error: null });
  useEffect(() => {
    // Only the sightings the notes need, by index: never the whole findings log on every change.
    const subscription = liveQuery(async () => {
      const notes = await db.notes.toArray();
      return { notes, sightings: await sightingsForNotes(db, notes) };
    }).subscribe({
      next: (value) => setData({ ...value, loaded: true, error: null }),
      error: (e: Error) => setData((d) => ({ ...d, loaded: true, error: e.message })),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return data;
}
