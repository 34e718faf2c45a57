import type { Messages } from '../i18n/useT';

/** Strings of the article panel. */
export const panelMessages: Messages<
  | 'article'
  | 'close'
  | 'next'
  | 'previous'
  | 'original'
  | 'whyDate'
  | 'confidence'
  | 'high'
  | 'medium'
  | 'low'
  | 'span'
  | 'alternatives'
  | 'eventsInArticle'
  | 'showAll'
  | 'sources'
  | 'source'
  | 'loadingText'
  | 'textFailed'
  | 'evidenceMissing'
  | 'evidence'
  | 'noText'
  | 'unknownOutlet'
  | 'undated'
  | 'missingArticle'
  | 'legend'
  | 'legendPerson'
  | 'legendTopic'
  | 'planned'
> = {
  en: {
    article: 'Article',
    close: 'Close',
    next: 'Next event',
    previous: 'Previous event',
    original: 'Original article',
    whyDate: 'Why this date',
    confidence: 'Confidence: {percent}% ({words})',
    high: 'high',
    medium: 'medium',
    low: 'low',
    span: 'Could be any day from {earliest} to {latest}.',
    alternatives: 'Other possible dates: {dates}',
    eventsInArticle: 'Events in this article',
    showAll: 'Show all events from this article',
    sources: 'Sources',
    source: 'Source {n}',
    loadingText: 'Loading the article text…',
    textFailed: 'The article text could not be loaded ({message}).',
    evidenceMissing: 'The evidence for this event is missing from {file}, so the text is shown unmarked.',
    evidence: 'Evidence',
    noText: 'No text is stored for this article.',
    unknownOutlet: 'Unknown outlet',
    undated: 'undated',
    missingArticle: 'The source article "{id}" is not in the dataset.',
    legend: 'Highlights:',
    legendPerson: 'people',
    legendTopic: 'topics',
    planned: 'Planned',
  },
  id: {
    article: 'Artikel',
    close: 'Tutup',
    next: 'Peristiwa berikutnya',
    previous: 'Peristiwa sebelumnya',
    original: 'Artikel asli',
    whyDate: 'Mengapa tanggal ini',
    confidence: 'Keyakinan: {percent}% ({words})',
    high: 'tinggi',
    medium: 'sedang',
    low: 'rendah',
    span: 'Bisa hari apa pun dari {earliest} sampai {latest}.',
    alternatives: 'Tanggal lain yang mungkin: {dates}',
    eventsInArticle: 'Peristiwa dalam artikel ini',
    showAll: 'Tampilkan semua peristiwa dari artikel ini',
    sources: 'Sumber',
    source: 'Sumber {n}',
    loadingText: 'Memuat teks artikel…',
    textFailed: 'Teks artikel tidak dapat dimuat ({message}).',
    evidenceMissing: 'Bukti untuk peristiwa ini tidak ada di {file}, sehingga teks ditampilkan tanpa penanda.',
    evidence: 'Bukti',
    noText: 'Tidak ada teks tersimpan untuk artikel ini.',
    unknownOutlet: 'Media tidak diketahui',
    undated: 'tanpa tanggal',
    missingArticle: 'Artikel sumber "{id}" tidak ada dalam dataset.',
    legend: 'Sorotan:',
    legendPerson: 'orang',
    legendTopic: 'topik',
    planned: 'Direncanakan',
  },
};

/** Words for a 0..1 confidence. */
export function confidenceWord(c: number): 'high' | 'medium' | 'low' {
  return c >= 0.8 ? 'high' : c >= 0.5 ? 'medium' : 'low';
}
