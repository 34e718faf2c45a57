/** The people of a contact sentence: those named or titled in it, those before another action's clause, a pair pronoun's antecedent, and the subject's other contact in a trailing clause. */
import { bestType, type Cue } from './findContacts';
import type { TitleHit } from './findActors';
import type { Candidate, CandidateInput } from './candidateTypes';
import { findPairPronoun, findSinglePronoun, findSpeakerPronoun } from './pairPronouns';
import { participantsIn } from './pickParticipants';
import type { Sentence } from './sentences';
import { findDayReference } from './contactReferences';

/** The known people (participants) and unnamed titles in one sentence. */
export function actorsIn(input: CandidateInput, s: Sentence, cueAt?: number): { actors: string[]; refs: TitleHit[] } {
  const actors = participantsIn(input.text, s.start, s.end, input.mentions, input.lex, cueAt);
  const refs = input.titles.filter((t) => t.start >= s.start && t.end <= s.end && !t.attachedTo && !t.unknownName && t.country !== null && !input.lex.roles.get(t.roleId)?.speaker);
  return { actors, refs };
}

/**
 * Opens another action after the contact: "…, sehari setelah Mishustin dan Li Qiang memimpin …", "before leaving", "after he met",
 * "… kunjungan pertamanya ke China sejak Presiden Putin dan Xi bertemu di Moskow", "… dan kembali bertemu ketika Presiden Xi dan
 * Presiden Putin menggelar pertemuan", "… and told him he hoped to see Xi in Kazan".
 */
const OTHER_ACTION_AFTER = /(?<![\p{L}])(?:setelah|sesudah|seusai|usai|sebelum|menjelang|sejak|ketika|saat|sewaktu|tatkala|after|before|following|ahead\s+of|since|when|while|berharap|menantikan|hoped|hopes|hoping|looks?\s+forward)(?![\p{L}])/giu;

