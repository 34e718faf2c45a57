import type { Messages } from '../i18n/useT';

/** Notices about address parameters that were ignored. */
export const urlMessages: Messages<'unknownValue' | 'badValue' | 'unknownParam' | 'badRange'> = {
  en: {
    unknownValue: 'The address names an unknown {what} "{value}"; it was ignored.',
    badValue: 'The address has an invalid {what} "{value}"; it was ignored.',
    unknownParam: 'The address parameter "{name}" is not used by this app; it was ignored.',
    badRange: 'The address has a date range that ends before it starts ({from} to {to}); it was ignored.',
  },
  id: {
    unknownValue: 'Alamat menyebut {what} "{value}" yang tidak dikenal; diabaikan.',
    badValue: 'Alamat berisi {what} "{value}" yang tidak valid; diabaikan.',
    unknownParam: 'Parameter alamat "{name}" tidak digunakan aplikasi ini; diabaikan.',
    badRange: 'Alamat berisi rentang tanggal yang berakhir sebelum dimulai ({from} sampai {to}); diabaikan.',
  },
};
