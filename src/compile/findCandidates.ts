/**
 * Contact candidates of one article: sentences with contact words and at least two known people
 * (or a visit with a destination), merged when they describe the same contact, minus background.
 */
import type { EventType } from '../model/schema';
import type { DateMention } from './dates';
import type { ActorMention, TitleHit } from './findActors';
import { bestType, findCues, findSidelines, isPlanned, isUnreal, isVague, type Cue } from './findContacts';
import type { Lexicon } from './lexicon';
import { ownDate, type DateBound } from './dateContact';
import { findDayReference, findPlaceReference, type DayReference, type PlaceReference } from './contactReferences';
import { reportsHeadline } from './headlineContacts';
import { findPairPronoun } from './pairPronouns';
import { participantsIn } from './pickParticipants';
import { sentenceAt, type Sentence } from './sentences';
import { clip } from './text';

/** A contact described by one or more sentences of an article. */
export interface Candidate {
  /** Sentence indexes, in order; the first holds the contact words. */
  sentences: number[];
  type: EventType;
  cue: [number, number];
  actors: string[];
  /** Unnamed titles ("Menlu Rusia") to resolve once the date is known. */
  refs: TitleHit[];
  planned: boolean;
  sidelines: { gathering: string; start: number; end: number } | null;
  own: DateMention | null;
  /** A date of another action in the sentence that bounds this contact ("sebelum kembali … pada Kamis"). */
  bound: DateBound | null;
  /** Destination of a one-person visit ("Putin akan berkunjung ke Tiongkok"). */
  visitTo: boolean;
  /** Words that put this contact on the day of the one before ("kemudian", "was later"), if any. */
  sameDay: string | null;
  /** Words that count its day from another contact ("Sehari sebelumnya", "the following day"). */
  dayRef: DayReference | null;
  /** Words that place it where another contact was ("di tempat yang sama", "at the same venue"). */
  placeRef: PlaceReference | null;
  /** A pair pronoun as subject ("keduanya", "the two leaders") whose people came from an earlier contact's sentence (`from`). */
  pair: { words: string; start: number; end: number; from: number } | null;
}

/** A further contact on the day of the one reported before it: "Pada hari yang sama", "kemudian", "was later received". */
const SAME_DAY = /(?<![\p{L}])(?:(?:pada|di)\s+hari\s+(?:yang\s+sama|itu|tersebut)|hari\s+itu\s+juga|(?:on\s+)?the\s+same\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:was|were|is)\s+later|later\s+(?:on|in\s+the\s+day)|(?:kemudian|selanjutnya|setelah\s+itu|(?:usai|seusai|selepas|setelah|sesudah)\s+(?:pertemuan|pembicaraan|perundingan)(?:\s+(?:itu|tersebut))?|setiba(?:nya)?|sesampai(?:nya)?)(?=[\s,])|afterwards|after\s+the\s+(?:talks|meeting)|upon\s+(?:his\s+|her\s+)?arrival|on\s+arrival|subsequently)(?![\p{L}])/iu;

/** Cheap test before findDayReference: every day reference holds one of these. */
const DAY_WORD = /hari|day|keesokan|besoknya/i;

const TYPE_ORDER: EventType[] = ['video_call', 'phone_call', 'consultation', 'summit', 'meeting', 'visit'];

export interface CandidateInput {
  text: string;
  sentences: Sentence[];
  /** Sentences that are not the article's (a date line); the headline is skipped too but read by `headline`. */
  skip: (s: Sentence) => boolean;
  /** The headline: its contact is the body's when the body reports the same people, else one of its own. */
  headline: (s: Sentence) => boolean;
  mentions: ActorMention[];
  titles: TitleHit[];
  dates: DateMention[];
  lex: Lexicon;
  /** Whether the person held one of these offices around the article's date (for "kedua menlu"). */
  holdsOffice: (actorId: string, roleIds: string[]) => boolean;
}

function actorsIn(input: CandidateInput, s: Sentence): { actors: string[]; refs: TitleHit[] } {
  const actors = participantsIn(input.text, s.start, s.end, input.mentions, input.lex);
  const refs = input.titles.filter((t) => t.start >= s.start && t.end <= s.end && !t.attachedTo && !t.unknownName && t.country !== null && !input.lex.roles.get(t.roleId)?.speaker);
  return { actors, refs };
}