/** A sentence that opens with another action's clause: "Sebelum diterima Putin, …", "Setelah pertemuan dengan Mishustin, …", "After meeting Xi, …", "Selain bertemu Wang Yi, …", "Sehari setelah sambungan video Novak–Ding, …". */
const OTHER_ACTION_FIRST = /^[\s\u00a0"“]*(?:(?:(?:se|\d{1,2}|dua|tiga|empat|lima)[\s\u00a0]*hari|(?:a|one|two|three|four|five|\d{1,2})[\s\u00a0]+days?|(?:beberapa|few|several|a\s+few)[\s\u00a0]+(?:jam|hours))[\s\u00a0]+)?(?:sebelum|setelah|sesudah|seusai|usai|menjelang|selain|before|after|following|ahead\s+of|besides|apart\s+from|in\s+addition\s+to)(?![\p{L}])[^,;.]{3,120},/iu;

/**
 * The contact of the main clause of a sentence that opens with another action's clause ('Sebelum bertemu Putin, Wang
 * juga menggelar pembicaraan dengan Lavrov'): its first contact words and its people; null without such a clause.
 */
export function otherActionFirst(input: CandidateInput, s: Sentence, cues: Cue[]): { cue: Cue; actors: string[]; refs: TitleHit[] } | null {
  const str = input.text.slice(s.start, s.end);
  const lead = OTHER_ACTION_FIRST.exec(str);
  if (!lead) return null;
  const later = cues.filter((c) => c.start >= lead[0].length);
  const type = bestType(later);
  if (!type || !cues.some((c) => c.start < lead[0].length)) return null;
  // Its people even when fewer than two are known: 'Sehari setelah sambungan video Novak–Ding, Putin dan Trump berbicara
  // melalui telepon' is no Ding–Putin contact.
  const found = actorsIn(input, { ...s, start: s.start + lead[0].length });
  return { cue: later.filter((c) => c.type === type).reduce((a, b) => (b.start < a.start ? b : a)), ...found };
}

/**
 * People of the contact whose words are at `cueEnd`: when the people named before a later clause of
 * another action ('Xi menerima Mishustin pada Rabu, sehari setelah Mishustin dan mitranya, PM Li Qiang,
 * memimpin pertemuan …') are two already, those named only in that clause are not the contact's.
 */
export function beforeOtherAction(input: CandidateInput, s: Sentence, cueEnd: number, found: { actors: string[]; refs: TitleHit[] }): { actors: string[]; refs: TitleHit[] } {
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

/**
 * The pair pronoun that is the subject of one of the sentence's contact words, with the nearest earlier
 * contact sentence whose people it stands for (holding the office it names, if any), or null.
 */
export function pairSubject(input: CandidateInput, sentence: string, cues: Cue[], antecedents: ReadonlyArray<{ sentence: number; actors: string[]; refs: TitleHit[] }>) {
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

/** Sentences back a pronoun may reach for people when no earlier contact gives them. */
const PRONOUN_REACH = 2;

/**
 * Who "ia"/"he" in sentence `i` stands for: the first person (not a spokesperson) named in the nearest of the
 * PRONOUN_REACH sentences before it that names anyone, with that sentence; null when none does.
 */
function firstPersonBefore(input: CandidateInput, i: number): { actorId: string; sentence: number } | null {
  let seen = 0;
  for (let j = i - 1; j >= 0 && seen < PRONOUN_REACH; j--) {
    const x = input.sentences[j]!;
    if (input.skip(x)) continue;
    seen++;
    const first = input.mentions.find((m) => m.start >= x.start && m.end <= x.end && !input.lex.speakers.has(m.actorId));
    if (first) return { actorId: first.actorId, sentence: j };
  }
  return null;
}

/**
 * The people a pronoun subject stands for when no earlier contact gives them: the pair named in one of the
 * two sentences before ('Putin dan Xi kembali berkomunikasi. Keduanya berbicara melalui telepon …'), or for
 * "ia"/"dia"/"he" beside one named person, the first person named there, from the other side ('Wang Yi tiba di
 * Moskow … Ia kemudian mengadakan pembicaraan dengan Lavrov'). Null when the words have no such subject.
 */
export function pronounSubject(input: CandidateInput, i: number, str: string, cues: Cue[], found: { actors: string[]; refs: TitleHit[] }) {
  const { lex, sentences } = input;
  const countryOf = (id: string) => lex.actors.get(id)?.country ?? null;
  const before: number[] = [];
  for (let j = i - 1; j >= 0 && before.length < PRONOUN_REACH; j--) if (!input.skip(sentences[j]!)) before.push(j);
  const named = found.actors.length + found.refs.length;
  for (const c of cues) {
    if (named === 0) {
      const p = findPairPronoun(str, c.start, lex, c.end);
      if (!p) continue;
      for (const j of before) {
        const people = actorsIn(input, sentences[j]!);
        const sides = new Set([...people.actors.map(countryOf), ...people.refs.map((r) => r.country)]);
        if (people.actors.length + people.refs.length < 2 || sides.size < 2 || sides.has(null)) continue;
        if (p.roles.length > 0 && !(people.actors.every((x) => input.holdsOffice(x, p.roles)) && people.refs.every((r) => p.roles.includes(r.roleId)))) continue;
        return { words: p.words, start: p.start, end: p.end, from: j, ...people };
      }
      return null;
    }
    if (named === 1) {
      const other = found.actors.length ? countryOf(found.actors[0]!) : found.refs[0]!.country;
      // "Today I held in-depth talks with Foreign Minister Lavrov" under "Minister of Foreign Affairs of China Wang Yi
      // (retranslated):"; "earlier today you had substantive talks with Mr Lavrov" said to him under "… Vladimir Putin:".
      const pronoun = findSpeakerPronoun(str, c.start);
      const turn = pronoun ? transcriptSpeaker(input, sentences[i]!.start) : null;
      const who = turn && (pronoun!.person === 1 ? turn : turn.addressee);
      if (pronoun && turn) {
        const country = who ? countryOf(who.actorId) : null;
        return who && country !== null && other !== null && country !== other ? { words: pronoun.words, start: pronoun.start, end: pronoun.end, from: who.sentence, actors: [who.actorId], refs: [] } : null;
      }
      const p = findSinglePronoun(str, c.start);
      if (!p) continue;
      // "Lavrov berada di kota Wonsan, …, tempat ia bertemu pemimpin Kim Jong Un": the one named before the pronoun is
      // who it stands for, and the other side is someone else.
      const at = sentences[i]!.start;
      const namedFirst = Math.min(...input.mentions.filter((m) => m.start >= at && m.end <= sentences[i]!.end && found.actors.includes(m.actorId)).map((m) => m.start - at), ...found.refs.map((r) => r.start - at));
      if (namedFirst < p.start) return null;
      const first = firstPersonBefore(input, i);
      if (!first) return null;
      const country = countryOf(first.actorId);
      return country !== null && other !== null && country !== other ? { words: p.words, start: p.start, end: p.end, from: first.sentence, actors: [first.actorId], refs: [] } : null;
    }
  }
  return null;
}

/**
 * A transcript's speaker label opening a paragraph: "President of Russia Vladimir Putin: Mr Minister, friends,",
 * "Minister of Foreign Affairs of China Wang Yi (retranslated): Mr President,". The label names one person.
 */
const SPEAKER_LABEL = /^[ \t\u00a0]*([^\n:.!?"“”]{3,140}?)(?:[ \t\u00a0]*\((?:retranslated|translated|through\s+an\s+interpreter|via\s+interpreter|diterjemahkan)\))?:[ \t\u00a0]/gmu;
/** How far a label's speaker goes on: their turn runs to the next label, over a few paragraphs at most. */
const TURN_CHARS = 3000;

/** A speaker label's person (null when it names no one or several people) and where it starts. */
type Turn = { actorId: string | null; start: number };
const turnsOf = new WeakMap<CandidateInput, Turn[]>();

/** A transcript's turns: one per speaker label, in order. */
function turns(input: CandidateInput): Turn[] {
  let found = turnsOf.get(input);
  if (found) return found;
  found = [];
  for (const m of input.text.matchAll(SPEAKER_LABEL)) {
    const from = m.index + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    const people = new Set(input.mentions.filter((x) => x.start >= from && x.end <= to && !input.lex.speakers.has(x.actorId)).map((x) => x.actorId));
    found.push({ actorId: people.size === 1 ? [...people][0]! : null, start: m.index });
  }
  turnsOf.set(input, found);
  return found;
}

/**
 * Who speaks at `at` in a transcript: the person of the last speaker label before it (within a few paragraphs), with
 * that label's sentence, and whom they address: the nearest other person given a label of their own. Null outside a turn.
 */
export function transcriptSpeaker(input: CandidateInput, at: number) {
  const all = turns(input);
  let turn: Turn | undefined;
  for (const t of all) if (t.start < at) turn = t;
  const speaker = turn?.actorId;
  if (!turn || !speaker || at - turn.start > TURN_CHARS) return null;
  const sentenceOf = (start: number) => input.sentences.findIndex((s) => s.end > start);
  const near = (t: Turn) => Math.abs(t.start - turn.start);
  const other = all.filter((t) => t.actorId !== null && t.actorId !== speaker).sort((a, b) => near(a) - near(b))[0];
  const addressee = other ? { actorId: other.actorId!, sentence: sentenceOf(other.start) } : null;
  return { actorId: speaker, sentence: sentenceOf(turn.start), addressee };
}

/**
 * "…, setelah sebelumnya menggelar pembicaraan dengan", "…, after holding talks with": a clause of the subject's other contact;
 * "sehari setelah", "two days before" (group 1: the count, group 2: the word) put it that many days from the main one.
 */
const OTHER_CONTACT_CLAUSE =
  /,?[\s\u00a0]+(?:(?:(se|\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh)[\s\u00a0]*hari|(a|an|one|\d{1,2}|two|three|four|five|six|seven)[\s\u00a0]+days?)[\s\u00a0]+)?(setelah|sesudah|usai|seusai|sebelum|after|before)(?:[\s\u00a0]+(?:sebelumnya|itu|earlier|also|juga))?[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,1}$/iu;
const COUNTS: Record<string, number> = { se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * The other contact of the sentence's subject in a trailing 'setelah/sebelum …' clause, with the people named after its
 * contact words and not in the main contact, or null.
 */
export function otherContactAfter(input: CandidateInput, s: Sentence, cue: Cue, cues: Cue[], actors: string[]): Pick<Candidate, 'type' | 'cue' | 'actors' | 'sameDay' | 'dayRef'> | null {
  const str = input.text.slice(s.start, s.end);
  for (const c of cues) {
    if (c.start <= cue.end || c.weak) continue;
    const lead = OTHER_CONTACT_CLAUSE.exec(str.slice(cue.end, c.start));
    if (!lead) continue;
    const inSentence = input.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const subject = inSentence.find((m) => m.start < s.start + cue.start && actors.includes(m.actorId));
    const others = [...new Set(inSentence.filter((m) => m.start >= s.start + c.end && !actors.includes(m.actorId) && !input.lex.speakers.has(m.actorId)).map((m) => m.actorId))];
    if (!subject) return null;
    if (others.length === 0) return laterRoundAfter(input, s, c, lead, actors);
    const words = lead[0].trim().replace(/^,\s*/, '');
    const count = lead[1] ?? lead[2];
    const n = count === undefined ? 0 : (COUNTS[count.toLowerCase()] ?? Number(count));
    // "…, sehari setelah menggelar pembicaraan dengan Lavrov": the talks were the day before the main contact.
    const days = /^(?:sebelum|before)$/i.test(lead[3]!) ? n : -n;
    const at = s.start + cue.end + lead.index + lead[0].indexOf(words);
    const dayRef = n > 0 && n <= 14 ? { words: words.replace(/\s+\S+$/u, '').replace(/\s+(?:sebelumnya|itu|earlier|also|juga)$/iu, ''), days, start: at, end: at + words.length } : null;
    return { type: c.type, cue: [s.start + c.start, s.start + c.end], actors: [subject.actorId, ...others], sameDay: dayRef ? null : words, dayRef };
  }
  return null;
}

/**
 * The same people's next round in a "sebelum … keesokan harinya" clause: 'Mishustin menjamu Li … pada Selasa malam, sebelum
 * pembicaraan resmi keesokan harinya', '…, before formal talks the following day': counted from the main contact.
 */
function laterRoundAfter(input: CandidateInput, s: Sentence, c: Cue, lead: RegExpExecArray, actors: string[]): Pick<Candidate, 'type' | 'cue' | 'actors' | 'sameDay' | 'dayRef'> | null {
  if (!/^(?:sebelum|before)$/i.test(lead[3]!) || lead[1] !== undefined || lead[2] !== undefined) return null;
  const clause = /^[^,;.]*/.exec(input.text.slice(s.start + c.end, s.end))![0];
  const ref = findDayReference(clause);
  if (!ref || ref.days <= 0) return null;
  const at = s.start + c.end + ref.start;
  return { type: c.type, cue: [s.start + c.start, s.start + c.end], actors: [...actors], sameDay: null, dayRef: { ...ref, start: at, end: at + ref.words.length } };
}

/** Between two contacts of one subject: "… with Wang Yi and ", "… dengan Menlu China Wang Yi dan ", "…, as well as a ". */
const AND_NEXT = /(?<![\p{L}])(?:and|dan|serta|as\s+well\s+as)\s+(?:(?:also|then|later|juga|kemudian|lalu)\s+)?(?:(?:was|were|is|telah|sudah)\s+)?(?:(?:a|an|the|his|her)\s+)?$/iu;
/** "… and was received by Putin", "… dan diterima oleh Putin": a receiving word in the passive names its other side. */
/** "at the Kremlin", "di Istana Kremlin": where a receiving took place, between the verb and "by"/"oleh". */
export const PLACE_BEFORE_BY = String.raw`(?:at|in|di)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:\p{Lu}[\p{L}'’-]*,?[\s\u00a0]+){1,4}`;
const PASSIVE_BY = new RegExp(String.raw`^[\s\u00a0]+(?:${PLACE_BEFORE_BY})?(?:by|oleh)[\s\u00a0]`, 'u');

/**
 * The second of two contacts a sentence's subject had, each naming its own other side ("held talks with Wang Yi and met
 * President Xi Jinping", "talks with Wang Yi and a meeting with President Xi Jinping on 9 April"): the people of the
 * first, and those of the second with its cue; null when the sentence is not built so.
 */
export function coordinatedContact(input: CandidateInput, s: Sentence, cue: Cue, cues: Cue[], actors: string[], refs: TitleHit[]) {
  const str = input.text.slice(s.start, s.end);
  for (const c of cues) {
    if (c.start <= cue.end || c.pairSubject || (c.weak && !PASSIVE_BY.test(str.slice(c.end, c.end + 60)))) continue;
    const between = str.slice(cue.end, c.start);
    const and = AND_NEXT.exec(between);
    if (!and || /[.;:!?]/.test(between)) continue;
    const at = (x: { start: number; end: number }) => x.start - s.start;
    const named = input.mentions.filter((m) => m.start >= s.start && m.end <= s.end && actors.includes(m.actorId));
    const subject = [...new Set(named.filter((m) => at(m) < cue.start).map((m) => m.actorId))];
    const a = [...new Set(named.filter((m) => at(m) >= cue.end && at(m) < c.start).map((m) => m.actorId))];
    const b = [...new Set(named.filter((m) => at(m) >= c.end).map((m) => m.actorId))];
    const refsA = refs.filter((r) => at(r) >= cue.end && at(r) < c.start);
    const refsB = refs.filter((r) => at(r) >= c.end);
    if (subject.length === 0 || a.length + refsA.length === 0 || b.length + refsB.length === 0) return null;
    if (a.some((x) => b.includes(x) || subject.includes(x)) || b.some((x) => subject.includes(x))) return null;
    const before = refs.filter((r) => at(r) < cue.start);
    return {
      first: { actors: [...subject, ...a], refs: [...before, ...refsA] },
      actors: [...subject, ...b],
      refs: [...before, ...refsB],
      cue: c,
    };
  }
  return null;
}

/** Opens a later item of a list of contacts: "; dan ", "; and then ", "; ". */
const LIST_ITEM_OPEN = /^[\s\u00a0]*(?:(?:dan|and|serta|lalu|kemudian|then)[\s\u00a0]+)?(?:(?:juga|also|then|kemudian|lalu)[\s\u00a0]+)?/iu;
/** Words an item's contact may open with before its cue: "memimpin bersama", "co-chaired the", "was", "diterima". */
const ITEM_LEAD_MAX = 40;

/** One contact of a listed series: its people (subject first), its words, and the stretch of the sentence that is its own. */
export interface ListedContact {
  actors: string[];
  refs: TitleHit[];
  cue: Cue;
  /** Absolute offsets of the item's stretch of text. */
  start: number;
  end: number;
}

/**
 * The contacts of a subject listed one after another, separated by semicolons: "Selama di Moskow, Wang mengadakan
 * pembicaraan dengan Lavrov pada Senin (18/9); memimpin konsultasi … dengan Patrushev pada Selasa (19/9); dan diterima
 * oleh Putin di Kremlin pada Rabu (20/9)", "During the trip he held consultations with Patrushev on Tuesday; met Lavrov on
 * Wednesday; and was received by Putin later that day". The subject is named before the first item's words, or is the
 * "ia"/"he" there standing for the first person named in the sentences before. An item opens with its words (no subject
 * of its own) and names its other side after them; items without contact words (a wreath laid) are passed over. Null
 * unless two items or more are contacts.
 */
export function listedContacts(input: CandidateInput, i: number, cues: Cue[]): ListedContact[] | null {
  const { text, sentences, lex } = input;
  const s = sentences[i]!;
  const str = text.slice(s.start, s.end);
  if (!str.includes(';')) return null;
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const m of str.matchAll(/;/g)) {
    parts.push([from, m.index]);
    from = m.index + 1;
  }
  parts.push([from, str.length]);
  const firstCue = cues.find((c) => c.start >= parts[0]![0] && c.end <= parts[0]![1]);
  if (!firstCue) return null;
  const inSentence = input.mentions.filter((m) => m.start >= s.start && m.end <= s.end && !lex.speakers.has(m.actorId));
  const at = (m: { start: number }) => m.start - s.start;
  let subject = [...new Set(inSentence.filter((m) => at(m) < firstCue.start).map((m) => m.actorId))];
  if (subject.length === 0) {
    const pronoun = findSinglePronoun(str, firstCue.start);
    if (!pronoun) return null;
    const first = firstPersonBefore(input, i);
    if (!first) return null;
    subject = [first.actorId];
  }
  if (subject.length !== 1) return null;
  const side = lex.actors.get(subject[0]!)?.country ?? null;
  const out: ListedContact[] = [];
  parts.forEach(([a, b], k) => {
    const cue = cues.find((c) => c.start >= a && c.end <= b);
    if (!cue) return;
    const lead = str.slice(a, cue.start);
    const opened = LIST_ITEM_OPEN.exec(lead)![0].length;
    // A later item opens with its own words; one with a subject of its own ("; Lavrov met …") is another sentence's kind.
    if (k > 0 && (cue.start - a - opened > ITEM_LEAD_MAX || inSentence.some((m) => at(m) >= a && at(m) < cue.start))) return;
    const others = [...new Set(inSentence.filter((m) => at(m) >= cue.end && at(m) < b && !subject.includes(m.actorId)).map((m) => m.actorId))];
    const refs = input.titles.filter((t) => t.start - s.start >= cue.end && t.end - s.start <= b && !t.attachedTo && !t.unknownName && t.country !== null && !lex.roles.get(t.roleId)?.speaker);
    if (others.length + refs.length === 0) return;
    // Someone of the other side: a list of one side's own meetings is none of this tool's contacts.
    if (!others.some((o) => (lex.actors.get(o)?.country ?? null) !== side) && !refs.some((r) => r.country !== side)) return;
    out.push({ actors: [...subject, ...others], refs, cue, start: s.start + a, end: s.start + b });
  });
  return out.length >= 2 ? out : null;
}
