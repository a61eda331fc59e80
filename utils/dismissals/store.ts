/**
 * Dismissed findings, kept in the extension's own storage (never the page's), honoured on every
 * visit. Deletes are soft so a colleague's backup cannot bring a restored finding back.
 */
import type { Dismissal } from '../db/types';
import type { DismissInput } from '../messaging/protocol';
import { err, ok, type Result } from '../result';

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'dismissals';

export interface StoreDeps {
  now?: () => number;
  uuid?: () => string;
}

function failure(error: unknown) {
  const message = String((error as Error)?.message ?? error);
  return err({ kind: /quota/i.test(message) ? 'quota' : 'unknown', message });
}

export function createDismissalStore(area: KeyValueArea, deps: StoreDeps = {}) {
  const now = deps.now ?? Date.now;
  const uuid = deps.uuid ?? (() => crypto.randomUUID());
  // One write at a time: two quick dismissals must not overwrite each other's read.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  const all = async (): Promise<Dismissal[]> => ((await area.get(KEY))[KEY] as Dismissal[] | undefined) ?? [];

  return {
    async list(url: string): Promise<Result<Dismissal[]>> {
      try {
        return ok((await all()).filter((d) => !d.deletedAt && (d.url === undefined || d.url === url)));
      } catch (e) {
        return failure(e);
      }
    },
    add(input: DismissInput): Promise<Result<Dismissal>> {
      return serial(async () => {
        try {
          const t = now();
          const record: Dismissal = { id: uuid(), createdAt: t, updatedAt: t, ruleId: input.ruleId, quote: input.quote };
          if (input.url !== undefined) record.url = input.url;
          await area.set({ [KEY]: [...(await all()), record] });
          return ok(record);
        } catch (e) {
          return failure(e);
        }
      });
    },
    remove(id: string): Promise<Result<null>> {
      return serial(async () => {
        try {
          const t = now();
          const next = (await all()).map((d) => (d.id === id ? { ...d, deletedAt: t, updatedAt: t } : d));
          await area.set({ [KEY]: next });
          return ok(null);
        } catch (e) {
          return failure(e);
        }
      });
    },
  };
}
