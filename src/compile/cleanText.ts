/**
 * Boilerplate removal: the article text in the dataset is the kept lines (headline, date line,
 * body paragraphs) joined by blank lines; site furniture, bylines, captions and teasers are dropped.
 */

/** The cleaned article: text, its headline (if the page had one) and where that headline sits in text. */
export interface CleanArticle {
  text: string;
  title: string;
  /** [start, end) of the headline line in `text`, or null when the article starts with its body. */
  titleRange: [number, number] | null;
}

/** Headings after which everything is other articles or comments. */
const STOP = /^(?:komentar|tulis komentar|berita lainnya|berita terkait|artikel terkait|baca berita lainnya|terpopuler|populer|berita populer|berita pilihan|terpopuler hari ini|related(?: news| articles| stories| coverage)?|more news|more from|latest news|you may also like|read next|most read|most popular|top stories|search trends|hot topics|topik hangat|trending (?:now|topics|searches))\b[^.]{0,30}$/i;

/** Site furniture that can appear anywhere. */
const FURNITURE = new RegExp(
  [
    '^(?:banner|trending|iklan|advertisement|adv|scroll to (?:continue|resume)(?: with content)?|share|bagikan|print|cetak|\\d+ komentar|)$',
    '^sedang trending\\b',
    '^(?:baca|lihat|simak) (?:juga|pula|selengkapnya)\\b',
    // MetroTV's "Baca: <another article's headline>"; a bulleted teaser ("• Xi dan Putin Bertemu di Kazan").
    '^baca\\s*:',
    '^[•▪►▶]\\s*[^.!?]*$',
    '^(?:simak|saksikan|tonton|lihat) (?:video|juga video)\\b',
    '^(?:watch|video):? ',
    '^(?:also read|read also|read more|see also|related):?',
    // Tempo's "Pilihan Editor: <another article's headline>", detik's "Berita Terkait:" inline.
    '^(?:pilihan editor|editor\'?s (?:pick|choice)|rekomendasi|recommended)\s*:',
    '^silah?kan (?:baca|kunjungi|ikuti|simak)\\b',
    '^(?:ikuti|follow|download|unduh|dapatkan) (?:kami|us|berita|update|aplikasi|the app|informasi)\\b',
    '^(?:editor|pewarta|penulis|reporter|redaktur|penerjemah|translator|writer|writer/editor|sumber|source|foto|photo|tags?|topik|keywords?|kata kunci|copyright|hak cipta)\\s*[:：©]',
    '^(?:©|copyright\\b)',
    '^\\(\\s*[\\p{L}]{2,6}(?:\\s*/\\s*[\\p{L}]{2,6})+\\s*\\)$',
    '^(?:by|oleh)\\s+[\\p{Lu}][\\p{L}.\' ]{2,60}$',
    // Breadcrumbs ("Internasional > Asia", "Home » Internasional") and navigation bars ("Berita | Internasional | Foto").
    '^[\\p{L}][\\p{L}.&\' -]{0,30}(?:\\s*[>»›]\\s*[\\p{L}][\\p{L}.&\' -]{0,30}){1,5}$',
    '^[\\p{L}][\\p{L}.&\'-]*(?: [\\p{L}][\\p{L}.&\'-]*)?(?:\\s+[|·•]\\s+[\\p{L}][\\p{L}.&\'-]*(?: [\\p{L}][\\p{L}.&\'-]*)?){2,12}$',
  ].join('|'),
  'iu',
);

/**
 * A "Baca Juga:" / "Also read:" / "Pilihan Redaksi" heading with nothing after it: the teaser headlines follow on
 * their own lines (a blank line may come between the heading and them).
 */
