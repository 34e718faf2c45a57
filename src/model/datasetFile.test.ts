import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { datasetText, TABLE_FROM } from './datasetFile';
import { DatasetError, parseDataset } from './parseDataset';
import { tabulate } from './recordTable';

/** A valid dataset with `n` events (copies of the test dataset's first event under new ids). */
function withEvents(n: number) {
  const ds = makeDataset();
  const first = ds.events[0]!;
  return { ...ds, events: Array.from({ length: n }, (_, i) => makeEvent(`e-${i}`, first.date.value, { participants: first.participants, sources: first.sources })) };
}

describe('datasetText', () => {
  it('writes short lists as objects and lists of TABLE_FROM records or more as tables', () => {
    const small = JSON.parse(datasetText(withEvents(TABLE_FROM - 1)));
    expect(Array.isArray(small.events)).toBe(true);
    const large = JSON.parse(datasetText(withEvents(TABLE_FROM)));
    expect(large.events.fields).toContain('date.value');
    expect(large.events.rows).toHaveLength(TABLE_FROM);
    expect(Array.isArray(large.actors)).toBe(true);
  });

  it('loads back into the very dataset it was written from', () => {
    const ds = withEvents(TABLE_FROM + 5);
    const { dataset, warnings } = parseDataset(datasetText(ds));
    expect(warnings).toEqual([]);
    expect(dataset).toEqual(parseDataset(JSON.stringify(ds)).dataset);
  });
});

describe('parseDataset with a table', () => {
  it('skips a row of the wrong length and an event that points at nothing, counting both, and keeps the rest', () => {
    const ds = makeDataset();
    const table = tabulate(ds.events)!;
    const unknownActor = [...(table.rows[1] as unknown[])];
    unknownActor[table.fields.indexOf('id')] = 'odd-one';
    unknownActor[table.fields.indexOf('participants')] = ['nobody'];
    const rows = [...table.rows, ['too', 'short'], unknownActor];
    const { dataset, warnings } = parseDataset({ ...ds, events: { fields: table.fields, rows } });
    expect(dataset.events.map((e) => e.id)).toEqual(ds.events.map((e) => e.id));
    expect(warnings).toEqual([
      { kind: 'event', index: ds.events.length, id: null, message: `row ${ds.events.length} has 2 values for ${table.fields.length} fields` },
      { kind: 'event', index: ds.events.length + 1, id: 'odd-one', message: 'unknown actor id nobody' },
    ]);
  });

  it('names the list when the table itself cannot be read', () => {
    const ds = makeDataset();
    expect(() => parseDataset({ ...ds, events: { fields: ['id', 'id'], rows: [] } })).toThrow(DatasetError);
    expect(() => parseDataset({ ...ds, events: { fields: ['id', 'id'], rows: [] } })).toThrow(/events table cannot be read: the field "id" is named twice/);
    expect(() => parseDataset({ ...ds, events: { fields: 'id', rows: [] } })).toThrow(/expected shape/);
  });
});
