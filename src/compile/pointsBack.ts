/** Sentences that speak of a contact already reported, and words that date something other than the contact at hand. */

/**
 * A sentence that opens on a contact already reported: "Dalam pertemuan itu, …", "Pertemuan tersebut …", "During the talks, …",
 * "Dalam pertemuan dengan Putin, …".
 */
const POINTS_BACK = /^[\s\u00a0"“]*(?:(?:dalam|pada|selama|di|during|in|at)[\s\u00a0]+)?(?:(?:pertemuan|pembicaraan|konsultasi|percakapan|perbincangan)[\s\u00a0]+(?:(?:bilateral|resmi|tertutup|informal|formal|tatap[\s\u00a0]+muka|empat[\s\u00a0]+mata|kedua[\s\u00a0]+(?:menteri|pemimpin|pihak))[\s\u00a0]+)?(?:tersebut|itu|ini)|the[\s\u00a0]+(?:(?:bilateral|formal|informal|closed-door|face-to-face|one-on-one)[\s\u00a0]+)?(?:meeting|talks|call|conversation|consultations?))(?![\p{L}])/iu;
/** "Dalam pertemuan dengan Putin, …", "During his talks with Lavrov, …": the words before the name (the name is checked apart: /i would let \p{Lu} match any letter). */
const POINTS_BACK_WITH = /^[\s\u00a0"“]*(?:dalam|pada|selama|during|in|at)[\s\u00a0]+(?:(?:pertemuan|pembicaraan|percakapan|perbincangan)[\s\u00a0]+(?:dengan|bersama)|(?:the|their|his|her)[\s\u00a0]+(?:meeting|talks)[\s\u00a0]+with)[\s\u00a0]+/iu;
const NAME_THEN_COMMA = /^\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}[\s\u00a0]*,/u;

/**
 * "Usai perundingan tersebut, Lavrov mengatakan …", "After the talks, …": a time clause of a contact already reported. It
 * points back only when the sentence goes on with no contact of its own ("After the meeting, Wang Yi was received by …" has one).
 */
export const AFTER_THAT_CONTACT = /^[\s\u00a0"“]*(?:usai|seusai|setelah|sesudah|after|following)[\s\u00a0]+(?:(?:pertemuan|pembicaraan|perundingan|konsultasi)[\s\u00a0]+(?:tersebut|itu|ini)|the[\s\u00a0]+(?:meeting|talks|call|consultations?)|(?:(?:pertemuan|pembicaraan|perundingan|konsultasi)[\s\u00a0]+dengan|(?:(?:the|his|her|their)[\s\u00a0]+)?(?:meeting|talks|call|consultations?)[\s\u00a0]+with)[\s\u00a0]+[^,;.]{2,60},)(?![\p{L}])/iu;

/** Whether `sentence` opens on a contact already reported. */
export function pointsBack(sentence: string): boolean {
  if (POINTS_BACK.test(sentence)) return true;
  const m = POINTS_BACK_WITH.exec(sentence);
  return m !== null && NAME_THEN_COMMA.test(sentence.slice(m[0].length));
}

/** A contact said to come before the one reported: "sebelumnya", "sempat", "previously". */
export const EARLIER = /(?<![\p{L}])(?:sebelumnya|sebelum\s+(?:itu|ini)|pernah|sempat|earlier|previously)(?![\p{L}])/iu;

/** Words that say what a contact was about: a date after them is of the subject, not of the contact. */
export const TALKED_ABOUT = /(?<![\p{L}])(?:membahas|membicarakan|bahas|berdiskusi|discuss(?:ed|es)?|talked\s+about)(?![\p{L}])/iu;
