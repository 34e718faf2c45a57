import { describe, expect, it } from 'vitest';
import { repoData } from './fixtures/repo';
import { buildLexicon } from './lexicon';

const lex = buildLexicon(repoData());
const topicsOf = (text: string) => [...new Set(lex.topicMatcher.find(text).map((h) => h.value))];

describe('topic matching', () => {
  it.each([
    ['meningkatkan pengaruh internasional BIRCS', ['brics']],
    ['Organisasi Kerja Sama Shanghai (SCO)', ['sco']],
    ['the disco was loud', []],
    ['krisis Ukraina', ['ukraine']],
    ['konflik Palestina-Israel', ['middle-east']],
    ['Prinsip Satu Tiongkok', ['taiwan']],
    ['Taiwan, Tibet, Xinjiang, dan Hong Kong', ['taiwan']],
    ['situasi di Semenanjung Korea', ['korean-peninsula']],
    ['militerisme Jepang', ['japan']],
    ['Perserikatan Bangsa-Bangsa (PBB)', ['united-nations']],
    ['un dan unilateral', []],
    ['G20, APEC', ['g20', 'apec']],
    ['kemenangan Perang Dunia II', ['wwii']],
    ['stabilitas strategis global', ['strategic-security']],
    ['kawasan Asia-Pasifik', ['asia-pacific']],
    ['dunia multipolar', ['multipolar']],
    ['Tahun Kebudayaan Tiongkok-Rusia', ['culture']],
    ['pandemi COVID-19', ['covid-19']],
  ])('%s → %j', (text, ids) => {
    expect(topicsOf(text)).toEqual(ids);
  });
});

describe('place matching', () => {
  it.each([
    ['di Moskow', 'moscow'],
    ['in Moscow', 'moscow'],
    ['di Rio de Janeiro, Brasil', 'rio-de-janeiro'],
    ['BEIJING –', 'beijing'],
  ])('%s → %s', (text, id) => {
    expect(lex.placeMatcher.find(text)[0]?.value).toBe(id);
  });
});
