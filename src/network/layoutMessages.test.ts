import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packJob, packReply, unpackJob, unpackReply, type LayoutJob } from './layoutMessages';

const size = { width: 900, height: 560 };

describe('layout messages', () => {
  it('pack a job into typed arrays and back, leaving out links to someone not in the graph', () => {
    const job: LayoutJob = {
      id: 4,
      graph: {
        nodes: [{ id: 'a', count: 3 }, { id: 'b', count: 1 }, { id: 'c', count: 2 }],
        edges: [{ source: 'a', target: 'b', weight: 2 }, { source: 'a', target: 'zz', weight: 9 }, { source: 'c', target: 'a', weight: 1 }],
      },
      previous: { b: { x: 10, y: 20 }, gone: { x: 1, y: 1 } },
      size,
    };
    const { request, transfer } = packJob(job);
    expect(request.ids).toEqual(['a', 'b', 'c']);
    expect([...request.ends]).toEqual([0, 1, 2, 0]);
    expect([...request.weights]).toEqual([2, 1]);
    expect(transfer).toHaveLength(4);
    expect(unpackJob(request)).toEqual({ ...job, graph: { ...job.graph, edges: [job.graph.edges[0], job.graph.edges[2]] }, previous: { b: { x: 10, y: 20 } } });
  });

  it('round-trip any graph whose links join its people, and any placement of them (generated)', () => {
    const anyJob = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }).chain((ids) =>
      fc.record({
        id: fc.nat(),
        graph: fc.record({
          nodes: fc.constant(ids.map((id, i) => ({ id, count: i + 1 }))),
          edges: fc.array(fc.record({ source: fc.constantFrom(...ids), target: fc.constantFrom(...ids), weight: fc.integer({ min: 1, max: 50 }) }), { maxLength: 10 }),
        }),
        previous: fc.dictionary(fc.constantFrom(...ids), fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.double({ noNaN: true, noDefaultInfinity: true }) })),
        size: fc.constant(size),
      }),
    );
    fc.assert(
      fc.property(anyJob, (job) => {
        const { request } = packJob(job);
        expect(unpackJob(structuredClone(request))).toEqual(job);
        const { reply } = packReply(job.id, request.ids, job.previous);
        expect(unpackReply(structuredClone(reply), request.ids)).toEqual(job.previous);
      }),
    );
  });
});
