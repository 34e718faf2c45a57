import { z } from 'zod';

/** Schema version of dataset.json; bump on any incompatible change. */
export const DATASET_VERSION = 1;

export const EVENT_TYPES = ['phone_call', 'video_call', 'meeting', 'consultation', 'summit', 'visit'] as const;
export const EVENT_STATUSES = ['occurred', 'planned'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const PUBLISHED_FROM = ['front-matter', 'header', 'dateline', 'url', 'footer', 'none'] as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoAny = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Two labels for everything a user reads: Indonesian (`id`) and English (`en`). */
export const labelsSchema = z.object({ id: z.string().min(1), en: z.string().min(1) });

/** A half-open character range [start, end) into an article's `text`. */
export const rangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) or null when no date could be found. */
  published: z.string().regex(isoDay).nullable(),
  /** Where `published` was found. */
  publishedFrom: z.enum(PUBLISHED_FROM),
  language: z.string(),
  /** Article body with boilerplate removed. Absent when the text is served separately (`textUrl`). */
  text: z.string().optional(),
  /** Path of a JSON file `{ "text": "…" }` on the same site, relative to dataset.json (the loader makes it absolute), for datasets too large to inline the texts. */
  textUrl: z.string().optional(),
});

export const roleSchema = z.object({
  /** Role id from actors.yaml, e.g. `foreign_minister`. */
  role: z.string(),
  title: labelsSchema,
  /** ISO date or null (open-ended). */
  start: z.string().regex(isoAny).nullable(),
  end: z.string().regex(isoAny).nullable(),
});

export const actorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** ISO 3166 alpha-2 country code, e.g. `CN`, `RU`. */
  country: z.string(),
  roles: z.array(roleSchema),
});

export const topicSchema = z.object({
  id: z.string().min(1),
  labels: labelsSchema,
  /** Match terms in both languages (used by the app's search so "Ukraina" finds Ukraine). */
  terms: z.array(z.string()).default([]),
});

export const placeSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  labels: labelsSchema.optional(),
  country: z.string(),
});

export const countrySchema = z.object({ id: z.string().min(1), labels: labelsSchema });

export const evidenceSchema = z.object({
  date: z.array(rangeSchema).default([]),
  participants: z.array(rangeSchema).default([]),
  type: z.array(rangeSchema).default([]),
  location: z.array(rangeSchema).default([]),
  /** Topic id → ranges of the sentences that matched it. */
  topics: z.record(z.string(), z.array(rangeSchema)).default({}),
  summary: z.array(rangeSchema).default([]),
});

export const sourceSchema = z.object({
  articleId: z.string().min(1),
  /**
   * Absent only when the article's text is served separately (`textUrl`): the ranges then come with the
   * text, in the text file's `evidence` under this event's id, since they are read only together.
   */
  evidence: evidenceSchema.optional(),
});

/** A separately served article text (`textUrl`): the text, and the evidence ranges of its events by event id. */
export const articleTextFileSchema = z.object({
  text: z.string(),
  evidence: z.record(z.string(), z.unknown()).default({}),
});

export const eventDateSchema = z.object({
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
  value: z.string().regex(isoAny),
  precision: z.enum(DATE_PRECISIONS),
  /** Inclusive bounds of what the date could be, both `YYYY-MM-DD`. */
  earliest: z.string().regex(isoDay),
  latest: z.string().regex(isoDay),
  /** 0..1 */
  confidence: z.number().min(0).max(1),
  /** The words the date came from and the reasoning, in plain language. */
  basis: z.string(),
  /** Other dates that remained possible, most plausible first. */
  alternatives: z.array(z.string()).default([]),
});

export const timelineEventSchema = z.object({
  id: z.string().min(1),
  date: eventDateSchema,
  status: z.enum(EVENT_STATUSES),
  type: z.enum(EVENT_TYPES),
  /** True when held on the sidelines of a multilateral gathering. */
  sidelines: z.boolean().default(false),
  /** Name of that gathering, when known (e.g. "G20 Rio de Janeiro"). */
  gathering: z.string().nullable().default(null),
  participants: z.array(z.string()).min(1),
  mentioned: z.array(z.string()).default([]),
  location: z.string().nullable(),
  topics: z.array(z.string()),
  title: z.string(),
  summary: z.string(),
  sources: z.array(sourceSchema).min(1),
  /** Analyst corrections applied to this event, each with its reason. */
  corrections: z.array(z.object({ action: z.string(), reason: z.string() })).default([]),
});

/**
 * The network's first layout, computed by the compiler (see network/storedLayout): world positions of the
 * people, `[x, y]` by actor id, for the graph whose fingerprint is `key`. Optional: without it, or for any
 * other graph, the app lays the network out itself.
 */
export const networkLayoutSchema = z.object({
  key: z.string().min(1),
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
});

/**
 * A long record list may be written as a table (see recordTable and datasetFile): the field names once,
 * nested objects as `date.value`, then one array of values per record, in field order.
 */
export const recordTableSchema = z.object({ fields: z.array(z.string()), rows: z.array(z.unknown()) });
const recordList = z.union([z.array(z.unknown()), recordTableSchema]);

/** The top level, validated before events are validated one by one (so one bad event is skipped, not fatal). */
export const datasetShellSchema = z.object({
  version: z.number().int(),
  generatedAt: z.string(),
  /** True for generated benchmark data; the app labels it. */
  synthetic: z.boolean().default(false),
  articles: recordList,
  actors: recordList,
  topics: recordList,
  places: recordList,
  countries: recordList.default([]),
  events: recordList,
  /** Checked on its own: a broken layout is ignored with a notice, never fatal. */
  networkLayout: z.unknown().optional(),
});

export const datasetSchema = datasetShellSchema.extend({
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  topics: z.array(topicSchema),
  places: z.array(placeSchema),
  countries: z.array(countrySchema),
  events: z.array(timelineEventSchema),
  networkLayout: networkLayoutSchema.optional(),
});

export type Labels = z.infer<typeof labelsSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type NetworkLayout = z.infer<typeof networkLayoutSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
