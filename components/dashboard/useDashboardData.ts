import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { TclDatabase } from '@/utils/db/database';
import type { FindingSighting, Note } from '@/utils/db/types';

export interface DashboardData {
  notes: Note[];
  sightings: FindingSighting[];
  loaded: boolean;
  error: string | null;
}

/** Every note and sighting, kept current with Dexie's liveQuery (edits from any tab show at once). */
export function useDashboardData(db: TclDatabase): DashboardData {
  const [data, setData] = useState<DashboardData>({ notes: [], sightings: [], loaded: false, error: null });
  useEffect(() => {
    const subscription = liveQuery(async () => ({ notes: await db.notes.toArray(), sightings: await db.findingsLog.toArray() })).subscribe({
      next: (value) => setData({ ...value, loaded: true, error: null }),
      error: (e: Error) => setData((d) => ({ ...d, loaded: true, error: e.message })),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return data;
}
