/** Everything compiled once from CompileData and reused for every article: matchers and lookup tables. */
import type { ActorEntry, CountryEntry, PlaceEntry, RoleKind, TopicEntry } from './dataSchemas';
import type { CompileData } from './loadData';
import { termMatcher, type TermMatcher } from './termMatcher';
import { WORD_END, WORD_START, isCapsTerm, normKey, termSource } from './text';

/** One holding of an office, for "who was Foreign Minister of Russia on 2024-01-11?". */
export interface Tenure {
  actorId: string;
  roleId: string;
  country: string;
  start: string | null;
  end: string | null;
  /** Host country of a posting abroad (an ambassador's), or null. */
  post: string | null;
}

export interface Lexicon {
  data: CompileData;
  actors: Map<string, ActorEntry>;
  roles: Map<string, RoleKind>;
  countries: Map<string, CountryEntry>;
  places: Map<string, PlaceEntry>;
  topics: Map<string, TopicEntry>;
  tenures: Tenure[];
  /** Roles held as postings abroad (some holder has a `post`): resolved only when the host country matches. */
  postedRoles: Set<string>;
  /** People whose every office is a speaker's (spokespeople, aides): named, never participants. */
  speakers: Set<string>;
  names: TermMatcher<string>;
  /** Short names ("Wang", "Xi"), matched in exact case; each may belong to several actors. */
  shortRe: RegExp | null;
  shortOwners: Map<string, string[]>;
  titleRe: RegExp | null;
  roleByTerm: Map<string, { roleId: string; caps: string | null }>;
  countryByTerm: Map<string, { id: string; caps: string | null }>;
  placeMatcher: TermMatcher<string>;
  countryMatcher: TermMatcher<string>;
  topicMatcher: TermMatcher<string>;
  gatheringMatcher: TermMatcher<string>;
  outletMatcher: TermMatcher<string>;
  outletHosts: Array<{ host: string; name: string }>;
}

function alternation(terms: string[]): string {
  return [...new Set(terms)].sort((a, b) => b.length - a.length).map(termSource).join('|');
}

/** Compile the matchers for `data` (done once per compile). */
export function buildLexicon(data: CompileData): Lexicon {
  const roleByTerm = new Map<string, { roleId: string; caps: string | null }>();
  for (const r of data.roles) for (const t of r.terms) roleByTerm.set(normKey(t), { roleId: r.id, caps: isCapsTerm(t) ? t : null });
  const countryByTerm = new Map<string, { id: string; caps: string | null }>();
  for (const c of data.countries) for (const t of [...c.terms, c.labels.en, c.labels.id]) if (!countryByTerm.has(normKey(t))) countryByTerm.set(normKey(t), { id: c.id, caps: isCapsTerm(t) ? t : null });
  const roleTerms = data.roles.flatMap((r) => r.terms);
  const countryTerms = [...countryByTerm.keys()];
  const C = alternation(countryTerms);
  // Lower-case pattern, run on the lower-cased text (see findTitles): the 'i' flag is much slower.
  // A country before the title ("Russian Foreign Minister") is looked up behind the match, not in it.
  const titleRe = roleTerms.length
    ? new RegExp(
        `${WORD_START}(?<t>${alternation(roleTerms.map((t) => t.toLowerCase()))})(?:[\\s\\u00a0]+(?:of[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?)?(?<ca>${C}))?(?:[\\s\\u00a0]+(?:untuk|to|di|in|for)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?(?<cd>${C}))?${WORD_END}`,
        'gud',
      )
    : null;
  const shortOwners = new Map<string, string[]>();
  for (const a of data.actors) for (const s of a.short) shortOwners.set(s, [...(shortOwners.get(s) ?? []), a.id]);
  // Not the start of a longer name written with an apostrophe ("Xi'an"); a possessive ("Xi's") is the name.
  const shortRe = shortOwners.size ? new RegExp(`${WORD_START}(?:${alternation([...shortOwners.keys()])})${WORD_END}(?!['’](?!s(?![\\p{L}]))\\p{L})`, 'gu') : null;
  const tenures: Tenure[] = data.actors.flatMap((a) => a.roles.map((r) => ({ actorId: a.id, roleId: r.role, country: data.roles.find((k) => k.id === r.role)?.country ?? a.country, start: r.start ?? null, end: r.end ?? null, post: r.post ?? null })));
  return {
    data,
    actors: new Map(data.actors.map((a) => [a.id, a])),
    roles: new Map(data.roles.map((r) => [r.id, r])),
    countries: new Map(data.countries.map((c) => [c.id, c])),
    places: new Map(data.places.map((p) => [p.id, p])),
    topics: new Map(data.topics.map((t) => [t.id, t])),
    tenures,
    postedRoles: new Set(tenures.filter((t) => t.post !== null).map((t) => t.roleId)),
    speakers: new Set(data.actors.filter((a) => a.roles.length > 0 && a.roles.every((r) => data.roles.find((k) => k.id === r.role)?.speaker)).map((a) => a.id)),
    names: termMatcher(data.actors.flatMap((a) => [a.name, ...a.aliases].map((term) => ({ term, value: a.id })))),
    shortRe,
    shortOwners,
    titleRe,
    roleByTerm,
    countryByTerm,
    placeMatcher: termMatcher(data.places.flatMap((p) => [p.name, ...p.aliases, ...(p.labels ? [p.labels.id, p.labels.en] : [])].map((term) => ({ term, value: p.id })))),
    countryMatcher: termMatcher(data.countries.flatMap((c) => c.terms.map((term) => ({ term, value: c.id })))),
    topicMatcher: termMatcher(data.topics.flatMap((t) => t.terms.map((term) => ({ term, value: t.id })))),
    gatheringMatcher: termMatcher(data.gatherings.map((g) => ({ term: g, value: g }))),
    outletMatcher: termMatcher(data.outlets.flatMap((o) => o.match.map((term) => ({ term, value: o.name })))),
    outletHosts: data.outlets.flatMap((o) => o.hosts.map((host) => ({ host: host.toLowerCase(), name: o.name }))),
  };
}

export { WORD_END, WORD_START };
