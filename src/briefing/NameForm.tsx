import { useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { briefingMessages } from './messages';

/** A small form with one text input labelled "Name"; submits the trimmed name, never an empty one. */
export function NameForm({ label, initial = '', onSubmit, onCancel }: {
  /** Accessible name of the form (what the name is for). */
  label: string;
  initial?: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT(briefingMessages);
  const [name, setName] = useState(initial);
  const id = useId();
  return (
    // A small non-modal dialog (axe: role=dialog is not allowed on <form> itself).
    <div role="dialog" aria-label={label}>
      <form
        className="name-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onSubmit(name.trim());
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <label htmlFor={id}>{t('name')}</label>
        <input id={id} type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={120} />
        <button type="submit" disabled={!name.trim()}>{t('save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </form>
    </div>
  );
}
