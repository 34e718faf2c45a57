import { describe, expect, it } from 'vitest';
import { findActorMentions, findTitles, holderOn } from './findActors';
import { repoData } from './fixtures/repo';
import { buildLexicon } from './lexicon';

const lex = buildLexicon(repoData());
const actorsIn = (text: string) => findActorMentions(text, lex).map((m) => m.actorId);
const titlesIn = (text: string) => {
  const mentions = findActorMentions(text, lex);
  return findTitles(text, lex, mentions, () => [0, text.length]);
};

describe('actor names and aliases', () => {
  it.each([
    ['Menteri Luar Negeri Rusia Sergey Lavrov', ['sergey-lavrov']],
    ['Menlu Rusia Sergei Lavrov', ['sergey-lavrov']],
    ['Presiden Xi Jinpin menerima', ['xi-jinping']],
    ['Sergei Shoygu, Secretary of the Security Council', ['sergei-shoigu']],
    ['Shoigu mengatakan', ['sergei-shoigu']],
    ['Dmitri Medvedev dan Mikhail Mishustin', ['dmitry-medvedev', 'mikhail-mishustin']],
    ['WANG YI BERTEMU LAVROV', ['wang-yi', 'sergey-lavrov']],
    ['Wang said the two sides agreed.', []],
    ['Wang Yi arrived. Wang said the two sides agreed.', ['wang-yi', 'wang-yi']],
    ['Xi Jinping met Putin. Xi said', ['xi-jinping', 'vladimir-putin', 'xi-jinping']],
    ['Li Qiang bertemu Mishustin. Li mengatakan', ['li-qiang', 'mikhail-mishustin', 'li-qiang']],
    // A surname going on with another given name is someone else: Li Xiaoming, diplomat Wang Xiaolong.
    ['Li Qiang met Mishustin. Beijing sent Li Xiaoming, a vice chairman, who met Putin.', ['li-qiang', 'mikhail-mishustin', 'vladimir-putin']],
    ['Wang Yi tiba. Diplomat Wang Xiaolong mengatakan Wang akan bertemu Lavrov.', ['wang-yi', 'wang-yi', 'sergey-lavrov']],
    ['Xi Jinping tiba. Xi Kamis (5/9) bertemu Putin.', ['xi-jinping', 'xi-jinping', 'vladimir-putin']],
    ['KTT BRICS XI digelar', []],
    // A title or country only one owner of a short name fits names the person, here and after.
    ['Presiden Xi dan Presiden Putin berbicara. Xi mengatakan', ['xi-jinping', 'vladimir-putin', 'xi-jinping']],
    ['Chinese President Xi met Putin', ['xi-jinping', 'vladimir-putin']],
    ["China's Xi, Russia's Putin hold talks", ['xi-jinping', 'vladimir-putin']],
    ['Menlu Wang bertemu Lavrov', ['wang-yi', 'sergey-lavrov']],
    ['Perdana Menteri Li bertemu Mishustin', ['mikhail-mishustin']], // Li Keqiang and Li Qiang were both premiers
    ['Presiden Wang mengatakan', []],
    ["Xi Jinping tiba di Xi'an. Xi's envoy", ['xi-jinping', 'xi-jinping']],
    ["Putin terbang ke Xi'an, China", ['vladimir-putin']],
  ])('%s → %j', (text, ids) => {
    expect(actorsIn(text)).toEqual(ids);
  });
});

it('keeps offsets right when lower-casing would change the length ("İ")', () => {
  const text = 'İSTANBUL – Menlu Rusia Sergey Lavrov bertemu Wang Yi';
  expect(findActorMentions(text, lex).map((m) => text.slice(m.start, m.end))).toEqual(['Sergey Lavrov', 'Wang Yi']);
  expect(titlesIn(text).map((t) => text.slice(t.start, t.end))).toEqual(['Menlu Rusia']);
});

