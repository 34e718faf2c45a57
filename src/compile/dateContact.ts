/**
 * Which words date which contact, and the role-tenure constraints that narrow an ambiguous year.
 * The date expressions themselves are read and resolved by ./dates.
 */
import { articleDateAsEventDate, describeArticleDate, resolveMention, yearHintsAsEventDate } from './dates';
import type { ArticleDate, DateConstraint, DateMention, ResolvedDate, YearHint } from './dates';
import type { Lexicon } from './lexicon';
import type { TitleHit } from './findActors';
import type { Sentence } from './sentences';
import { clauseAt, findClauses, relativeClauses, type ClauseRelation } from './clauses';

/** Mention kinds precise enough to date a contact on their own. */
const SPECIFIC: ReadonlySet<DateMention['kind']> = new Set(['full', 'day-month', 'weekday', 'relative', 'range', 'month-year']);

export function isSpecific(m: DateMention): boolean {
  // "tahun lalu" is a relative year: background, not a date for a contact. One ahead ("tahun depan", "later this year")
  // is the date of a planned one.
  return SPECIFIC.has(m.kind) && (m.future || !/^(?:tahun|this year|last year|next year|tahun ini)/i.test(m.raw.replace(/^pada\s+/i, '')));
}

const REPORTED = /(?<![\p{L}])(?:warta|diwartakan|dilaporkan|diberitakan|dikutip|dirilis|dikeluarkan|diumumkan|diterbitkan|disiarkan|pernyataan|laporan|reported|announced|released|published|issued|statement|said in a statement|quoted|told\s+(?:reporters|journalists|the\s+press|the\s+media|media|Reuters|AFP|AP|TASS|RIA(?:\s+Novosti)?|Xinhua|Interfax|state\s+media|state\s+television)|(?:mengatakan|berkata|menyampaikan)\s+kepada\s+(?:wartawan|media|jurnalis|pers))(?![\p{L}])[^.!?\n,]{0,60}(?:,[\s\u00a0]*)?$/iu;

/** After a date: "(CRI) --", " -", "--": the date opens a dateline ("Beijing, 12 Juli (CRI) --"). */
const DATELINE_AFTER = /^[ \t\u00a0]{0,3}(?:\([^()\n]{1,40}\)[ \t\u00a0]{0,3})?(?:--|-|–|—)/u;
/** "Beijing, ", "SAMARKAND, Uzbekistan, " (a city and its country) before the dateline date. */
const DATELINE_BEFORE = /(?:^|\n)[ \t\u00a0]{0,3}[\p{Lu}][\p{L} .'’-]{1,40}(?:,[ \t\u00a0]{0,3}[\p{Lu}][\p{L} .'’-]{1,30})?,[ \t\u00a0]{0,3}$/u;

/** A date in a dateline at the head of a paragraph ("Beijing, 12 Juli (CRI) --"): the filing date, never a contact's. */
export function isDatelineDate(text: string, m: DateMention): boolean {
  return DATELINE_BEFORE.test(text.slice(Math.max(0, m.start - 45), m.start)) && DATELINE_AFTER.test(text.slice(m.end, m.end + 50));
}

/**
 * "the Kremlin said on Friday", "said last month he would travel", "mengatakan pekan lalu bahwa ia akan berkunjung": the
 * date of the saying. Not "said Tuesday's talks were useful", where the date is the talks'.
 */
const SAID_RIGHT_BEFORE = /(?<![\p{L}])(?:said|says|mengatakan|menyatakan|berkata|mengumumkan)[\s\u00a0]+$/iu;
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;

/**
 * A date that says when something was reported, not when the contact happened ("sebagaimana warta pada Rabu", "a
 * statement released on Wednesday", "the Kremlin said on Friday", "Putin, who said last month he would travel to Beijing").
 */
export function isReportDate(text: string, m: DateMention): boolean {
  const before = text.slice(Math.max(0, m.start - 70), m.start);
  return REPORTED.test(before) || (SAID_RIGHT_BEFORE.test(before) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2)));
}

/** A date of another action in the contact's sentence, which only bounds the contact. */
export interface DateBound {
  mention: DateMention;
  /** The contact lies before or after that date. */
  relation: ClauseRelation;
  /** The connective that opened the other action's clause ("sebelum", "after"). */
  word: string;
}

/**
 * The contact's own date inside [start, end): the specific mention nearest the cue in the cue's clause,
 * else in the main clause. A date only found in another action's clause ("sebelum kembali ke Moskow
 * pada Kamis") is not the contact's: it comes back as a bound.
 */
