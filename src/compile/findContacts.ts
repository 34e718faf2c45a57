/**
 * Contact cues: the words that say two people talked ("pembicaraan telepon", "bertemu", "konsultasi
 * keamanan strategis", "state visit"), their type, whether the contact is planned, and whether it was on
 * the sidelines of a multilateral gathering.
 */
import type { EventType } from '../model/schema';
import type { Lexicon } from './lexicon';
import { WORD_END as E, WORD_START as S, lowerSameLength } from './text';

/** A contact cue found in a sentence. */
export interface Cue {
  start: number;
  end: number;
  type: EventType;
  /** Counts only when a person is named right after it ("menerima Wang Yi", "received Lavrov"). */
  weak?: boolean;
  /** Counts only after two people joined by "dan"/"and" ("Lavrov and his Chinese counterpart Wang Yi on Sunday discussed …"). */
  pairSubject?: boolean;
}

/** Talking together, told by its subject pair: "X dan Y membahas", "X and Y discussed", "X and Y held discussions". */
const DISCUSSED = /(?<![\p{L}])(?:membahas|berdiskusi|mendiskusikan|bertukar\s+pikiran|discussed|discuss|held\s+discussions)(?![\p{L}])/giu;

const W = '[\\s\\u00a0]+';
const PHONE = '(?:telepon|telpon|telfon|tilpon|telefon)';
// Patterns are lower-case and run on the lower-cased text (faster than the 'i' flag); see findCues.
const rx = (parts: string[]) => new RegExp(`${S}(?:${parts.join('|')})${E}`, 'gu');

/** "held formal talks", "had informal talks": the kind of talks does not change the contact. */
const TALK_KIND = '(?:formal|informal|official|bilateral|further|lengthy|closed-door|private|in-depth|face-to-face|one-on-one|resmi)';
/**
 * "melanjutkan pembicaraan", "continued their talks", "resumed talks": a further round is a contact of
 * its own. Not after "untuk"/"to"/"sepakat" ("agreed to continue talks", "sepakat untuk melanjutkan
 * perundingan" is an intention, not a contact).
 */
const CONTINUED = `(?<!(?:untuk|to|sepakat|setuju|agreed)${W})(?:(?:melanjutkan|lanjutkan|meneruskan|teruskan)${W}(?:pembicaraan|perundingan|pertemuan|dialog)|(?:continued|continues|continuing|resumed|resumes|resuming)${W}(?:(?:their|the|its|${TALK_KIND})${W}){0,2}(?:talks|negotiations|discussions|meeting))`;

/** "menggelar putaran baru konsultasi", "held a new round of consultations": a round is the consultation itself. */
const PUTARAN = `(?:sebuah${W})?putaran${W}(?:(?:baru|terbaru|berikutnya|pertama|kedua|ketiga|keempat|kelima|ke-?\\d+|ke${W}\\d+)${W})?`;
const ROUND_OF = `(?:a|the|another)${W}(?:(?:new|fresh|latest|next|first|second|third|fourth|fifth|\\d+(?:st|nd|rd|th))${W})?round${W}of${W}`;

