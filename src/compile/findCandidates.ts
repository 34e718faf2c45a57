/**
 * Contact candidates of one article: sentences with contact words and at least two known people
 * (or a visit with a destination), merged when they describe the same contact, minus background.
 */
import type { TitleHit } from './findActors';
import { BRIEFED_ABOUT, bestType, findCues, findSidelines, isPlanned, isUnreal, isVague, unrealBefore, vagueAt, type Cue } from './findContacts';
import type { Lexicon } from './lexicon';
import { normKey } from './text';
import { isSpecific, ownDate } from './dateContact';
import { findDayReference } from './contactReferences';
import { reportsHeadline } from './headlineContacts';
import { sentenceAt, type Sentence } from './sentences';
import { arrivalClauses, relativeClauses } from './clauses';
import { clip } from './text';
import type { Candidate, CandidateInput } from './candidateTypes';
import { actorsIn, beforeOtherAction, coordinatedContact, listedContacts, otherActionFirst, otherContactAfter, pairSubject, PLACE_BEFORE_BY, pronounSubject } from './candidatePeople';
import { nearerReference, references, shift } from './candidateReferences';
import { mergeSame } from './mergeCandidates';
import { laterRounds } from './laterRounds';
import { AFTER_THAT_CONTACT, EARLIER, TALKED_ABOUT, pointsBack } from './pointsBack';
import { headingDate, numberedHeading, withHeading } from './headingDate';
import { REMOTE } from './describeEvent';

/** Recalling words: "recalled", "mengenang". */
const RECALLED = /(?<![\p{L}])(?:mengingat\s+kembali|mengenang|recalled|recalling)(?![\p{L}])/iu;
const RECALLED_ALL = new RegExp(RECALLED.source, 'giu');
/** Words introducing a chronology: "Berikut kronologi pertemuan …", "a timeline of their meetings". */
const CHRONOLOGY = /(?<![\p{L}])(?:kronologi|linimasa|chronology|timeline)(?![\p{L}])/iu;

/**
 * The two people (one from each side) of the sentence that introduces a chronology before sentence `i`, when the
 * chronology is of their contacts; else null.
 */
function chronologyPair(input: CandidateInput, i: number): string[] | null {
  for (let j = i - 1; j >= 0; j--) {
    const s = input.sentences[j]!;
    if (!CHRONOLOGY.test(input.text.slice(s.start, s.end))) continue;
    const people = [...new Set(input.mentions.filter((m) => m.start >= s.start && m.end <= s.end && !input.lex.speakers.has(m.actorId)).map((m) => m.actorId))];
    const sides = new Set(people.map((p) => input.lex.actors.get(p)?.country));
    return people.length === 2 && sides.size === 2 ? people : null;
  }
  return null;
}

/** A count of contacts ("have spoken twice this year", "dua kali bertemu"), vague unless each is then given its day. */
const COUNTED_ALL = /(?<![\p{L}])(?:twice|(?:dua|tiga|empat|lima|\d+)\s+kali|(?:three|four|five|\d+)\s+times)(?![\p{L}])/giu;

/** Opens a sentence with the person set aside: "Selain Xi, …", "Besides Xi, …". */
const BESIDES = /^[\s"“]*(?:selain(?:\s+dengan)?|besides|apart\s+from|aside\s+from|in\s+addition\s+to)\s+(?:(?:presiden|president|menlu|perdana\s+menteri)\s+)?/iu;

/** Cheap test before findDayReference: every day reference holds one of these. */
const DAY_WORD = /hari|day|keesokan|besoknya/i;

/** Countries a visit in `sentence` goes to: "ke Moskow", "to China", "visit China", "mengunjungi Rusia", in order. */
function visitDestinations(sentence: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:ke|to|di|in|visit(?:s|ed|ing)?|mengunjungi|melawat\s+ke)\s+(?:the\s+)?/giu)) {
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const place = lex.placeMatcher.find(rest).find((h) => h.start === 0);
    const country = place ? lex.places.get(place.value)?.country : lex.countryMatcher.find(rest).find((h) => h.start === 0)?.value;
    if (country) out.push(country);
  }
  return out;
}

function visitDestination(sentence: string, lex: Lexicon): boolean {
  return visitDestinations(sentence, lex).length > 0;
}

/** "was received at the Kremlin by President Vladimir Putin", "diterima di Istana Kremlin oleh Presiden Putin": where, then by whom. */
const PLACED_BY = new RegExp(String.raw`^[\s\u00a0]+${PLACE_BEFORE_BY}(?:by|oleh)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0]+){0,4}$`, 'u');

/** "the Chinese diplomat", "the Russian envoy", "diplomat China itu": one person of a side, named before. */
const SIDE_NOUN = /(?<![\p{L}])(?:the[\s\u00a0]+(\p{L}+)[\s\u00a0]+(?:diplomat|official|envoy|guest|visitor|minister|counterpart)|(?:diplomat|pejabat|utusan|tamu|menteri)[\s\u00a0]+(\p{L}+)[\s\u00a0]+(?:itu|tersebut))(?![\p{L}])/iu;

/** The side a "the Chinese diplomat" in `sentence` belongs to, or null. */
function sideNoun(sentence: string, lex: Lexicon): { country: string } | null {
  const m = SIDE_NOUN.exec(sentence);
  const word = m?.[1] ?? m?.[2];
  const country = word ? lex.countryByTerm.get(normKey(word)) : undefined;
  return country && (country.caps === null || country.caps === word) ? { country: country.id } : null;
}

const LAST_CONTACT_WORDS = String.raw`(?<![\p{L}])(?:terakhir\s+(?:kali\s+)?(?:bertemu|berjumpa|bertatap\s+muka|berbicara|bertelepon)|(?:last|most\s+recently)\s+(?:met|spoke|talked|held\s+talks))(?![\p{L}])`;
const LAST_CONTACT = new RegExp(LAST_CONTACT_WORDS, 'iu');
const LAST_CONTACT_ALL = new RegExp(LAST_CONTACT_WORDS, 'giu');

