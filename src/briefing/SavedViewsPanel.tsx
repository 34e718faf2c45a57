import { useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useExplorer } from '../store/store';
import { downloadBlob, fileStem } from './download';
import { briefingMessages } from './messages';
import { NameForm } from './NameForm';
import { usePresentation } from './presentation';
import { applySavedView, useSavedViews } from './savedViews';
import { parseSavedViewsFile, savedViewsToFile } from './savedViewsFile';

/** Saved views: save the current view under a name, apply, rename, reorder, delete, present, export and import. */
export function SavedViewsPanel({ onPresent }: { /** Called instead of starting the briefing directly (the menu closes first). */ onPresent?: () => void }) {
  const t = useT(briefingMessages);
  const { views, save, rename, move, remove, addAll } = useSavedViews();
  const start = usePresentation((s) => s.start);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    const parsed = parseSavedViewsFile(await file.text());
    if ('error' in parsed) setMessage({ text: t('importFailed', { message: `${file.name}: ${parsed.error}` }), error: true });
    else {
      addAll(parsed.views);
      setMessage({ text: t('imported', { count: parsed.views.length }), error: false });
    }
  };

  return (
    <div className="saved-views">
      {editing === 'new' ? (
        <NameForm label={t('saveView')} onCancel={() => setEditing(null)} onSubmit={(name) => { save(name, useExplorer.getState()); setEditing(null); }} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>{t('saveView')}</button>
      )}
      {views.length === 0 ? (
        <p>{t('noSavedViews')}</p>
      ) : (
        <ol className="saved-views-list">
          {views.map((v, i) => (
            <li key={v.id}>
              {editing === v.id ? (
                <NameForm label={t('rename', { name: v.name })} initial={v.name} onCancel={() => setEditing(null)} onSubmit={(name) => { rename(v.id, name); setEditing(null); }} />
              ) : (
                <button type="button" className="saved-view-name" onClick={() => applySavedView(v, useExplorer.setState)}>{v.name}</button>
              )}
              <span className="saved-view-tools">
                <button type="button" aria-label={t('rename', { name: v.name })} title={t('rename', { name: v.name })} onClick={() => setEditing(v.id)}>✎</button>
                <button type="button" aria-label={t('moveUp', { name: v.name })} title={t('moveUp', { name: v.name })} disabled={i === 0} onClick={() => move(v.id, -1)}>↑</button>
                <button type="button" aria-label={t('moveDown', { name: v.name })} title={t('moveDown', { name: v.name })} disabled={i === views.length - 1} onClick={() => move(v.id, 1)}>↓</button>
                <button type="button" aria-label={t('delete', { name: v.name })} title={t('delete', { name: v.name })} onClick={() => remove(v.id)}>✕</button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="saved-views-actions">
        <button type="button" disabled={views.length === 0} onClick={() => (onPresent ? onPresent() : start('views'))}>{t('presentViews')}</button>
        <button type="button" disabled={views.length === 0} onClick={() => downloadBlob(new Blob([savedViewsToFile(views)], { type: 'application/json' }), `${fileStem('views')}.json`)}>
          {t('exportViews')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>{t('importViews')}</button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('importViews')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {message && (
        <p className={message.error ? 'saved-views-error' : 'saved-views-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
