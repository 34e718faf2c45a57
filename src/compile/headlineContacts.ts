/**
 * A headline summarises its article: a contact in the headline is the body's contact when the body
 * reports one with the same people (or a subset or superset of them), and only otherwise an event.
 */

/** The people of a contact as found in the text: named actors, and unnamed titles by country. */
export interface ContactPeople {
  actors: string[];
  refs: Array<{ country: string | null }>;
}

/**
 * True when `body` can be the contact that `headline` summarises: the named people of one are all
 * among the other's, and every unnamed title of the headline ("Menlu China") has its country among
 * the body contact's people.
 */
export function reportsHeadline(headline: ContactPeople, body: ContactPeople, countryOf: (actorId: string) => string | undefined): boolean {
  const h = new Set(headline.actors);
  const b = new Set(body.actors);
  const nested = [...h].every((a) => b.has(a)) || [...b].every((a) => h.has(a));
  if (!nested) return false;
  const countries = new Set<string | null | undefined>([...body.actors.map(countryOf), ...body.refs.map((r) => r.country)]);
  if (!headline.refs.every((r) => countries.has(r.country))) return false;
  // Someone in common: a shared name, or a headline title of a country the body's people come from.
  return [...h].some((a) => b.has(a)) || headline.refs.length > 0 || [...h].some((a) => body.refs.some((r) => r.country === countryOf(a)));
}
