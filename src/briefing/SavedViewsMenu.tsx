import { useCallback, useId, useRef, useState } from 'react';
import { useDismiss } from './useDismiss';
import { useT } from '../i18n/useT';
import { briefingMessages } from './messages';
import { SavedViewsPanel } from './SavedViewsPanel';
import { usePresentation } from './presentation';

/** The "Saved views" header button and the panel it discloses (Esc closes it and returns focus). */
export function SavedViewsMenu() {
  const t = useT(briefingMessages);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, open, useCallback(() => setOpen(false), []));
  const id = useId();
  return (
    <div ref={root} className="menu">
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('savedViews')} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={id}
        className="menu-panel"
        role="region"
        aria-label={t('savedViews')}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
            toggle.current?.focus();
          }
        }}
      >
        {open && (
          <SavedViewsPanel
            onPresent={() => {
              // Focus goes back to the toggle first, so it returns there when the briefing ends.
              setOpen(false);
              toggle.current?.focus();
              usePresentation.getState().start('views');
            }}
          />
        )}
      </div>
    </div>
  );
}
