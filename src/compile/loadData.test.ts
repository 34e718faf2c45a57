import { describe, expect, it } from 'vitest';
import { DataFileError, loadData } from './loadData';
import { repoSources } from './fixtures/repo';

const withFile = (name: string, text: string) => ({ ...repoSources(), [name]: text });
function problem(name: string, text: string): DataFileError {
  try {
    loadData(withFile(name, text));
  } catch (e) {
    if (e instanceof DataFileError) return e;
    throw e;
  }
  throw new Error('expected a DataFileError');
}

describe('loadData', () => {
  it('loads the repository data with kebab-case actor ids', () => {
    const data = loadData(repoSources());
    expect(data.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['wang-yi', 'sergey-lavrov', 'vladimir-putin', 'xi-jinping', 'nikolai-patrushev', 'sergei-shoigu']));
    expect(data.topics.map((t) => t.id)).toEqual(['brics', 'sco', 'ukraine', 'middle-east', 'taiwan', 'korean-peninsula', 'japan', 'united-nations', 'g20', 'apec', 'wwii', 'trade-energy', 'strategic-security', 'defence', 'asia-pacific', 'multipolar', 'culture', 'covid-19', 'united-states']);
    expect(data.corrections).toEqual([]);
  });

  it('names file and line of a YAML syntax error', () => {
    const e = problem('topics.yaml', 'topics:\n  - id: brics\n    labels: { id: BRICS, en: BRICS\n    terms: [BRICS]\n');
    expect(e.file).toBe('data/topics.yaml');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/^data\/topics\.yaml:\d+: /);
  });

  it('names the line of a record that breaks the schema', () => {
    const e = problem('places.yaml', 'places:\n  - { id: moscow, name: Moscow, country: RU }\n  - { id: Bad Id, name: X, country: RU }\n');
    expect([e.file, e.line]).toEqual(['data/places.yaml', 3]);
    expect(e.problem).toMatch(/kebab-case/);
  });

  it('rejects an actor with a role that is not defined', () => {
    expect(problem('actors.yaml', 'roles: []\nactors:\n  - { name: A B, country: CN, roles: [{ role: emperor, start: 2000-01-01 }] }\n').problem).toMatch(/unknown role 'emperor'/);
  });

  it('rejects a correction without a reason', () => {
    expect(problem('corrections.yaml', 'corrections:\n  - action: hide\n    target: e-1\n').line).toBe(2);
  });
});