/** Cues by type, most specific first: when one sentence has several, the first type listed wins. */
const CUES: Array<{ type: EventType; re: RegExp }> = [
  { type: 'video_call', re: rx([`(?:via|melalui|lewat|secara|dengan)${W}(?:(?:tautan|sambungan|panggilan|konferensi)${W})?(?:video|virtual|daring)`, `(?:sambungan|tautan)${W}video`, `konferensi${W}video`, `panggilan${W}video`, `pertemuan${W}(?:virtual|daring|video)`, `video${W}(?:call|conference|link|talks?|meeting)`, 'videoconference', `(?:virtual|video|online)${W}(?:meeting|talks|summit)`, `ktt${W}(?:virtual|video|daring|online)`, `(?:by|via|over)${W}(?:a${W})?video(?:${W}link)?`] ) },
  // "telpon", "telfon", "tilpon": spellings seen in the wild beside the standard "telepon".
  { type: 'phone_call', re: rx([`(?:pembicaraan|percakapan|perbincangan|komunikasi|hubungan|sambungan|panggilan)${W}${PHONE}`, `(?:melalui|lewat|via|per|dengan)${W}${PHONE}`, `mene(?:lepon|lpon|lfon)`, `dite(?:lepon|lpon|lfon)`, `berte(?:lepon|lpon|lfon)(?:an)?`, `(?:tele)?phone${W}(?:call|conversation|talks?)`, `(?:by|over${W}the|on${W}the)${W}(?:tele)?phone`, 'phoned', `telephone${W}conversation`] ) },
  { type: 'consultation', re: rx([`(?:held|hold|holds|holding|had)${W}(?:${ROUND_OF})?(?:(?:scheduled|regular|routine|annual|bilateral|political|diplomatic)${W}){0,2}consultations`, `(?:mengadakan|melakukan|menggelar|menyelenggarakan)${W}(?:${PUTARAN})?konsultasi`, `konsultasi${W}(?:keamanan${W})?strategis`, `konsultasi${W}(?:putaran${W}[\\p{L}\\d-]+${W})?(?:berlangsung|digelar|diadakan|dilaksanakan|dipimpin)`, `konsultasi${W}(?:mengenai|tentang|soal|terkait|di${W}bidang)${W}(?:stabilitas|keamanan|kestabilan)${W}strategis`, `konsultasi${W}(?:bilateral${W})?(?:antar)?(?:kementerian|kemenlu|kementerian${W}luar${W}negeri)`, `mekanisme${W}konsultasi`, `strategic${W}(?:security${W})?consultations?`, `consultations?${W}on${W}(?:strategic${W}(?:security|stability)|missile${W}defen[cs]e|arms${W}control)`, `consultation${W}mechanism`, `(?:inter-?ministerial|foreign${W}ministry)${W}consultations?`, `konsultasi${W}(?:(?:rutin|reguler|tahunan|bilateral|politik)${W})?dengan`, `(?:(?:regular|routine|annual|bilateral|political)${W})?consultations${W}with`] ) },
  { type: 'summit', re: rx(['ktt', `konferensi${W}tingkat${W}tinggi`, `pertemuan${W}puncak`, 'summit', 'summits'] ) },
  { type: 'meeting', re: rx(['bertemu', 'menemui', 'ditemui', `bertatap${W}muka`, 'pertemuan', `(?:mengadakan|melakukan|menggelar|gelar|adakan)${W}(?:pembicaraan|perundingan|dialog)`, `pembicaraan${W}(?:dengan|antara|bilateral|resmi|formal|informal|tertutup|tatap${W}muka)`, `(?:dalam|usai|seusai|selama)${W}(?:pembicaraan|perundingan)`, `(?:during|after|in)${W}(?:their${W})?talks`, `(?:talks|negotiations)${W}between`, 'berunding', `(?:menerima|terima)${W}(?:kunjungan|kedatangan)`, 'menjamu', 'temui', 'hosted', 'met', 'meet', 'meets', 'meeting', `(?:held|holds|hold|holding|had)${W}(?:[\\p{L}\\d-]+${W}){0,6}?(?:talks|negotiations)`, `(?:at|during|after|in)${W}(?:(?:the|their|[\\p{L}]+'s|${TALK_KIND}|start|beginning|opening|end|close|of)${W}){0,4}talks`, `${TALK_KIND}${W}talks`, `talks${W}with`, `sat${W}down${W}with`, `(?:held|holds|hold|holding|had)${W}(?:an?${W})?(?:[\\p{L}-]+${W}){0,2}?conversation`, `(?:berbincang|bercakap)(?:-(?:bincang|cakap))?${W}(?:dengan|bersama)`, `(?:opened|co-?chaired|chaired)${W}(?:the${W})?(?:[\\p{L}\\d-]+${W}){0,2}(?:session|meeting)${W}of${W}(?:the${W})?(?:[\\p{L}-]+${W}){0,5}commission`, CONTINUED] ) },
  { type: 'visit', re: rx([`kunjungan${W}(?:kenegaraan|resmi|kerja)`, 'kunjungan(?:nya)?', `berkunjung${W}ke`, 'mengunjungi', 'melawat', 'lawatan(?:nya)?', `(?:state|official|working)${W}visit`, 'visit', 'visits', 'visited', 'visiting', `invitation${W}to${W}(?:attend|come)`, `undangan${W}(?:untuk${W})?(?:hadir|datang|menghadiri)`, `(?:dijadwalkan|direncanakan|akan|bakal)${W}hadir${W}di`] ) },
];

