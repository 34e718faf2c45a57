import type { Messages } from '../i18n/useT';

/** App-wide strings: header, loading and error screens. */
export const appMessages: Messages<
  'title' | 'loading' | 'errorTitle' | 'howToFix' | 'skipped' | 'dismiss' | 'language' | 'synthetic'
> = {
  en: {
    title: 'China–Russia contacts',
    loading: 'Loading dataset…',
    errorTitle: 'The dataset could not be loaded',
    howToFix: 'How to fix it',
    skipped: '{count} invalid records were skipped:',
    dismiss: 'Dismiss',
    language: 'Language',
    synthetic: 'Synthetic data (generated for testing)',
  },
  id: {
    title: 'Kontak Tiongkok–Rusia',
    loading: 'Memuat dataset…',
    errorTitle: 'Dataset tidak dapat dimuat',
    howToFix: 'Cara memperbaikinya',
    skipped: '{count} catatan tidak valid dilewati:',
    dismiss: 'Tutup',
    language: 'Bahasa',
    synthetic: 'Data sintetis (dibuat untuk pengujian)',
  },
};