export function ownDate(text: string, mentions: DateMention[], start: number, end: number, cueAt: number): { own: DateMention | null; bound: DateBound | null } {
  const described = relativeClauses(text, start, end).filter(([a, b]) => cueAt < a || cueAt >= b);
  // "… sat down on Thursday, for the first time since the war began in February": the date a span began is another's.
  const inRange = mentions.filter((m) => m.start >= start && m.end <= end && isSpecific(m) && !described.some(([a, b]) => m.start >= a && m.end <= b) && !inSinceClause(text, m, start));
  if (inRange.length === 0) return { own: null, bound: null };
  const clauses = findClauses(text, start, end, mentions);
  const cueClause = clauseAt(clauses, cueAt);
  const nearest = (list: DateMention[]) => list.reduce<DateMention | null>((best, m) => (!best || Math.abs(m.start - cueAt) < Math.abs(best.start - cueAt) ? m : best), null);
  const own = nearest(inRange.filter((m) => clauseAt(clauses, m.start) === cueClause)) ?? (cueClause ? nearest(inRange.filter((m) => clauseAt(clauses, m.start) === null)) : null);
  // "hari ini, Kamis (5/12/2024)": a full date right after a relative one restates it, and needs no article date.
  const restated = own && own.kind !== 'full' ? inRange.find((m) => m.kind === 'full' && m.start >= own.end && /^[\s,(]{0,3}$/.test(text.slice(own.end, m.start))) : undefined;
  if (restated) return { own: restated, bound: null };
  // "Last month, Xi met with visiting Russian Foreign Minister Sergey Lavrov in Beijing on April 9": the day within the
  // month or week named says more.
  const finer = own && own.kind === 'relative' && !own.future && COARSE_RELATIVE.test(own.raw) ? inRange.find((m) => (m.kind === 'full' || m.kind === 'day-month') && [cueClause, null].includes(clauseAt(clauses, m.start))) : undefined;
  if (finer) return { own: withYearOfSentence(text, finer, mentions, start, end), bound: null };
  if (own) return { own: withYearOfSentence(text, own, mentions, start, end), bound: null };
  const other = nearest(inRange)!;
  const clause = clauseAt(clauses, other.start)!;
  return { own: null, bound: { mention: other, relation: clause.relation, word: clause.word } };
}

/** A relative date of a month or week ("last month", "pekan lalu", "earlier this month"), coarser than a day named beside it. */
const COARSE_RELATIVE = /(?<![\p{L}])(?:month|week|bulan|pekan|minggu)(?![\p{L}])/iu;

/** A year by itself: "2022", "pada 2022", "tahun 2022", "in 2022". */
const BARE_YEAR = /^(?:(?:pada|pada\s+tahun|tahun|in)\s+)?((?:19|20)\d{2})$/i;

/**
 * A day without a year in a sentence that names one year before it takes that year: "Pada 2022, keduanya
 * juga menggelar konferensi video pada 30 Desember" is 2022-12-30, not the 30 December nearest the article. A
 * day or month after a year named relative to the article ("Last year's meeting was held in Moscow in August")
 * is marked with it, for dateContact to count from the article date (not in a "since" clause).
 */
function withYearOfSentence(text: string, own: DateMention, mentions: DateMention[], start: number, end: number): DateMention {
  if (own.kind !== 'day-month' && own.kind !== 'range' && own.kind !== 'month-year') return own;
  if (/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(own.raw)) return own;
  // "Last year's 29th regular meeting was held in Moscow in August", "Pertemuan tahun lalu digelar pada Agustus".
  const relative = mentions.find((m) => m.kind === 'relative' && m.start >= start && m.end <= own.start && RELATIVE_YEAR.test(m.raw.trim()) && !inSinceClause(text, m, start));
  if (relative) {
    const word = RELATIVE_YEAR.exec(relative.raw.trim())!.slice(1).find(Boolean)!.toLowerCase();
    const offset = ['last', 'previous', 'past', 'lalu', 'lampau', 'kemarin', 'sebelumnya'].includes(word) ? -1 : ['next', 'coming', 'depan', 'mendatang'].includes(word) ? 1 : 0;
    return { ...own, yearRelative: { raw: relative.raw.trim(), offset } };
  }
  if (own.kind === 'month-year') return own;
  const years = mentions.filter((m) => m.kind === 'year' && m.start >= start && m.end <= own.start && BARE_YEAR.test(m.raw.trim()));
  if (new Set(years.map((m) => BARE_YEAR.exec(m.raw.trim())![1])).size !== 1) return own;
  const raw = `${own.raw.replace(/[\s.,]+$/, '')} ${BARE_YEAR.exec(years[0]!.raw.trim())![1]}`;
  return { ...own, raw, kind: own.kind === 'range' ? 'range' : 'full', yearOf: { raw: own.raw.trim().replace(/[\s.,]+$/, ''), year: years[0]!.raw.trim() } };
}

/** A year named relative to the article: "last year", "Last year" (of "Last year's"), "tahun lalu", "tahun ini", "next year". */
const RELATIVE_YEAR = /^(?:pada\s+)?(?:(?:the\s+)?(last|this|next|previous|past|coming)\s+year|tahun\s+(lalu|ini|depan|lampau|kemarin|mendatang|sebelumnya))$/i;

/** "sejak dilantik untuk masa jabatan kelima pada 7 Mei lalu", "since taking office on May 7": the date a span began, of something else. */
const SINCE_BEFORE = /(?<![\p{L}])(?:sejak|semenjak|since)(?![\p{L}])[^.!?\n]{0,60}$/iu;

/** Whether mention `m` is dated in a "since" clause (looking back no further than `from`). */
function inSinceClause(text: string, m: DateMention, from = 0): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(from, m.start - 80), m.start));
}