/** Opens another action after the contact: "…, sehari setelah Mishustin dan Li Qiang memimpin …", "before leaving", "after he met". */
const OTHER_ACTION_AFTER = /(?<![\p{L}])(?:setelah|sesudah|seusai|usai|sebelum|menjelang|after|before|following|ahead\s+of)(?![\p{L}])/giu;

/**
 * People of the contact whose words are at `cueEnd`: when the people named before a later clause of
 * another action ('Xi menerima Mishustin pada Rabu, sehari setelah Mishustin dan mitranya, PM Li Qiang,
 * memimpin pertemuan …') are two already, those named only in that clause are not the contact's.
 */
function beforeOtherAction(input: CandidateInput, s: Sentence, cueEnd: number, found: { actors: string[]; refs: TitleHit[] }): { actors: string[]; refs: TitleHit[] } {
  if (found.actors.length + found.refs.length <= 2) return found;
  const rest = input.text.slice(cueEnd, s.end);
  OTHER_ACTION_AFTER.lastIndex = 0;
  const m = OTHER_ACTION_AFTER.exec(rest);
  if (!m) return found;
  const cut = cueEnd + m.index;
  const early = new Set(input.mentions.filter((x) => x.start >= s.start && x.start < cut).map((x) => x.actorId));
  const actors = found.actors.filter((a) => early.has(a));
  const refs = found.refs.filter((r) => r.start < cut);
  return actors.length + refs.length >= 2 ? { actors, refs } : found;
}

function visitDestination(sentence: string, lex: Lexicon): boolean {
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:ke|to|di|in)\s+(?:the\s+)?/giu)) {
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (lex.placeMatcher.find(rest).some((h) => h.start === 0) || lex.countryMatcher.find(rest).some((h) => h.start === 0)) return true;
  }
  return false;
}

/** A past year named with contact words: "tahun lalu … bertemu", "met last year", "pada 2019". */
const PAST_YEAR = /^(?:pada\s+)?(?:tahun\s+(?:lalu|sebelumnya|kemarin)|last\s+year|the\s+previous\s+year|(?:in\s+)?\d{4})$/i;

/**
 * Candidates in text order, notes on contact words that made none, and `background`: indexes of
 * sentences about other contacts (recollections, contacts of past years, contacts dropped as
 * background), whose topics belong to no contact of this article.
 */