/** A question at a briefing: the paragraph opens with a speaker's label and asks to confirm ("Can you confirm …?", "Apakah Anda dapat mengonfirmasi …?"). */
const CONFIRM_QUESTION = /(?<![\p{L}])(?:confirm|verify|is\s+it\s+true|mengonfirmasi|mengkonfirmasi|konfirmasi|membenarkan|benarkah)(?![\p{L}])[^?\n]{0,200}\?/iu;
function askedToConfirm(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const paragraph = text.slice(start, end < 0 ? text.length : end);
  return /^[ \t]*[^\n:.!?]{2,40}:[ \t]/u.test(paragraph) && CONFIRM_QUESTION.test(paragraph);
}

/** A past year named with contact words: "tahun lalu … bertemu", "met last year", "pada 2019". */
const PAST_YEAR = /^(?:pada\s+)?(?:tahun\s+(?:lalu|sebelumnya|kemarin)|last\s+year|the\s+previous\s+year|(?:in\s+)?\d{4})$/i;

/**
 * Candidates in text order, notes on contact words that made none, and `background`: indexes of
 * sentences about other contacts (recollections, contacts of past years, contacts dropped as
 * background), whose topics belong to no contact of this article.
 */
/** Words that go on to what a contact was about: "membahas", "discussed", "the conversation covered", "focused on". */
const SUBJECT_MATTER = new RegExp(`${TALKED_ABOUT.source}|(?<![\\p{L}])(?:covered|focused\\s+on|cent(?:red|ered)\\s+on|touched\\s+on|menyinggung|berfokus\\s+pada)(?![\\p{L}])`, 'iu');