/**
 * The last specific, past-pointing date mention in the nearest preceding sentence that has one: not one a "since" clause
 * gives, nor one of a background sentence ("The two Ministers had last met in New Delhi in March").
 */
export function precedingDate(mentions: DateMention[], sentences: Sentence[], before: number, notBefore: number, text = '', background: (m: DateMention) => boolean = () => false): DateMention | null {
  const candidates = mentions.filter((m) => m.end <= before && m.start >= notBefore && isSpecific(m) && !m.future && !inSinceClause(text, m) && !background(m));
  return candidates.at(-1) ?? null;
}

/** Tenure constraints of the participants, from the titles the article gives them ("Shoigu, Sekretaris Dewan Keamanan"). */
export function tenureConstraints(lex: Lexicon, titles: TitleHit[], participants: string[]): DateConstraint[] {
  const out: DateConstraint[] = [];
  const seen = new Set<string>();
  for (const t of titles) {
    if (!t.attachedTo || !participants.includes(t.attachedTo)) continue;
    const key = `${t.attachedTo}/${t.roleId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const actor = lex.actors.get(t.attachedTo)!;
    const spans = actor.roles.filter((r) => r.role === t.roleId);
    if (spans.length === 0) continue;
    const starts = spans.map((r) => r.start ?? null);
    const ends = spans.map((r) => r.end ?? null);
    const earliest = starts.includes(null) ? undefined : (starts as string[]).sort()[0];
    const latest = ends.includes(null) ? undefined : (ends as string[]).sort().at(-1);
    if (!earliest && !latest) continue;
    const role = lex.roles.get(t.roleId)?.title.en ?? t.roleId;
    const surname = nameOf(actor.name, actor.aliases);
    const reason = latest
      ? `${surname} was ${role} ${earliest ? `from ${earliest} ` : ''}until ${latest}`
      : `${surname} has been ${role} since ${earliest}`;
    out.push({ ...(earliest ? { earliest: padDay(earliest, 'start') } : {}), ...(latest ? { latest: padDay(latest, 'end') } : {}), reason });
  }
  // The tightest bound first: it is the one that explains which years are ruled out.
  return out.sort((a, b) => (b.earliest ?? '').localeCompare(a.earliest ?? ''));
}

/** "Lavrov" for Sergey Lavrov (the surname is an alias), "Wang Yi" for Wang Yi. */
function nameOf(name: string, aliases: string[]): string {
  const last = name.split(' ').at(-1)!;
  return name.includes(' ') && aliases.includes(last) ? last : name;
}

function padDay(iso: string, side: 'start' | 'end'): string {
  if (iso.length === 10) return iso;
  if (iso.length === 7) return side === 'start' ? `${iso}-01` : `${iso}-28`;
  return side === 'start' ? `${iso}-01-01` : `${iso}-12-31`;
}

/** How a contact was dated: the resolved date, the mention used (if any), and whether it came from elsewhere ('anchor': counted from another contact of the article). */
export interface ContactDate {
  date: ResolvedDate;
  mention: DateMention | null;
  from: 'sentence' | 'bound' | 'preceding' | 'article' | 'hints' | 'anchor';
}

/**
 * Date a contact: its own words, else the date of another action in its sentence as a bound, else the
 * nearest preceding dated sentence, else the article date, else year hints.
 */
export function dateContact(input: {
  own: DateMention | null;
  bound?: DateBound | null;
  /** The contact is announced, not reported ("dijadwalkan bertemu"). */
  planned?: boolean;
  preceding: DateMention | null;
  articleDate: ArticleDate;
  horizon: string;
  constraints: DateConstraint[];
  yearHints: YearHint[];
}): ContactDate | null {
  const ctx = { articleDate: input.articleDate.value, horizon: input.horizon, constraints: input.constraints, yearHints: input.yearHints };
  // A planned contact's weekday or yearless day lies ahead even when the future marker is in an earlier
  // clause ('Putin dan Xi akan makan malam pada Senin, lalu pembicaraan resmi pada Selasa').
  if (input.own) {
    const own = withRelativeYear(input.own, input.articleDate.value);
    const date = resolveMention(input.planned && !own.future && !/(?<![\p{L}])(?:lalu|kemarin|last|silam)$/iu.test(own.raw) ? { ...own, future: true } : own, ctx);
    const y = own.yearOf;
    // The basis quotes the text: the day as written, and the year its sentence gave it.
    return { date: y ? { ...date, basis: date.basis.replace(`'${own.raw}'`, `'${y.raw}' in the sentence's year ('${y.year}')`) } : date, mention: input.own, from: 'sentence' };
  }
  const fallback = fallbackDate(input, ctx);
  if (input.bound) return { date: boundedDate(input.bound, resolveMention(input.bound.mention, ctx), fallback?.date ?? null, input.articleDate.value, input.planned === true), mention: input.bound.mention, from: 'bound' };
  return fallback;
}