export function findCandidates(input: CandidateInput): { candidates: Candidate[]; notes: string[]; background: Set<number> } {
  const { text, sentences, lex } = input;
  const notes: string[] = [];
  const background = new Set<number>();
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
  const personAt = (from: number) => [...input.mentions, ...input.titles].some((m) => m.start >= from && m.start <= from + 25 && gap.test(text.slice(from, m.start)) && !possessive.test(text.slice(m.end, m.end + 2)));
  for (const c of findCues(text, lex)) {
    if (c.weak && !personAt(c.end)) continue;
    const i = sentenceAt(sentences, c.start);
    const s = sentences[i];
    if (!s || c.end > s.end) continue;
    cuesBySentence.set(i, [...(cuesBySentence.get(i) ?? []), { ...c, start: c.start - s.start, end: c.end - s.start }]);
  }
  sentences.forEach((s, i) => {
    const isHead = input.headline(s);
    if (input.skip(s) && !isHead) return;
    const cues = cuesBySentence.get(i) ?? [];
    if (cues.length === 0) return;
    const str = text.slice(s.start, s.end);
    const type = bestType(cues);
    if (!type) return;
    // The first words of that type: a later one may sit in another action's clause ("…, sehari setelah … memimpin pertemuan").
    const cue = cues.filter((c) => c.type === type).reduce((a, b) => (b.start < a.start ? b : a));
    let { actors, refs } = beforeOtherAction(input, s, s.start + cue.end, actorsIn(input, s));
    if (actors.length + refs.length >= 2) antecedents.push({ sentence: i, actors, refs });
    if (isVague(str)) {
      background.add(i);
      notes.push(`background, not a contact: '${clip(str, 90)}'`);
      return;
    }
    if (isUnreal(str, cue.start, cue.end)) {
      notes.push(`not a contact that took place or is planned (possible, denied, postponed or cancelled): '${clip(str, 90)}'`);
      return;
    }
    // "Tahun lalu, Wang Yi bertemu Lavrov di Astana": a contact of a past year, not one to date.
    if (pastYear(s) && !input.dates.some((m) => m.start >= s.start && m.end <= s.end && m.kind !== 'year' && !PAST_YEAR.test(m.raw.trim()))) {
      background.add(i);
      notes.push(`background, a contact of a past year: '${clip(str, 90)}'`);
      return;
    }
    const pair = actors.length + refs.length < 2 ? pairSubject(input, str, cues, antecedents) : null;
    if (pair) {
      // A spokesperson announcing the pair's talks ('Peskov mengatakan pembicaraan kedua kepala negara …') is no third party to them.
      actors = [...new Set([...pair.antecedent.actors, ...actors.filter((a) => !input.lex.speakers.has(a))])];
      refs = [...pair.antecedent.refs, ...refs];
      antecedents.push({ sentence: i, actors, refs });
    }
    const idx = [i];
    const next = sentences[i + 1];
    if (!isHead && actors.length + refs.length < 2 && next && !input.skip(next) && !cuesBySentence.has(i + 1)) {
      const more = actorsIn(input, next);
      if (more.actors.length + more.refs.length > 0) {
        actors = [...new Set([...actors, ...more.actors])];
        refs = [...refs, ...more.refs];
        idx.push(i + 1);
      }
    }
    const visitTo = type === 'visit' && visitDestination(str, lex);
    if (actors.length + refs.length < 2 && !(visitTo && actors.length + refs.length === 1)) {
      if (actors.length + refs.length > 0 || /tersebut|itu|the (?:meeting|talks|call)|during the/i.test(str)) return; // refers back to a contact already found
      return;
    }
    const last = sentences[idx.at(-1)!]!;
    (isHead ? heads : raw).push({
      sentences: idx,
      type,
      cue: [s.start + cue.start, s.start + cue.end],
      actors,
      refs,
      planned: isPlanned(str, cue.start, cue.end),
      sidelines: shift(findSidelines(str), s.start),
      visitTo,
      ...nearerReference(references(str, s.start, type === 'visit'), ownDate(text, input.dates, s.start, last.end, s.start + cue.start), s.start + cue.start),
      pair: pair ? { words: pair.words, start: s.start + pair.start, end: s.start + pair.end, from: pair.antecedent.sentence } : null,
    });
  });
  const merged = mergeSame(raw);
  const kept: Candidate[] = [];
  for (const c of merged) {
    if (kept.length > 0 && !c.own && !c.bound && !c.sameDay && !c.dayRef) {
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
  const setting = (c: Candidate) =>
    c.type === 'visit' &&
    (c.actors.length + c.refs.length === 1
      ? kept.some((o) => o !== c && o.actors.includes(c.actors[0] ?? ''))
      : !c.planned && c.refs.length === 0 && kept.some((o) => o !== c && o.type !== 'visit' && !o.planned && c.actors.every((a) => o.actors.includes(a))));
  const body = kept.filter((c) => !setting(c));
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
    const countries = new Set([...c.actors.map(countryOf), ...c.refs.map((r) => r.country)]);
    return countries.size === 1 && !countries.has(undefined) && !countries.has(null);
  };
  for (const c of [...ownHeads, ...body].filter(oneSide)) notes.push(`no event from '${clip(text.slice(sentences[c.sentences[0]!]!.start, sentences[c.sentences[0]!]!.end), 90)}': everyone named is from one country, so it is no contact between the two sides`);
  const final = [...ownHeads, ...body].filter((c) => !oneSide(c));
  // Contact words with a past year and no contact of their own: "Tahun lalu, Lavrov bertemu … di Astana".
  const used = new Set(final.flatMap((c) => c.sentences));
  for (const i of cuesBySentence.keys()) if (!used.has(i) && !input.skip(sentences[i]!) && pastYear(sentences[i]!)) background.add(i);
  // "Two days later, Lavrov left for New York": another day's doings, so their topics belong to no contact.
  sentences.forEach((s, i) => {
    if (used.has(i) || !DAY_WORD.test(text.slice(s.start, s.end))) return;
    const ref = findDayReference(text.slice(s.start, s.end));
    if (ref && ref.days !== 0) background.add(i);
  });
  return { candidates: final, notes, background };
}

/**
 * The pair pronoun that is the subject of one of the sentence's contact words, with the nearest earlier
 * contact sentence whose people it stands for (holding the office it names, if any), or null.
 */
function pairSubject(input: CandidateInput, sentence: string, cues: Cue[], antecedents: ReadonlyArray<{ sentence: number; actors: string[]; refs: TitleHit[] }>) {
  for (const c of cues) {
    const p = findPairPronoun(sentence, c.start, input.lex, c.end);
    if (!p) continue;
    for (let j = antecedents.length - 1; j >= 0; j--) {
      const a = antecedents[j]!;
      if (p.roles.length === 0 || (a.actors.every((x) => input.holdsOffice(x, p.roles)) && a.refs.every((r) => p.roles.includes(r.roleId)))) return { ...p, antecedent: a };
    }
    return null;
  }
  return null;
}

/**
 * The sentence's own date and its references to another contact, reconciled: a counted day nearer the
 * cue than the own date dates the contact. 'Xi tiba di Moskow sehari sebelumnya untuk kunjungan …
 * dan akan menjadi tamu … pada Jumat': the arrival is the day before the talks, not Friday.
 */
function nearerReference(refs: ReturnType<typeof references>, dated: ReturnType<typeof ownDate>, cueAt: number): ReturnType<typeof references> & ReturnType<typeof ownDate> {
  const { dayRef } = refs;
  if (dayRef && dated.own && Math.abs(dayRef.start - cueAt) < Math.abs(dated.own.start - cueAt)) return { ...refs, own: null, bound: null };
  return { ...refs, ...dated };
}

/** Words that date or place the contact from another one; a counted day ("Sehari sebelumnya") overrides a bare "kemudian". */
function references(sentence: string, at: number, visit = false): Pick<Candidate, 'sameDay' | 'dayRef' | 'placeRef'> {
  const dayRef = shift(findDayReference(sentence, visit), at);
  return { dayRef, sameDay: dayRef ? null : (SAME_DAY.exec(sentence)?.[0] ?? null), placeRef: shift(findPlaceReference(sentence), at) };
}

function shift<T extends { start: number; end: number }>(x: T | null, by: number): T | null {
  return x ? { ...x, start: x.start + by, end: x.end + by } : null;
}

/**
 * Whether two sentences' dates allow them to be one contact: the same own date, or one without a date.
 * A sentence with a date of its own is not the one dated from another contact ("Pada hari yang sama,
 * Xi dan Putin menggelar pembicaraan informal" / "Pada Selasa, keduanya melanjutkan pembicaraan"), and a
 * pair pronoun with a date of its own reports the pair again: both stay apart here and are merged
 * after dating only if they fall on the same day.
 */
function sameDate(a: Candidate, b: Candidate): boolean {
  if (a.own && b.own) return a.own.raw.toLowerCase() === b.own.raw.toLowerCase();
  const fromOther = (c: Candidate) => !c.own && (c.dayRef !== null || c.sameDay !== null);
  if ((a.own && fromOther(b)) || (b.own && fromOther(a))) return false;
  return !((a.own && b.pair) || (b.own && a.pair));
}

function sameActors(a: Candidate, b: Candidate): boolean {
  const ka = [...a.actors].sort().join() + '|' + a.refs.map((r) => `${r.roleId}/${r.country}`).sort().join();
  const kb = [...b.actors].sort().join() + '|' + b.refs.map((r) => `${r.roleId}/${r.country}`).sort().join();
  return ka === kb;
}

/** Sentences about the same people and (if dated) the same date are one contact; the most specific type wins. */
function mergeSame(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const into = out.find((o) => sameActors(o, c) && sameDate(o, c) && o.planned === c.planned && (o.dayRef?.days ?? 0) === (c.dayRef?.days ?? 0));
    if (!into) { out.push({ ...c }); continue; }
    if (TYPE_ORDER.indexOf(c.type) < TYPE_ORDER.indexOf(into.type)) { into.type = c.type; into.cue = c.cue; }
    into.sentences = [...new Set([...into.sentences, ...c.sentences])].sort((a, b) => a - b);
    if (!into.own && c.own) into.bound = null;
    into.own ??= c.own;
    into.bound ??= c.bound;
    into.sidelines ??= c.sidelines;
    into.placeRef ??= c.placeRef;
  }
  return out;
}
