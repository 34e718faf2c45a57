import type { Messages } from '../i18n/useT';

/** Strings of the printed page. */
export const printMessages: Messages<'events' | 'date' | 'type' | 'event' | 'participants' | 'sources' | 'truncated' | 'printed'> = {
  en: { events: 'Events', date: 'Date', type: 'Type', event: 'Event', participants: 'Participants', sources: 'Sources', truncated: 'First {shown} of {count} events shown; export CSV for all.', printed: 'Printed {date}' },
  id: { events: 'Peristiwa', date: 'Tanggal', type: 'Jenis', event: 'Peristiwa', participants: 'Peserta', sources: 'Sumber', truncated: '{shown} dari {count} peristiwa pertama ditampilkan; ekspor CSV untuk semuanya.', printed: 'Dicetak {date}' },
};
