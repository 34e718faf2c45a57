/** Zod schemas of the analyst-edited YAML files in data/ (not the dataset: that is src/model/schema.ts). */
import { z } from 'zod';

const isoLoose = z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)).pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date such as 2024-05-12'));
const labels = z.object({ id: z.string().min(1), en: z.string().min(1) });
const terms = z.array(z.union([z.string(), z.number()]).transform(String)).default([]);

export const roleKindSchema = z.object({
  id: z.string().min(1),
  country: z.string().optional(),
  /** Spokespeople and aides: they speak about contacts and never take part in one. */
  speaker: z.boolean().default(false),
  title: labels,
  terms: terms,
});

export const actorEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id must be kebab-case').optional(),
  name: z.string().min(1),
  country: z.string().min(2),
  aliases: terms,
  short: terms,
  /** `post`: the host country of a posting abroad (an ambassador's), as a country id. */
  roles: z.array(z.object({ role: z.string().min(1), start: isoLoose.nullish(), end: isoLoose.nullish(), post: z.string().min(2).optional() })).default([]),
});

export const actorsFileSchema = z.object({ roles: z.array(roleKindSchema).default([]), actors: z.array(actorEntrySchema) });

export const countriesFileSchema = z.object({
  countries: z.array(z.object({ id: z.string().min(2), labels, terms: terms, capital: z.string().optional() })),
});

export const placesFileSchema = z.object({
  places: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/, 'id must be kebab-case'), name: z.string().min(1), labels: labels.optional(), country: z.string(), aliases: terms, newsroom: z.boolean().optional() })),
});

export const topicsFileSchema = z.object({
  topics: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/, 'id must be kebab-case'), labels, terms: terms })),
  gatherings: terms,
});

export const outletsFileSchema = z.object({
  outlets: z.array(z.object({ name: z.string().min(1), match: terms, hosts: terms })).default([]),
});

const eventFields = z.object({
  date: isoLoose.optional(),
  type: z.enum(['phone_call', 'video_call', 'meeting', 'consultation', 'summit', 'visit']).optional(),
  status: z.enum(['occurred', 'planned']).optional(),
  participants: z.array(z.string()).min(1).optional(),
  mentioned: z.array(z.string()).optional(),
  location: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
  title: z.string().optional(),
  summary: z.string().optional(),
  sidelines: z.boolean().optional(),
  gathering: z.string().nullable().optional(),
});

export const correctionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set'), target: z.string().min(1), set: eventFields, reason: z.string().min(1) }),
  z.object({ action: z.literal('hide'), target: z.string().min(1), reason: z.string().min(1) }),
  z.object({ action: z.literal('merge'), target: z.string().min(1), into: z.string().min(1), reason: z.string().min(1) }),
  z.object({
    action: z.literal('add'),
    add: eventFields.extend({ date: isoLoose, type: eventFields.shape.type.unwrap(), participants: z.array(z.string()).min(1), article: z.string().min(1) }),
    reason: z.string().min(1),
  }),
]);

export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema).nullable().transform((v) => v ?? []) });

export type RoleKind = z.infer<typeof roleKindSchema>;
export type ActorEntry = z.infer<typeof actorEntrySchema> & { id: string };
export type CountryEntry = z.infer<typeof countriesFileSchema>['countries'][number];
export type PlaceEntry = z.infer<typeof placesFileSchema>['places'][number];
export type TopicEntry = z.infer<typeof topicsFileSchema>['topics'][number];
export type OutletEntry = z.infer<typeof outletsFileSchema>['outlets'][number];
export type Correction = z.infer<typeof correctionSchema>;
export type EventFields = z.infer<typeof eventFields>;
