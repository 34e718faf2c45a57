/** Writes one synthetic article (3–5 KB) about some events, recording where each fact sits in its text. */
import type { Article, EventStatus, EventType, Evidence, Range } from '../../src/model/schema';
import type { Rng } from './prng';
import { FILLER, MONTHS, OUTLETS, PLACES, TOPICS, TYPE_WORDS } from './vocabulary';

/** The facts of one generated event, before it is written into articles. */
export interface EventCore {
  id: string;
  /** Epoch ms of the (latest) day. */
  t: number;
  precision: 'day' | 'month' | 'year';
  /** For vague day dates ("last week"): how many days earlier it may have been. */
  fuzzyDays: number;
  confidence: number;
  status: EventStatus;
  type: EventType;
  participants: string[];
  mentioned: string[];
  topics: string[];
  location: string | null;
  gathering: string | null;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function datePhrase(core: EventCore, lang: 'en' | 'id'): string {
  const d = new Date(core.t);
  const month = MONTHS[lang][d.getUTCMonth()]!;
  const year = d.getUTCFullYear();
  if (core.fuzzyDays) return lang === 'en' ? 'last week' : 'pekan lalu';
  if (core.precision === 'year') return lang === 'en' ? `in ${year}` : `pada tahun ${year}`;
  if (core.precision === 'month') return lang === 'en' ? `in ${month} ${year}` : `pada bulan ${month} ${year}`;
  return lang === 'en' ? `on ${d.getUTCDate()} ${month} ${year}` : `pada ${d.getUTCDate()} ${month} ${year}`;
}

/** Appends text and returns the [start, end) range it occupies. */
class TextBuilder {
  text = '';
  add(s: string): Range {
    const start = this.text.length;
    this.text += s;
    return [start, this.text.length];
  }
}

/** Returns the article record (without text), its text, and each event's evidence ranges into that text. */
export function writeArticle(rng: Rng, id: string, cores: EventCore[], names: Map<string, string>) {
  const lang: 'en' | 'id' = rng.chance(0.6) ? 'id' : 'en';
  const b = new TextBuilder();
  const evidence = new Map<string, Evidence>();
  const first = cores[0]!;
  const who0 = first.participants.map((p) => names.get(p) ?? p);
  const title = lang === 'en' ? `${who0.join(' and ')} hold ${TYPE_WORDS[first.type].en}` : `${who0.join(' dan ')} gelar ${TYPE_WORDS[first.type].id}`;
  b.add(`${title}\n\n`);
  const target = rng.int(3000, 5000);
  const filler = FILLER[lang];
  for (const core of cores) {
    const who = core.participants.map((p) => names.get(p) ?? p);
    const verb = lang === 'en' ? (core.status === 'planned' ? 'will hold' : 'held') : core.status === 'planned' ? 'akan mengadakan' : 'mengadakan';
    const sentenceStart = b.text.length;
    const whoRange = b.add(who.join(lang === 'en' ? ' and ' : ' dan '));
    b.add(` ${verb} `);
    const typeRange = b.add(TYPE_WORDS[core.type][lang]);
    b.add(' ');
    const dateRange = b.add(datePhrase(core, lang));
    const place = PLACES.find((p) => p[0] === core.location);
    let locationRange: Range | null = null;
    if (place) {
      b.add(lang === 'en' ? ' in ' : ' di ');
      locationRange = b.add(lang === 'en' ? place[1] : place[2]);
    }
    if (core.gathering) b.add(lang === 'en' ? `, on the sidelines of ${core.gathering}` : `, di sela-sela ${core.gathering}`);
    b.add('. ');
    const sentence: Range = [sentenceStart, b.text.length - 1];
    const topics: Record<string, Range[]> = {};
    for (const topic of core.topics) {
      const row = TOPICS.find((t) => t[0] === topic)!;
      const label = lang === 'en' ? row[1] : row[2];
      topics[topic] = [b.add(lang === 'en' ? `The talks also covered ${label} (${row[3][0]}).` : `Pembicaraan juga membahas ${label} (${row[3][0]}).`)];
      b.add(' ');
    }
    b.add(`${rng.pick(filler)} ${rng.pick(filler)}\n\n`);
    // Empty lists are left out (the schema defaults them), which keeps dataset.json small.
    const ev = { date: [dateRange], participants: [whoRange], type: [typeRange], summary: [sentence] } as Evidence;
    if (locationRange) ev.location = [locationRange];
    if (core.topics.length) ev.topics = topics;
    evidence.set(core.id, ev);
  }
  while (b.text.length < target) b.add(`${rng.pick(filler)} ${rng.pick(filler)} ${rng.pick(filler)}\n\n`);
  const text = b.text.trimEnd();
  // Planned contacts are announced before they happen; reports follow the others within days.
  const published = first.status === 'planned' ? iso(first.t - rng.int(1, 10) * DAY) : iso(Math.max(...cores.map((c) => c.t)) + rng.int(0, 2) * DAY);
  const article: Article = {
    id,
    file: `${id}.txt`,
    title,
    outlet: rng.pick(OUTLETS),
    url: `https://example.org/${id}`,
    published,
    publishedFrom: 'header',
    language: lang,
  };
  return { article, text, evidence };
}
