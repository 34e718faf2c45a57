import type { Messages } from '../i18n/useT';
import type { EventStatus, EventType } from '../model/schema';
import type { Lang } from '../i18n/lang';

/** Strings of the filter panel, its chips and the status line. */
export const filterMessages: Messages<
  | 'filters'
  | 'topics'
  | 'participants'
  | 'countries'
  | 'types'
  | 'dateRange'
  | 'status'
  | 'search'
  | 'anyOf'
  | 'allOf'
  | 'match'
  | 'from'
  | 'to'
  | 'statusLine'
  | 'clearAll'
  | 'removeFilter'
  | 'activeFilters'
  | 'noMatch'
  | 'clearFilters'
  | 'findIn'
  | 'showMore'
  | 'showLess'
  | 'article'
  | 'fromChip'
  | 'toChip'
  | 'noneFound'
> = {
  en: {
    filters: 'Filters',
    topics: 'Topics',
    participants: 'Participants',
    countries: 'Countries',
    types: 'Event types',
    dateRange: 'Date range',
    status: 'Status',
    search: 'Search',
    anyOf: 'any of',
    allOf: 'all of',
    match: 'Match',
    from: 'From',
    to: 'To',
    statusLine: '{shown} of {total} events',
    clearAll: 'Clear all',
    removeFilter: 'Remove filter: {label}',
    activeFilters: 'Active filters',
    noMatch: 'No events match these filters',
    clearFilters: 'Clear filters',
    findIn: 'Find {what}',
    showMore: 'Show all {count}',
    showLess: 'Show fewer',
    article: 'Article: {title}',
    fromChip: 'From {date}',
    toChip: 'To {date}',
    noneFound: 'None found',
  },
  id: {
    filters: 'Filter',
    topics: 'Topik',
    participants: 'Peserta',
    countries: 'Negara',
    types: 'Jenis acara',
    dateRange: 'Rentang tanggal',
    status: 'Status',
    search: 'Cari',
    anyOf: 'salah satu',
    allOf: 'semua',
    match: 'Cocokkan',
    from: 'Dari',
    to: 'Sampai',
    statusLine: '{shown} dari {total} peristiwa',
    clearAll: 'Hapus semua',
    removeFilter: 'Hapus filter: {label}',
    activeFilters: 'Filter aktif',
    noMatch: 'Tidak ada peristiwa yang cocok dengan filter ini',
    clearFilters: 'Hapus filter',
    findIn: 'Cari {what}',
    showMore: 'Tampilkan semua {count}',
    showLess: 'Tampilkan lebih sedikit',
    article: 'Artikel: {title}',
    fromChip: 'Dari {date}',
    toChip: 'Sampai {date}',
    noneFound: 'Tidak ditemukan',
  },
};

/** Names of event types in each UI language. */
export const TYPE_LABELS: Record<Lang, Record<EventType, string>> = {
  en: { phone_call: 'Phone call', video_call: 'Video call', meeting: 'Meeting', consultation: 'Consultation', summit: 'Summit', visit: 'Visit' },
  id: { phone_call: 'Panggilan telepon', video_call: 'Panggilan video', meeting: 'Pertemuan', consultation: 'Konsultasi', summit: 'KTT', visit: 'Kunjungan' },
};

/** Names of event statuses in each UI language. */
export const STATUS_LABELS: Record<Lang, Record<EventStatus, string>> = {
  en: { occurred: 'Occurred', planned: 'Planned' },
  id: { occurred: 'Terjadi', planned: 'Direncanakan' },
};
