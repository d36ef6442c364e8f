import { readFileSync } from 'fs';
import { join } from 'path';
import type { RequirementDraft } from '../../../src/domain/drafts';
import type { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import { parseTaxonomyFile, taxonomyFromFile } from '../../../src/domain/taxonomy/taxonomy-file';
import { parsePosting } from '../../../src/parsing/posting';
import { findUnassessable } from '../../../src/parsing/posting/unassessable';
import { findGroup, fixture, taxonomy } from './helpers';

/** The project's taxonomy with an entry for each condition the parser records (added only where missing). */
function taxonomyWithConditions(): Taxonomy {
  const json = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'taxonomy.json'), 'utf8'));
  const conditions = [
    ['work-authorization', 'Work authorization'],
    ['willingness-to-relocate', 'Willingness to relocate'],
    ['security-clearance', 'Security clearance'],
    ['willingness-to-travel', 'Willingness to travel'],
  ];
  for (const [slug, name] of conditions)
    if (!json.skills.some((s: { name: string }) => s.name === name))
      json.skills.push({
        slug,
        name,
        category: 'OTHER',
        kind: 'SOFT_SKILL',
        source: 'test',
        aliases: [],
        broader: [],
        related: [],
      });
  return taxonomyFromFile(parseTaxonomyFile(json));
}

function parseUnder(tax: Taxonomy, heading: string, ...lines: string[]) {
  return parsePosting(['Software Engineer', '', heading, ...lines].join('\n'), tax);
}

const notAssessable = (groups: readonly RequirementDraft[]): RequirementDraft[] =>
  groups.filter((g) => g.assessable === false);