/** "menerima", "received", "welcomed", "menyambut", "bertukar pandangan dengan", headline "Jamu" (also a herbal drink): a meeting only when a person follows (checked by the caller), not "received a letter", "welcomed the agreement", "menyambut baik" or "dengan hangat". */
export const WEAK_MEETING = rx(['menerima', 'diterima', 'jamu', 'menyambut', 'disambut', 'sambut', 'received', 'receives', 'receiving', 'welcomed', 'welcomes', 'welcoming', 'greeted', 'greets', 'hosts', 'hosting', `bertukar${W}pandangan${W}dengan`, `exchanged${W}views${W}with`]);

const SIDELINES = /(?<![\p{L}])(?:di\s+sela[- ]sela|di\s+sela|disela-sela|on\s+the\s+(?:sidelines|margins)\s+of|at\s+the\s+sidelines\s+of|in\s+the\s+sidelines\s+of|on\s+the\s+sideline\s+of)\s+(.{2,120}?)(?=\s*(?:[,;:]|\.(?!(?<=\bSt\.)\s)|\)(?=[\s,.;])|\s(?:di|in|pada|on|yang|which|that|at|dan|and)\s|$))/iu;

/** A gathering named only by pointing back: "pertemuan tersebut", "acara itu", "the summit". */
const POINTER = /^(?:(?:pertemuan|acara|forum|konferensi|KTT|sidang|rapat)\s+(?:tersebut|itu|ini)|(?:(?:that|this|the\s+same)\s+)?(?:meeting|event|summit|forum|conference|gathering))$/iu;

/** Whether a gathering's words only point at one named elsewhere ("pertemuan tersebut", "that meeting"). */
export const isPointer = (gathering: string): boolean => POINTER.test(gathering);
/** A gathering's name: "KTT BRICS", "Konferensi Tingkat Tinggi (KTT) SCO", "SCO summit", "G20 summit". */
const GATHERING_NAME = /(?<![\p{L}])(?:(?:KTT|Konferensi\s+Tingkat\s+Tinggi(?:\s+\(KTT\))?|Forum|Sidang|Pertemuan)(?:\s+[\p{Lu}\d][\p{L}\d+-]*(?:\.(?=\s+\p{Lu}))?)+|(?:[\p{Lu}\d][\p{L}\d+-]*(?:\.(?=\s+\p{Lu}))?\s+)+(?:[Ss]ummit|[Ff]orum))/gu;

/** Whether the sentence names a gathering before `at` ("Xi menghadiri KTT BRICS … di sela-sela pertemuan tersebut"). */
export function namesGatheringBefore(sentence: string, at: number): boolean {
  return GATHERING_NAME_ANY.test(sentence.slice(0, at));
}
/** GATHERING_NAME without the global flag: `test` on a global regex would move the lastIndex that matchAll starts from. */
const GATHERING_NAME_ANY = new RegExp(GATHERING_NAME.source, 'u');

/** The name going on after a bracketed abbreviation: ") BRICS" in "Konferensi Tingkat Tinggi (KTT) BRICS di Kazan". */
const NAME_AFTER_BRACKET = /^\)[\s\u00a0]+((?:[\p{Lu}\d][\p{L}\d+-]*)(?:[\s\u00a0]+[\p{Lu}\d][\p{L}\d+-]*){0,5})/u;

/** Attending or addressing a gathering, before "by video link"/"secara virtual": remote attendance, not a call with anyone. */
const ATTENDS = /(?<![\p{L}])(?:attend|attends|attended|attending|join|joins|joined|joining|participate|participates|participated|participating|address|addresses|addressed|addressing|menghadiri|hadir|mengikuti|bergabung|berpartisipasi|berpidato)(?![\p{L}])[^,;.]{0,50}$/u;

