/**
 * A 128-bit summary of a set of skill ids (bit = id mod 128), stored per candidate so the ranker can
 * tell, without reading the candidate's skills, that a candidate has nothing at all a requirement
 * group could use: if the candidate's signature and the group's share no bit, the group's credit is
 * exactly 0. Shared bits prove nothing (ids collide modulo 128); they only allow a score bound.
 */
export const SIGNATURE_WORDS = 4;

/** Sets the bit of `skillId` in the signature stored at words[at .. at + SIGNATURE_WORDS). */
export function addToSignature(words: Int32Array, at: number, skillId: number): void {
  const bit = skillId & 127;
  words[at + (bit >>> 5)] |= 1 << (bit & 31);
}