export function findCandidates(input: CandidateInput): { candidates: Candidate[]; notes: string[]; background: Set<number> } {
  const { text, sentences, lex } = input;
  const notes: string[] = [];
  const background = new Set<number>();
  /** The words of a sentence's dates other than bare years, lower-cased. */
  const datesOf = (x: Sentence) => input.dates.filter((m) => m.start >= x.start && m.end <= x.end && m.kind !== 'year').map((m) => m.raw.toLowerCase());
  const pastYear = (s: Sentence) => input.dates.some((m) => m.start >= s.start && m.end <= s.end && (m.kind === 'year' || PAST_YEAR.test(m.raw.trim())));
  const raw: Candidate[] = [];
  const heads: Candidate[] = [];
  // Contact sentences with two or more people, background ones too: what "keduanya" can refer to.
  const antecedents: Array<{ sentence: number; actors: string[]; refs: TitleHit[] }> = [];
  // Cue words are found once in the whole text, then handed to their sentences.
  const cuesBySentence = new Map<number, Cue[]>();
  const gap = /^[\s\u00a0]+(?:(?:by|oleh)[\s\u00a0]+)?(?:(?:hangat|warmly)[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:visiting[\s\u00a0]+|kunjungan[\s\u00a0]+|kedatangan[\s\u00a0]+)?$/i;
  // "welcomed Xi's proposal", "received Putin's letter": the person owns the thing received, no contact.
  const possessive = /^['’]s?(?![\p{L}])/u;
  // "menerima Ketua Partai Rusia Bersatu Dmitry Medvedev", "received former President Dmitry Medvedev": a title the data does not know.
  const titled = /^[\s\u00a0]+(?:(?:mantan|eks|bekas|former|ex-)[\s\u00a0]*)?(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0]+){1,6}$/u;
  const personAt = (from: number) =>
    [...input.mentions, ...input.titles].some(
      (m) =>
        m.start >= from &&
        ((m.start <= from + 25 && gap.test(text.slice(from, m.start))) ||
          (m.start <= from + 70 && titled.test(text.slice(from, m.start))) ||
          (m.start <= from + 90 && PLACED_BY.test(text.slice(from, m.start)))) &&
        !possessive.test(text.slice(m.end, m.end + 2)),
    );
  // "Lavrov and his Chinese counterpart Wang Yi on Sunday discussed …": two people of the two sides joined by "and", in the
  // clause before the words, are the ones talking, on the day named between them and the words. Without that day it is
  // what a contact reported elsewhere covered ("Lavrov dan Wang juga membahas persiapan KTT BRICS … pada Oktober").
  const pairBefore = (at: number) => {
    const from = Math.max(0, at - 110);
    const before = text.slice(from, at);
    const cut = from + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('\n')) + 1;
    const and = /(?<![\p{L}])(?:dan|and)(?![\p{L}])/iu.exec(text.slice(cut, at));
    if (!and) return false;
    const joint = cut + and.index;
    const who = (a: number, b: number) => new Set([...input.mentions.filter((m) => m.start >= a && m.end <= b).map((m) => lex.actors.get(m.actorId)?.country), ...input.titles.filter((t) => t.start >= a && t.end <= b && t.country).map((t) => t.country ?? undefined)]);
    const left = who(cut, joint);
    const right = who(joint, at);
    if (!input.dates.some((d) => d.start > joint && d.end <= at)) return false;
    return [...left].some((x) => x !== undefined && [...right].some((y) => y !== undefined && y !== x));
  };
  for (const c of findCues(text, lex)) {
    if (c.pairSubject ? !pairBefore(c.start) : c.weak && !personAt(c.end)) continue;
    const i = sentenceAt(sentences, c.start);
    const s = sentences[i];
    if (!s || c.end > s.end) continue;
    // "Putin informed Xi about the February 18 talks in Riyadh between Lavrov and … Rubio, the first high-level meeting …".
    // Not the occasion of the briefing itself: "informed Xi about his talks with Trump during a phone call on Monday".
    if (BRIEFED_ABOUT.test(text.slice(s.start, c.start).toLowerCase()) && !OCCASION_BEFORE.test(text.slice(Math.max(s.start, c.start - 30), c.start))) continue;
    // "Xi tiba di Bandara Vnukovo … dan disambut Wakil Perdana Menteri Rusia Dmitry Chernyshenko": a welcome on arrival is protocol, not talks.
    if (c.weak && WELCOME.test(text.slice(c.start, c.end)) && AIRPORT_WELCOME.test(text.slice(Math.max(s.start, c.start - 80), c.start))) continue;
    cuesBySentence.set(i, [...(cuesBySentence.get(i) ?? []), { ...c, start: c.start - s.start, end: c.end - s.start }]);
  }
  // A chronology's entries ("5. 22 Oktober 2024 — Bertemu lagi di Kazan") are parts of their own: an undated report in
  // one entry does not join another entry's contact of the same people, and takes the entry's date.
  const entryStarts = sentences.flatMap((_, i) => (i > 0 && numberedHeading(input, i) ? [i] : []));
  /** The first sentence of the entry holding sentence `i` (under its heading), or undefined outside a chronology. */
  const entryStart = (i: number) => entryStarts.filter((start) => start <= i).at(-1);
  const entryOf = (i: number) => entryStart(i) ?? -1;
  const entryDate = (i: number) => {
    const start = entryStart(i);
    return start === undefined ? null : headingDate(input, start, () => false);
  };
  sentences.forEach((s, i) => {
    const isHead = input.headline(s);
    if (input.skip(s) && !isHead) return;
    const str = text.slice(s.start, s.end);
    // "The call followed a video conference between Xi and Putin on Jan. 21": the contact just reported, then an earlier one.
    const followed = FOLLOWED.exec(str);
    // "Putin received Wang …; the Kremlin said the conversation covered preparations for the Kazan summit": contact words
    // after a word of what was talked about are the subject matter, once a contact has been named before it.
    const topicWord = SUBJECT_MATTER.exec(str);
    const cues = (cuesBySentence.get(i) ?? []).filter(
      (c, _, all) => (!followed || c.start >= followed[0].length) && !(topicWord && c.start > topicWord.index && all.some((o) => o.end <= topicWord.index)),
    );
    if (cues.length === 0) return;
    let type = bestType(cues);
    if (!type) return;
    // "Dalam pertemuan itu, Wang dan Lavrov membahas …", "Pertemuan itu berlangsung di sela-sela …": undated contact words
    // that only point back at a contact already reported. The sentence is that contact's (its topics, its gathering), not another.
    const prev = raw.at(-1);
    if (prev && !followed && (pointsBack(str) || (cues.length === 1 && AFTER_THAT_CONTACT.test(str)))) {
      // "Pertemuan itu berlangsung … pada 3 s.d. 5 Juni 2024": the date of a contact reported without one. Not a date of
      // what was discussed ("membahas persiapan kunjungan Xi pada Mei").
      const said = TALKED_ABOUT.exec(str);
      const dated = prev.own || prev.bound || prev.sameDay || prev.dayRef ? null : ownDate(text, input.dates, s.start, s.start + (said?.index ?? str.length), s.start);
      // The date of the visit the meeting was part of ("dalam rangkaian kunjungan … pada 3-5 Juni") is the meeting's too;
      // not one of what it came after ("The call came after Trump … held a phone call with Putin on Feb. 12").
      const own = dated?.own ?? null;
      if (own) prev.own = own;
      if (i === prev.sentences.at(-1)! + 1) prev.sidelines ??= shift(findSidelines(str), s.start);
      return;
    }
    // The first words of that type: a later one may sit in another action's clause ("…, sehari setelah … memimpin pertemuan").
    let cue = cues.filter((c) => c.type === type).reduce((a, b) => (b.start < a.start ? b : a));
    let { actors, refs } = beforeOtherAction(input, s, s.start + cue.end, actorsIn(input, s, s.start + cue.start));
    // "Sebelum diterima Putin, Wang mengadakan pembicaraan dengan Lavrov …": the opening clause is another contact; the
    // main clause's contact and people are the sentence's when it names two.
    const main = otherActionFirst(input, s, cues);
    if (main) ({ cue, actors, refs, type } = { ...main, type: main.cue.type });
    // "Selain Xi, pemimpin Rusia itu juga akan bertemu Li Qiang", "Besides Xi, Putin will meet …": the person set aside
    // is another contact's.
    const aside = BESIDES.exec(str);
    if (aside && actors.length + refs.length >= 3) {
      const set = input.mentions.find((m) => m.start === s.start + aside[0].length);
      if (set && actors.includes(set.actorId)) actors = actors.filter((a) => a !== set.actorId);
    }
    // "Belousov, mantan ekonom yang menggantikan Sergei Shoigu …, bertemu Dong": someone named only in a relative clause is described, not met.
    const described = relativeClauses(text, s.start, s.end).filter(([a, b]) => s.start + cue.start < a || s.start + cue.start >= b);
    if (described.length > 0) {
      const outside = new Set(input.mentions.filter((m) => m.start >= s.start && m.end <= s.end && !described.some(([a, b]) => m.start >= a && m.end <= b)).map((m) => m.actorId));
      const kept = actors.filter((a) => outside.has(a));
      if (kept.length < actors.length && kept.length + refs.length >= 2) actors = kept;
    }
    // "Putin briefed Xi … on his contacts with U.S. President Donald Trump's administration": with both sides named, an
    // unnamed office of a third country is what they talked about.
    const named = new Set(actors.map((a) => lex.actors.get(a)?.country));
    if (named.size >= 2) refs = refs.filter((r) => named.has(r.country ?? undefined));
    if (actors.length + refs.length >= 2) antecedents.push({ sentence: i, actors, refs });
    // "The spokesperson recalled that during their video call on Jan. 21, …": a recollection dated to the day is a contact.
    const days = input.dates.filter((m) => m.start >= s.start && m.end <= s.end && (m.kind === 'full' || m.kind === 'day-month' || m.kind === 'range'));
    const recalledDay = RECALLED.test(str) && !isVague(str.replace(RECALLED_ALL, ' ')) && days.length > 0;
    // "The two leaders have spoken twice this year, by video link on Jan. 21 and by phone on Feb. 24": counted, then each dated.
    const countedDays = days.length >= 2 && str.search(COUNTED_ALL) >= 0 && !isVague(str.replace(COUNTED_ALL, ' '));
    // "Xi flew into Vnukovo airport on Wednesday evening for a four-day state visit, his third trip to Russia since …": an
    // aside after a contact its clause dates to the day is about the count, not the contact.
    // "Xi dan Putin terakhir berbicara melalui telepon pada 24 Februari", "the two last spoke by phone on Feb. 24": the last
    // contact, dated to the day, is a contact.
    // '…, the Kremlin aide recalled': a speaker recalling it takes nothing away.
    const lastDay = days.length > 0 && LAST_CONTACT.test(str) && !isVague(str.replace(LAST_CONTACT_ALL, ' ').replace(RECALLED_ALL, ' '));
    const vague = vagueAt(str);
    const datedBeforeAside = vague > cue.end && input.dates.some((m) => m.start >= s.start && m.end <= s.start + vague && m.kind !== 'year' && isSpecific(m) && !m.future);
    if (vague >= 0 && !recalledDay && !countedDays && !datedBeforeAside && !lastDay) {
      background.add(i);
      notes.push(`background, not a contact: '${clip(str, 90)}'`);
      return;
    }
    // "Wang and Lavrov last met … when Wang visited Moscow last September. During that trip, Wang also held talks with Putin.":
    // a contact of the background trip or time just told of is background too.
    if (i > 0 && background.has(i - 1) && (AT_THAT_TIME.test(str) || THAT_TRIP.test(str)) && !ownDate(text, input.dates, s.start, s.end, s.start + cue.start).own) {
      background.add(i);
      notes.push(`background, not a contact: '${clip(str, 90)}' goes on about the background contact before it`);
      return;
    }
    // "Tidak ada rencana pertemuan Putin dan Xi, setelah Putin bertemu Trump": the pair's contact is the negated one,
    // the later words are another's.
    if (isUnreal(str, cue.start, cue.end) || cues.some((c) => c.start < cue.start && unrealBefore(str, c.start))) {
      notes.push(`not a contact that took place or is planned (possible, denied, postponed or cancelled): '${clip(str, 90)}'`);
      return;
    }
    // "AFP: A Japanese newspaper reported that Defense Minister Dong Jun held an unannounced meeting with Sergei Shoigu …
    // Can you confirm that such a meeting took place?": a journalist's question at a briefing reports nothing.
    if (askedToConfirm(text, s.start)) {
      notes.push(`not a contact that took place or is planned (a question asking to confirm it): '${clip(str, 90)}'`);
      return;
    }
    // "India's Prime Minister Narendra Modi, who met Putin on Tuesday, is expected to hold a bilateral meeting with Xi": a
    // titled stranger named before the contact words and everyone known is the subject; the contacts are theirs.
    const firstKnown = Math.min(...input.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.start), ...refs.map((r) => r.start));
    const strangerSubject = input.titles.find((t) => t.unknownName && t.start >= s.start && t.start < s.start + cue.start && t.start < firstKnown);
    if (strangerSubject) {
      notes.push(`no event from '${clip(str, 90)}': its contacts are those of ${strangerSubject.unknownName}, who is not in data/actors.yaml`);
      return;
    }
    // "Putin briefed the Chinese leader on his two-hour video call with US President Joe Biden": the words' other side, named
    // right after "with", is someone data/actors.yaml does not know; the known people here are not that contact's.
    const sentenceSides = new Set(input.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => lex.actors.get(m.actorId)?.country));
    const thirdParty = (t: TitleHit) => t.unknownName !== null || (t.attachedTo === null && t.country !== null && !sentenceSides.has(t.country) && /^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 3)));
    const strangerOther = input.titles.find(
      (t) => thirdParty(t) && t.start > s.start + cue.end && t.start - (s.start + cue.end) <= 40 && /^[^,.;:]*?(?<![\p{L}])(?:with|dengan)[\s\u00a0]+(?:the[\s\u00a0]+)?$/u.test(text.slice(s.start + cue.end, t.start)) &&
        !input.mentions.some((m) => m.start >= s.start + cue.end && m.start < t.start),
    );
    // "Xi dan Putin juga menggelar pertemuan trilateral dengan Presiden Mongolia …": with both sides named as its subject, the
    // stranger joins their contact.
    const clauseStart = s.start + Math.max(str.lastIndexOf(',', cue.start), str.lastIndexOf(';', cue.start)) + 1;
    const jointSubject = new Set(input.mentions.filter((m) => m.start >= clauseStart && m.end <= s.start + cue.start).map((m) => lex.actors.get(m.actorId)?.country)).size >= 2;
    if (strangerOther && cues.length === 1 && !jointSubject) {
      notes.push(`no event from '${clip(str, 90)}': its contact is with ${strangerOther.unknownName ?? text.slice(strangerOther.start, strangerOther.end + 30).split(/[,.;]/)[0]}, who is not in data/actors.yaml`);
      return;
    }
    // "Tahun lalu, Wang Yi bertemu Lavrov di Astana": a contact of a past year, not one to date.
    if (pastYear(s) && !input.dates.some((m) => m.start >= s.start && m.end <= s.end && m.kind !== 'year' && !PAST_YEAR.test(m.raw.trim()))) {
      background.add(i);
      notes.push(`background, a contact of a past year: '${clip(str, 90)}'`);
      return;
    }
    // "Wang mengadakan pembicaraan dengan Lavrov pada Senin; memimpin konsultasi dengan Patrushev pada Selasa; dan diterima
    // oleh Putin pada Rabu": one contact per item, each with the subject, its own other side and its own date.
    const listed = isHead ? null : listedContacts(input, i, cues);
    if (listed) {
      for (const item of listed) {
        const cueAt = s.start + item.cue.start;
        raw.push({
          sentences: [i],
          actors: item.actors,
          refs: item.refs,
          sidelines: shift(findSidelines(text.slice(item.start, item.end)), item.start),
          visitTo: false,
          pair: null,
          heading: null,
          type: item.cue.type,
          cue: [cueAt, s.start + item.cue.end],
          planned: isPlanned(str, item.cue.start, item.cue.end),
          ...nearerReference(references(text.slice(item.start, item.end), item.start, item.cue.type === 'visit'), ownDate(text, input.dates, item.start, item.end, cueAt), cueAt),
        });
        antecedents.push({ sentence: i, actors: item.actors, refs: item.refs });
      }
      return;
    }
    const strangerPair = actors.length + refs.length < 2 && strangerPairBefore(input, i);
    const pair = actors.length + refs.length < 2 && !strangerPair ? pairSubject(input, str, cues, antecedents) : null;
    let subject: Candidate['pair'] = pair ? { words: pair.words, start: s.start + pair.start, end: s.start + pair.end, from: pair.antecedent.sentence } : null;
    if (pair) {
      // A spokesperson announcing the pair's talks ('Peskov mengatakan pembicaraan kedua kepala negara …') is no third party to them.
      actors = [...new Set([...pair.antecedent.actors, ...actors.filter((a) => !input.lex.speakers.has(a))])];
      refs = [...pair.antecedent.refs, ...refs];
      antecedents.push({ sentence: i, actors, refs });
    } else if (actors.length + refs.length < 2) {
      const named = strangerPair ? null : pronounSubject(input, i, str, cues, { actors, refs });
      if (named) {
        subject = { words: named.words, start: s.start + named.start, end: s.start + named.end, from: named.from, stands: named.actors };
        actors = [...new Set([...named.actors, ...actors])];
        refs = [...named.refs, ...refs];
        antecedents.push({ sentence: i, actors, refs });
      } else {
        // "the Chinese diplomat was received by the Russian foreign minister": the one of that side in the contact before.
        const side = sideNoun(str, lex);
        const last = raw.at(-1);
        const one = side && last ? last.actors.filter((a) => lex.actors.get(a)?.country === side.country) : [];
        if (one.length === 1 && !actors.includes(one[0]!) && !refs.some((r) => r.country === side!.country)) actors = [one[0]!, ...actors];
      }
    }
    const idx = [i];
    const next = sentences[i + 1];
    // "… berbicara melalui telepon dengan Perdana Menteri India Narendra Modi": a titled stranger is the other side, so no one is borrowed.
    const stranger = input.titles.some((t) => t.unknownName && t.start >= s.start && t.end <= s.end);
    // Not from a sentence of another day: 'The Russian delegation arrived … on Monday evening …. Xi told Lavrov on Tuesday …'.
    const otherDay = (x: Sentence) => { const a = datesOf(s); const b = datesOf(x); return a.length > 0 && b.length > 0 && !b.some((d) => a.includes(d)); };
    // Not from the next item of a bulleted summary: "- Leaders joined by Mongolian president for trilateral meeting" / "- Putin
    // to attend Wednesday parade alongside Xi, Kim Jong Un" are two pieces of news.
    const lineStart = (x: Sentence) => text.lastIndexOf('\n', x.start - 1) + 1;
    const bulleted = (x: Sentence) => /^[ \t]*[-•*–][ \t]/.test(text.slice(lineStart(x), x.start + 2));
    if (!isHead && !stranger && actors.length + refs.length < 2 && next && !input.skip(next) && !cuesBySentence.has(i + 1) && !otherDay(next) && !bulleted(next)) {
      // "Menurut Peskov, Putin dan Xi …": a spokesperson there speaks about the contact, takes no part in it.
      const found = actorsIn(input, next);
      const more = { actors: found.actors.filter((a) => !lex.speakers.has(a)), refs: found.refs };
      // Only when two who can take part come of it: 'ajudan Kremlin Yuri Ushakov mengatakan … dalam pertemuan tersebut. Xi
      // dijadwalkan menyaksikan parade …' made an Ushakov–Xi meeting.
      const joined = [...new Set([...actors, ...more.actors])].filter((a) => !lex.speakers.has(a));
      if (more.actors.length + more.refs.length > 0 && joined.length + refs.length + more.refs.length >= 2) {
        actors = joined;
        refs = [...refs, ...more.refs];
        idx.push(i + 1);
      }
    }
    // A recollection or last contact kept for its date ('The two Ministers had last met in New Delhi in March', the two being
    // someone unknown and Qin) that names no two known people is background still: its date is no other contact's.
    if (vague >= 0 && actors.length + refs.length < 2 && !(cue.type === 'visit' && actors.length === 1)) {
      background.add(i);
      notes.push(`background, not a contact: '${clip(str, 90)}'`);
      return;
    }
    // "Berikut kronologi pertemuan dan kontak Xi-Putin sejak 2022: … 2. 15 September 2022, Samarkand / Bertemu di sela KTT
    // SCO di Uzbekistan.": an entry under a dated heading of a chronology of a pair's contacts is that pair's.
    if (!isHead && actors.length + refs.length < 2 && headingDate(input, i, (j) => cuesBySentence.has(j))) {
      const pair = chronologyPair(input, i);
      if (pair) actors = [...new Set([...pair, ...actors])];
    }
    const visitTo = type === 'visit' && visitDestination(str, lex);
    if (actors.length + refs.length < 2 && !(visitTo && actors.length + refs.length === 1)) {
      return;
    }
    // "Lavrov held talks with Wang Yi and met President Xi Jinping on Tuesday": two contacts of one subject, each with the
    // other side named after its own words.
    const second = isHead ? null : coordinatedContact(input, s, cue, cues, actors, refs);
    if (second) ({ actors, refs } = second.first);
    const last = sentences[idx.at(-1)!]!;
    // "… menggelar pembicaraan informal pada Senin dan pembicaraan resmi pada Selasa": one contact per day named.
    const rounds = isHead ? [] : laterRounds(str, cue, cues, input.dates.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start })));
    const ownEnd = rounds.length > 0 ? s.start + rounds[0]!.start : last.end;
    const sharedFields = { sentences: idx, actors, refs, sidelines: shift(findSidelines(str), s.start), visitTo, pair: subject };
    // A heading dates what happened under it, not what was planned there ("3. 30 Desember 2022, panggilan video / … Putin
    // mengundang Xi berkunjung ke Moskow": the visit is not on the day of the invitation).
    const heading = isHead || isPlanned(str, cue.start, cue.end) ? null : (headingDate(input, idx[0]!, (j) => cuesBySentence.has(j)) ?? entryDate(idx[0]!));
    const dated = ownDate(text, input.dates, s.start, ownEnd, s.start + cue.start);
    (isHead ? heads : raw).push({
      ...sharedFields,
      heading: heading && !dated.own && !dated.bound ? [sentences[idx[0]! - 1]!.start, sentences[idx[0]! - 1]!.end] : null,
      type,
      cue: [s.start + cue.start, s.start + cue.end],
      planned: isPlanned(str, cue.start, cue.end),
      ...nearerReference(references(str.slice(0, ownEnd - s.start), s.start, type === 'visit'), withHeading(dated, heading), s.start + cue.start, arrivalClauses(text, s.start, ownEnd, input.dates)),
    });
    // "Lavrov bertemu dengan Presiden Xi … pada Selasa, setelah sebelumnya menggelar pembicaraan dengan mitranya, Menlu China
    // Wang Yi": the subject's other contact that day, in a clause of its own.
    // Dated and placed as the first: the words that date them follow both ("… and met President Xi Jinping on Tuesday").
    const firstOf = (isHead ? heads : raw).at(-1)!;
    // Its own date when its words have one ("…, and was received by Putin at the Kremlin on August 21").
    const secondDated = second ? ownDate(text, input.dates, s.start + second.cue.start, s.end, s.start + second.cue.start) : null;
    if (second)
      raw.push({
        ...firstOf,
        ...(secondDated?.own ? { own: secondDated.own, bound: null } : {}),
        sentences: [...idx],
        actors: second.actors,
        refs: second.refs,
        type: second.cue.type,
        cue: [s.start + second.cue.start, s.start + second.cue.end],
        planned: firstOf.planned || isPlanned(str, second.cue.start, second.cue.end),
      });
    const other = isHead ? null : otherContactAfter(input, s, cue, cues, actors);
    if (other) raw.push({ ...sharedFields, sentences: [...idx], refs: [], sidelines: null, visitTo: false, pair: null, heading: null, planned: isPlanned(str, cue.start, cue.end), own: null, bound: null, placeRef: null, ...other });
    rounds.forEach((r, k) => {
      const end = k + 1 < rounds.length ? s.start + rounds[k + 1]!.start : s.end;
      raw.push({
        ...sharedFields,
        sentences: [...idx],
        actors: [...actors],
        refs: [...refs],
        type: r.type,
        cue: [s.start + r.start, s.start + r.end],
        planned: isPlanned(str, cue.start, cue.end) || isPlanned(str, r.start, r.end),
        ...nearerReference(references(text.slice(s.start + r.start, end), s.start + r.start, r.type === 'visit'), ownDate(text, input.dates, s.start + r.start, end, s.start + r.start), s.start + r.start),
      });
    });
  });
  const merged = mergeSame(raw, entryOf);
  const kept: Candidate[] = [];
  // The talks of a one-person visit just reported ('Putin tiba di Beijing pada Kamis … Xi menyambut Putin …',
  // 'Dalam kunjungan itu, Mishustin bertemu …') happen on the visit's days: they are its contact, not background.
  // Not a call (talks on a visit are face to face), and not one said to be earlier ("sebelumnya berbicara melalui telepon").
  const visitTalks = (c: Candidate, prev: Candidate | undefined) =>
    prev?.type === 'visit' && prev.actors.length === 1 && prev.refs.length === 0 && c.actors.length + c.refs.length >= 2 && c.actors.includes(prev.actors[0]!) &&
    !REMOTE.has(c.type) && !EARLIER.test(text.slice(sentences[c.sentences[0]!]!.start, sentences[c.sentences[0]!]!.end));
  // "Putin akan berkunjung ke China pada 16-17 Mei … Selain Xi, pemimpin Rusia itu juga akan bertemu Li Qiang": a planned
  // contact with no date of its own, of someone on a planned trip just announced, is on the trip.
  const plannedTrip = (c: Candidate) =>
    c.planned ? [...kept].reverse().find((v) => v.type === 'visit' && v.planned && v.own && v.actors.some((a) => c.actors.includes(a) || c.refs.some((r) => r.country === lex.actors.get(a)?.country))) : undefined;
  // A live blog's time-stamped entry ("19:15 WIB — Presiden China Xi Jinping dan Presiden Rusia Vladimir Putin memulai
  // pertemuan bilateral di Kazan") reports that day's news, not background.
  const liveEntry = (i: number) => isLiveEntry(text, sentences[i]!.start);
  for (const c of merged) {
    const trip = !c.own && !c.bound && !c.dayRef ? plannedTrip(c) : undefined;
    if (trip) c.own = trip.own;
    if (kept.length > 0 && !c.own && !c.bound && !c.sameDay && !c.dayRef && !visitTalks(c, kept.at(-1)) && !liveEntry(c.sentences[0]!)) {
      background.add(c.sentences[0]!);
      notes.push(`no event from '${clip(text.slice(sentences[c.sentences[0]!]!.start, sentences[c.sentences[0]!]!.end), 90)}': a further contact with no date of its own (background)`);
      continue;
    }
    kept.push(c);
  }
  // A visit in an article that reports its people's talks is the setting of those talks, not another
  // event: a one-person visit when the visitor takes part in another contact, and a visit with its
  // host ('tiba di Moskow … atas undangan Lavrov') when the two also met or talked. An announced visit
  // stays: the trip (20-22 Maret) is the news, its talks a part of it.
  // The sides of a contact: the countries of the people in data/actors.yaml.
  const sides = new Set([...lex.actors.values()].map((a) => a.country));
  // Talks between the two sides ('US President Trump and President Putin are now set to meet' is none).
  const betweenSides = (o: Candidate) => o.actors.length + o.refs.length >= 2 && o.refs.every((r) => r.country !== null && sides.has(r.country));
  const setting = (c: Candidate) =>
    c.type === 'visit' &&
    // A trip recalled ('Putin juga mengenang kunjungan kenegaraannya ke Beijing … pada 16 Mei') is an earlier one.
    !RECALLED.test(text.slice(sentences[c.sentences[0]!]!.start, sentences[c.sentences[0]!]!.end)) &&
    (c.actors.length + c.refs.length === 1
      ? // Not a trip being prepared in a call ('membahas … persiapan kunjungan Putin ke China … pada 31 Agustus'); a further
        // stop of a trip whose talks took place ('Pada Jumat, Putin dijadwalkan mengunjungi Harbin') is still its setting.
        kept.some((o) => o !== c && betweenSides(o) && o.actors.includes(c.actors[0] ?? '') && (o.planned === c.planned || !REMOTE.has(o.type)))
      : !c.planned && c.refs.length === 0 && kept.some((o) => o !== c && o.type !== 'visit' && !o.planned && c.actors.every((a) => o.actors.includes(a))));
  const settings = new Set(kept.filter(setting));
  const body = kept.filter((c) => !settings.has(c));
  for (const c of settings) notes.push(`no event of its own from '${clip(text.slice(sentences[c.sentences[0]!]!.start, sentences[c.sentences[0]!]!.end), 90)}': the visit is the setting of the talks the article reports`);
  // "Wang Yi bertemu Lavrov di Beijing. … Kunjungan Lavrov ke China berlangsung pada 8-9 April 2024": talks reported
  // with no date of their own happen within the dates of the visitor's trip, given after them.
  for (const v of kept) {
    if (!settings.has(v) || v.actors.length !== 1 || !v.own) continue;
    for (const c of body) {
      if (c.sentences[0]! > v.sentences[0]! || c.own || c.bound || c.sameDay || c.dayRef || c.planned !== v.planned) continue;
      if (!c.actors.includes(v.actors[0]!) || REMOTE.has(c.type) || EARLIER.test(text.slice(sentences[c.sentences[0]!]!.start, sentences[c.sentences[0]!]!.end))) continue;
      c.own = v.own;
    }
  }
  // A headline summarises the body: its contact is an event only when the body reports none with its people.
  const countryOf = (id: string) => lex.actors.get(id)?.country;
  const ownHeads = heads.filter((h) => {
    const same = body.find((b) => reportsHeadline(h, b, countryOf));
    if (same) notes.push(`headline '${clip(text.slice(sentences[h.sentences[0]!]!.start, sentences[h.sentences[0]!]!.end), 90)}' reports the same contact as the body: '${clip(text.slice(sentences[same.sentences[0]!]!.start, sentences[same.sentences[0]!]!.end), 60)}'`);
    return !same;
  });
  // A contact is between the two sides: people all of one country ('Bertemu Wang Yi dan Xi Jinpin' once
  // the Russian guest's name is misspelt) report no China–Russia contact.
  const oneSide = (c: Candidate) => {
    // "Putin akan berkunjung ke China pada 16-17 Mei", "Wang Yi tiba di Moskow": one person's trip to the other side.
    if (c.type === 'visit' && c.actors.length === 1 && c.refs.length === 0) {
      const home = countryOf(c.actors[0]!);
      const str = c.sentences.map((k) => text.slice(sentences[k]!.start, sentences[k]!.end)).join(' ');
      if (visitDestinations(str, lex).some((d) => d !== home && sides.has(d))) return false;
    }
    const countries = new Set([...c.actors.map(countryOf), ...c.refs.map((r) => r.country)]);
    return countries.size === 1 && !countries.has(undefined) && !countries.has(null);
  };
  for (const c of [...ownHeads, ...body].filter(oneSide)) notes.push(`no event from '${clip(text.slice(sentences[c.sentences[0]!]!.start, sentences[c.sentences[0]!]!.end), 90)}': everyone named is from one country, so it is no contact between the two sides`);
  const final = [...ownHeads, ...body].filter((c) => !oneSide(c));
  // Contact words with a past year and no contact of their own: "Tahun lalu, Lavrov bertemu … di Astana".
  const used = new Set(final.flatMap((c) => c.sentences));
  for (const i of cuesBySentence.keys()) if (!used.has(i) && !input.skip(sentences[i]!) && pastYear(sentences[i]!)) background.add(i);
  // "Dalam pertemuan dengan Menteri Luar Negeri RI Retno Marsudi, kedua pihak membahas kerja sama energi …": contact words
  // with someone not in data/actors.yaml are another contact's, and so are its topics.
  for (const i of cuesBySentence.keys()) {
    const s = sentences[i]!;
    if (!used.has(i) && input.titles.some((t) => t.unknownName && t.start >= s.start && t.end <= s.end)) background.add(i);
  }
  // "Two days later, Lavrov left for New York": another day's doings, so their topics belong to no contact.
  sentences.forEach((s, i) => {
    if (used.has(i) || !DAY_WORD.test(text.slice(s.start, s.end))) return;
    const ref = findDayReference(text.slice(s.start, s.end));
    if (ref && ref.days !== 0) background.add(i);
  });
  // "Lavrov terakhir kali bertemu Wang pada September tahun lalu. Saat itu keduanya membahas Ukraina.": the sentence
  // that goes on about a background contact ("Saat itu", "At the time") is background too.
  sentences.forEach((s, i) => {
    if (i > 0 && background.has(i - 1) && !used.has(i) && AT_THAT_TIME.test(text.slice(s.start, s.end))) background.add(i);
  });
  return { candidates: final, notes, background };
}