/** The cues of one sentence, each kept at its type; the caller picks the most specific. */
/** Words that make the contact after them what is told or asked about: "about the meeting", "tentang pertemuan", "about the February 18 talks". */
const ABOUT_BEFORE = /(?<![\p{L}])(?:(?:about|regarding|concerning|tentang|mengenai|perihal|seputar)\s+(?:the\s+|a\s+|their\s+|his\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}\s+|\d{1,2}\s+[a-z]{3,9}\s+|[a-z]+['’]s\s+)?|(?:assessment|impressions|penilaian(?:nya)?)["'”’]?\s+(?:of|on|atas|tentang)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z]+['’]s\s+)?|on\s+(?:his|her|their)\s+(?:[a-z]{3,9}\.?\s+\d{1,2}\s+|\d{1,2}\s+[a-z]{3,9}\s+)?)$/u;

/**
 * A briefing on other talks before the contact words: "Putin informed Xi about the February 18 talks in Riyadh between Lavrov
 * and … Rubio, the first high-level meeting between the two countries", "memberi tahu Xi tentang pertemuan …": what it is about.
 */
export const BRIEFED_ABOUT = /(?<![\p{L}])(?:informed|briefed|apprised|memberi\s+tahu|memberitahu|memberitahukan|menginformasikan|memberi\s+penjelasan|memaparkan)(?![\p{L}])[^.;:]{0,40}?(?<![\p{L}])(?:about|regarding|on(?![\s\u00a0]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d))|tentang|mengenai|soal|perihal)(?![\p{L}])/u;

const CONTACT_NOUN_BEFORE = /(?<![\p{L}])(?:pertemuan|pembicaraan|perundingan|konsultasi|dialog|talks|meeting|consultations?|call|telepon)\s+$/u;

export function findCues(sentence: string, lex: Lexicon): Cue[] {
  const out: Cue[] = [];
  const lower = lowerSameLength(sentence);
  for (const { type, re } of CUES) {
    for (const m of lower.matchAll(re)) {
      if (type === 'summit' && !isBilateralSummit(sentence, m.index + m[0].length, m.index, lex)) continue;
      // "the second video summit between Xi and Putin", "KTT virtual": a summit held over a video link is a video call.
      if (type === 'summit' && (/(?:video|virtual|online|daring)[\s\u00a0-]+$/.test(lower.slice(Math.max(0, m.index - 12), m.index)) || /^[\s\u00a0]+(?:virtual|video|daring|online)(?![\p{L}])/u.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 10)))) continue;
      // "Putin informed Xi about the meeting between Russian and U.S. delegations", "shared his assessment of Wednesday's
      // meeting with Witkoff": a contact that is the subject matter.
      // Not "pertemuan mengenai Mekanisme Konsultasi …": a contact about a matter is a contact.
      const from = Math.max(0, m.index - 40);
      const about = ABOUT_BEFORE.exec(lower.slice(from, m.index));
      if (about && !CONTACT_NOUN_BEFORE.test(lower.slice(Math.max(0, from + about.index - 30), from + about.index))) continue;
      if ((type === 'video_call' || type === 'phone_call') && ATTENDS.test(lower.slice(Math.max(0, m.index - 60), m.index))) continue;
      // "dijadwalkan menghadiri pertemuan menteri luar negeri KTT Asia Timur dan Forum Regional ASEAN", "attended the BRICS
      // summit": sitting in a gathering's session is no contact between those attending.
      if (type === 'meeting' || type === 'summit') {
        const attend = /(?<![\p{L}])(?:menghadiri|attend|attends|attended|attending)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[^\s,.;:]+[\s\u00a0]+){0,6}$/u.exec(lower.slice(Math.max(0, m.index - 70), m.index));
        if (attend && !/(?<![\p{L}])(?:dan|and|serta|then|lalu|kemudian|untuk|to)(?![\p{L}])/u.test(attend[0].replace(/^\S+/, '')) && lex.gatheringMatcher.find(sentence.slice(m.index - attend[0].length, m.index + m[0].length + 90)).length > 0) continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, type });
    }
  }
  for (const m of lower.matchAll(WEAK_MEETING)) if (!out.some((c) => c.start === m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: 'meeting', weak: true });
  for (const m of lower.matchAll(DISCUSSED)) out.push({ start: m.index, end: m.index + m[0].length, type: 'meeting', weak: true, pairSubject: true });
  return out;
}

