import type { Messages } from '../i18n/useT';

/** Strings of the loading, error and warning screens. */
export const loadingMessages: Messages<
  | 'loading'
  | 'download'
  | 'parse'
  | 'index'
  | 'errorTitle'
  | 'howToFix'
  | 'retry'
  | 'defaultDataset'
  | 'skipped'
  | 'skippedKinds'
  | 'more'
  | 'warningsRegion'
  | 'dismiss'
  | 'article'
  | 'actor'
  | 'topic'
  | 'place'
  | 'country'
  | 'event'
> = {
  en: {
    loading: 'Loading dataset…',
    download: 'Downloading: {percent}%',
    parse: 'Reading the data…',
    index: 'Checking records and building indexes…',
    errorTitle: 'The dataset could not be loaded',
    howToFix: 'How to fix it',
    retry: 'Try again',
    defaultDataset: 'Open the bundled dataset',
    skipped: '{count} invalid records were skipped',
    skippedKinds: 'by kind: {kinds}',
    more: '…and {count} more',
    warningsRegion: 'Warnings',
    dismiss: 'Dismiss',
    article: 'article',
    actor: 'actor',
    topic: 'topic',
    place: 'place',
    country: 'country',
    event: 'event',
  },
  id: {
    loading: 'Memuat dataset…',
    download: 'Mengunduh: {percent}%',
    parse: 'Membaca data…',
    index: 'Memeriksa catatan dan membangun indeks…',
    errorTitle: 'Dataset tidak dapat dimuat',
    howToFix: 'Cara memperbaikinya',
    retry: 'Coba lagi',
    defaultDataset: 'Buka dataset bawaan',
    skipped: '{count} catatan tidak valid dilewati',
    skippedKinds: 'menurut jenis: {kinds}',
    more: '…dan {count} lainnya',
    warningsRegion: 'Peringatan',
    dismiss: 'Tutup',
    article: 'artikel',
    actor: 'tokoh',
    topic: 'topik',
    place: 'tempat',
    country: 'negara',
    event: 'peristiwa',
  },
};
