import { splitSentences } from './sentences';
import { foldPunctuation } from './whitespace';

// A sentence that says what the candidate must have, in prose with no heading above it
// ("X is looking for developers with expertise in Angular", "Applicants should have ...", "you will need
// product and design thinking", "Applications are welcome from RSEs with skills in ..."; not "you will need to
// build ...", which is a duty).
// "We're seeking a ... developer fluent in a variety of programming languages" and "DevOps Engineers will possess
// knowledge and experience in ..." ask too.
// Every gap is bounded, so a long line costs linear time.
const ASKING =
  /\b(?:(?:is|are|we're|we are|i'm|i am) (?:looking for|seeking|hiring)\b.{0,120}?\b(?:with|who (?:has|have|is|are))\b.{0,60}?\b(?:expertise|experience|knowledge|background|skills?|proficiency|familiarity)\b|(?:is|are|we're|we are) (?:looking for|seeking|hiring)\b.{0,120}?\b(?:fluent|proficient|skilled|experienced|versed) (?:in|with)\b|(?:will|should|must|shall) possess\b.{0,40}?\b(?:knowledge|experience|skills?|expertise|proficiency|understanding)\b|(?:applicants|candidates|you) (?:should|must|will|need to) have\b|you(?:'ll| will)? (?:have|bring) (?:a |an )?(?:proven |strong |solid |previous |prior )?(?:track record|experience|background|knowledge|understanding)\b|do you have (?:a |an )?(?:sound |strong |good |solid )?(?:experience|knowledge|understanding|background)\b|you(?:'ll| will) need (?!to\b)|(?:applications|applicants) (?:are |is )?(?:(?:also|particularly|especially) )?welcomed? from\b|(?:we )?(?:(?:also|particularly|especially) )?(?:welcome|encourage|invite) applications from\b)/iu;

/**
 * The sentences of a line outside any requirements heading that ask something of the
 * candidate, joined; empty when none does. Company and benefit sentences around them stay out.
 */
export function askingSentences(text: string): string {
  return splitSentences(text)
    .map((s) => s.text)
    .filter((s) => ASKING.test(foldPunctuation(s)))
    .join(' ');
}

const DUTY_SENTENCE =
  /^(?:(?:in this role|as (?:an?|the|our) [\w -]{2,40}),?\s+)?you(?:'ll|’ll| will) (?:work (?:closely |directly )?(?:with|on|alongside)|be working|be responsible|collaborate|partner|join|report)\b/iu;

/**
 * A line under a requirements heading without its sentences that say what the job does rather
 * than what it asks ("You'll work closely with our founders to deliver ... mobile apps").
 */
export function withoutDutySentences(text: string): string {
  const sentences = splitSentences(text);
  if (!sentences.some((s) => DUTY_SENTENCE.test(s.text))) return text;
  return sentences
    .filter((s) => !DUTY_SENTENCE.test(s.text))
    .map((s) => s.text)
    .join(' ');
}
