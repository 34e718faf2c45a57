/**
 * People in an article: full names and aliases anywhere, short names ("Wang", "Xi") only for someone
 * named in full in the same article, and role titles ("Menlu Rusia") linked to a named holder, kept as
 * a reference to resolve by date, or flagged when they name someone not in actors.yaml.
 */
import type { Lexicon } from './lexicon';
import { dropOverlaps } from './termMatcher';
import { lowerSameLength, normKey } from './text';

/** A named person in the text. */
export interface ActorMention {
  start: number;
  end: number;
  actorId: string;
  via: 'name' | 'short';
}

/** A role title in the text and what it refers to. */
export interface TitleHit {
  start: number;
  end: number;
  roleId: string;
  /** Country whose office it is (from the title or the role), or null when the text does not say. */
  country: string | null;
  /** Host country of a posting named with the title ("Dubes China untuk Rusia" → RU), or null. */
  post: string | null;
  /** The named person it is the title of, when there is one. */
  attachedTo: string | null;
  /** Words of a name after the title that is nobody in actors.yaml. */
  unknownName: string | null;
}

/** Every name, alias and (resolvable) short name of a known person, in text order. */
export function findActorMentions(text: string, lex: Lexicon): ActorMention[] {
  const named: ActorMention[] = lex.names.find(text).map((h) => ({ start: h.start, end: h.end, actorId: h.value, via: 'name' as const }));
  if (!lex.shortRe) return named;
  named.push(...titledShortNames(text, lex, named));
  if (named.length === 0) return named;
  const firstAt = new Map<string, number>();
  for (const m of named) if (!firstAt.has(m.actorId)) firstAt.set(m.actorId, m.start);
  const shorts: ActorMention[] = [];
  for (const m of text.matchAll(lex.shortRe)) {
    const owners = (lex.shortOwners.get(m[0]) ?? []).filter((id) => firstAt.has(id));
    if (owners.length === 0 || givenNameAfter(text, m.index + m[0].length, lex)) continue;
    // Several people with this short name in one article: the one named in full most recently before it.
    const before = owners.filter((id) => firstAt.get(id)! <= m.index).sort((a, b) => firstAt.get(b)! - firstAt.get(a)!);
    shorts.push({ start: m.index, end: m.index + m[0].length, actorId: before[0] ?? owners[0]!, via: 'short' });
  }
  return dropOverlaps([...named, ...shorts]);
}

/** A capitalised word right after a short name, then a comma or a lower-case word: "Li Hongzhong, a vice chairman". */
const GIVEN_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}+)(?=[\s\u00a0]*[,(;:.]|[\s\u00a0]+\p{Ll})/u;

/**
 * True when the surname at `end` goes on with a given name, so it is someone else's full name ("Li Hongzhong, a vice
 * chairman", "Wang Wenbin said"): not a weekday, month, country, place or known name ("Xi Kamis (5/9)", "Wang Beijing").
 */
function givenNameAfter(text: string, end: number, lex: Lexicon): boolean {
  const g = GIVEN_AFTER.exec(text.slice(end, end + 30));
  if (!g) return false;
  const w = g[1]!;
  return !NOT_NAME_WORDS.has(w.toLowerCase()) && !lex.countryByTerm.has(normKey(w)) && lex.placeMatcher.find(w).length === 0 && lex.names.find(w).length === 0;
}

/**
 * Short names that name their person by themselves: after a title only one of the name's owners ever
 * held ("Presiden Xi", "Chinese President Xi", "Menlu Wang") or after one owner's country ("China's Xi").
 * They count as a full name, so the bare short name resolves elsewhere in the article too.
 */
function titledShortNames(text: string, lex: Lexicon, named: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.matchAll(lex.shortRe!)) {
    const owners = lex.shortOwners.get(m[0]) ?? [];
    // "Menteri Keamanan Publik China Wang Xiaohong": a given name after it makes it someone else's full name.
    if (named.some((x) => x.start <= m.index && m.index < x.end) || givenNameAfter(text, m.index + m[0].length, lex)) continue;
    const before = text.slice(Math.max(0, m.index - 90), m.index);
    const fits = titleOwners(before, owners, lex) ?? countryOwners(before, owners, lex);
    if (fits?.length === 1) out.push({ start: m.index, end: m.index + m[0].length, actorId: fits[0]!, via: 'name' });
  }
  return out;
}