/** A yearless day or month whose sentence names the year relative to the article ('last year') gets that year, from the article date. */
function withRelativeYear(own: DateMention, articleDate: string | null): DateMention {
  if (!own.yearRelative || !articleDate) return own;
  const year = String(Number(articleDate.slice(0, 4)) + own.yearRelative.offset);
  const written = own.raw.trim().replace(/[\s.,]+$/, '');
  return { ...own, raw: `${written} ${year}`, kind: own.kind === 'day-month' ? 'full' : own.kind, yearOf: { raw: written, year: `${own.yearRelative.raw}, ${year}` } };
}

function fallbackDate(input: Parameters<typeof dateContact>[0], ctx: Parameters<typeof resolveMention>[1]): ContactDate | null {
  if (input.preceding) {
    const d = resolveMention(input.preceding, ctx);
    return { date: { ...d, confidence: Math.min(d.confidence, 0.75), basis: `the contact's sentence gives no date; taken from the nearest preceding dated sentence: ${d.basis}` }, mention: input.preceding, from: 'preceding' };
  }
  if (input.articleDate.value) return { date: articleDateAsEventDate(input.articleDate.value, describeArticleDate(input.articleDate)), mention: null, from: 'article' };
  const hinted = yearHintsAsEventDate(input.yearHints);
  return hinted ? { date: hinted, mention: null, from: 'hints' } : null;
}

/**
 * A contact dated only by another action of its sentence: "bertemu Li Qiang sebelum kembali ke Moskow
 * pada Kamis" is on or before Thursday (from the article date when it is still to come); "setelah tiba
 * pada Selasa" is on or after Tuesday.
 */
export function boundedDate(bound: DateBound, b: ResolvedDate, fallback: ResolvedDate | null, articleDate: string | null, planned: boolean): ResolvedDate {
  const lead = `'${bound.mention.raw}' dates another action of the sentence ('${bound.word} …'), not the contact`;
  const day = (value: string, earliest: string, latest: string, confidence: number, why: string): ResolvedDate => ({ value, precision: 'day', earliest, latest, confidence, basis: `${lead}; ${why}; ${b.basis}`, alternatives: b.alternatives });
  if (bound.relation === 'after') {
    const latest = !planned && articleDate && articleDate > b.latest ? articleDate : b.latest;
    return day(b.earliest, b.earliest, latest, 0.5, `the contact follows it: on or after ${b.earliest}${latest !== b.latest ? `, by the article date ${latest}` : ''}`);
  }
  if (planned && articleDate && articleDate <= b.latest) return day(articleDate, articleDate, b.latest, 0.4, `the contact comes before it and is still to come: between the article date ${articleDate} and ${b.latest}`);
  if (fallback && fallback.latest <= b.latest) return { ...fallback, basis: `${lead}; the contact comes before it, so ${fallback.basis}` };
  return day(b.latest, b.latest, b.latest, 0.4, `the contact comes before it: on or shortly before ${b.latest}`);
}