/**
 * Whether the sentence before sentence `i` speaks of someone not in data/actors.yaml (by the surname an unknown title gave
 * them, or with an honorific) beside at most one known person: 'Mr. Jaishankar said his talks with Mr. Qin … The two
 * Ministers had last met in New Delhi in March': then a pair pronoun in sentence `i` stands for those two, not for an
 * earlier contact.
 */
function strangerPairBefore(input: CandidateInput, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && input.skip(input.sentences[j]!)) j--;
  const s = input.sentences[j];
  if (!s) return false;
  const surnames = [...new Set(input.titles.flatMap((t) => (t.unknownName ? [t.unknownName.split(/\s+/).at(-1)!] : [])))].filter((w) => w.length >= 3);
  const str = input.text.slice(s.start, s.end);
  // "Mr. Jaishankar": an honorific before a name no known person has.
  const known = new Set(input.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.actorId));
  for (const m of str.matchAll(/(?<![\p{L}])(?:Mr|Mrs|Ms|Dr)\.?[\s\u00a0]+\p{Lu}[\p{L}-]+/gu)) {
    const at = s.start + m.index;
    if (!input.mentions.some((x) => x.start < at + m[0].length && x.end > at)) return known.size <= 1;
  }
  const named = surnames.some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(str));
  return named && known.size <= 1;
}

