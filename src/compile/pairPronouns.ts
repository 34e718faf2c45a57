/**
 * A contact whose subject is the pair of an earlier contact: "Pada Selasa, keduanya melanjutkan
 * pembicaraan", "the two leaders held formal talks", "kedua menteri bertemu lagi", "they met again".
 */
import { pairRole } from './assignTopics';
import type { Lexicon } from './lexicon';
import { normKey } from './text';

/** Words naming the pair, and the offices they must hold (empty: any). */
export interface PairPronoun {
  words: string;
  start: number;
  end: number;
  /** Role ids the pair's people hold ("kedua pemimpin": president; "kedua menteri": every minister's office); empty when no office is named. */
  roles: string[];
}

/** A pronoun on its own: the pair needs no office. */
const BARE = /(?<![\p{L}])(?:keduanya|mereka|they|both\s+of\s+them|the\s+pair)(?![\p{L}])/giu;
/** "kedua X", "the two X", "both X", "the ministers": X an office (read by pairRole) or a word for people. */
const HEAD = /(?<![\p{L}])(?:kedua|the\s+two|both|the(?=[\s\u00a0]+(?:ministers|leaders|presidents|premiers)(?![\p{L}])))(?=[\s\u00a0])/giu;
/** People without an office: "kedua pihak", "the two sides", "the two men". */
const PEOPLE = /^[\s\u00a0]+(?:pihak|tokoh|pejabat|diplomat|sides|men|officials|diplomats|counterparts)(?![\p{L}])/iu;
/** A bare "the two" is the pair only before a verb or adverb: "the two have met", not "the two countries". */
const BARE_TWO_NEXT = /^[\s\u00a0]+(?:also|then|later|again|subsequently|have|had|held|met|continued|resumed|spoke|talked|signed|will|are|were)(?![\p{L}])/iu;
/** "menteri", "ministers": any office whose title has that word. */
const MINISTER = /^[\s\u00a0]+(menteri|ministers?)(?![\p{L}])/iu;

/**
 * Between the pair and the contact words only adverbs, auxiliaries and the verb the contact words go with, no
 * punctuation: "keduanya kemudian melanjutkan", "the two leaders then held", "keduanya berbicara melalui
 * telepon", and the words of a plan ("kedua perdana menteri sepakat menggelar", "the two are scheduled to meet"). Another verb makes the contact its object ("kedua menteri membahas persiapan pertemuan kedua
 * kepala negara" is the ministers' talk about a meeting).
 */
const GAP = /^[\s\u00a0]*(?:(?:juga|hanya|cuma|baru|only|just|kemudian|lalu|lantas|akhirnya|telah|sudah|akan|pun|segera|langsung|kembali|lagi|secara|resmi|sempat|sebelumnya|selanjutnya|also|then|later|again|subsequently|formally|officially|have|has|had|will|would|reportedly|briefly|finally|first|themselves|berbicara|bercakap(?:-cakap)?|berbincang(?:-bincang)?|mengadakan|melakukan|menggelar|spoke|talked|held|conducted|a|an|their|sepakat|bersepakat|setuju|berencana|dijadwalkan|direncanakan|untuk|agreed|plan|plans|planned|are|scheduled|expected|due|to|co-chaired|chaired|memimpin|bersama|hosted|the|annual|regular|rutin|tahunan|\d+(?:st|nd|rd|th)|ke-?\d+)[\s\u00a0]+){0,4}$/iu;

/** Roles whose title contains `word` in either language ("Menteri", "Minister"). */
function officesWith(lex: Lexicon, word: string): string[] {
  const w = word.toLowerCase().replace(/s$/, '');
  return [...lex.roles.values()].filter((r) => !r.speaker && `${r.title.id} ${r.title.en}`.toLowerCase().includes(w)).map((r) => r.id);
}

