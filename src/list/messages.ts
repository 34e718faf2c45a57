import type { Messages } from '../i18n/useT';

/** Strings of the event list. */
export const listMessages: Messages<'events' | 'date' | 'type' | 'title' | 'participants' | 'sortAsc' | 'sortDesc' | 'planned' | 'approx'> = {
  en: {
    events: 'Events',
    date: 'Date',
    type: 'Type',
    title: 'Title',
    participants: 'Participants',
    sortAsc: 'oldest first',
    sortDesc: 'newest first',
    planned: 'planned',
    approx: 'approximate date',
  },
  id: {
    events: 'Peristiwa',
    date: 'Tanggal',
    type: 'Jenis',
    title: 'Judul',
    participants: 'Peserta',
    sortAsc: 'terlama dulu',
    sortDesc: 'terbaru dulu',
    planned: 'direncanakan',
    approx: 'tanggal perkiraan',
  },
};
