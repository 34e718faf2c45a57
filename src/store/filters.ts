import type { EventStatus, EventType } from '../model/schema';

/** Everything the user can narrow the event set by; all of it lives in the URL. */
export interface Filters {
  topics: string[];
  /** "any": an event needs one of the chosen topics; "all": it needs every one. */
  topicMode: 'any' | 'all';
  participants: string[];
  /** "any": an event with one of the chosen people; "all": events they all took part in (an edge of the network). */
  participantMode: 'any' | 'all';
  countries: string[];
  types: EventType[];
  statuses: EventStatus[];
  /** Inclusive ISO day bounds, or null for open. */
  dateFrom: string | null;
  dateTo: string | null;
  query: string;
  /** Only the events supported by this article ("show all events from this article"), or null. */
  article: string | null;
}

/** The filters that let everything through. */
export function emptyFilters(): Filters {
  return {
    topics: [],
    topicMode: 'any',
    participants: [],
    participantMode: 'any',
    countries: [],
    types: [],
    statuses: [],
    dateFrom: null,
    dateTo: null,
    query: '',
    article: null,
  };
}

/** Returns `list` with `item` added, or removed when it is there already. */
export function toggleIn<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** True when no filter narrows the set. */
export function isEmptyFilters(f: Filters): boolean {
  return (
    f.topics.length === 0 &&
    f.participants.length === 0 &&
    f.countries.length === 0 &&
    f.types.length === 0 &&
    f.statuses.length === 0 &&
    f.dateFrom === null &&
    f.dateTo === null &&
    f.query.trim() === '' &&
    f.article === null
  );
}