/** The pair phrase that starts at `at` with `head`, with its offices, or null when it names something else ("kedua negara"). */
function pairAt(sentence: string, at: number, head: string, lex: Lexicon): PairPronoun | null {
  const after = sentence.slice(at + head.length);
  const role = pairRole(sentence.slice(at), lex);
  if (role) {
    const phrase = officePhrase(/^(?:[\s\u00a0]+[\p{L}]+){1,4}/u.exec(after)?.[0] ?? '', lex);
    return { words: sentence.slice(at, at + head.length + phrase.length), start: at, end: at + head.length + phrase.length, roles: [role] };
  }
  const minister = MINISTER.exec(after);
  if (minister) return { words: sentence.slice(at, at + head.length + minister[0].length), start: at, end: at + head.length + minister[0].length, roles: officesWith(lex, minister[1]!) };
  const people = PEOPLE.exec(after);
  if (people) return { words: sentence.slice(at, at + head.length + people[0].length), start: at, end: at + head.length + people[0].length, roles: [] };
  if (/^the\s+two$/iu.test(head) && BARE_TWO_NEXT.test(after)) return { words: head, start: at, end: at + head.length, roles: [] };
  return null;
}

/** The leading words of `words` that name the office pairRole read, longest first as it does ("leaders held" → " leaders"). */
function officePhrase(words: string, lex: Lexicon): string {
  const parts = words.match(/[\s\u00a0]+[\p{L}]+/gu) ?? [];
  for (let k = parts.length; k >= 1; k--) {
    const phrase = parts.slice(0, k).join('');
    if (lex.roleByTerm.has(normKey(phrase)) || lex.roleByTerm.has(normKey(phrase.replace(/s$/i, '')))) return phrase;
  }
  return parts[0] ?? '';
}

/** Before a contact noun that opens its clause: the sentence start, a comma, 'bahwa'/'that', or a verb of saying. */
const CLAUSE_OPEN = /(?:^|[,:;]|(?<![\p{L}])(?:bahwa|that|mengatakan|menyatakan|menyebut|menyebutkan|said|says|announced|mengumumkan|kata(?:nya)?))[\s\u00a0]*$/iu;
/** Between the contact noun and its pair: adjectives of talks and a linking word ("pembicaraan resmi antara"). */
const NOUN_TO_PAIR = /^(?:[\s\u00a0]+(?:resmi|formal|informal|tertutup|bilateral|tatap\s+muka|puncak|official|face-to-face))?(?:[\s\u00a0]+(?:antara|between|of))?(?=[\s\u00a0])/iu;
/** After the pair: the contact happens ("akan digelar", "berlangsung", "will be held", "took place"). */
const HAPPENS = /^[\s\u00a0]+(?:(?:juga|akan|telah|sudah|dijadwalkan|rencananya|will|is|was|are|were|has|had|be|been|scheduled\s+to|expected\s+to)[\s\u00a0]+){0,3}(?:digelar|diadakan|dilaksanakan|dilangsungkan|berlangsung|dimulai|held|take\s+place|took\s+place|taking\s+place|begin|began|start|started|last|lasted)(?![\p{L}])/iu;

/**
 * The pair that is the subject of the contact words at `cueStart`: the last pair phrase before them, with
 * only adverbs and auxiliaries in between ("keduanya melanjutkan", "the two leaders then held"), or null.
 * Given the cue's end, also the pair whose contact noun opens a clause and happens: "(Peskov mengatakan)
 * pembicaraan resmi kedua kepala negara akan digelar pada Selasa", "talks between the two leaders took place".
 */
export function findPairPronoun(sentence: string, cueStart: number, lex: Lexicon, cueEnd?: number): PairPronoun | null {
  return pairBefore(sentence, cueStart, lex) ?? (cueEnd === undefined ? null : pairOfNoun(sentence, cueStart, cueEnd, lex));
}

function pairOfNoun(sentence: string, cueStart: number, cueEnd: number, lex: Lexicon): PairPronoun | null {
  const link = NOUN_TO_PAIR.exec(sentence.slice(cueEnd));
  if (!link) return null;
  // "Undangan tersebut disampaikan dalam konferensi video antara kedua pemimpin pada Jumat": "between" ties the pair to
  // the contact wherever the noun stands, unless the contact is only prepared or talked about.
  const between = /(?:antara|between)$/iu.test(link[0]) && !PREPARED.test(sentence.slice(Math.max(0, cueStart - 40), cueStart));
  if (!between && !CLAUSE_OPEN.test(sentence.slice(0, cueStart))) return null;
  const at = cueEnd + link[0].length;
  const head = /^[\s\u00a0]+/u.exec(sentence.slice(at))?.[0].length ?? 0;
  const m = /^(?:kedua|the\s+two|both)(?=[\s\u00a0])/iu.exec(sentence.slice(at + head));
  const p = m ? pairAt(sentence, at + head, m[0], lex) : null;
  return p && (between || HAPPENS.test(sentence.slice(p.end))) ? p : null;
}