/** The most specific type among the cues (order of CUES), or null. */
export function bestType(cues: Cue[]): EventType | null {
  for (const { type } of CUES) if (cues.some((c) => c.type === type)) return type;
  return null;
}

/** A "KTT"/"summit" is a bilateral summit unless it names a multilateral gathering or a host city, or follows "sidelines". */
function isBilateralSummit(sentence: string, end: number, start: number, lex: Lexicon): boolean {
  if (/(?:sela[- ]sela|sidelines? of|margins of|menjelang|ahead of|hosting|tuan rumah|menyelenggarakan|penyelenggaraan|host)\W+(?:\S+\W+){0,2}$/i.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  // "Dalam pidatonya di KTT, Xi …", "in his speech at the summit": someone addressing a gathering.
  if (/(?<![\p{L}])(?:pidato(?:nya)?|sambutan(?:nya)?|berpidato|speech|remarks|speaking|spoke|address(?:ed|ing)?)\s+(?:di|pada|dalam|at|to|before)\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  const around = sentence.slice(Math.max(0, start - 60), end + 60);
  if (lex.gatheringMatcher.find(around).length > 0) return false;
  const after = sentence.slice(end, end + 30);
  if (/^\s+ke-?\d/i.test(after)) return false;
  // "KTT Kazan" names the host city of a multilateral summit.
  return !lex.placeMatcher.find(after).some((h) => /^\s*$/.test(after.slice(0, h.start)));
}

/** Whether the contact in this sentence is on the sidelines of a gathering, and its name. */
export function findSidelines(sentence: string): { gathering: string; start: number; end: number } | null {
  const m = SIDELINES.exec(sentence);
  if (!m) return null;
  let gathering = m[1]!.trim().replace(/^(?:the)\s+/i, '');
  let end = m.index + m[0].length;
  // "di sela Konferensi Tingkat Tinggi (KTT) BRICS": an abbreviation in brackets does not end the gathering's name.
  const rest = gathering.includes('(') && !gathering.includes(')') ? NAME_AFTER_BRACKET.exec(sentence.slice(end)) : null;
  if (rest) {
    gathering += `) ${rest[1]}`;
    end += rest[0].length;
  }
  // "Di sela-sela kunjungan", "on the sidelines of his visit": the visit itself, no gathering.
  if (/^(?:(?:his|her|the|their)\s+)?(?:kunjungan|lawatan|visit|trip|state\s+visit)(?![\p{L}])/iu.test(gathering)) return null;
  if (gathering.includes('(') && !gathering.includes(')')) gathering += ')';
  // "menghadiri KTT BRICS … dan bertemu Putin di sela-sela pertemuan tersebut": the gathering named before it (else the
  // words stay, still sidelines; a reference to the contact before may name it later, see applyPlaceReferences).
  if (POINTER.test(gathering)) {
    const named = [...sentence.slice(0, m.index).matchAll(GATHERING_NAME)].at(-1);
    if (named) gathering = named[0];
  }
  return { gathering, start: m.index, end };
}

const FUTURE = /(?<![\p{L}])(?:akan|bakal|hendak|would|persiapan|mempersiapkan|menyiapkan|preparations?(?:\s+(?:were|was|are|is|have|has|been|being|under\s+way|reviewed|discussed|continue|continued)){0,3}\s+for|preparing\s+for|dijadwalkan|direncanakan|berencana|rencananya|will|shall|is\s+to|are\s+to|scheduled\s+to|plans?\s+to|planning\s+to|intends?\s+to|intending\s+to|berniat|bermaksud|set\s+to|slated\s+(?:to|for)|pencil(?:l)?ed\s+in|expected\s+to|is\s+due\s+to|upcoming|mendatang|(?:sepakat|setuju|bersepakat|menyepakati|agreed|agree)(?:\s+(?:untuk|to))?(?:\s+(?:kembali|segera|again|soon))?|diperkirakan|diharapkan(?:\s+(?:akan|untuk))?)(?![\p{L}])/iu;

/**
 * An invitation to the contact: 'Xi invited Putin to visit China next year', 'Putin menerima undangan Xi untuk berkunjung
 * ke China'. Not the invitation a visit is made at ('atas undangan Lavrov', 'at the invitation of').
 */
const INVITED = /(?<![\p{L}])(?<!(?:atas|at\s+the|upon|upon\s+the|on\s+the|by)\s+)(?:invit(?:ed|es|ing)|invitations?\s+to|mengundang|diundang|undangan(?:nya)?)(?![\p{L}])/iu;

/** Whether the words look ahead ("akan", "will", "dijadwalkan", "agreed to", …). */
export function looksAhead(words: string): boolean {
  return FUTURE.test(words);
}

/** The contact's own verb, after it in its clause, looking ahead: "is expected", "will be held", "akan digelar". */
const AHEAD_AFTER = /^[^,;.]{0,40}?(?<![\p{L}])(?:(?:is|are)[\s\u00a0]+(?:expected|planned|scheduled|due|slated|pencil(?:l)?ed[\s\u00a0]+in)|will[\s\u00a0]+(?:be[\s\u00a0]+held|take[\s\u00a0]+place)|akan[\s\u00a0]+(?:digelar|diadakan|berlangsung|dilaksanakan))(?![\p{L}])/iu;

/** Opens a time clause before the main one: "Usai …,", "Setelah …,", "After …,". */
const TIME_CLAUSE = /^[\s"“]*(?:usai|seusai|setelah|sesudah|sebelum|selepas|menjelang|after|before|following|ahead\s+of)\s/iu;

/** A clause that only continues the one before it ("…, lalu pembicaraan resmi pada Selasa", "…, then formal talks"). */
const CONTINUES = /^[\s\u00a0]*(?:lalu|kemudian|selanjutnya|disusul|dilanjutkan(?:\s+dengan)?|serta|dan|then|followed\s+by|and)(?![\p{L}])/iu;

/** The clause of `text` that ends at its end: after the last comma, semicolon or opening quote. */
function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf('“'), text.lastIndexOf('"')) + 1);
}

