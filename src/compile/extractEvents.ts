/** One article's events: candidates dated, people resolved, placed, topic-tagged and given evidence. */
import type { Evidence, Range } from '../model/schema';
import { findDateMentions, findYearHints, type Anniversary, type ArticleDate } from './dates';
import { dateContact, isDatelineDate, isReportDate, isSpecific, precedingDate, tenureConstraints, type ContactDate } from './dateContact';
import { addGatheringTopics, anchorIndex, applyPlaceReferences, countFromContact, type PlaceReferral } from './anchorContacts';
import { COUNTERPART, findActorMentions, findCounterparts, findTitles, holderOn, rolesOn } from './findActors';
import type { Candidate } from './candidateTypes';
import { REMOTE, TYPE_LABEL, eventTitle, summaryOf, titleName, topicJudgement } from './describeEvent';
import { AT_THAT_TIME, findCandidates, isLiveEntry } from './findCandidates';
import { isPointer } from './findContacts';
import type { Lexicon } from './lexicon';
import { locateContact } from './locateContact';
import { reassignTopics, topicsIn } from './assignTopics';
import { sentenceAt, splitSentences, type Sentence } from './sentences';
import { TALKED_ABOUT } from './pointsBack';
import { clip } from './text';
import type { CompileWarning, DraftEvent } from './types';
import { giveTopics, shareLocations, shareTopicsOfBoth } from './shareBetweenEvents';

/** A word making what follows another contact than the one said ("Sebelum pembicaraan resmi, …"); for lower-cased text. */
const OTHER_CONTACT_BEFORE = /(?<![\p{L}])(?:sebelum|setelah|sesudah|usai|seusai|menjelang|before|after|following|ahead\s+of)[\s\u00a0]+$/u;
/** The contact a same-day reference names: "(Pada hari yang sama) dengan pembicaraan resmi", "(on the same day) as the talks". */
const SAME_AS = /^[\s\u00a0]+(?:dengan|as)[\s\u00a0]+(?:the[\s\u00a0]+)?(\p{L}+(?:[\s\u00a0]+(?!(?:itu|tersebut|ini)(?![\p{L}]))\p{L}+)?)/u;

export interface ArticleForExtraction {
  id: string;
  file: string;
  text: string;
  titleRange: [number, number] | null;
  articleDate: ArticleDate;
}

export interface ExtractOptions {
  horizon: string;
  anniversaries: Anniversary[];
}

const r = (s: Sentence): Range => [s.start, s.end];
/** A sentence that puts what was said just before at a contact: "made the remarks while meeting with", "menyampaikan hal itu saat bertemu". */
const REMARKS_AT = /(?<![\p{L}])(?:(?:made|delivered|gave)\s+(?:the|these|his|her|those)\s+(?:remarks|comments)|(?:said|stated)\s+(?:this|so)|(?:menyampaikan|mengatakan|mengungkapkan|menegaskan)\s+(?:hal\s+)?(?:itu|tersebut|ini))(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:while|when|during|at|in|saat|ketika|dalam|sewaktu)(?![\p{L}])/iu;