/** The owners who ever held the title that ends `before` (right before the name), or null without one. */
function titleOwners(before: string, owners: string[], lex: Lexicon): string[] | null {
  if (!lex.titleRe) return null;
  const lower = lowerSameLength(before);
  let last: RegExpMatchArray | null = null;
  for (const m of lower.matchAll(lex.titleRe)) last = m;
  if (!last || !/^[\s\u00a0]+$/.test(before.slice(last.index! + last[0].length))) return null;
  const idx = last.indices?.groups ?? {};
  const term = idx.t ? before.slice(idx.t[0], idx.t[1]) : '';
  const role = lex.roleByTerm.get(normKey(term));
  if (!role || (role.caps !== null && role.caps !== term)) return null;
  const ca = idx.ca ? countryOf(before.slice(idx.ca[0], idx.ca[1]), lex) : null;
  const head = /(?:^|[^\p{L}])([\p{L}][\p{L}.'’ -]{0,40}?)(?:['’]s)?[\s\u00a0]+$/u.exec(before.slice(0, last.index));
  const cbWord = head ? countryBefore(head[1]!, lex)?.word : undefined;
  const country = ca ?? countryOf(cbWord, lex);
  return owners.filter((id) => {
    const a = lex.actors.get(id);
    return !!a && (country === null || a.country === country) && a.roles.some((r) => r.role === role.roleId);
  });
}

/** The owners from the country named right before the name ("China's Xi", "Rusia Putin"), or null without one. */
function countryOwners(before: string, owners: string[], lex: Lexicon): string[] | null {
  const m = /(?:^|[^\p{L}])([\p{L}]+)(?:['’]s)?[\s\u00a0]+$/u.exec(before);
  const country = m ? countryOf(m[1], lex) : null;
  return country === null ? null : owners.filter((id) => lex.actors.get(id)?.country === country);
}

const NAME_AFTER = /^[\s\u00a0,]*((?:\p{Lu}[\p{Ll}'’-]+)(?:[\s\u00a0]+(?:\p{Lu}[\p{Ll}'’-]+)){1,3})/u;
const NOT_NAME_WORDS = new Set(
  'dalam pada di ke dan yang juga selain kedua para sementara namun menurut saat ketika sebelumnya kemudian itu ini the in on at and also during after before while with said says dewan federasi komite partai kantor kementerian republik rakyat kongres majelis urusan luar negeri biro politik sentral pusat keamanan nasional negara state council ministry foreign affairs office central committee security tahun senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday thursday friday saturday sunday januari februari maret april mei juni juli agustus september oktober november desember january february march june july august october december'.split(' '),
);

function unknownNameAfter(text: string, end: number, lex: Lexicon): string | null {
  const m = NAME_AFTER.exec(text.slice(end, end + 60));
  if (!m) return null;
  const words = m[1]!.split(/[\s\u00a0]+/);
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || lex.countryByTerm.has(normKey(w)))) return null;
  if (lex.placeMatcher.find(m[1]!).length || lex.topicMatcher.find(m[1]!).length) return null;
  return m[1]!;
}

/** The country a title's own words name ("Kepala Kremlin" → RU), or null. */
function countryInTerm(term: string, lex: Lexicon): string | null {
  const words = term.split(/[\s\u00a0]+/);
  for (let i = 0; i < words.length; i++) for (let k = words.length - i; k >= 1; k--) {
    const c = countryOf(words.slice(i, i + k).join(' '), lex);
    if (c) return c;
  }
  return null;
}

