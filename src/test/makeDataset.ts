import { DATASET_VERSION, type Article, type Dataset, type EventType, type TimelineEvent } from '../model/schema';

const labels = (en: string, id = en) => ({ en, id });

/** One test article whose text mentions `words`; evidence ranges point into it. */
function article(id: string, title: string, published: string, text: string): Article {
  return { id, file: `${id}.txt`, title, outlet: 'Test Wire', url: `https://example.org/${id}`, published, publishedFrom: 'header', language: 'id', text };
}

interface EventSpec {
  id: string;
  date: string;
  type: EventType;
  participants: string[];
  topics?: string[];
  location?: string | null;
  article: string;
  status?: 'occurred' | 'planned';
  mentioned?: string[];
  earliest?: string;
  latest?: string;
}

function event(spec: EventSpec, title: string): TimelineEvent {
  return {
    id: spec.id,
    date: {
      value: spec.date,
      precision: 'day',
      earliest: spec.earliest ?? spec.date,
      latest: spec.latest ?? spec.date,
      confidence: 0.9,
      basis: `'${spec.date}' stated in the text`,
      alternatives: [],
    },
    status: spec.status ?? 'occurred',
    type: spec.type,
    sidelines: false,
    gathering: null,
    participants: spec.participants,
    mentioned: spec.mentioned ?? [],
    location: spec.location ?? null,
    topics: spec.topics ?? [],
    title,
    summary: `${title} summary.`,
    sources: [{ articleId: spec.article, evidence: { date: [[0, 10]], participants: [[0, 20]], type: [[0, 20]], location: [], topics: {}, summary: [[0, 20]] } }],
    corrections: [],
  };
}

/** A small dataset shaped like the seed corpus (7 events, 6 participants), for component and selector tests. */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  const text = (s: string) => `${s} Kedua pihak membahas BRICS dan krisis Ukraina di Moskow. <b>inert</b>`;
  const base: Dataset = {
    version: DATASET_VERSION,
    generatedAt: '2026-11-22T00:00:00Z',
    synthetic: false,
    articles: [
      article('a0', 'Wang Yi Adakan Pembicaraan Telepon dengan Menlu Rusia', '2024-01-11', text('Wang Yi menelepon Sergey Lavrov.')),
      article('a1', 'Kunjungan Wang Yi ke Moskow', '2023-02-23', text('Wang Yi bertemu Putin dan Lavrov.')),
      article('a2', 'Menlu Tiongkok dan Rusia Bahas Hubungan Bilateral di Rio de Janeiro', '2024-11-20', text('Wang Yi bertemu Lavrov di Rio.')),
      article('a3', 'Konsultasi keamanan strategis putaran ke-20', '2025-12-03', text('Wang Yi dan Shoigu.')),
      article('a4', 'Xi Jinping Dan Putin Gelar Dialog', '2025-01-22', text('Xi dan Putin via video.')),
    ],
    actors: [
      { id: 'wang-yi', name: 'Wang Yi', country: 'CN', roles: [{ role: 'foreign_minister', title: labels('Foreign Minister', 'Menteri Luar Negeri'), start: '2022-12-30', end: null }] },
      { id: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RU', roles: [{ role: 'foreign_minister', title: labels('Foreign Minister', 'Menteri Luar Negeri'), start: '2004-03-09', end: null }] },
      { id: 'vladimir-putin', name: 'Vladimir Putin', country: 'RU', roles: [] },
      { id: 'xi-jinping', name: 'Xi Jinping', country: 'CN', roles: [] },
      { id: 'nikolai-patrushev', name: 'Nikolai Patrushev', country: 'RU', roles: [] },
      { id: 'sergei-shoigu', name: 'Sergei Shoigu', country: 'RU', roles: [] },
    ],
    topics: [
      { id: 'brics', labels: labels('BRICS'), terms: ['BRICS'] },
      { id: 'ukraine', labels: labels('Ukraine', 'Ukraina'), terms: ['Ukraine', 'Ukraina'] },
      { id: 'taiwan', labels: labels('Taiwan and One-China', 'Taiwan dan Satu Tiongkok'), terms: ['Taiwan'] },
      { id: 'sco', labels: labels('SCO', 'SCO'), terms: ['SCO', 'Shanghai Cooperation Organization'] },
    ],
    places: [
      { id: 'moscow', name: 'Moscow', labels: labels('Moscow', 'Moskow'), country: 'RU' },
      { id: 'rio-de-janeiro', name: 'Rio de Janeiro', country: 'BR' },
    ],
    countries: [
      { id: 'CN', labels: labels('China', 'Tiongkok') },
      { id: 'RU', labels: labels('Russia', 'Rusia') },
    ],
    events: [
      event({ id: 'e-2024-01-11-call', date: '2024-01-11', type: 'phone_call', participants: ['wang-yi', 'sergey-lavrov'], topics: ['brics'], article: 'a0', mentioned: ['xi-jinping', 'vladimir-putin'] }, 'Wang Yi – Lavrov phone call'),
      event({ id: 'e-2023-02-22-putin', date: '2023-02-22', type: 'meeting', participants: ['wang-yi', 'vladimir-putin'], location: 'moscow', article: 'a1' }, 'Wang Yi – Putin meeting'),
      event({ id: 'e-2023-02-22-lavrov', date: '2023-02-22', type: 'meeting', participants: ['wang-yi', 'sergey-lavrov'], location: 'moscow', article: 'a1' }, 'Wang Yi – Lavrov meeting'),
      event({ id: 'e-2023-02-21-consult', date: '2023-02-21', type: 'consultation', participants: ['wang-yi', 'nikolai-patrushev'], location: 'moscow', article: 'a1' }, 'Wang Yi – Patrushev strategic security consultation'),
      event({ id: 'e-2024-11-18-rio', date: '2024-11-18', type: 'meeting', participants: ['wang-yi', 'sergey-lavrov'], topics: ['brics', 'sco', 'ukraine'], location: 'rio-de-janeiro', article: 'a2' }, 'Wang Yi – Lavrov meeting in Rio de Janeiro'),
      event({ id: 'e-2025-12-02-consult', date: '2025-12-02', type: 'consultation', participants: ['wang-yi', 'sergei-shoigu'], topics: ['ukraine', 'taiwan'], location: 'moscow', article: 'a3' }, 'Wang Yi – Shoigu strategic security consultation'),
      event({ id: 'e-2025-01-21-video', date: '2025-01-21', type: 'video_call', participants: ['xi-jinping', 'vladimir-putin'], topics: ['brics', 'sco', 'taiwan'], article: 'a4' }, 'Xi Jinping – Putin video call'),
    ],
  };
  return { ...base, ...overrides };
}

/** A test event with sensible defaults, for generated-input tests. */
export function makeEvent(id: string, date: string, patch: Partial<TimelineEvent> = {}): TimelineEvent {
  return { ...event({ id, date, type: 'meeting', participants: ['wang-yi', 'sergey-lavrov'], article: 'a0' }, `Event ${id}`), ...patch };
}
