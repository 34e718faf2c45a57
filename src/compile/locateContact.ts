/**
 * Where an in-person contact took place: a place named in its sentence, else the destination of a visit
 * the article describes, else the dateline city. A dateline names the newsroom ("BEIJING –"), so it
 * is only the last resort, and remote contacts (phone, video) have no place.
 */
import type { Lexicon } from './lexicon';
import { quotedSpans } from './text';
import type { TermHit } from './termMatcher';
import { looksAhead } from './findContacts';

/** The words of the sentence before `at`, up to 60 characters. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
}

export interface Located {
  place: string | null;
  range: [number, number] | null;
}

const NONE: Located = { place: null, range: null };
/** "di Moskow", "in the Kremlin", "di kota Kazan", "in the city of Tianjin", "ke ibu kota Beijing". */
const PLACE_PREP = /(?:^|[\s(])(?:di|in|at|ke|to|dari)\s+(?:the\s+)?(?:(?:kota|city\s+of|ibu\s*kota|capital(?:\s+city)?|resor|resort(?:\s+city)?(?:\s+of)?|Chinese\s+city\s+of|Russian\s+city\s+of|kota\s+pelabuhan|port\s+city\s+of|(?:[A-Z][\p{L}-]+\s+){1,2}(?:port|city|town|resort)\s+of)\s+)?$/iu;
const VISIT_TO = /(?<![\p{L}])(?:kunjungan(?:nya)?|lawatan(?:nya)?|berkunjung|melawat|visit(?:ing|ed|s)?|trip|tiba|arrived|travel(?:led|ed|s)?|welcomed?|welcoming)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:ke|to|di|in)\s+$/iu;

/** A contact verb or noun, up to two words ("pertemuan ke-30"), then "di/in": the place of the contact itself. */
const VENUE_COUNTRY = /(?<![\p{L}])(?:berlangsung|digelar|diadakan|dilaksanakan|bertemu|berjumpa|pertemuan|meet|met|held|take\s+place|takes\s+place|took\s+place|meeting)(?:\s+[\p{L}\d-]+){0,2}?\s+(?:di|in)\s+(?:the\s+)?/giu;

/** After a country: "on a working visit", "dalam kunjungan kenegaraan", "for an official visit". */
const ON_VISIT = /^\s+(?:on|for|dalam|untuk)\s+(?:an?\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+)?(?:visit|kunjungan|lawatan)(?![\p{L}])/iu;

/** "mengundang Mishustin ke", "invited Xi to": an invitation to travel somewhere. */
const INVITE_TO = /(?<![\p{L}])(?:mengundang|diundang|undangan(?:nya)?|invit(?:ed|es|ing|ation))(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:ke|to)\s+$/iu;

/** Going home or leaving ("kembali ke Moskow", "returns to Moscow", "bertolak dari Beijing") names no venue. */
const AWAY = /(?<![\p{L}])(?:kembali|pulang|bertolak|berangkat|meninggalkan|terbang|returns?|returning|returned|back|heading|flew|flies|departs?|departed|leaving|left)\s+(?:ke|to|dari|from|for)\s+(?:the\s+)?$/iu;

/** Place hits preceded by a locative word ("di Moskow", "in Rio de Janeiro", "ke Beijing"), not a way home. */
function placedHits(text: string, hits: TermHit<string>[], from: number, to: number): TermHit<string>[] {
  // "Li terbang ke Moskow dan berunding dengan …": a flight on to the talks is to their venue.
  const away = (h: TermHit<string>) => AWAY.test(text.slice(Math.max(0, h.start - 30), h.start)) && !THEN_TALKS.test(text.slice(h.end, h.end + 40));
  // The city after a building ends its phrase: "di gedung Duma Negara, Moskow." (not "…, Kremlin spokesman said").
  const afterVenue = (h: TermHit<string>) => VENUE_THEN_CITY.test(text.slice(Math.max(0, h.start - 60), h.start)) && /^\s*(?:[,.;)]|$)/.test(text.slice(h.end, h.end + 3));
  const placed = (h: TermHit<string>) => PLACE_PREP.test(text.slice(Math.max(0, h.start - 30), h.start)) || afterVenue(h);
  return hits.filter((h) => h.start >= from && h.end <= to && placed(h) && !away(h));
}