/** The country word(s) that end `words` ("Russian", "China's" without the 's), if any. */
function countryBefore(words: string, lex: Lexicon): { word: string } | null {
  const parts = words.split(/[\s\u00a0]+/);
  for (let k = Math.min(4, parts.length); k >= 1; k--) {
    const word = parts.slice(-k).join(' ');
    if (lex.countryByTerm.has(normKey(word))) return { word };
  }
  return null;
}

function countryOf(group: string | undefined, lex: Lexicon): string | null {
  if (!group) return null;
  const c = lex.countryByTerm.get(normKey(group));
  if (!c || (c.caps !== null && c.caps !== group)) return null;
  return c.id;
}

/** Every role title, linked to a named person next to it or in the same sentence when that person held the role. */
/** A deputy's word right before a title: the office is the deputy's, not the one the title names. */
const DEPUTY_BEFORE = /(?<![\p{L}])(?:vice|deputy|wakil)[\s\u00a0-]+$/iu;

export function findTitles(text: string, lex: Lexicon, mentions: ActorMention[], sentenceOf: (offset: number) => [number, number]): TitleHit[] {
  if (!lex.titleRe) return [];
  const hits: TitleHit[] = [];
  const lower = lowerSameLength(text);
  for (const m of lower.matchAll(lex.titleRe)) {
    const idx = m.indices?.groups ?? {};
    // Group values in the original case, for the capitals-only terms ("PM", "AS").
    const orig = (k: string) => { const r = idx[k]; return r ? text.slice(r[0], r[1]) : undefined; };
    const before = /(?:^|[^\p{L}])([\p{L}][\p{L}.'’ -]{0,40}?)(?:['’]s)?[\s\u00a0]+$/u.exec(text.slice(Math.max(0, m.index - 42), m.index));
    const cbHit = before ? countryBefore(before[1]!, lex) : null;
    const g = { t: orig('t'), ca: orig('ca'), cb: cbHit?.word, cd: orig('cd') };
    const role = lex.roleByTerm.get(normKey(g.t ?? ''));
    if (!role || (role.caps !== null && role.caps !== g.t)) continue;
    // "vice chairman of the NPC Standing Committee", "Wakil Ketua …", "deputy head of …": not the office named after the word.
    if (DEPUTY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const kind = lex.roles.get(role.roleId);
    const cb = countryOf(g.cb, lex);
    const start = cb && cbHit ? m.index - (before![0].length - before![0].lastIndexOf(cbHit.word)) : m.index;
    const ca = countryOf(g.ca, lex);
    let end = m.index + m[0].length;
    if (g.ca && !ca) end = idx.t?.[1] ?? end;
    // "Kepala Kremlin", "Kremlin chief": a title whose own words name the country.
    const country = kind?.country ?? ca ?? cb ?? countryInTerm(g.t ?? '', lex);
    // "untuk Rusia", "to Russia" names the host country only for an office held abroad (an ambassador's).
    const post = lex.postedRoles.has(role.roleId) ? countryOf(g.cd, lex) : null;
    const hit: TitleHit = { start, end, roleId: role.roleId, country, post, attachedTo: null, unknownName: null };
    // An ambassador posted elsewhere is not "Dubes China untuk Rusia", even when named next to it.
    const postFits = (a: { roles: Array<{ role: string; post?: string | undefined }> }) => post === null || !a.roles.some((r) => r.role === role.roleId) || a.roles.some((r) => r.role === role.roleId && r.post === post);
    const holds = (actorId: string) => {
      const a = lex.actors.get(actorId);
      return !!a && (country === null || a.country === country) && a.roles.some((r) => r.role === role.roleId) && postFits(a);
    };
    const mayBe = (actorId: string) => { const a = lex.actors.get(actorId); return !!a && (country === null || a.country === country) && postFits(a); };
    const next = mentions.find((x) => x.start >= end && x.start <= end + 3 && /^[\s\u00a0,]*$/.test(text.slice(end, x.start)));
    let prev: ActorMention | undefined;
    for (let k = mentions.length - 1; k >= 0 && !prev; k--) {
      const x = mentions[k]!;
      if (x.end <= start && x.end >= start - 3 && /^[\s\u00a0,]*$/.test(text.slice(x.end, start))) prev = x;
    }
    const [s0, s1] = sentenceOf(start);
    if (next && mayBe(next.actorId)) hit.attachedTo = next.actorId;
    else if (prev && mayBe(prev.actorId)) hit.attachedTo = prev.actorId;
    else hit.attachedTo = mentions.find((x) => x.start >= s0 && x.end <= s1 && holds(x.actorId))?.actorId ?? null;
    // Title-case headlines: "Ketua Duma Rusia Temui Xi Jinping" runs into a known name, so names nobody unknown.
    if (!hit.attachedTo) { const u = unknownNameAfter(text, end, lex); hit.unknownName = u && !mentions.some((x) => x.start > end && x.start < end + 2 + u.length + 2) ? u : null; }
    hits.push(hit);
  }
  return hits;
}

/** Marker role of "his Russian counterpart" / "mitranya dari Rusia": the office the other side holds. */
export const COUNTERPART = '@counterpart';
const COUNTERPART_RE = /(?<![\p{L}])(?:(?:his|her|their)[\s\u00a0]+)?(?:([\p{L}]+)[\s\u00a0]+counterparts?|counterparts?[\s\u00a0]+(?:from|of)[\s\u00a0]+([\p{L}]+)|(?:mitra|rekan|sejawat)(?:nya)?(?:[\s\u00a0]+sejawat(?:nya)?)?[\s\u00a0]+(?:dari[\s\u00a0]+)?([\p{L}]+))(?![\p{L}])/giu;

/** "his Russian counterpart", "mitranya dari Rusia": references to whoever holds the other side's office, unless a name follows. */
export function findCounterparts(text: string, lex: Lexicon, mentions: ActorMention[]): TitleHit[] {
  const out: TitleHit[] = [];
  for (const m of text.matchAll(COUNTERPART_RE)) {
    const word = m[1] ?? m[2] ?? m[3] ?? '';
    const c = lex.countryByTerm.get(normKey(word));
    if (!c || (c.caps !== null && c.caps !== word)) continue;
    const end = m.index + m[0].length;
    const named = mentions.find((x) => x.start >= end && x.start <= end + 3 && /^[\s\u00a0,]*$/.test(text.slice(end, x.start)));
    out.push({ start: m.index, end, roleId: COUNTERPART, country: c.id, post: null, attachedTo: named?.actorId ?? null, unknownName: null });
  }
  return out;
}

/** The offices `actorId` held on `iso`. */
export function rolesOn(lex: Lexicon, actorId: string, iso: string): string[] {
  return lex.tenures.filter((x) => x.actorId === actorId && (x.start === null || x.start <= iso) && (x.end === null || iso < x.end)).map((x) => x.roleId);
}

/**
 * Who held `roleId` for `country` on `iso` (a YYYY-MM-DD day), or null. For an office held abroad
 * (an ambassador's) the host country `post` must match too; without one, only a single holder counts.
 */
export function holderOn(lex: Lexicon, roleId: string, country: string | null, iso: string, post: string | null = null): string | null {
  const all = lex.tenures.filter((x) => x.roleId === roleId && (country === null || x.country === country) && (x.start === null || x.start <= iso) && (x.end === null || iso < x.end));
  if (!lex.postedRoles.has(roleId)) return all[0]?.actorId ?? null;
  const fit = post === null ? all : all.filter((x) => x.post === post);
  return fit.length === 1 ? fit[0]!.actorId : null;
}