/** A contact just reported said to come after another: "The call followed", "The talks came days after", "Pertemuan itu menyusul". */
const FOLLOWED = /^[\s\u00a0"“]*(?:the[\s\u00a0]+(?:call|meeting|talks|visit|conversation)|(?:pembicaraan|pertemuan|percakapan|kunjungan|panggilan)(?:[\s\u00a0]+telepon)?[\s\u00a0]+(?:itu|tersebut|ini))[\s\u00a0]+(?:followed|follows|came[\s\u00a0]+(?:(?:days|weeks|a[\s\u00a0]+day|a[\s\u00a0]+week|shortly|soon)[\s\u00a0]+)?after|comes[\s\u00a0]+(?:(?:days|weeks)[\s\u00a0]+)?after|menyusul|(?:dilakukan|digelar|berlangsung)[\s\u00a0]+(?:(?:beberapa[\s\u00a0]+hari|sehari|sepekan)[\s\u00a0]+)?setelah)(?![\p{L}])/iu;

/** The words that make contact words the occasion of what the sentence tells: "during a phone call", "dalam percakapan telepon". */
const OCCASION_BEFORE = /(?<![\p{L}])(?:during|in|by|over|via|through|at|melalui|dalam|lewat|saat|ketika|secara)[\s\u00a0]+(?:(?:a|an|the|their|his|her|sebuah)[\s\u00a0]+)?(?:[\p{L}-]+[\s\u00a0]+)?$/iu;

/** Whether the text at `at` is in a live blog's entry: a paragraph opening with a time stamp. */
export function isLiveEntry(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return LIVE_STAMP.test(text.slice(lineStart, lineStart + 40));
}

/** A live blog entry's time stamp at the head of its paragraph: "19:15 WIB —", "Updated 3:41 p.m. —", "14.05 GMT -". */
const LIVE_STAMP = /^[\s\u00a0]*(?:(?:updated|diperbarui)[\s\u00a0]+)?\d{1,2}[:.]\d{2}(?:[\s\u00a0]*(?:WIB|WITA|WIT|GMT|UTC|BST|ET|MSK|[ap]\.?m\.?))*[\s\u00a0]*[—–-]/iu;

/** An arrival at an airport just before: whoever welcomes the visitor there ("disambut", "greeted") holds no talks with them. "Received" stays a meeting word. */
const WELCOME = /^(?:disambut|sambut|menyambut|welcomed|welcomes|welcoming|greeted|greets)$/iu;
const AIRPORT_WELCOME = /(?<![\p{L}])(?:bandara|bandar[\s\u00a0]+udara|airport|airfield|pangkalan[\s\u00a0]+udara|air[\s\u00a0]+base)(?![\p{L}])/iu;

/** Opens a sentence about the trip of the one before it: "During that trip", "On that visit", "Dalam kunjungan itu". */
const THAT_TRIP = /^[\s"“]*(?:(?:during|on|in\s+the\s+course\s+of)\s+(?:that|this|the\s+same)\s+(?:trip|visit|stay|tour)|(?:dalam|selama|pada)\s+(?:kunjungan|lawatan)(?:nya)?\s+(?:itu|tersebut))(?![\p{L}])/iu;

/**
 * Opens a sentence about the time of the one before it: "Saat itu", "Ketika itu", "Kala itu", "At the time". Not "Dalam
 * pertemuan itu": after a planned further contact ("Lavrov juga dijadwalkan bertemu Xi") it is the article's main one.
 */
export const AT_THAT_TIME = /^[\s"“]*(?:(?:pada\s+)?(?:saat|ketika|kala|waktu|masa)\s+itu|at\s+(?:the|that)\s+time)(?![\p{L}])/iu;
