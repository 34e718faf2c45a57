import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

const anniversarySchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]+$/, 'id must be lower-case letters, digits, - or _'),
  /** Year the commemorated thing happened: "80 tahun" after it is base + 80. */
  base: z.number().int().min(1000).max(2999),
  label: z.string().min(1).optional(),
  /** Words that name it, Indonesian and English, matched case-insensitively. */
  terms: z.array(z.string().min(2)).min(1),
  /** A one-off gathering held in `base` ("KTT BRICS di Kazan"): a text reporting it was written that year, no anniversary phrase needed. */
  held: z.boolean().optional(),
});

const fileSchema = z.object({ anniversaries: z.array(anniversarySchema) });

/** Something commemorated by its anniversaries, from data/anniversaries.yaml. */
export type Anniversary = z.infer<typeof anniversarySchema>;

/** Parse and validate data/anniversaries.yaml; throws an Error naming the file, line and problem. */
export function parseAnniversaries(yamlText: string, fileName: string): Anniversary[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new Error(`${fileName}:${line}: ${first.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (typeof data !== 'object' || data === null || !('anniversaries' in data)) {
    throw new Error(`${fileName}:1: expected a top-level 'anniversaries:' list`);
  }
  const result = fileSchema.safeParse(data);
  if (result.success) {
    const seen = new Set<string>();
    for (const a of result.data.anniversaries) {
      if (seen.has(a.id)) throw new Error(`${fileName}:${lineOfPath(doc, ['anniversaries'], lineCounter)}: duplicate anniversary id '${a.id}'`);
      seen.add(a.id);
    }
    return result.data.anniversaries;
  }
  const issue = result.error.issues[0]!;
  const line = lineOfPath(doc, issue.path, lineCounter);
  const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new Error(`${fileName}:${line}: ${issue.message}${where}`);
}

/** Line of the deepest YAML node along `path` that exists (1 when none does). */
function lineOfPath(doc: ReturnType<typeof parseDocument>, path: PropertyKey[], lc: LineCounter): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const key of path) {
    if (isMap(node)) node = node.get(key as string, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else break;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) offset = range[0];
    else break;
  }
  return lc.linePos(offset).line;
}