/** Words before a contact noun that make it prepared, planned or discussed, not held: "persiapan pertemuan antara …". */
const PREPARED = /(?<![\p{L}])(?:persiapan|mempersiapkan|rencana|merencanakan|membahas|membicarakan|kemungkinan|preparations?\s+for|preparing|plans?\s+for|planning|discuss(?:ed|ing)?|possible|possibility\s+of)(?:\s+[\p{L}-]+){0,2}\s+$/iu;

function pairBefore(sentence: string, cueStart: number, lex: Lexicon): PairPronoun | null {
  const before = sentence.slice(0, cueStart);
  const found: PairPronoun[] = [];
  for (const m of before.matchAll(BARE)) found.push({ words: m[0], start: m.index, end: m.index + m[0].length, roles: [] });
  for (const m of before.matchAll(HEAD)) {
    const p = pairAt(sentence, m.index, m[0], lex);
    if (p && p.end <= cueStart) found.push(p);
  }
  const last = found.sort((a, b) => b.start - a.start)[0];
  return last && GAP.test(before.slice(last.end)) ? last : null;
}

/** A pronoun for one person: "ia", "dia", "beliau", "he", "she". */
const SINGLE = /(?<![\p{L}])(?:ia|dia|beliau|he|she)(?![\p{L}'’-])/giu;

/**
 * A one-person pronoun that is the subject of the contact words at `cueStart`, with only adverbs and
 * auxiliaries in between ("Ia kemudian mengadakan pembicaraan dengan …", "Sehari kemudian, dia bertemu …",
 * "He held talks with …"), or null.
 */
export function findSinglePronoun(sentence: string, cueStart: number): { words: string; start: number; end: number } | null {
  const before = sentence.slice(0, cueStart);
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(SINGLE)) last = m;
  if (!last) return null;
  const after = before.slice(last.index! + last[0].length);
  // "ia dan Volodin bertemu …", "he and Lavrov held talks": the pronoun with the one person the sentence names.
  const withNamed = AND_NAMED.exec(after);
  if (!GAP.test(after) && !(withNamed && GAP.test(after.slice(withNamed[0].length)))) return null;
  return { words: last[0], start: last.index!, end: last.index! + last[0].length };
}

/** "dan Volodin", "and Foreign Minister Lavrov": the pronoun's partner, named in capitals. */
const AND_NAMED = /^[\s\u00a0]+(?:dan|and)[\s\u00a0]+(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0]+){1,5}/u;

/** "I" (and "saya"/"aku") or "you" (and "Anda") as the subject: only a transcript's speaker labels say who they are (see transcriptSpeaker). */
const FIRST_PERSON = /(?<![\p{L}])(?:I|[Ss]aya|[Aa]ku)(?![\p{L}'’-])/gu;
const SECOND_PERSON = /(?<![\p{L}])(?:[Yy]ou|Anda)(?![\p{L}'’-])/gu;

/**
 * A first- or second-person subject of the contact words at `cueStart` ("Today I held in-depth talks with …", "earlier
 * today you had substantive talks with Mr Lavrov"), or null.
 */
export function findSpeakerPronoun(sentence: string, cueStart: number): { words: string; start: number; end: number; person: 1 | 2 } | null {
  const before = sentence.slice(0, cueStart);
  let last: { m: RegExpMatchArray; person: 1 | 2 } | null = null;
  for (const m of before.matchAll(FIRST_PERSON)) if (!last || m.index! > last.m.index!) last = { m, person: 1 };
  for (const m of before.matchAll(SECOND_PERSON)) if (!last || m.index! > last.m.index!) last = { m, person: 2 };
  if (!last || !GAP.test(before.slice(last.m.index! + last.m[0].length))) return null;
  return { words: last.m[0], start: last.m.index!, end: last.m.index! + last.m[0].length, person: last.person };
}