describe('findUnassessable: phrases no skill list can show', () => {
  it.each([
    [
      'Communication skills and the ability to learn new technologies and procedures.',
      ['Communication', 'Ability to learn'],
    ],
    ['Exceptional communication skills.', ['Communication']],
    ['Exceptional skills in communication and occasional conflict resolution.', ['Communication']],
    ['Excellent written and verbal communication', ['Communication']],
    ['A team player who collaborates well with others', ['Teamwork', 'Teamwork']],
    ['Experience working in a mixed skillset team', ['Teamwork']],
    ['Enthusiasm for sharing knowledge and working in a diverse and inclusive multi-disciplinary team', ['Teamwork']],
    ['Ability to work closely with team members in a collaborative environment', ['Teamwork']],
    ['A collaborative mindset, mentoring and coaching others', ['Teamwork']],
    ['Thrive when you work as part of a team that learns from experience.', ['Teamwork']],
    ['Enjoys working collaboratively across disciplines', ['Teamwork']],
    ['A wish to keep learning and be a part of a team', ['Teamwork']],
    ['Be a supportive teammate', ['Teamwork']],
    ['Fast learner, strong problem-solving skills', ['Ability to learn', 'Problem solving']],
    [
      'Must be legally authorized to work in the United States without visa sponsorship',
      ['Work authorization', 'Work authorization'],
    ],
    ['Willingness to relocate to Austin, TX', ['Willingness to relocate']],
    ['Active Secret clearance required', ['Security clearance']],
    ['Ability to obtain and maintain a DoD security clearance', ['Security clearance']],
    ['Up to 25% travel', ['Willingness to travel']],
    ['Proven ability to apply design process and clearly communicate and document design decisions', ['Communication']],
    ['Are proficient in communicating (written and oral) in English', ['Communication']],
    ['The skills to communicate complex information in a clear and concise manner', ['Communication']],
    ['You’re great at communicating with people who aren’t familiar with design', ['Communication']],
    ['Demonstrated capacity to clearly and concisely communicate about complex technical problems', ['Communication']],
    ['Must be willing to travel to client sites', ['Willingness to travel']],
    ['Skills in oral and written communications', ['Communication']],
    ['A creative problem-solver', ['Problem solving']],
    ['Excited to solve ambiguous problems', ['Problem solving']],
    ['Problem resolution.', ['Problem solving']],
    ['Strong communications skills', ['Communication']],
    ['Able to communicate efficiently and persuasively with any audience', ['Communication']],
    ['Clearly explaining technical concepts to stakeholders', ['Communication']],
    ['A self-starter who will proactively communicate progress', ['Communication']],
    ['Able to work remotely with a distributed team', ['Teamwork']],
    ['A desire to work in multidisciplinary teams', ['Teamwork']],
    ['Experience collaborating with web developers', ['Teamwork']],
    ['Able to solve hard problems', ['Problem solving']],
    ['Enjoys solving complex programming challenges', ['Problem solving']],
    ['Loves tackling challenging problems', ['Problem solving']],
    ['Excellent analytical skills', ['Critical thinking']],
    ['Ability to quickly learn new languages and frameworks', ['Ability to learn']],
    ['You like to learn new things and help people out', ['Ability to learn']],
    ['Understand or quickly learn the nuances of information management', ['Ability to learn']],
    ['Can explain the same to the non-technical people', ['Communication']],
    ['An urge to collaborate and communicate asynchronously', ['Teamwork', 'Communication']],
    ['Occasional travel may be required up to 10-20% per year', ['Willingness to travel']],
    ['Remote work with occasional travel', ['Willingness to travel']],
    ['Ability to easily adapt to a rapidly changing work environment', ['Adaptability']],
    ['Comfort in a fast-paced and dynamic environment', ['Adaptability']],
    ['Excited by ambiguous and vague problem definitions', ['Adaptability']],
    ['The ability to be proactive, resourceful and flexible', ['Adaptability']],
    ['Curiosity and the willingness to learn, adapt and teach', ['Ability to learn', 'Adaptability']],
    ['Eager to experiment and learn', ['Ability to learn']],
    ['A continual learner who thrives on new technology', ['Ability to learn']],
    ['Desire to collaborate with others', ['Teamwork']],
    ['Work in the open and collaboratively on cross-functional teams', ['Teamwork']],
    ['Excellent troubleshooting, analytical, and problem-solving skills', ['Critical thinking', 'Problem solving']],
    ['An analytical and metrics-driven work style', ['Critical thinking']],
    ['Clear communication with project management', ['Communication']],
    ['Communicate with teammates frequently', ['Communication']],
    ['Are open, friendly, and collaborative.', ['Teamwork']],
    ['A track record of collaborating across technical and business teams', ['Teamwork']],
    ['Curiosity and strong learning aptitude', ['Ability to learn']],
    ['A voracious appetite for learning, technology, and teaching', ['Ability to learn']],
    ['Willingness to learn and adapt in a dynamic environment', ['Ability to learn', 'Adaptability']],
    ['Comfortable working alongside team members and stakeholders', ['Teamwork']],
    ['Willingness to present to stakeholders and customers', ['Presentation skills']],
    ['Experience speaking publicly about technical topics', ['Presentation skills']],
    ['Figuring things out independently when needed', ['Work independently']],
    ['Able to operate with a high degree of autonomy', ['Work independently']],
  ])('%j -> %j', (line, names) => {
    expect(findUnassessable(line).map((m) => m.name)).toEqual(names);
  });

  it.each([
    'Experience with communication protocols (SPI, I2C, UART)',
    'Experience working with distributed teams.',
    'Lead a team of engineers and/or the engineering process',
    'Work with the product team to define the APIs',
    'Build travel booking APIs in Go',
    'Able to work independently with little supervision',
    'Develop learning management systems',
    // Asks for the languages (recorded as English, German), not for a communication skill.
    'You should be able to communicate in English and German',
    'Communicate blockers and ask for help when you need it',
    // What the job is like, not what it asks.
    "You'll be part of a team that ships every week",
    // Asks for the thing to learn (or experience with it), not for a learning trait.
    'Experience with, or willing to learn about, message queues',
    'Experience or willingness to learn with web technologies',
    // A duty to solve a named problem, and the thing to learn, are not traits.
    'Solve billing problems for customers',
    'Quickly learn about our product',
    // Flexibility the employer offers is a perk, not a trait.
    'Flexible working hours and a flexible, constantly evolving environment',
    'Experience with analytical databases and collaborative sandboxes',
  ])('finds nothing in %j', (line) => {
    expect(findUnassessable(line)).toEqual([]);
  });
});