const TEASER_HEADING = /^(?:(?:baca|lihat|simak)(?:\s+(?:juga|pula))?|also\s+read|read\s+also|read\s+more|see\s+also|pilihan\s+(?:redaksi|editor)|rekomendasi(?:\s+redaksi)?|video\s+terkait|berita\s+rekomendasi|recommended(?:\s+(?:stories|for\s+you|articles|reading))?|editor'?s\s+(?:picks?|choice))\s*:?\s*$/i;

const CAPTION_CREDIT = /\s[-–—|]\s*(?:ANTARA FOTO|ANTARA|Xinhua|CMG|CGTN|CRI|Reuters|REUTERS|AFP|AP|Sputnik|TASS|Getty Images|EPA|Istimewa|Dok\.?[^.]*)[^.!?]{0,40}$/;
const CAPTION_POSITION = /\((?:kanan|kiri|tengah|ka|ki|left|right|centre|center|L|R|depan|belakang|kedua dari kiri|kedua dari kanan)\)/i;
/** Agency photo credits inside a caption: "ANTARA FOTO/Reuters/…", "REUTERS/Evgenia Novozhenina", "(Foto: …)", China Daily's "[Photo/Xinhua]". */
const PHOTO_CREDIT = /(?:ANTARA FOTO|\b(?:REUTERS|Reuters|AFP|AP Photo|Xinhua|EPA|Sputnik|Kremlin|Pool)\/[\p{L}]|[(\[](?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Ss]umber foto)\s*[:/])/u;
const ENDS_SENTENCE = /[.!?"”’)]$/;

/** AP/Reuters file photos: "FILE - Putin, right, and Xi … (… via AP, File)", "FILE PHOTO: …", "ARSIP - …". */
const FILE_PHOTO = /^(?:FILE(?:\s+PHOTO)?|ARSIP|DOKUMENTASI)\s*[-–—:]\s|\((?:[^()]{0,120}\s)?(?:via\s+AP|AP\s+Photo[^()]*|File)\)\s*$/u;

/** Al Jazeera's bracketed credit closing a caption: "[File: Alexander Kazakov/Sputnik via AP]", "[Maxim Shemetov/Reuters]". */
const BRACKET_CREDIT = /\[(?:(?:File|FILE)(?:\s+[Pp]hoto)?\s*:[^\]]{0,120}|[^\]]{0,80}(?:via\s+AP|\/(?:Reuters|REUTERS|AFP|Getty(?:\s+Images)?|EPA(?:-EFE)?|Sputnik|Pool|Xinhua|TASS|Anadolu)|\bPool\b)[^\]]{0,40})\]\s*$/u;

/** True for a photo caption line: a position marker or a photo credit, and no sentence ending. */
export function isCaption(line: string): boolean {
  if (line.length < 400 && (FILE_PHOTO.test(line) || BRACKET_CREDIT.test(line))) return true;
  if (line.length < 300 && PHOTO_CREDIT.test(line)) return true;
  if (ENDS_SENTENCE.test(line)) return false;
  return CAPTION_CREDIT.test(line) || CAPTION_POSITION.test(line) || /^(?:foto|photo|file photo|dokumentasi)\b/i.test(line);
}

/** True for a heading after which the page holds only comments and other articles ("Komentar", "Berita Lainnya"). */
export function isSectionEnd(line: string): boolean {
  return STOP.test(line);
}

/** True for site furniture lines (banner, Trending, Baca juga, bylines with a label, share prompts). */
export function isFurniture(line: string): boolean {
  return line.length < 240 && FURNITURE.test(line);
}

const HAS_DIGIT = /\d/;

/** A short label-like line near the top (category, byline name): at most four words, no digits or punctuation. */
function isHeaderLabel(line: string): boolean {
  return line.length <= 40 && !HAS_DIGIT.test(line) && /^[\p{L}][\p{L} .'-]*$/u.test(line) && line.split(/\s+/).length <= 4;
}

/** Words a date line may hold besides numbers: weekdays, months, time zones, "Updated"/"Diperbarui". */
const DATE_WORD = /^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec|wib|wita|wit|gmt|utc|am|pm|pukul|jam|updated|published|posted|diperbarui|diterbitkan|dipublikasikan|terbit|on|at|pada|last|modified)$/i;

/** A date line near the top: digits, and apart from date words at most two other words ("Xi akan Kunjungi Rusia 20-22 Maret" is a headline). */
function isDateLine(line: string): boolean {
  if (!HAS_DIGIT.test(line) || line.length > 60 || /[.!?]$/.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}']*/gu) ?? [];
  return words.filter((w) => !DATE_WORD.test(w)).length <= 2;
}

/**
 * A byline naming the outlet: "Rita Uli Hutapea - detikNews", "Reporter Name | Kompas.com", "NEWS - Tommy Patrio Sorongan,
 * CNBC Indonesia" (a section label first). Above the headline only the comma form counts: "Xi Temui Putin - Kompas" there is
 * the headline with the outlet's name after it.
 */
