import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES } from '../model/schema';
import { emptyFilters, type Filters } from '../store/filters';
import type { ColorBy, LaneBy, TimeWindow } from '../store/store';

/** A named snapshot of the explorer's view: what to filter, where to look, what is selected, how it is drawn. */
export interface SavedView {
  id: string;
  name: string;
  filters: Filters;
  window: TimeWindow | null;
  selectedEventId: string | null;
  laneBy: LaneBy;
  colorBy: ColorBy;
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2024-11-18');
const filtersSchema = z.object({
  topics: z.array(z.string()).default([]),
  topicMode: z.enum(['any', 'all']).default('any'),
  participants: z.array(z.string()).default([]),
  participantMode: z.enum(['any', 'all']).default('any'),
  countries: z.array(z.string()).default([]),
  types: z.array(z.enum(EVENT_TYPES)).default([]),
  statuses: z.array(z.enum(EVENT_STATUSES)).default([]),
  dateFrom: isoDay.nullable().default(null),
  dateTo: isoDay.nullable().default(null),
  query: z.string().default(''),
  article: z.string().nullable().default(null),
});

/** One saved view as stored and exchanged; unknown filter fields are dropped, missing ones get defaults. */
export const savedViewSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'a view needs a name'),
  filters: filtersSchema,
  window: z.object({ start: z.number().finite(), end: z.number().finite() }).refine((w) => w.end > w.start, 'window end must be after its start').nullable().default(null),
  selectedEventId: z.string().nullable().default(null),
  laneBy: z.enum(['none', 'type', 'participant', 'topic']).default('none'),
  colorBy: z.enum(['pairing', 'topic']).default('pairing'),
});

/** The file format of exported saved views. */
export const savedViewsFileSchema = z.object({
  kind: z.literal('contact-timeline-saved-views', { error: 'this is not a saved-views file (its "kind" is missing or different)' }),
  version: z.literal(1, { error: 'unsupported saved-views file version (expected 1)' }),
  views: z.array(savedViewSchema),
});

/** Serialises saved views to the exchange file's JSON text. */
export function savedViewsToFile(views: readonly SavedView[]): string {
  return JSON.stringify({ kind: 'contact-timeline-saved-views', version: 1, views }, null, 2);
}

/** Parses an exchange file: the views, or a message naming the problem (where in the file and what is wrong). */
export function parseSavedViewsFile(text: string): { views: SavedView[] } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `the file is not valid JSON (${(e as Error).message})` };
  }
  const r = savedViewsFileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'file';
    return { error: `${where}: ${issue.message}` };
  }
  return { views: r.data.views.map((v) => ({ ...v, filters: { ...emptyFilters(), ...v.filters } })) };
}