/**
 * True when the words just before the cue (same clause) put the contact in the future, or the clause
 * continues one that does: 'Putin dan Xi akan makan malam informal pada Senin, lalu pembicaraan resmi pada Selasa'.
 */
export function isPlanned(sentence: string, cueStart: number, cueEnd: number): boolean {
  // Up to 90 characters of the clause ("will travel to China for the SCO summit in Tianjin and then pay an official visit"),
  // from a word's start: the tail of "mengundang" is no word of its own.
  let from = Math.max(0, cueStart - 90);
  while (from > 0 && /\p{L}/u.test(sentence[from - 1]!)) from--;
  const before = sentence.slice(from, cueStart);
  const clause = lastClause(before);
  // The cue may be the invitation itself: "accepted an invitation to attend celebrations in Moscow in May".
  if (FUTURE.test(clause) || INVITED.test(clause) || INVITED.test(sentence.slice(cueStart, cueEnd)) || FUTURE.test(sentence.slice(cueStart, cueEnd)) || /^\s*(?:mendatang|yang akan datang)/i.test(sentence.slice(cueEnd, cueEnd + 25))) return true;
  // "Kunjungan tersebut diperkirakan akan diwarnai pembicaraan …", "The visit will include talks …": the contact words are
  // the subject, and their verb looks ahead.
  if (/^[\s"“]*$/.test(before) && FUTURE.test(/^[^,;.]{0,40}/.exec(sentence.slice(cueEnd))![0])) return true;
  // "where a full-fledged meeting with Xi is expected", "pertemuan itu akan digelar di Beijing": the contact's own verb looks ahead.
  if (AHEAD_AFTER.test(sentence.slice(cueEnd, cueEnd + 60))) return true;
  // "Usai pembicaraan di Beijing, Putin dan Xi dijadwalkan menandatangani …": a leading time clause takes the tense of the
  // main clause after it.
  if (TIME_CLAUSE.test(clause + sentence.slice(cueStart, cueEnd))) {
    const main = /^[^,;]*[,;]([^,;]*)/.exec(sentence.slice(cueEnd));
    if (main && FUTURE.test(main[1]!)) return true;
  }
  // Only a clause without a subject of its own continues ('lalu Wang Yi bertemu Lavrov' has one).
  if (!CONTINUES.test(clause) || clause.length === before.length || /(?<![\p{L}])\p{Lu}/u.test(clause.replace(CONTINUES, ''))) return false;
  const prior = sentence.slice(Math.max(0, cueStart - clause.length - 1 - 90), cueStart - clause.length - 1);
  return FUTURE.test(lastClause(prior));
}

/** Background, not a contact: counts and recollections ("bertemu dua kali", "recalled three meetings", "since their last meeting", "seperti yang disepakati … dalam pertemuan mereka"). */
export function isVague(sentence: string): boolean {
  return vagueAt(sentence) >= 0;
}

/** Where the first words making a sentence background start (see isVague), or -1. */
export function vagueAt(sentence: string): number {
  return sentence.search(VAGUE);
}

const VAGUE = /(?<![\p{L}])(?:(?:dua|tiga|empat|lima|beberapa|\d+)\s+kali|berkali-kali|(?:dua|tiga|empat|lima|beberapa|banyak)\s+(?:pertemuan|kali pertemuan|kunjungan)|twice|(?:three|four|five|several|many|multiple|\d+)\s+(?:times|meetings|visits|calls)|mengingat kembali|mengenang|recalled|recalling|sejak\s+pertemuan|since\s+(?:their|the)\s+(?:last\s+)?meeting|pertemuan\s+(?:terakhir|sebelumnya)|(?:last|previous|past)\s+meeting|setiap\s+tahun|every\s+year|regular\s+meetings|(?:meet|met|meeting)\s+regularly|regularly\s+(?:meet|met)|terakhir\s+(?:kali\s+)?(?:bertemu|berjumpa|bertatap\s+muka|berbicara|bertelepon|berkunjung|mengunjungi)|(?:last|previously)\s+(?:met|spoke|visited|held\s+talks)|(?:sudah\s+|telah\s+)?pernah\s+(?:bertemu|berjumpa|bertatap\s+muka|berbicara|bertelepon|berkunjung|mengunjungi|mengadakan|melakukan|menggelar)|(?:have|has|had)\s+(?:already\s+|previously\s+)?met\s+(?:each\s+other\s+)?(?:before|previously|(?:more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?[\p{L}\d]+\s+times)|(?:kunjungan|pertemuan|lawatan)(?:nya)?\s+sebelumnya|previous\s+(?:visit|trip|talks|call)|(?:lawatan|kunjungan)\s+(?:kedua|ketiga|keempat|kelima|keenam|ke-?\d+)|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:visit|trip)|(?:seperti|sebagaimana)\s+(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:disepakati|dibahas|ditegaskan|dinyatakan|disampaikan)|as\s+(?:was\s+)?(?:agreed|discussed|stated)\s+by)(?![\p{L}])/iu;

/** Words before the cue that make the contact only possible, hoped for, denied or rumoured: "kemungkinan pertemuan", "harapan untuk bertemu", "looks forward to meeting", "No meeting …", "had claimed that Putin would visit". */
const UNREAL_BEFORE = /(?<![\p{L}])(?:kemungkinan|mungkin|peluang|wacana|possible|possibility\s+of|potential|harapan(?:nya)?(?:\s+(?:untuk|agar|dapat|bisa))?|berharap(?:\s+(?:untuk|dapat|bisa|segera))?|ingin|hopes?(?:\s+to)?|hoping(?:\s+to)?|looks?\s+forward\s+to|looking\s+forward\s+to|menantikan|(?:no|tidak\s+ada|tak\s+ada|belum\s+ada|tanpa)(?:\s+[\p{L}–-]+){0,2}|(?:tidak|tak|belum|not|never)(?!\s+(?:hanya|cuma|saja|sekadar|only|just|merely)(?![\p{L}]))(?:\s+[\p{L}–-]+){0,2}|(?:had\s+)?claimed(?:\s+that)?|rumou?red|speculat\w*|membantah|menyangkal|denie[sd]|dismiss\w*|declined|turned\s+down|menolak|rul(?:ing|ed|es|e)\s+out|menutup\s+kemungkinan|such|skip(?:s|ped|ping)?|melewatkan|absen\s+dari)\s+(?:[\p{L}–-]+\s+){0,4}$/iu;
/** Words after the cue that call the contact off: "… ditunda", "was postponed", "is not planned". */
const UNREAL_AFTER = /(?<![\p{L}])(?:ditunda|dibatalkan|batal|diundur|tidak\s+jadi|urung|postponed|cancell?ed|called\s+off|(?:is|are|was|were)\s+not\s+(?:planned|scheduled|expected)|no\s+such\s+plans?|not\s+(?:on\s+the\s+agenda|being\s+planned))(?![\p{L}])/iu;

/** True when the contact of this cue did not and will not happen as far as the sentence says: only discussed as a possibility, denied, postponed or cancelled. */
export function isUnreal(sentence: string, cueStart: number, cueEnd: number): boolean {
  return unrealBefore(sentence, cueStart) || UNREAL_AFTER.test(sentence.slice(cueEnd)) || SUCH_AFTER.test(sentence.slice(cueEnd));
}

/** "pertemuan semacam itu", "kunjungan seperti itu": a contact of the kind just talked of, not one that took place (as "such a meeting"). */
const SUCH_AFTER = /^[\s\u00a0]*(?:semacam|seperti|serupa)[\s\u00a0]+(?:itu|ini)(?![\p{L}])/iu;

/** Only the words before the cue: "tidak ada rencana pertemuan Putin dan Xi" (whatever contact the sentence goes on to name). */
export function unrealBefore(sentence: string, cueStart: number): boolean {
  const before = sentence.slice(Math.max(0, cueStart - 60), cueStart);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return UNREAL_BEFORE.test(clause) || deniedReport(sentence.slice(0, cueStart));
}

/**
 * "Kremlin membantah laporan media Barat yang menyebut Putin akan bertemu Xi …", "Peskov denied reports that Putin had
 * spoken with Xi": everything the denied report says, however far from the verb, up to a turn ("namun", "but").
 */
const DENIED_REPORT = /(?<![\p{L}])(?:membantah|menepis|menyangkal|denie[sd]|deny(?:ing)?|dismiss(?:es|ed|ing)?|rejected|refuted)\s+(?:[\p{L}-]+\s+){0,3}?(?:laporan|kabar|berita|rumor|isu|spekulasi|klaim|reports?|rumou?rs?|speculation|claims?|suggestions?)(?![\p{L}])/iu;
const TURN = /(?<![\p{L}])(?:namun|tetapi|tapi|sedangkan|sementara\s+itu|but|however|while|whereas)(?![\p{L}])/giu;

/** "There is no indication that Putin will travel to …", "tidak ada tanda-tanda Xi akan hadir": what follows is not expected. */
const NO_SIGN = /(?<![\p{L}])(?:no|little)\s+(?:indication|sign|signs|suggestion|evidence)\s+(?:that|of)|(?:tidak|tak|belum)\s+ada\s+(?:indikasi|tanda(?:-tanda)?|isyarat)(?![\p{L}])/iu;

function deniedReport(before: string): boolean {
  const m = DENIED_REPORT.exec(before) ?? NO_SIGN.exec(before);
  if (!m) return false;
  TURN.lastIndex = m.index + m[0].length;
  return !TURN.test(before);
}
