import { useEffect, useRef } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { changesNothing, type ImportPreview } from '@/utils/import/merge';
import { listOf, quoted, shown } from '@/utils/export/labels';
import type { useImport } from './useImport';

function PreviewList({ lang, p }: { lang: Lang; p: ImportPreview }) {
  const s = p.settings;
  const items = [
    t(lang, 'importPreviewNotes', p.notes.added, p.notes.updated, p.notes.skipped, p.notes.unchanged),
    t(lang, 'importPreviewScreenshots', p.screenshots),
    p.dismissals.everywhere.length ? t(lang, 'importPreviewDismissEverywhere', listOf(p.dismissals.everywhere.map((q) => quoted(shown(q), lang)), lang)) : null,
    p.dismissals.perPage ? t(lang, 'importPreviewDismissPage', p.dismissals.perPage) : null,
    p.dismissals.restored ? t(lang, 'importPreviewRestored', p.dismissals.restored) : null,
    s ? null : t(lang, 'importPreviewSettingsNone'),
  ].filter((x): x is string => x !== null);
  const settings = s
    ? [
        s.rulesChanged.length ? t(lang, 'importPreviewRules', s.rulesChanged.length) : null,
        s.phrasesAdded.length ? t(lang, 'importPreviewPhrasesAdded', listOf(s.phrasesAdded.map(shown), lang)) : null,
        s.phrasesRemoved.length ? t(lang, 'importPreviewPhrasesRemoved', listOf(s.phrasesRemoved.map(shown), lang)) : null,
        s.sitesAdded.length ? t(lang, 'importPreviewSitesAdded', listOf(s.sitesAdded, lang)) : null,
        s.sitesRemoved.length ? t(lang, 'importPreviewSitesRemoved', listOf(s.sitesRemoved, lang)) : null,
        s.membershipsChanged ? t(lang, 'importPreviewMemberships', s.membershipsChanged) : null,
        s.langChanged ? t(lang, 'importPreviewLang') : null,
      ].filter((x): x is string => x !== null)
    : [];
  return (
    <ul class="preview-list">
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
      {s ? (
        <li class="settings-change">
          <strong>{t(lang, 'importPreviewSettings')}</strong>
          <ul>
            {settings.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </li>
      ) : null}
    </ul>
  );
}

/** The file picker with everything about an import next to it: progress, preview, result, errors. */
export function ImportSection({ lang, importer }: { lang: Lang; importer: ReturnType<typeof useImport> }) {
  const { state } = importer;
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.step === 'preview') confirmRef.current?.focus();
  }, [state.step]);
  return (
    <div class="import">
      <label class="file">
        <span>{t(lang, 'importChoose')}</span>
        <input
          type="file"
          name="import"
          accept=".json,.zip,application/json,application/zip"
          disabled={state.step === 'busy'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importer.choose(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <div class="import-status" aria-live="polite">
        {state.step === 'busy' ? (
          <p class="progress" role="status" data-phase={state.phase}>
            {state.phase === 'reading'
              ? t(lang, 'importReading', Math.round(state.done * 100))
              : state.phase === 'checking'
                ? t(lang, 'importChecking')
                : t(lang, 'importWriting', state.done, state.total ?? 0)}
            <progress max={state.total ?? 1} value={state.phase === 'checking' ? undefined : state.done} />
          </p>
        ) : null}
        {state.step === 'done' ? (
          <p class="message info" role="status">
            {state.text}
          </p>
        ) : null}
      </div>
      {state.step === 'error' ? (
        <p class="message error" role="alert">
          {state.text}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div class="import-preview" role="group" aria-labelledby="import-preview-heading" data-changes={changesNothing(state.preview) ? 'none' : 'some'}>
          <p id="import-preview-heading">
            <strong>{changesNothing(state.preview) ? t(lang, 'importPreviewNothing') : t(lang, 'importPreviewHeading', state.name)}</strong>
          </p>
          <PreviewList lang={lang} p={state.preview} />
          <button type="button" class="primary" data-action="import-confirm" ref={confirmRef} onClick={() => void importer.confirm()}>
            {t(lang, 'importConfirm')}
          </button>{' '}
          <button type="button" data-action="import-cancel" onClick={importer.cancel}>
            {t(lang, 'importCancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
