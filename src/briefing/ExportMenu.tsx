import { useCallback, useId, useRef, useState } from 'react';
import { useDismiss } from './useDismiss';
import { useT } from '../i18n/useT';
import { useExplorer } from '../store/store';
import { runExport, type ExportKind } from './exportActions';
import { briefingMessages } from './messages';
import { useSavedViews } from './savedViews';

const ITEMS: { kind: ExportKind; key: keyof (typeof briefingMessages)['en'] }[] = [
  { kind: 'timeline-svg', key: 'exportTimelineSvg' },
  { kind: 'timeline-png', key: 'exportTimelinePng' },
  { kind: 'network-svg', key: 'exportNetworkSvg' },
  { kind: 'network-png', key: 'exportNetworkPng' },
  { kind: 'csv', key: 'exportCsv' },
  { kind: 'json', key: 'exportJson' },
  { kind: 'pptx', key: 'exportPptx' },
];

/** The "Export" disclosure: pictures, data and the PowerPoint briefing of the current view. */
export function ExportMenu() {
  const t = useT(briefingMessages);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [message, setMessage] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, open, useCallback(() => setOpen(false), []));
  const id = useId();
  const run = async (kind: ExportKind, label: string) => {
    setBusy(kind);
    setMessage(t('exporting', { name: label }));
    try {
      await runExport(kind, useExplorer.getState(), useSavedViews.getState().views);
      setMessage('');
    } catch (e) {
      setMessage(t('exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div
      ref={root}
      className="menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('export')} <span aria-hidden="true">▾</span>
      </button>
      <ul id={id} className="menu-list" hidden={!open}>
        {ITEMS.map(({ kind, key }) => (
          <li key={kind}>
            <button type="button" disabled={busy !== null} onClick={() => void run(kind, t(key))}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
      <span className="menu-status" role="status">
        {message}
      </span>
    </div>
  );
}
