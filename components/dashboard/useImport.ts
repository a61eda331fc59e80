import { useState } from 'preact/hooks';
import type { TclDatabase } from '@/utils/db/database';
import type { ImportPhase } from '@/utils/import/file';
import { readBackup } from '@/utils/import/read';
import { changesNothing, importBackup, previewImport, type ImportPreview } from '@/utils/import/merge';
import type { ImportError } from '@/utils/import/parse';
import type { Backup, IncomingBackup } from '@/utils/import/schema';
import { t, type Lang, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';

export type ImportState =
  | { step: 'idle' }
  | { step: 'busy'; phase: ImportPhase; done: number; total?: number }
  | { step: 'preview'; name: string; preview: ImportPreview; backup: Backup | IncomingBackup }
  | { step: 'error'; text: string }
  | { step: 'done'; text: string };

const ERROR_KEYS: Record<ImportError['kind'], MessageKey> = {
  'too-large': 'importErrTooLarge',
  'not-json': 'importErrNotJson',
  'wrong-format': 'importErrWrongFormat',
  'future-version': 'importErrFutureVersion',
  invalid: 'importErrInvalid',
  'duplicate-id': 'importErrDuplicate',
  'bad-zip': 'importErrBadZip',
  'future-time': 'importErrFutureTime',
  'orphan-evidence': 'importErrOrphan',
};

/** Read, check and preview a backup; nothing is written until the user confirms. */
export function useImport(db: TclDatabase, lang: Lang, now: () => number = Date.now) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const failed = (key: MessageKey, detail: string) => setState({ step: 'error', text: t(lang, 'importFailedDetail', t(lang, key), detail) });

  return {
    state,
    async choose(file: File) {
      setState({ step: 'busy', phase: 'reading', done: 0 });
      // A file the browser cannot even read (too large for memory, gone from disk) is a message too.
      const bytes = await file.arrayBuffer().then((b) => new Uint8Array(b), (e: Error) => e);
      if (bytes instanceof Error) return failed('importErrNotJson', bytes.message);
      const parsed = await readBackup(bytes, { now: now(), onProgress: (phase, done) => setState({ step: 'busy', phase, done }) });
      if (!parsed.ok) return failed(ERROR_KEYS[parsed.error.kind], parsed.error.message);
      const preview = await previewImport(db, parsed.value);
      if (!preview.ok) return failed('importErrStorage', preview.error.message);
      setState({ step: 'preview', name: file.name, preview: preview.value, backup: parsed.value });
    },
    cancel() {
      setState({ step: 'done', text: t(lang, 'importCancelled') });
    },
    async confirm() {
      if (state.step !== 'preview') return;
      const { name, backup } = state;
      setState({ step: 'busy', phase: 'writing', done: 0 });
      const result = await importBackup(db, backup, { onProgress: (done, total) => setState({ step: 'busy', phase: 'writing', done, total }) });
      if (!result.ok) return failed('importErrStorage', result.error.message);
      const s = result.value;
      // Settings that came with the file reach the pages and the background's extra sites.
      if (s.settings) await sendMessage('userSettingsChanged').catch(() => undefined);
      setState({ step: 'done', text: t(lang, 'importDoneSummary', name, s.notes.added, s.notes.updated, s.screenshots) });
    },
    reset: () => setState({ step: 'idle' }),
  };
}

export { changesNothing };