function isOutletByline(line: string, outletNames: string[], beforeTitle = false): boolean {
  const m = /^(?:\p{Lu}{2,15}\s+[-–—]\s+)?(?:[\p{Lu}][\p{L}.']*\s+){0,4}[\p{Lu}][\p{L}.']*\s*([-–—|,])\s*(.{2,40})$/u.exec(line);
  if (!m || (beforeTitle && m[1] !== ',')) return false;
  return outletNames.some((n) => n.toLowerCase() === m[2]!.trim().toLowerCase());
}

/** Remove boilerplate from an article body and find its headline. */
export function cleanText(body: string, outletNames: string[] = []): CleanArticle {
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
  const kept: string[] = [];
  let title: string | null = null;
  let standfirst: string | null = null;
  let titleIndex = -1;
  let bodyStarted = false;
  let teasers = false;
  /** A blank line right after the heading, before its teasers ("Read more", blank, headlines). */
  let headingGap = false;
  for (const line of lines) {
    // "Baca Juga:" alone on its line heads a block of teaser headlines, which runs to the next blank line.
    if (teasers && line === '' && headingGap) { headingGap = false; continue; }
    if (teasers && line !== '' && !/[.!?"”]$/.test(line) && line.length < 200) { headingGap = false; continue; }
    teasers = false;
    if (line === '' || /^[.\s]+$/.test(line)) continue;
    if (bodyStarted && STOP.test(line)) break;
    if (TEASER_HEADING.test(line)) { teasers = true; headingGap = true; continue; }
    if (isFurniture(line) || isCaption(line) || isOutletByline(line, outletNames, title === null)) continue;
    const sentence = /[.!?"”]$/.test(line) || line.length > 250;
    if (!bodyStarted && !sentence) {
      if (isDateLine(line)) { kept.push(line); continue; }
      // The page's address copied above the headline ("https://meduza.io/en/news/2025/05/08/…") is no headline; kept for its date.
      if (/^(?:https?:\/\/|www\.)\S+$/i.test(line)) { kept.push(line); continue; }
      // A section label ("Internasional", "VOA Indonesia") is not the headline: a headline has three words or more.
      if (title === null && line.length >= 10 && !(isHeaderLabel(line) && line.split(' ').length < 3)) { title = line; titleIndex = kept.length; kept.push(line); continue; }
      if (isHeaderLabel(line)) continue;
      // A standfirst right under the headline ("The Russian foreign minister has held talks with his Chinese counterpart and
      // met President Xi Jinping during a two-day visit") sums the story up as the headline does.
      if (title !== null && standfirst === null && kept.length === titleIndex + 1 && line.split(/\s+/).length >= 6) { standfirst = line; kept.push(line); continue; }
    }
    if (sentence) bodyStarted = true;
    kept.push(line);
  }
  const text = kept.join('\n\n');
  let titleRange: [number, number] | null = null;
  if (title !== null) {
    const start = kept.slice(0, titleIndex).reduce((n, l) => n + l.length + 2, 0);
    titleRange = [start, start + title.length + (standfirst !== null ? 2 + standfirst.length : 0)];
  }
  return { text, title: tidyTitle(title ?? firstSentence(text), outletNames), titleRange };
}

function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
  const s = (m ? m[0] : text).replace(/^[^\n]{0,60}?(?:\([^)]{2,40}\)|,\s*[\p{L} ]{2,40}?)\s*[-–—]\s+/u, '');
  return s.length > 140 ? `${s.slice(0, 137).replace(/\s+\S*$/, '')}…` : s;
}

const suffixCache = new Map<string, RegExp | null>();

/** One regex for " - Outlet" at the end of a headline, compiled once per list of outlet names. */
function outletSuffix(outletNames: string[]): RegExp | null {
  const key = outletNames.join('\u0000');
  let re = suffixCache.get(key);
  if (re === undefined) {
    const alts = outletNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = alts ? new RegExp(`\\s*[-–—|]\\s*(?:${alts})\\s*$`, 'i') : null;
    suffixCache.set(key, re);
  }
  return re;
}

/** Headline without a leading "BEIJING –" dateline or a trailing " - Outlet" suffix. */
function tidyTitle(title: string, outletNames: string[]): string {
  let t = title.replace(/^\p{Lu}{3,}(?:\s\p{Lu}{3,})?\s*[-–—:]\s+/u, '');
  const suffix = outletSuffix(outletNames);
  if (suffix) t = t.replace(suffix, '');
  return t.trim() || title;
}
