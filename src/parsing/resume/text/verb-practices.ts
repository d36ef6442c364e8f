import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';

// A verb of doing and the practice noun it is the doing of: "designed a UI" is UI design,
// "tested the REST API" API testing.
const PRACTICE_OF_VERB: Readonly<Record<string, string>> = {
  designed: 'design',
  tested: 'testing',
};

// The verb, an optional article, and up to three words of its object ("a UI for the VS switcher").
const VERB_OBJECT = new RegExp(
  `\\b(${Object.keys(PRACTICE_OF_VERB).join('|')})\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}\\d][\\p{L}\\d/+#.-]*\\s*){1,3})`,
  'giu',
);

// "A/B tested every detail", "unit tested the parser": up to two words before "tested".
const QUALIFIED_TESTED = /((?:[\p{L}\d][\p{L}\d/+#.-]*\s+){1,2})tested\b/giu;

/**
 * The practices a sentence names by a verb and its object rather than by the practice's noun:
 * "Designed a UI" is UI design, "A/B tested every minor detail" A/B testing. As with a job title
 * naming its practice (role-practices.ts), only an exact taxonomy name or alias of "<object>
 * <practice noun>" counts, the longest object first ("Designed a UI for the switcher": "UI design").
 */
export function verbPractices(taxonomy: Taxonomy, text: string): SkillDef[] {
  const found: SkillDef[] = [];
  const add = (def: SkillDef | undefined): void => {
    if (def !== undefined && !found.includes(def)) found.push(def);
  };
  VERB_OBJECT.lastIndex = 0;
  for (let m = VERB_OBJECT.exec(text); m !== null; m = VERB_OBJECT.exec(text)) {
    const noun = PRACTICE_OF_VERB[m[1].toLowerCase()];
    const words = m[2].trim().split(/\s+/u);
    let def: SkillDef | undefined;
    for (let n = words.length; n >= 1 && def === undefined; n--) {
      def = taxonomy.resolve(
        `${words
          .slice(0, n)
          .join(' ')
          .replace(/[.,;:]+$/u, '')} ${noun}`,
      );
    }
    add(def);
  }
  QUALIFIED_TESTED.lastIndex = 0;
  for (let m = QUALIFIED_TESTED.exec(text); m !== null; m = QUALIFIED_TESTED.exec(text)) {
    const words = m[1].trim().split(/\s+/u);
    let def: SkillDef | undefined;
    for (let n = words.length; n >= 1 && def === undefined; n--) {
      def = taxonomy.resolve(`${words.slice(words.length - n).join(' ')} testing`);
    }
    add(def);
  }
  return found;
}
