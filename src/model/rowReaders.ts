import type { RowReader } from './recordTable';

/**
 * Events as datasetFile writes them (the schema's key order, which zod's output and the generator keep):
 * read with one literal per row. Any other field list is read field by field, with the same result.
 */
export const eventRows: RowReader = {
  fields: [
    'id', 'date.value', 'date.precision', 'date.earliest', 'date.latest', 'date.confidence', 'date.basis', 'date.alternatives',
    'status', 'type', 'sidelines', 'gathering', 'participants', 'mentioned', 'location', 'topics', 'title', 'summary', 'sources', 'corrections',
  ],
  read: (r) => ({
    id: r[0],
    date: { value: r[1], precision: r[2], earliest: r[3], latest: r[4], confidence: r[5], basis: r[6], alternatives: r[7] },
    status: r[8],
    type: r[9],
    sidelines: r[10],
    gathering: r[11],
    participants: r[12],
    mentioned: r[13],
    location: r[14],
    topics: r[15],
    title: r[16],
    summary: r[17],
    sources: r[18],
    corrections: r[19],
  }),
};
