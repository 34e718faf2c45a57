import { describe, expect, it } from 'vitest';
import { findActorMentions } from './findActors';
import { repoData } from './fixtures/repo';
import { buildLexicon } from './lexicon';
import { participantsIn } from './pickParticipants';

const lex = buildLexicon(repoData());
const pick = (s: string) => participantsIn(s, 0, s.length, findActorMentions(s, lex), lex).sort();

describe('participants of a contact sentence', () => {
  it.each([
    ['Wang Yi, yang juga anggota Politbiro, bertemu Lavrov di sela KTT BRICS yang juga dihadiri Presiden Putin dan Xi Jinping', ['sergey-lavrov', 'wang-yi']],
    ['Wang Yi met Lavrov on the sidelines of the summit, which was also attended by Xi Jinping and Vladimir Putin', ['sergey-lavrov', 'wang-yi']],
    ['Putin akan bertemu Xi Jinping di Tianjin, kata Yuri Ushakov', ['vladimir-putin', 'xi-jinping']],
    ['Kremlin spokesman Dmitry Peskov said Putin would meet Xi Jinping', ['vladimir-putin', 'xi-jinping']],
    ['Peskov mengatakan Putin akan bertemu Xi Jinping', ['vladimir-putin', 'xi-jinping']],
    ['Utusan Khusus China untuk Urusan Eurasia Li Hui bertemu Mikhail Galuzin', ['li-hui', 'mikhail-galuzin']],
    ['Utusan khusus Presiden Xi Jinping, Li Hui, bertemu Galuzin', ['li-hui', 'mikhail-galuzin']],
    ['Lavrov menyampaikan salam dari Presiden Putin kepada Xi Jinping', ['sergey-lavrov', 'xi-jinping']],
    ['Xi Jinping met Putin and Mishustin in Moscow', ['mikhail-mishustin', 'vladimir-putin', 'xi-jinping']],
    // A possessor is talked about, not met.
    ["Putin met Wang Yi at the Kremlin, as the two countries prepare for Xi Jinping's expected visit", ['vladimir-putin', 'wang-yi']],
    ['Putin met Wang Yi to discuss Xi Jinping’s visit', ['vladimir-putin', 'wang-yi']],
    // The visitor of a visit talked about is not met; the subject who goes on to speak is no reported speaker.
    ['Putin pada Rabu menerima Direktur Kantor Komisi Urusan Luar Negeri Wang Yi di Kremlin dan mengatakan pihaknya menantikan kunjungan Presiden China Xi Jinping ke Rusia', ['vladimir-putin', 'wang-yi']],
    ['Putin received Wang Yi in the Kremlin and looked forward to a visit by Chinese President Xi Jinping', ['vladimir-putin', 'wang-yi']],
  ])('%s', (s, expected) => {
    expect(pick(s)).toEqual(expected);
  });

  it.each([
    ['"We are waiting for our friend, President Xi Jinping, in Kazan," Putin said at the start of the meeting with Wang Yi', 'meeting', ['vladimir-putin', 'wang-yi']],
    ['“Kami menanti Presiden Xi Jinping di Kazan,” kata Putin saat bertemu Wang Yi', 'bertemu', ['vladimir-putin', 'wang-yi']],
    // The contact words inside the quotation: who is named there takes part.
    ['Putin in Beijing: "I met President Xi Jinping and Wang Yi"', 'met', ['vladimir-putin', 'wang-yi', 'xi-jinping']],
  ])('leaves out who is named only inside a quotation the contact words are outside of: %s', (s, cue, expected) => {
    expect(participantsIn(s, 0, s.length, findActorMentions(s, lex), lex, s.indexOf(cue)).sort()).toEqual(expected);
  });

  it('never leaves fewer than two people when the sentence names two or more', () => {
    expect(pick('Xi Jinping said Putin and Wang Yi met')).toHaveLength(3);
  });
});