/** "di gedung Duma Negara, Moskow", "at the Great Hall of the People, Beijing": a building, then its city. */
const VENUE_THEN_CITY = /(?:^|[\s(])(?:di|at)\s+(?:the\s+)?[^,.;:\n]{3,45},\s*$/iu;

/** Right after a destination: "dan berunding dengan", "and held talks with", "lalu bertemu", ", where on Thursday he met": the contact there. */
const THEN_TALKS = /^(?:\s+(?:dan|and|lalu|kemudian|then)\s+(?:(?:langsung|juga|immediately|also)\s+)?|,?\s+(?:where|tempat|di\s+mana)\s+[^.;]{0,40}?)(?<![\p{L}])(?:berunding|bertemu|menggelar|mengadakan|melakukan|held|holds|met|meets)(?![\p{L}])/iu;

const inQuote = (quotes: [number, number][], h: TermHit<string>) => quotes.some(([a, b]) => h.start >= a && h.end <= b);

/** A place name inside an organisation's: "Organisasi Kerja Sama Shanghai", "Shanghai Cooperation Organisation". */
function inOrganisation(text: string, h: TermHit<string>): boolean {
  return /(?:kerja\s*sama|organisasi|pakta|deklarasi)\s+$/i.test(text.slice(Math.max(0, h.start - 20), h.start)) || /^\s+(?:cooperation|organi[sz]ation|spirit|pact|declaration)/i.test(text.slice(h.end, h.end + 20));
}

/** A city of `country` named in the article (not in an organisation's name), else its capital. */
function cityOf(lex: Lexicon, text: string, country: string, placeHits: TermHit<string>[]): string | null {
  const named = placeHits.find((h) => lex.places.get(h.value)?.country === country && !inOrganisation(text, h));
  if (named) return named.value;
  const capital = lex.countries.get(country)?.capital;
  return capital && lex.places.has(capital) ? capital : null;
}

/**
 * Place of a contact whose sentences are `ranges` ([start, end) in `text`, in order; the sentences between them are
 * another matter); `countries` are the participants' countries; `aside` are sentences of the article's background, whose trips are no setting. A planned contact says where the article's contacts
 * that took place were (`avoid`): unless its own words name them, their venues are not its own.
 */
export function locateContact(text: string, lex: Lexicon, ranges: [number, number][], placeHits: TermHit<string>[], countries: string[], heading: [number, number] | null = null, planned: { avoid: ReadonlySet<string>; /** Background sentences and those of contacts that took place, [start, end): the cities they name are not its own. */ background?: ReadonlyArray<[number, number]> } | null = null, cueAt: number | null = null, aside: ReadonlyArray<[number, number]> = []): Located {
  for (const [from, to] of ranges) {
    // '"… Xi Jinping, in Kazan," Putin said at the start of the meeting … in the Kremlin': a place outside a quotation first.
    const quotes = quotedSpans(text, from, to);
    // "Pertemuan di Vientiane … setelah Xi dan Putin bertemu di Astana": the place right after the contact's own words first.
    const rightAfter = (h: TermHit<string>) => cueAt !== null && h.start > cueAt && h.start - cueAt <= 60 && !/[.;!?]/.test(text.slice(cueAt, h.start));
    // A planned contact's other sentences (the pair its "kedua perdana menteri" stands for) tell where they met, not where they will.
    const elsewhere = (h: TermHit<string>) => planned !== null && planned.avoid.has(h.value) && cueAt !== null && !(cueAt >= from && cueAt < to);
    const own = placedHits(text, placeHits, from, to).filter((h) => !elsewhere(h)).sort((a, b) => Number(inQuote(quotes, a)) - Number(inQuote(quotes, b)) || Number(rightAfter(b)) - Number(rightAfter(a)))[0];
    if (own) return { place: own.value, range: [from, to] };
  }
  // A planned trip goes to a city of its own words or of the article, not to the venue of a contact that took place
  // ('mengundang Xi berkunjung ke Rusia tahun depan' in a report of talks in Kazan is Moscow's), nor to a city only
  // the article's background names ('Lavrov terakhir kali berkunjung ke China pada Maret 2022, … di Tunxi').
  const inBackground = (h: TermHit<string>) => planned?.background?.some(([a, b]) => h.start >= a && h.end <= b) ?? false;
  const cityHits = planned ? placeHits.filter((h) => ranges.some(([a, b]) => h.start >= a && h.end <= b) || (!planned.avoid.has(h.value) && !inBackground(h))) : placeHits;
  // "berkunjung ke Rusia", "invited Mishustin to China": the country the contact's own words travel to.
  for (const [from, to] of ranges) {
    for (const m of text.slice(from, to).matchAll(/(?<![\p{L}])(?:ke|to)\s+(?:the\s+)?/giu)) {
      const at = from + m.index + m[0].length;
      if (!VISIT_TO.test(text.slice(Math.max(from, at - 60), at)) && !INVITE_TO.test(text.slice(Math.max(from, at - 60), at))) continue;
      const country = lex.countryMatcher.find(text.slice(at, at + 40)).find((h) => h.start === 0);
      const city = country ? cityOf(lex, text, country.value, cityHits) : null;
      if (city) return { place: city, range: [from, to] };
    }
  }
  // "Rudenko, who is in the People's Republic of China on a working visit, was received by …": the country the visitor is in.
  for (const [from, to] of ranges) {
    for (const m of text.slice(from, to).matchAll(/(?<![\p{L}])(?:in|di)\s+(?:the\s+)?/giu)) {
      const at = from + m.index + m[0].length;
      const country = lex.countryMatcher.find(text.slice(at, at + 60)).find((h) => h.start === 0);
      if (!country || !ON_VISIT.test(text.slice(at + country.end, at + country.end + 40))) continue;
      const city = cityOf(lex, text, country.value, cityHits);
      if (city) return { place: city, range: [from, to] };
    }
  }
  // "Pertemuan berikutnya akan berlangsung di China", "agreed to meet in China": a country as the venue → a city of it the
  // article names, or its capital (not the newsroom's dateline).
  for (const [from, to] of ranges) {
    for (const m of text.slice(from, to).matchAll(VENUE_COUNTRY)) {
      const at = from + m.index + m[0].length;
      const country = lex.countryMatcher.find(text.slice(at, at + 40)).find((h) => h.start === 0);
      const city = country ? cityOf(lex, text, country.value, cityHits) : null;
      if (city) return { place: city, range: [from + m.index, at + country!.end] };
    }
  }
  // "2. Astana, 3 Juli 2024" above a chronology's entry.
  const headed = heading ? placeHits.find((h) => h.start >= heading[0] && h.end <= heading[1]) : undefined;
  if (headed && heading) return { place: headed.value, range: heading };
  // A visit the article describes: "selama kunjungannya ke Rusia" → a Russian city the article names, or Moscow. For a
  // contact that took place, not a trip still ahead ("I am preparing to visit China for the SCO summit in Tianjin").
  // Not consuming the character before (a lookbehind): 'visit to Moscow' must match at 'visit' and at 'to'.
  for (const m of text.matchAll(/(?<![\p{L}])(?:ke|to|di|in|(mengunjungi|menyambangi|visit(?:s|ed|ing)?))\s+/giu)) {
    const at = m.index + m[0].length;
    // Not a trip of the article's background ('… last met when Wang visited Moscow last September').
    if (aside.some(([a, b]) => at >= a && at < b)) continue;
    if (!planned && looksAhead(clauseBefore(text, at))) continue;
    // "mengunjungi China", "visited Russia": the verb takes the destination itself.
    if (!m[1] && !VISIT_TO.test(text.slice(Math.max(0, at - 60), at))) continue;
    const place = placeHits.find((h) => h.start === at);
    // A city visited by name ("mengunjungi Harbin") may be a stop before or after the contact: only countries count.
    if (place && !m[1]) return { place: place.value, range: [Math.max(0, at - 60), place.end] };
    const country = lex.countryMatcher.find(text.slice(at, at + 40)).find((h) => h.start === 0);
    if (country) {
      const city = cityOf(lex, text, country.value, placeHits);
      if (city) return { place: city, range: [Math.max(0, at - 60), at + country.end] };
    }
  }
  // A dateline in a newsroom city ("Jakarta, CNN Indonesia --") is where the outlet files from, not the venue, unless it
  // is one of the contact's countries. Another third-country dateline ("VIENTIANE —") is a correspondent on the spot.
  const dateline = datelinePlace(text, placeHits);
  const at = dateline ? lex.places.get(dateline.place!) : undefined;
  return dateline && at && (countries.includes(at.country) || !at.newsroom) ? dateline : NONE;
}

/** "Moskow, Bharata Online -", "MOSCOW, Dec 2 (Xinhua) --", "Beijing (ANTARA) -": the place opening a paragraph. */
export function datelinePlace(text: string, placeHits: TermHit<string>[]): Located | null {
  for (const h of placeHits) {
    // At the head of a paragraph, or after the outlet's name in capitals ("REPUBLIKA.CO.ID, MOSKOW --").
    if (h.start > 0 && !/\n\s*$/.test(text.slice(Math.max(0, h.start - 3), h.start)) && !/(?:^|\n)[ \t]*[\p{Lu}\d.]{3,25},[ \t]*$/u.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
    const after = text.slice(h.end, h.end + 60);
    if (/^\s*(?:,[^\n]{0,45}?\s[-–—]{1,2}\s|\([^)\n]{1,40}\)\s*[-–—]{1,2}\s|\s*[-–—]{1,2}\s)/.test(after)) return { place: h.value, range: [h.start, h.end] };
  }
  return null;
}
