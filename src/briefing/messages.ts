import type { Messages } from '../i18n/useT';
import { TYPE_LABELS } from '../filters/messages';

type Key =
  | 'present' | 'presentation' | 'overview' | 'slideOf' | 'close' | 'next' | 'previous'
  | 'eventsCount' | 'byType' | 'byTopic' | 'timeline' | 'network' | 'participants' | 'place' | 'source'
  | 'noEvents' | 'allEvents' | 'activeFilters' | 'sourceNote' | 'legendTypes' | 'legendColors' | 'noTopic'
  | 'timelineAlt' | 'networkAlt' | 'whereInTime'
  | 'export' | 'exportTimelineSvg' | 'exportTimelinePng' | 'exportNetworkSvg' | 'exportNetworkPng'
  | 'exportCsv' | 'exportJson' | 'exportPptx' | 'exportFailed' | 'exporting'
  | 'savedViews' | 'saveView' | 'name' | 'save' | 'cancel' | 'rename' | 'moveUp' | 'moveDown' | 'delete'
  | 'presentViews' | 'exportViews' | 'importViews' | 'noSavedViews' | 'imported' | 'importFailed'
  | 'viewOf' | 'deckTruncated' | 'dateBasis' | 'printTitle' | 'date' | 'type' | 'title' | 'sources' | 'printedOn';

/** Strings of the briefing features: present, saved views, export and print. */
export const briefingMessages: Messages<Key> = {
  en: {
    present: 'Present', presentation: 'Presentation', overview: 'Overview', slideOf: 'Slide {n} of {total}',
    close: 'Leave presentation', next: 'Next slide', previous: 'Previous slide',
    eventsCount: '{count} events', byType: 'By type', byTopic: 'By topic', timeline: 'Timeline', network: 'Network',
    participants: 'Participants', place: 'Place', source: 'Source', noEvents: 'No events match the current filters.',
    allEvents: 'All events', activeFilters: 'Filters', sourceNote: 'Source: {title}, compiled {date} from news articles.',
    legendTypes: 'Type', legendColors: 'Colour', noTopic: 'No topic',
    timelineAlt: 'Timeline of {count} events, {from} to {to}', networkAlt: 'Network of {count} participants',
    whereInTime: 'Where this event stands among the {count} events',
    export: 'Export', exportTimelineSvg: 'Export timeline SVG', exportTimelinePng: 'Export timeline PNG',
    exportNetworkSvg: 'Export network SVG', exportNetworkPng: 'Export network PNG', exportCsv: 'Export CSV',
    exportJson: 'Export JSON', exportPptx: 'Export PowerPoint', exportFailed: 'Export failed: {message}', exporting: 'Preparing {name}…',
    savedViews: 'Saved views', saveView: 'Save current view', name: 'Name', save: 'Save', cancel: 'Cancel',
    rename: 'Rename {name}', moveUp: 'Move {name} up', moveDown: 'Move {name} down', delete: 'Delete {name}',
    presentViews: 'Present saved views', exportViews: 'Export saved views', importViews: 'Import saved views',
    noSavedViews: 'No saved views yet.', imported: '{count} views imported.', importFailed: 'Import failed: {message}',
    viewOf: 'View {n} of {total}', deckTruncated: 'Slides for the first {shown} of {count} events; export CSV for all.', dateBasis: 'Date basis', printTitle: 'Events', date: 'Date', type: 'Type',
    title: 'Title', sources: 'Sources', printedOn: 'Printed {date}',
  },
  id: {
    present: 'Presentasi', presentation: 'Presentasi', overview: 'Ikhtisar', slideOf: 'Slide {n} dari {total}',
    close: 'Keluar dari presentasi', next: 'Slide berikutnya', previous: 'Slide sebelumnya',
    eventsCount: '{count} peristiwa', byType: 'Menurut jenis', byTopic: 'Menurut topik', timeline: 'Linimasa', network: 'Jaringan',
    participants: 'Peserta', place: 'Tempat', source: 'Sumber', noEvents: 'Tidak ada peristiwa yang cocok dengan filter.',
    allEvents: 'Semua peristiwa', activeFilters: 'Filter', sourceNote: 'Sumber: {title}, dihimpun {date} dari artikel berita.',
    legendTypes: 'Jenis', legendColors: 'Warna', noTopic: 'Tanpa topik',
    timelineAlt: 'Linimasa {count} peristiwa, {from} sampai {to}', networkAlt: 'Jaringan {count} peserta',
    whereInTime: 'Posisi peristiwa ini di antara {count} peristiwa',
    export: 'Ekspor', exportTimelineSvg: 'Ekspor linimasa SVG', exportTimelinePng: 'Ekspor linimasa PNG',
    exportNetworkSvg: 'Ekspor jaringan SVG', exportNetworkPng: 'Ekspor jaringan PNG', exportCsv: 'Ekspor CSV',
    exportJson: 'Ekspor JSON', exportPptx: 'Ekspor PowerPoint', exportFailed: 'Ekspor gagal: {message}', exporting: 'Menyiapkan {name}…',
    savedViews: 'Tampilan tersimpan', saveView: 'Simpan tampilan ini', name: 'Nama', save: 'Simpan', cancel: 'Batal',
    rename: 'Ganti nama {name}', moveUp: 'Naikkan {name}', moveDown: 'Turunkan {name}', delete: 'Hapus {name}',
    presentViews: 'Presentasikan tampilan tersimpan', exportViews: 'Ekspor tampilan tersimpan', importViews: 'Impor tampilan tersimpan',
    noSavedViews: 'Belum ada tampilan tersimpan.', imported: '{count} tampilan diimpor.', importFailed: 'Impor gagal: {message}',
    viewOf: 'Tampilan {n} dari {total}', deckTruncated: 'Slide untuk {shown} dari {count} peristiwa pertama; ekspor CSV untuk semuanya.', dateBasis: 'Dasar tanggal', printTitle: 'Peristiwa', date: 'Tanggal', type: 'Jenis',
    title: 'Judul', sources: 'Sumber', printedOn: 'Dicetak {date}',
  },
};

/** Event type names in both UI languages: the filter panel's, so a type reads the same everywhere. */
export const typeLabels = TYPE_LABELS;