describe('role titles', () => {
  it.each([
    ['Menlu Rusia bertemu', 'foreign_minister', 'RU', null],
    ['the Russian Foreign Minister said', 'foreign_minister', 'RU', null],
    ['Foreign Minister of China said', 'foreign_minister', 'CN', null],
    ['Menteri Luar Negeri Tiongkok Wang Yi', 'foreign_minister', 'CN', 'wang-yi'],
    ['Nikolai Patrushev, Sekretaris Dewan Keamanan Federasi Rusia', 'security_council_secretary', 'RU', 'nikolai-patrushev'],
    ['Presiden China Xi Jinping', 'president', 'CN', 'xi-jinping'],
    ['Kepala Kremlin menggelar panggilan video', 'president', 'RU', null],
    ['Presiden Negeri Tirai Bambu dijadwalkan bertemu', 'president', 'CN', null],
  ])('%s → %s of %s, attached to %s', (text, role, country, attached) => {
    const [t] = titlesIn(text);
    expect([t?.roleId, t?.country, t?.attachedTo]).toEqual([role, country, attached]);
  });

  it.each([
    ['kata Menteri Luar Negeri Brasil Mauro Vieira kepada wartawan', 'Mauro Vieira'],
    ['Duta Besar Tiongkok untuk Brasil Zhu Qingqiao mengatakan', 'Zhu Qingqiao'],
    ['said Brazilian Foreign Minister Mauro Vieira', 'Mauro Vieira'],
  ])('flags the titled person in %j who is not in actors.yaml', (text, name) => {
    expect(titlesIn(text).find((t) => t.unknownName)?.unknownName).toBe(name);
  });

  it('does not flag a title-case headline running into a known name ("Ketua Duma Rusia Temui Xi Jinping")', () => {
    expect(titlesIn('Ketua Duma Rusia Temui Xi Jinping di Beijing').find((t) => t.roleId === 'duma_speaker')).toMatchObject({ unknownName: null });
  });

  it('does not flag a known ambassador', () => {
    expect(titlesIn('Duta Besar Tiongkok untuk Rusia Zhang Hanhui mengatakan')[0]).toMatchObject({ attachedTo: 'zhang-hanhui', unknownName: null });
  });

  it.each([
    ['foreign_minister', 'RU', '2024-01-11', 'sergey-lavrov'],
    ['foreign_minister', 'CN', '2022-06-01', 'wang-yi'],
    ['foreign_minister', 'CN', '2023-03-01', 'qin-gang'],
    ['foreign_minister', 'CN', '2023-08-01', 'wang-yi'],
    ['security_council_secretary', 'RU', '2024-05-11', 'nikolai-patrushev'],
    ['security_council_secretary', 'RU', '2024-05-12', 'sergei-shoigu'],
    ['defence_minister', 'RU', '2024-06-01', 'andrei-belousov'],
    ['defence_minister', 'RU', '2020-06-01', 'sergei-shoigu'],
    ['president', 'RU', '2010-01-01', 'dmitry-medvedev'],
    ['president', 'CN', '2012-01-01', 'hu-jintao'],
    ['premier', 'CN', '2024-01-01', 'li-qiang'],
    ['premier', 'RU', '2024-01-01', 'mikhail-mishustin'],
    ['ambassador', 'CN', '2023-02-23', 'zhang-hanhui'],
  ])('%s of %s on %s is %s', (role, country, day, who) => {
    expect(holderOn(lex, role, country, day)).toBe(who);
  });
});

describe('ambassadors: the post (host country) must match both countries', () => {
  it.each([
    ['Dubes China untuk Rusia Zhang Hanhui mengatakan', 'CN', 'RU', 'zhang-hanhui'],
    ['Duta Besar Rusia untuk Tiongkok bertemu', 'RU', 'CN', null],
    ['the Chinese Ambassador to Russia said', 'CN', 'RU', null],
    ['Russian Ambassador to the US Anatoly Antonov said', 'RU', 'US', 'anatoly-antonov'],
    ['Duta Besar Rusia Igor Morgulov', 'RU', null, 'igor-morgulov'],
  ])('%s → ambassador of %s posted to %s, attached to %s', (text, country, post, attached) => {
    const t = titlesIn(text).find((x) => x.roleId === 'ambassador');
    expect([t?.country, t?.post, t?.attachedTo]).toEqual([country, post, attached]);
  });

  it('does not attach "Dubes China untuk Rusia" to the Chinese ambassador posted to the US', () => {
    expect(titlesIn('Dubes China untuk Rusia dan Xie Feng hadir')[0]).toMatchObject({ post: 'RU', attachedTo: null });
  });

  it.each([
    ['RU', 'CN', '2024-03-01', 'igor-morgulov'],
    ['RU', 'CN', '2020-03-01', 'andrey-denisov'],
    ['RU', 'US', '2020-03-01', 'anatoly-antonov'],
    ['CN', 'RU', '2024-03-01', 'zhang-hanhui'],
    ['CN', 'US', '2024-03-01', 'xie-feng'],
    ['CN', 'RU', '2015-03-01', 'li-hui'],
    ['RU', null, '2020-03-01', null],
    ['CN', 'US', '2020-03-01', null],
  ])('ambassador of %s to %s on %s is %s', (country, post, day, who) => {
    expect(holderOn(lex, 'ambassador', country, day, post)).toBe(who);
  });
});
