/** Parse and validate the YAML files of data/ into CompileData; problems name the file, line and what is wrong. */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  actorsFileSchema,
  correctionsFileSchema,
  countriesFileSchema,
  outletsFileSchema,
  placesFileSchema,
  topicsFileSchema,
  type ActorEntry,
  type Correction,
  type CountryEntry,
  type OutletEntry,
  type PlaceEntry,
  type RoleKind,
  type TopicEntry,
} from './dataSchemas';
import { kebab } from './text';

/** Everything the compiler knows besides the articles. */
export interface CompileData {
  roles: RoleKind[];
  actors: ActorEntry[];
  countries: CountryEntry[];
  places: PlaceEntry[];
  topics: TopicEntry[];
  gatherings: string[];
  outlets: OutletEntry[];
  corrections: Correction[];
}

/** A data file that cannot be used: the compile stops and prints `file:line: problem`. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DataFileError';
  }
}

/** Parse one YAML text with a zod schema; throws DataFileError with the line of the offending node. */
export function parseYamlFile<S extends z.ZodType>(file: string, source: string, schema: S): z.output<S> {
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) throw new DataFileError(file, lc.linePos(err.pos[0]).line, err.message.split('\n')[0] ?? 'invalid YAML');
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  throw new DataFileError(file, lineOf(doc, issue.path, lc), `${issue.message}${where}`);
}

function lineOf(doc: ReturnType<typeof parseDocument>, path: PropertyKey[], lc: LineCounter): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const key of path) {
    if (isMap(node)) node = node.get(key as string, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else break;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) break;
    offset = range[0];
  }
  return lc.linePos(offset).line;
}

/** The YAML texts of data/, by file name; a missing optional file is undefined. */
export interface DataSources {
  'actors.yaml': string;
  'topics.yaml': string;
  'places.yaml': string;
  'countries.yaml'?: string;
  'outlets.yaml'?: string;
  'corrections.yaml'?: string;
}

/** Parse every data file and check cross-references (role ids, country codes, duplicate ids). */
export function loadData(src: DataSources, dir = 'data'): CompileData {
  const f = (name: string) => `${dir}/${name}`;
  const actorsFile = parseYamlFile(f('actors.yaml'), src['actors.yaml'], actorsFileSchema);
  const topicsFile = parseYamlFile(f('topics.yaml'), src['topics.yaml'], topicsFileSchema);
  const placesFile = parseYamlFile(f('places.yaml'), src['places.yaml'], placesFileSchema);
  const countries = src['countries.yaml'] ? parseYamlFile(f('countries.yaml'), src['countries.yaml'], countriesFileSchema).countries : [];
  const outlets = src['outlets.yaml'] ? parseYamlFile(f('outlets.yaml'), src['outlets.yaml'], outletsFileSchema).outlets : [];
  const corrections = src['corrections.yaml'] ? parseYamlFile(f('corrections.yaml'), src['corrections.yaml'], correctionsFileSchema).corrections : [];
  const roleIds = new Set(actorsFile.roles.map((r) => r.id));
  const actors = actorsFile.actors.map((a) => ({ ...a, id: a.id ?? kebab(a.name) }));
  const seen = new Set<string>();
  for (const a of actors) {
    if (seen.has(a.id)) throw new DataFileError(f('actors.yaml'), 1, `duplicate actor id '${a.id}'`);
    seen.add(a.id);
    for (const r of a.roles) if (!roleIds.has(r.role)) throw new DataFileError(f('actors.yaml'), 1, `actor '${a.name}' has unknown role '${r.role}' (add it under roles:)`);
    for (const r of a.roles) if (r.post && countries.length > 0 && !countries.some((c) => c.id === r.post)) throw new DataFileError(f('actors.yaml'), 1, `actor '${a.name}' has a post in unknown country '${r.post}' (add it to countries.yaml)`);
  }
  return { roles: actorsFile.roles, actors, countries, places: placesFile.places, topics: topicsFile.topics, gatherings: topicsFile.gatherings, outlets, corrections };
}
