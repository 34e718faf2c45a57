import type { Messages } from '../i18n/useT';

type Key =
  | 'region'
  | 'showMentioned'
  | 'resetLayout'
  | 'fit'
  | 'zoomIn'
  | 'zoomOut'
  | 'nodeName'
  | 'nodeNameMentioned'
  | 'events'
  | 'event'
  | 'edgeName'
  | 'sharedEvents'
  | 'sharedEvent'
  | 'firstContact'
  | 'lastContact'
  | 'roles'
  | 'since'
  | 'until'
  | 'span'
  | 'more'
  | 'mentionedOnly'
  | 'unknownCountry'
  | 'legendSize'
  | 'legendMentioned'
  | 'strongest'
  | 'empty'
  | 'computing'
  | 'canvasLabel'
  | 'otherCountries';

/** Strings of the participant network. */
export const networkMessages: Messages<Key> = {
  en: {
    region: 'Participants network',
    showMentioned: 'Show mentioned',
    resetLayout: 'Reset layout',
    fit: 'Fit',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    nodeName: '{name}, {country}, {events}',
    nodeNameMentioned: '{name}, {country}, mentioned only, {events}',
    events: '{count} events',
    event: '1 event',
    edgeName: '{a} – {b}, {shared}',
    sharedEvents: '{count} shared events',
    sharedEvent: '1 shared event',
    firstContact: 'First contact',
    lastContact: 'Last contact',
    roles: 'Roles',
    since: 'since {start}',
    until: 'until {end}',
    span: '{start} – {end}',
    more: '… and {count} more',
    mentionedOnly: 'Only mentioned in these events',
    unknownCountry: 'unknown country',
    legendSize: 'Size: number of events · line: shared events',
    legendMentioned: 'Dashed, hollow: mentioned only',
    strongest: 'Showing the {shown} strongest of {total} links',
    empty: 'No participants in the visible events.',
    computing: 'Arranging…',
    canvasLabel: 'Network of who met whom; each person below is a button that filters by them',
    otherCountries: 'Other countries',
  },
  id: {
    region: 'Jaringan peserta',
    showMentioned: 'Tampilkan yang disebut',
    resetLayout: 'Atur ulang tata letak',
    fit: 'Paskan',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    nodeName: '{name}, {country}, {events}',
    nodeNameMentioned: '{name}, {country}, hanya disebut, {events}',
    events: '{count} peristiwa',
    event: '1 peristiwa',
    edgeName: '{a} – {b}, {shared}',
    sharedEvents: '{count} peristiwa bersama',
    sharedEvent: '1 peristiwa bersama',
    firstContact: 'Kontak pertama',
    lastContact: 'Kontak terakhir',
    roles: 'Jabatan',
    since: 'sejak {start}',
    until: 'hingga {end}',
    span: '{start} – {end}',
    more: '… dan {count} lainnya',
    mentionedOnly: 'Hanya disebut dalam peristiwa ini',
    unknownCountry: 'negara tidak diketahui',
    legendSize: 'Ukuran: jumlah peristiwa · garis: peristiwa bersama',
    legendMentioned: 'Putus-putus, berongga: hanya disebut',
    strongest: 'Menampilkan {shown} tautan terkuat dari {total}',
    empty: 'Tidak ada peserta dalam peristiwa yang terlihat.',
    computing: 'Menata…',
    canvasLabel: 'Jaringan siapa bertemu siapa; setiap orang di bawah adalah tombol untuk memfilter',
    otherCountries: 'Negara lain',
  },
};
