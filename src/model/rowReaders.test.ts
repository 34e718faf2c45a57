import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { generateDataset } from '../../scripts/bench/synthetic';
import { timelineEventSchema } from './schema';
import { tabulate, untabulateAll } from './recordTable';
import { eventRows } from './rowReaders';

describe('eventRows', () => {
  it('has the field list the writers produce, from zod output (the compiler) and from the generator', () => {
    const compiled = makeDataset().events.map((e) => timelineEventSchema.parse(e));
    expect(tabulate(compiled)!.fields).toEqual(eventRows.fields);
    expect(tabulate(generateDataset({ events: 50 }).dataset.events)!.fields).toEqual(eventRows.fields);
  });

  it('reads the same records as reading field by field, bad rows included', () => {
    const table = tabulate(makeDataset().events.map((e) => timelineEventSchema.parse(e)))!;
    const rows = [...table.rows, ['short'], 7];
    const fast = untabulateAll({ fields: table.fields, rows }, [eventRows]);
    expect(fast).toEqual(untabulateAll({ fields: table.fields, rows }));
    expect(fast.slice(0, table.rows.length)).toEqual(makeDataset().events.map((e) => timelineEventSchema.parse(e)));
  });

  it('is used only for its exact field list', () => {
    const table = tabulate(makeDataset().events.map((e) => timelineEventSchema.parse(e)))!;
    const reordered = { fields: [...table.fields].reverse(), rows: table.rows.map((r) => [...(r as unknown[])].reverse()) };
    const read = untabulateAll(reordered, [eventRows]) as Array<Record<string, unknown>>;
    expect(Object.keys(read[0]!)[0]).toBe('corrections'); // field by field, in the table's own order
    expect(read).toEqual(untabulateAll(table));
  });
});