describe('not-assessable requirement groups', () => {
  it('reads the seed intern line as one REQUIRED group, assessable false, and every other group as assessable', () => {
    const { posting } = parsePosting(fixture('seed-ibm-backend-intern-2026'), taxonomy());
    const group = findGroup(posting.requirements, 'REQUIRED', ['Communication', 'Ability to learn']);
    expect(group).toMatchObject({ assessable: false, minMatches: 1, minMonths: null });
    expect(group?.label).toBe('Communication skills and the ability to learn new technologies and procedures.');
    expect(notAssessable(posting.requirements)).toEqual([group]);
  });

  it('keeps the skill part of a mixed line as an ordinary group', () => {
    const { posting } = parseUnder(taxonomy(), 'Requirements', 'Communication skills and experience with Git');
    expect(findGroup(posting.requirements, 'REQUIRED', ['Git'])?.assessable).toBeUndefined();
    expect(findGroup(posting.requirements, 'REQUIRED', ['Communication'])).toMatchObject({ assessable: false });
  });

  it('keeps a soft skill named inside another trait\'s phrase ("communication and collaboration skills")', () => {
    const { posting } = parseUnder(taxonomy(), 'Requirements', 'Strong communication and collaboration skills');
    expect(notAssessable(posting.requirements).flatMap((g) => g.skills)).toEqual(['Communication', 'Teamwork']);
    // A phrase that is just a soft skill's words names that trait once: "solve problems" is Problem solving.
    const solve = parseUnder(taxonomy(), 'Requirements', 'You like to solve problems');
    expect(notAssessable(solve.posting.requirements).flatMap((g) => g.skills)).toEqual(['Problem solving']);
  });

  it('marks a soft skill the taxonomy knows by an alias, wherever it stands', () => {
    const { posting } = parseUnder(taxonomy(), 'Nice to have', 'Python, and you are a team player');
    expect(findGroup(posting.requirements, 'PREFERRED', ['Python'])?.assessable).toBeUndefined();
    expect(findGroup(posting.requirements, 'PREFERRED', ['Teamwork'])).toMatchObject({ assessable: false });
  });

  it('records work authorization, relocation, clearance and travel as not-assessable groups', () => {
    const { posting } = parseUnder(
      taxonomyWithConditions(),
      'Requirements',
      '- 2+ years of Java',
      '- Must be authorized to work in the US',
      '- Willingness to relocate to Austin',
      '- Active Secret clearance',
      '- Up to 25% travel',
    );
    expect(findGroup(posting.requirements, 'REQUIRED', ['Java'])).toMatchObject({ minMonths: 24 });
    expect(notAssessable(posting.requirements).map((g) => g.skills)).toEqual([
      ['Work authorization'],
      ['Willingness to relocate'],
      ['Security clearance'],
      ['Willingness to travel'],
    ]);
  });

  it('never drops a condition unseen: a taxonomy without its entry gets a warning naming the line', () => {
    const { posting, warnings } = parseUnder(taxonomy(), 'Requirements', '- Must be authorized to work in the US');
    const shown =
      notAssessable(posting.requirements).some((g) => g.skills.includes('Work authorization')) ||
      warnings.some((w) => w.code === 'NOT_ASSESSABLE_UNNAMED' && w.at === 'Must be authorized to work in the US');
    expect(shown).toBe(true);
    expect(warnings.filter((w) => w.code === 'UNKNOWN_TERM')).toEqual([]);
  });

  it('reads no condition from a benefits section ("Visa sponsorship if needed")', () => {
    const { posting } = parsePosting(
      [
        'Site Reliability Engineer',
        '',
        "What you'll bring:",
        '* Intermediate knowledge of Golang, Rust, or Python.',
        '',
        'What we offer in return:',
        '* Visa sponsorship if needed, for you and your loved ones',
        '* Carbon offsetting for work travel',
      ].join('\n'),
      taxonomyWithConditions(),
    );
    expect(notAssessable(posting.requirements)).toEqual([]);
    expect(findGroup(posting.requirements, 'REQUIRED', ['Go', 'Rust', 'Python'])).toMatchObject({ minMatches: 1 });
  });
});
