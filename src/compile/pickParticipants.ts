/**
 * Who in a contact sentence takes part, and who is only named: the sender of greetings, the principal
 * of an envoy, a spokesperson, someone quoted, or someone who merely attended the wider gathering.
 */
import type { ActorMention } from './findActors';
import type { Lexicon } from './lexicon';
import { quotedSpans } from './text';

/** Words before a name that make it the sender of greetings or a message, not a participant. */
const ON_BEHALF = /(?<![\p{L}])(?:salam|pesan|surat|ucapan(?:\s+selamat)?|greetings?|message|letter|regards|atas\s+nama|on\s+behalf\s+of)(?![\p{L}])[^,.;:]{0,40}$/iu;

/** "utusan khusus Presiden Xi Jinping", "special envoy of Chinese President Xi": the name is the principal, not the envoy. */
const ENVOY_OF = /(?<![\p{L}])(?:utusan|envoy|representative|perwakilan)(?:\s+(?:khusus|special|pribadi|personal))?(?:\s+(?:of|dari))?(?:\s+the)?(?:\s+[\p{L}]+)?\s+(?:Presiden|President|Perdana\s+Menteri|Premier|Prime\s+Minister|pemimpin|leader)\s+$/iu;

/** A clause after which people only attended: "yang juga dihadiri", "also attended by", "in the presence of". */
const ATTENDING = /(?<![\p{L}])(?:(?:yang\s+)?(?:juga\s+|turut\s+)?(?:dihadiri|disaksikan)(?:\s+oleh)?|(?:turut|juga)\s+hadir|hadir\s+(?:pula|juga)|(?:which\s+was\s+|was\s+)?(?:also\s+)?(?:attended|witnessed)\s+by|in\s+the\s+presence\s+of|alongside\s+leaders|bersama\s+para\s+pemimpin)(?![\p{L}])/iu;

/** Reported speech around a name: "kata X", "menurut X", "X said", "X mengatakan", "Wang juga menyinggung pertemuan …". */
const SAID_BEFORE = /(?<![\p{L}])(?:kata|ujar|ungkap|tutur|ucap|menurut|said|says|according\s+to)(?![\p{L}])[^,.;:()]{0,45}$/iu;
const SAID_AFTER = /^[^,.;:()]{0,25}?(?<![\p{L}])(?:said|says|mengatakan|menyatakan|mengungkapkan|menuturkan|menyinggung|mengungkit|told\s+reporters|recalled|mentioned|referred\s+to|kata(?:nya)?)(?![\p{L}])/iu;
/** "… menerima Wang Yi di Kremlin dan mengatakan": the subject goes on speaking, not the one just named. */
const AND_BEFORE_SAID = /(?<![\p{L}])(?:dan|serta|lalu|and|then)\s/iu;

/** "menantikan kunjungan Presiden China Xi Jinping ke Rusia", "a visit by Chinese President Xi": the visitor is talked about. */
const VISIT_OF = /(?<![\p{L}])(?:kunjungan|lawatan|kedatangan|visit|trip)(?:\s+(?:of|by|oleh|dari))?(?:\s+the)?(?:\s+\p{Lu}[\p{L}-]*){0,5}\s+$/u;

/** ", but", "; however", ", namun": a turn to another clause. */
const TURN_AFTER = /[,;][\s\u00a0]+(?:but|however|yet|whereas|namun|tetapi|tapi|sedangkan|padahal)(?![\p{L}])/iu;

/** "asked X to convey", "meminta X untuk menyampaikan": X is a messenger. */
const ASKED_BEFORE = /(?<![\p{L}])(?:asked|requested|meminta|memohon)\s+$/iu;
const TO_CONVEY_AFTER = /^\s+(?:to\s+(?:convey|pass\s+on|deliver|relay)|(?:untuk\s+)?(?:menyampaikan|meneruskan))(?![\p{L}])/iu;
/** "pendahulu Zhao, Li Zhanshu", "the successor of Shoigu": the one whose office another held is only named for it. */
const OFFICE_OF = /(?<![\p{L}])(?:[Pp]endahulu|[Pp]enerus|[Pp]engganti|[Pp]redecessor\s+of|[Ss]uccessor\s+of)[\s\u00a0]+(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0]+){0,3}$/u;

/**
 * The addressee of a message someone is asked to pass on, or told to in a quote: "meminta Wang menyampaikan salam balik
 * kepada Xi", "asked him to convey his greetings to President Xi", '"Sampaikan salam saya kepada Presiden Xi"': absent.
 */