/** Events of one article plus notes (why contact words made no event) and warnings. */
export function extractEvents(article: ArticleForExtraction, lex: Lexicon, opts: ExtractOptions): { events: DraftEvent[]; notes: string[]; warnings: CompileWarning[] } {
  const { text } = article;
  const warnings: CompileWarning[] = [];
  const sentences = splitSentences(text);
  const sentenceOf = (o: number): [number, number] => { const s = sentences[sentenceAt(sentences, o)]; return s ? [s.start, s.end] : [o, o]; };
  const mentions = findActorMentions(text, lex);
  const titles = [...findTitles(text, lex, mentions, sentenceOf), ...findCounterparts(text, lex, mentions)];
  for (const t of titles) if (t.unknownName) warnings.push({ kind: 'unknown-person', file: article.file, message: `'${text.slice(t.start, t.end)} ${t.unknownName}' is not in data/actors.yaml: add the person (with this title) to recognise them` });
  const adRange = article.articleDate.range;
  const allDates = findDateMentions(text).filter((m) => (!adRange || m.end <= adRange[0] || m.start >= adRange[1]) && !isDatelineDate(text, m));
  const dates = allDates.filter((m) => !isReportDate(text, m));
  const yearHints = findYearHints(text, opts.anniversaries);
  const tr = article.titleRange;
  const headline = (s: Sentence) => tr !== null && s.start < tr[1] && s.end > tr[0];
  const skip = (s: Sentence) => headline(s) || (adRange !== null && s.start <= adRange[0] && s.end >= adRange[1] && s.end - s.start < 80);
  // Offices around the article's date (any held, without one), and titles the text gives the person.
  const holdsOffice = (actorId: string, roleIds: string[]) =>
    titles.some((t) => t.attachedTo === actorId && roleIds.includes(t.roleId)) ||
    (article.articleDate.value ? rolesOn(lex, actorId, article.articleDate.value) : lex.tenures.filter((x) => x.actorId === actorId).map((x) => x.roleId)).some((r) => roleIds.includes(r));
  const found = findCandidates({ text, sentences, skip, headline, mentions, titles, dates, lex, holdsOffice });
  const { notes, background } = found;
  // "…, Foreign Minister Wang Yi said on Thursday. Wang … made the remarks while meeting with … Lavrov": the day of the
  // saying is the day of the contact it was said at.
  const candidates = found.candidates.map((c) => {
    const i = c.sentences[0]!;
    if (c.own || c.bound || c.dayRef || c.sameDay || i === 0 || !REMARKS_AT.test(text.slice(sentences[i]!.start, sentences[i]!.end))) return c;
    const said = allDates.find((m) => m.start >= sentences[i - 1]!.start && m.end <= sentences[i - 1]!.end && isReportDate(text, m) && isSpecific(m));
    return said ? { ...c, own: said } : c;
  });
  const inBackground = (m: { start: number }) => background.has(sentenceAt(sentences, m.start));
  const backgroundRanges = [...background].map((j): [number, number] => [sentences[j]!.start, sentences[j]!.end]);
  const placeHits = lex.placeMatcher.find(text);
  const events: DraftEvent[] = [];
  const segments: Array<{ start: number; end: number; ownEnd: number; event: number; ownStart: number; talkedAbout: boolean }> = [];
  const firstAt = (id: string) => mentions.find((m) => m.actorId === id)?.start ?? Infinity;
  /** The contact's people on `day`: named ones in order of first mention, then unnamed titles resolved to their holders. */
  const peopleOf = (c: Candidate, day: string): { participants: string[]; unresolved: string[] } => {
    const participants = [...c.actors].sort((a, b) => firstAt(a) - firstAt(b));
    const unresolved: string[] = [];
    for (const ref of c.refs) {
      // A counterpart holds, in the other country, the office of the named participant from elsewhere.
      const other = ref.roleId === COUNTERPART ? participants.find((p) => lex.actors.get(p)?.country !== ref.country) : undefined;
      const roleIds = ref.roleId !== COUNTERPART ? [ref.roleId] : other ? [...titles.filter((t) => t.attachedTo === other).map((t) => t.roleId), ...rolesOn(lex, other, day)] : [];
      // An unnamed "Dubes Rusia" in a contact with a Chinese official is Russia's ambassador to China.
      const post = ref.post ?? participants.map((p) => lex.actors.get(p)?.country).find((c) => c !== undefined && c !== ref.country) ?? null;
      const who = roleIds.map((roleId) => holderOn(lex, roleId, ref.country, day, post)).find((x) => x !== null) ?? null;
      if (who && !participants.includes(who)) participants.push(who);
      if (!who) unresolved.push(text.slice(ref.start, ref.end));
    }
    return { participants, unresolved };
  };
  const dayOf = (d: ContactDate) => (d.date.precision === 'day' ? d.date.value : d.date.latest);
  const dateOwn = (c: Candidate, k: number): ContactDate | null => {
    const first = sentences[c.sentences[0]!]!;
    const prevStart = k > 0 ? sentences[candidates[k - 1]!.sentences[0]!]!.start : 0;
    // A live blog's entry without a date of its own is news of the blog's day: no date from the entries around it.
    const preceding = c.own || isLiveEntry(text, first.start) ? null : precedingDate(dates, sentences, first.start, k > 0 ? prevStart : 0, text, inBackground);
    return dateContact({ own: c.own, bound: c.bound, planned: c.planned, preceding, articleDate: article.articleDate, horizon: opts.horizon, constraints: tenureConstraints(lex, titles, c.actors), yearHints });
  };
  // Contacts with their own date first; then, in text order, those counted from another ("Sehari sebelumnya").
  const datedAll = candidates.map((c, k) => (c.dayRef && !c.own ? null : dateOwn(c, k)));
  const dayAnchor = new Map<number, number>();
  // "Pada hari yang sama dengan pembicaraan resmi, Xi juga bertemu Mishustin", "on the same day as the talks": the contact
  // named, the latest before this one whose sentence says those words, not merely the nearest (an informal dinner told after).
  const namedAnchor = (ref: NonNullable<Candidate['dayRef']>, k: number): number | null => {
    const named = SAME_AS.exec(text.slice(ref.end, ref.end + 60))?.[1]?.toLowerCase();
    if (!named) return null;
    for (let j = k - 1; j >= 0; j--) {
      const first = sentences[candidates[j]!.sentences[0]!]!;
      // Said of that contact, not of another it came before or after ("Sebelum pembicaraan resmi, Xi dan Putin telah bertemu …").
      const str = text.slice(first.start, first.end).toLowerCase();
      const at = str.indexOf(named);
      if (datedAll[j]?.date.precision === 'day' && at >= 0 && !OTHER_CONTACT_BEFORE.test(str.slice(0, at))) return j;
    }
    return null;
  };
  candidates.forEach((c, k) => {
    if (!c.dayRef || c.own) return;
    const nearest = namedAnchor(c.dayRef, k) ?? anchorIndex(datedAll, k, (x) => datedAll[x]?.date.precision === 'day');
    // After a look back ('Sehari sebelumnya, … bertemu Wang Xiaohong'), "Keesokan harinya" goes on from the day it looked back from.
    const back = nearest !== null && nearest < k && c.dayRef.days > 0 && (candidates[nearest]!.dayRef?.days ?? 0) < 0 ? dayAnchor.get(nearest) : undefined;
    const j = back ?? nearest;
    // "Pada hari yang sama" at the first contact speaks of a day already named (an arrival), not of a contact reported later.
    const own = j === null || (j > k && c.dayRef.days === 0) ? dateOwn(c, k) : null;
    if (j === null || own?.from === 'preceding') {
      // No contact to count from: 'Lavrov tiba di Beijing, Senin (8/4/2024). Sehari kemudian, dia bertemu …' counts from the day named before.
      const m = own?.from === 'preceding' ? own.mention : null;
      const s = m ? sentences[sentenceAt(sentences, m.start)] : undefined;
      datedAll[k] = own && m && s && c.dayRef.days !== 0 ? { ...own, date: countFromContact(own.date, c.dayRef, `day named in '${clip(text.slice(s.start, s.end), 60)}'`) } : own;
      return;
    }
    const a = datedAll[j]!;
    const anchor = candidates[j]!;
    const people = peopleOf(anchor, dayOf(a)).participants;
    const s = sentences[anchor.sentences[0]!]!;
    const label = people.length >= 2 ? eventTitle(lex, people, anchor.type, false) : `contact in '${clip(text.slice(s.start, s.end), 60)}'`;
    dayAnchor.set(k, j);
    datedAll[k] = { date: countFromContact(a.date, c.dayRef, label), mention: a.mention, from: 'anchor' };
  });
  // "Ma juga bertemu dengan Lavrov", "kemudian": on the day of the contact reported just before, not of a date
  // a background sentence between them names ("… pada pertengahan Oktober lalu, ketika Putin bertemu Xi").
  candidates.forEach((c, k) => {
    const prev = k > 0 ? datedAll[k - 1] : null;
    const own = datedAll[k];
    // Nor is the article's date: 'Seusai pertemuan itu, Li diterima Putin' under a chronology's dated entry.
    if (!c.sameDay || c.own || c.bound || c.dayRef || !prev || !(own?.from === 'preceding' || own?.from === 'article') || own.mention === prev.mention) return;
    datedAll[k] = { ...prev, date: { ...prev.date, confidence: Math.min(prev.date.confidence, 0.75) }, from: 'preceding' };
  });
  const dateEvidence = (d: ContactDate): Range[] => (d.mention ? [sentenceOf(d.mention.start)] : d.from === 'article' && adRange ? [adRange] : []);
  const eventOf = new Map<number, number>();
  /** "'keduanya' = Xi Jinping and Putin of the meeting on 2023-03-20": which earlier contact the pair pronoun stands for. */
  const pairBasis = (pair: NonNullable<Candidate['pair']>, people: string[]): string => {
    const names = (pair.stands ?? people).map((p) => titleName(lex, p));
    const who = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    const j = candidates.findIndex((o) => o.sentences.includes(pair.from));
    const e = j >= 0 && eventOf.has(j) ? events[eventOf.get(j)!]! : null;
    const s = sentences[pair.from]!;
    return `'${pair.words}' = ${who} ${e ? `of the ${TYPE_LABEL[e.type]} on ${e.date.value}` : `${j >= 0 ? 'of the contact in' : 'named in'} '${clip(text.slice(s.start, s.end), 60)}'`}`;
  };
  const placeReferrals: PlaceReferral[] = [];
  candidates.forEach((c, k) => {
    const first = sentences[c.sentences[0]!]!;
    const last = sentences[c.sentences.at(-1)!]!;
    const dated = datedAll[k] ?? null;
    const quote = clip(text.slice(first.start, first.end), 90);
    if (!dated) {
      warnings.push({ kind: 'undated-contact', file: article.file, message: `contact with no date in the text and no article date, left out: '${quote}'` });
      notes.push(`undated contact, left out: '${quote}'`);
      return;
    }
    const day = dayOf(dated);
    const { participants, unresolved } = peopleOf(c, day);
    for (const t of unresolved) warnings.push({ kind: 'unresolved-title', file: article.file, message: `nobody in data/actors.yaml held '${t}' on ${day}` });
    if (participants.length < 2 && !(c.visitTo && participants.length === 1)) {
      notes.push(`contact words without two known people: '${quote}'`);
      return;
    }
    // "pertemuan Menteri Luar Negeri Rusia Sergey Lavrov dan Menteri Luar Negeri AS Marco Rubio", with nobody known to have
    // held the American office: the known people left are all Russians, so no contact between the two sides.
    if (participants.length >= 2 && new Set(participants.map((p) => lex.actors.get(p)?.country)).size === 1 && unresolved.length > 0) {
      notes.push(`no event from '${quote}': the people known are all from one country (nobody in data/actors.yaml held '${unresolved.join("', '")}')`);
      return;
    }
    if (dated.date.confidence < 0.2) warnings.push({ kind: 'undated-contact', file: article.file, message: `'${quote}' could only be placed in ${dated.date.value} by guesswork (${dated.date.basis}); give the article a 'published:' date in front matter` });
    if (dated.date.alternatives.length > 0) warnings.push({ kind: 'ambiguous-year', file: article.file, message: `date of '${quote}' is uncertain: ${dated.date.basis}`, alternatives: dated.date.alternatives });
    // "akan berkunjung … pada akhir Agustus" in an article of 12 August: a month ahead in part is still ahead.
    const planned = c.planned || (dated.mention?.future === true && (article.articleDate.value === null || (dated.date.latest ?? dated.date.value) > article.articleDate.value));
    const segStart = k === 0 ? 0 : first.start;
    let segEnd = k + 1 < candidates.length ? sentences[candidates[k + 1]!.sentences[0]!]!.start : text.length;
    // "Ini bukan pertemuan pertama kedua menteri. Belousov pertama kali bertemu Dong … pada Oktober 2024. Kala itu …": a
    // recollection of an earlier contact has the topics of its own sentences (and of "Kala itu …" after them); the
    // paragraphs after it go on about the article's contact.
    const lead = events[0];
    if (lead && lead.status === 'occurred' && !planned && dated.date.latest < lead.date.earliest && !c.heading && RECALLS.test(text.slice(sentences[Math.max(0, c.sentences[0]! - 1)]!.start, last.end))) {
      let j = c.sentences.at(-1)! + 1;
      while (sentences[j] && sentences[j]!.start < segEnd && AT_THAT_TIME.test(text.slice(sentences[j]!.start, sentences[j]!.end))) j++;
      const ownTo = sentences[j]?.start ?? text.length;
      if (ownTo < segEnd) {
        giveTopics(lead, topicsIn(text, lex, sentences, ownTo, segEnd, background));
        segEnd = ownTo;
      }
    }
    const topicRanges = topicsIn(text, lex, sentences, segStart, segEnd, background);
    const topics = Object.keys(topicRanges);
    const countries = participants.map((p) => lex.actors.get(p)?.country ?? '');
    let loc = REMOTE.has(c.type) ? { place: null, range: null } : locateContact(text, lex, runsOf(c.sentences, sentences), placeHits, countries, c.heading ?? null, planned ? { avoid: new Set(events.flatMap((e) => (e.status !== 'planned' && e.location ? [e.location] : []))), background: [...backgroundRanges, ...events.flatMap((e) => (e.status !== 'planned' ? e.sources[0]!.evidence.type : []))] } : null, c.cue[0], backgroundRanges);
    // "Sehari sebelumnya, Rabu (12/7), Wang dan Lavrov duduk bersama …": a contact dated from another of the article, with
    // no place in its own words, was where that one was (not at a place of some visit told elsewhere in the article).
    // Dated by its own words too ("Sehari sebelumnya, Rabu (12/7)"), its day words still point at the contact just reported.
    const anchorEvent = dayAnchor.has(k) ? events[eventOf.get(dayAnchor.get(k)!) ?? -1] : c.dayRef ? events.at(-1) : undefined;
    const placedOwn = loc.range !== null && c.sentences.some((i) => loc.range![0] >= sentences[i]!.start && loc.range![1] <= sentences[i]!.end);
    if (!REMOTE.has(c.type) && !planned && !placedOwn && anchorEvent?.location && anchorEvent.status === 'occurred' && anchorEvent.participants.some((p) => participants.includes(p))) {
      loc = { place: anchorEvent.location, range: anchorEvent.sources[0]!.evidence.location[0] ?? null };
    }
    // A one-person visit counts only as a trip abroad: "Putin kembali ke Moskow" is no contact.
    const host = loc.place ? lex.places.get(loc.place)?.country : undefined;
    if (participants.length === 1 && (!host || host === countries[0])) {
      notes.push(`no event from '${quote}': a visit with no foreign destination and no counterpart named`);
      return;
    }
    const inSegment = mentions.filter((m) => m.start >= segStart && m.end <= segEnd).map((m) => m.actorId);
    const mentioned = [...new Set(inSegment)].filter((a) => !participants.includes(a));
    const summaryRange = r(first);
    const sameDayWords = c.sameDay ?? (c.dayRef?.days === 0 ? c.dayRef.words : null);
    let basis = sameDayWords && dated.from === 'preceding' ? `'${sameDayWords}' puts it on the ${c.sameDay ? 'day of the contact reported' : 'day named'} before it; ${dated.date.basis}` : dated.date.basis;
    if (c.pair) basis += `. People: ${pairBasis(c.pair, participants)}`;
    const evidence: Evidence = {
      date: dated.from === 'anchor' && c.dayRef ? [sentenceOf(c.dayRef.start), ...dateEvidence(datedAll[dayAnchor.get(k)!]!)] : dateEvidence(dated),
      participants: [...(c.pair ? [r(sentences[c.pair.from]!)] : []), ...c.sentences.map((i) => r(sentences[i]!))],
      type: [sentenceOf(c.cue[0])],
      location: loc.range ? [loc.range] : [],
      topics: topicRanges,
      summary: [summaryRange],
    };
    segments.push({ start: segStart, end: segEnd, ownEnd: last.end, event: events.length, ownStart: first.start, talkedAbout: TALKED_ABOUT.test(text.slice(first.start, c.cue[0])) });
    eventOf.set(k, events.length);
    if (c.placeRef) placeReferrals.push({ event: events.length, ref: c.placeRef, dayAnchor: dayAnchor.get(k) ?? null });
    events.push({
      date: { ...dated.date, basis },
      status: planned ? 'planned' : 'occurred',
      type: c.type,
      sidelines: c.sidelines !== null,
      gathering: c.sidelines?.gathering ?? null,
      participants,
      mentioned,
      location: loc.place,
      topics,
      title: eventTitle(lex, participants, c.type, planned),
      summary: summaryOf(text.slice(first.start, first.end)),
      sources: [{ articleId: article.id, evidence }],
    });
  });
  // Referrals name the candidate their day came from; the place comes from that candidate's event.
  applyPlaceReferences(events, placeReferrals.map((p) => ({ ...p, dayAnchor: p.dayAnchor === null ? null : (eventOf.get(p.dayAnchor) ?? null) })), {
    remote: (e) => REMOTE.has(e.type),
    placeName: (id) => lex.places.get(id)?.name ?? id,
  });
  shareLocations(events);
  const moved = reassignTopics(text, lex, sentences, mentions, events);
  // Sidelines of a gathering the words only point at ("on the margins of that meeting") and no contact named: no name to give.
  for (const e of events) if (e.gathering && isPointer(e.gathering)) e.gathering = null;
  addGatheringTopics(events, (g) => [...new Set(lex.topicMatcher.find(g).map((h) => h.value))]);
  for (const seg of segments) {
    const e = events[seg.event]!;
    const ranges = e.sources[0]!.evidence.topics;
    // Topics after the contact's own sentences but before the next contact: say why they are taken to be its.
    const outside = e.topics.filter((t) => ranges[t]!.some(([a]) => a >= seg.ownEnd && a < seg.end));
    if (candidates.length > 1 && outside.length) e.date.basis += `. ${topicJudgement(text, ranges, outside, TYPE_LABEL[e.type])}`;
    for (const mv of moved.filter((x) => x.to === seg.event)) e.date.basis += `. Topics ${mv.topics.join(', ')} come from '${clip(text.slice(mv.sentence[0], mv.sentence[1]), 90)}', which names this contact's people`;
  }
  shareTopicsOfBoth(text, lex, sentences, events, segments);
  // "Kedua kepala negara juga membahas … persiapan kunjungan Putin ke China …": a planned contact the contact before it
  // talked about; the topics of that sentence are the earlier contact's too.
  segments.forEach((seg, k) => {
    const e = events[seg.event]!;
    const prev = k > 0 ? events[segments[k - 1]!.event]! : undefined;
    if (!seg.talkedAbout || !prev || e.status !== 'planned' || prev.status !== 'occurred' || !e.participants.every((p) => prev.participants.includes(p))) return;
    giveTopics(prev, topicsIn(text, lex, sentences, seg.ownStart, seg.ownEnd, background));
  });
  return { events, notes, warnings };
}

/**
 * Words that recall a contact of another time: "pertama kali bertemu", "bukan pertemuan pertama", "terakhir bertemu",
 * "last met". Not "dua hari sebelumnya": that is a contact of the same story, told on.
 */
const RECALLS = /(?<![\p{L}])(?:pertama\s+kali|bukan\s+(?:pertemuan|kunjungan|kali)\s+pertama|terakhir\s+(?:kali|bertemu|berjumpa|berbicara)|pernah|first\s+met|last\s+(?:met|spoke)|not\s+the\s+first|had\s+(?:last\s+)?met)(?![\p{L}])/iu;

/** The spans of runs of consecutive sentences: [3, 4, 9] → [s3.start, s4.end], [s9.start, s9.end]. */
function runsOf(indexes: number[], sentences: Sentence[]): [number, number][] {
  const runs: [number, number][] = [];
  indexes.forEach((i, k) => {
    if (k > 0 && i === indexes[k - 1]! + 1) runs[runs.length - 1]![1] = sentences[i]!.end;
    else runs.push([sentences[i]!.start, sentences[i]!.end]);
  });
  return runs;
}
