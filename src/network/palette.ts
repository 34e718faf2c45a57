/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D1F'] as const;
/** The colour shared by every country beyond the palette (the legend groups them as "other"). */
export const OTHER_COLOR = '#8a8f98';

/**
 * Country code → colour for the countries with the most actors (ties by code), over the whole dataset so
 * a country keeps its colour whatever the filters hide. Countries beyond the palette share a grey; the
 * legend, the country code in the node and the accessible name still tell them apart.
 */
export function countryColors(actorCountries: Iterable<string>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const c of actorCountries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Map(ranked.map(([c], i) => [c, PALETTE[i] ?? OTHER_COLOR]));
}