const RELAYED_TO = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:meminta|minta|memintanya|asked|requested)(?![\p{L}])[^,.;:]{1,40}?(?:untuk\s+)?(?:menyampaikan|meneruskan|to\s+(?:convey|pass\s+on|deliver|relay|give))|(?:^|["“]\s*|,\s+)(?:tolong\s+|please\s+)?(?:sampaikan|convey|give|pass\s+on))(?![\p{L}])[^,.;:]{0,40}?(?<![\p{L}])(?:kepada|to)\s+(?:the\s+)?(?:\p{L}[\p{L}.-]*\s+){0,3}$`,
  'iu',
);

/** True for a mention the words around it make a sender or principal, never a participant. */
export function isSender(text: string, from: number, m: ActorMention): boolean {
  const before = text.slice(Math.max(from, m.start - 60), m.start);
  // "salam dari Putin kepada Xi": the one after "kepada"/"to" receives the greetings.
  return (ON_BEHALF.test(before) && !/(?<![\p{L}])(?:kepada|to|untuk|bagi)\s/iu.test(before.slice(before.search(ON_BEHALF)))) || ENVOY_OF.test(before);
}

/**
 * The participants among the known people of a sentence [start, end). With more than two people, the
 * attendees of the wider gathering, the people quoted about it and spokespeople are left out, as long
 * as two remain; senders and principals are always left out.
 */
export function participantsIn(text: string, start: number, end: number, mentions: ActorMention[], lex: Lexicon, cueAt?: number): string[] {
  // "Top security officials … met in Johannesburg this week, but there will be no face-to-face encounter between Xi Jinping
  // and … Putin": who is named after a turn is in another clause's matter.
  if (cueAt !== undefined) {
    const turn = TURN_AFTER.exec(text.slice(cueAt, end));
    if (turn) end = cueAt + turn.index;
  }
  // The addressee of a relayed message is absent, unless contact words after the name may be theirs ("Xi asked Shoygu to
  // convey his greetings to President Vladimir Putin, noting that he and the Russian President had a good phone call").
  const relayedTo = (m: ActorMention) => (cueAt === undefined || cueAt < m.start) && RELAYED_TO.test(text.slice(Math.max(start, m.start - 90), m.start));
  let inside = mentions.filter((m) => m.start >= start && m.end <= end && !isSender(text, start, m) && !relayedTo(m));
  let all = [...new Set(inside.map((m) => m.actorId))];
  // '"We are waiting for … Xi Jinping, in Kazan," Putin said at the start of Thursday's meeting with Wang Yi': who is
  // named only inside a quotation the contact words are outside of is spoken of, not met.
  if (all.length > 2 && cueAt !== undefined) {
    const quotes = quotedSpans(text, start, end).filter(([a, b]) => cueAt < a || cueAt >= b);
    const quoted = (m: ActorMention) => quotes.some(([a, b]) => m.start >= a && m.end <= b);
    const spoken = new Set(all.filter((a) => inside.every((m) => m.actorId !== a || quoted(m))));
    if (spoken.size > 0 && all.length - spoken.size >= 2) {
      inside = inside.filter((m) => !spoken.has(m.actorId));
      all = all.filter((a) => !spoken.has(a));
    }
  }
  if (all.length <= 2) return all.filter((a) => !lex.speakers.has(a) || all.length < 2);
  const att = ATTENDING.exec(text.slice(start, end));
  const attendFrom = att ? start + att.index : Infinity;
  // "Xi Jinping's expected visit": a possessor is talked about, not met.
  const owner = (m: ActorMention) => /^['’]s?(?![\p{L}])/u.test(text.slice(m.end, m.end + 2));
  const saidAfter = (m: ActorMention) => {
    const after = text.slice(m.end, Math.min(end, m.end + 40));
    const said = SAID_AFTER.exec(after);
    return said !== null && !AND_BEFORE_SAID.test(said[0]);
  };
  const visited = (m: ActorMention) => VISIT_OF.test(text.slice(Math.max(start, m.start - 60), m.start));
  // "Xi asked Shoygu to convey his greetings to President Vladimir Putin, noting that he and the Russian President had a
  // good phone call": the one asked to pass a message on carries it, and is no party to the contact told of.
  const messenger = (m: ActorMention) => ASKED_BEFORE.test(text.slice(Math.max(start, m.start - 20), m.start)) && TO_CONVEY_AFTER.test(text.slice(m.end, m.end + 30));
  const officeOf = (m: ActorMention) => OFFICE_OF.test(text.slice(Math.max(start, m.start - 50), m.start));
  const aside = (m: ActorMention) => lex.speakers.has(m.actorId) || m.start >= attendFrom || owner(m) || visited(m) || messenger(m) || officeOf(m) || SAID_BEFORE.test(text.slice(Math.max(start, m.start - 60), m.start)) || saidAfter(m);
  // Someone also named before the gathering clause, or outside reported speech, still takes part.
  const takesPart = new Set(inside.filter((m) => !aside(m)).map((m) => m.actorId));
  const kept = all.filter((a) => takesPart.has(a));
  return kept.length >= 2 ? kept : all.filter((a) => !lex.speakers.has(a)).length >= 2 ? all.filter((a) => !lex.speakers.has(a)) : all;
}
