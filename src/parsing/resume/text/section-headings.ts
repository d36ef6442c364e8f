/**
 * Section headings of a résumé. A heading line names a section and never a skill: "Skills",
 * "Programming languages" or "Databases" standing alone on a line open or label a list, they are
 * not entries of it.
 */

export type ResumeSectionKind =
  | 'header'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'softSkills'
  | 'projects'
  | 'certifications'
  | 'other';

const HEADINGS: ReadonlyMap<string, ResumeSectionKind> = new Map<string, ResumeSectionKind>([
  ...[
    'summary',
    'profile',
    'professional summary',
    'career summary',
    'about',
    'about me',
    'objective',
    'career objective',
    'personal profile',
    'professional profile',
    'overview',
    'introduction',
    'summary of qualifications',
    'info',
  ].map((h): [string, ResumeSectionKind] => [h, 'summary']),
  ...[
    'experience',
    'work experience',
    'professional experience',
    'employment',
    'employment history',
    'work history',
    'career history',
    'relevant experience',
    'professional background',
    'career',
    'positions held',
    'experience summary',
    'internships',
    'internship experience',
    'work',
    'employment record',
    'technical experience',
    // French headings, as a French résumé (or the French version of one) sets them.
    'expérience',
    'expériences',
    'expérience professionnelle',
    'expériences professionnelles',
    'parcours professionnel',
  ].map((h): [string, ResumeSectionKind] => [h, 'experience']),
  ...[
    'education',
    'academic background',
    'education and training',
    'education & training',
    'academic qualifications',
    'qualifications',
    'educational background',
    'studies',
    'academic history',
    'education history',
    'éducation',
    'formation',
    'formations',
    'diplômes',
    'formation académique',
  ].map((h): [string, ResumeSectionKind] => [h, 'education']),
  ...[
    'skills',
    'technical skills',
    'core competencies',
    'competencies',
    'technologies',
    'tech stack',
    'key skills',
    'skills & tools',
    'skills and tools',
    'skills & technologies',
    'skills and technologies',
    'expertise',
    'areas of expertise',
    'technical expertise',
    'technical proficiencies',
    'tools',
    'tools & technologies',
    'tools and technologies',
    'it skills',
    'computer skills',
    'skill set',
    'skillset',
    'professional skills',
    'hard skills',
    'technical competencies',
    'core skills',
    'technical summary',
    'stack',
    'technical',
    'compétences',
    'compétences techniques',
    'autres compétences',
  ].map((h): [string, ResumeSectionKind] => [h, 'skills']),
  ...[
    'languages',
    'language skills',
    'spoken languages',
    'foreign languages',
    'language proficiency',
    'language',
    'langues',
  ].map((h): [string, ResumeSectionKind] => [h, 'languages']),
  ...['soft skills', 'personal skills', 'interpersonal skills', 'personal qualities', 'strengths', 'key strengths'].map(
    (h): [string, ResumeSectionKind] => [h, 'softSkills'],
  ),
  ...[
    'projects',
    'personal projects',
    'selected projects',
    'side projects',
    'key projects',
    'open source',
    'portfolio',
    'samples',
    'work samples',
    // Dated research entries earn their months as projects do (the public corpus README's month rule).
    'research',
    'research projects',
    'projets',
    'projets personnels',
  ].map((h): [string, ResumeSectionKind] => [h, 'projects']),
  ...[
    'certifications',
    'certificates',
    'licenses & certifications',
    'licenses and certifications',
    'courses',
    'training',
    'certifications & training',
    'professional development',
  ].map((h): [string, ResumeSectionKind] => [h, 'certifications']),
  ...[
    'interests',
    'hobbies',
    'hobbies & interests',
    'hobbies and interests',
    'references',
    'awards',
    'honors',
    'honors & awards',
    'achievements',
    'publications',
    'volunteer',
    'volunteering',
    'volunteer experience',
    'contact',
    'contact information',
    'personal details',
    'personal information',
    'activities',
    'extracurricular activities',
    'additional information',
    'memberships',
    'patents',
    'conferences',
    'talks',
    'coursework',
    'relevant coursework',
    'links',
    // Sections of the FRESH résumé schema (HackMyResume, FluentCV) that hold no claim of skill.
    'writing',
    'reading',
    'speaking',
    'governance',
    'recognition',
    'affiliation',
    'affiliations',
    'liens',
    'passions',
    "centres d'intérêt",
    'loisirs',
    'intérêts',
    'références',
    'publications et conférences',
  ].map((h): [string, ResumeSectionKind] => [h, 'other']),
]);

/**
 * Labels that head a group inside a skills list ("Programming languages:", "Databases") and are
 * never a skill themselves, even where the taxonomy knows a skill of that name.
 */
const GROUP_LABELS: ReadonlySet<string> = new Set([
  'programming languages',
  'languages',
  'programming',
  'coding',
  'databases',
  'database',
  'frameworks',
  'libraries',
  'frameworks & libraries',
  'frameworks and libraries',
  'tools',
  'cloud',
  'cloud & devops',
  'cloud and devops',
  'devops',
  'frontend',
  'front-end',
  'front end',
  'backend',
  'back-end',
  'back end',
  'testing',
  'methodologies',
  'platforms',
  'operating systems',
  'os',
  'web',
  'web technologies',
  'mobile',
  'data',
  'other',
  'others',
  'version control',
  'ci/cd',
  'infrastructure',
  'messaging',
  'monitoring',
  'observability',
  'security',
  'ides',
  'ide',
  'technologies',
  'developer tools',
  'build tools',
  'markup',
  'scripting',
  'big data',
  'machine learning',
  'ml',
  'ai',
  'misc',
  'databases & storage',
  'data & ml',
  'tooling',
  'practices',
  'concepts',
  'software',
  'environment',
  'tech',
  'stack',
]);

/**
 * Headings that are also words a list holds one per line ("Writing", "Reading", "Speaking" among
 * soft skills): they open a section only in capitals, as the FRESH themes set them ("WRITING").
 */
const CAPITALS_ONLY: ReadonlySet<string> = new Set([
  'samples',
  'writing',
  'reading',
  'speaking',
  'governance',
  'recognition',
]);

const EXPERIENCE_QUALIFIERS =
  'relevant|related|work|professional|industry|previous|prior|research|teaching|leadership|additional|selected|freelance|consulting|engineering|software|development|academic|military|international|other|recent';
const EXPERIENCE_HEADING = new RegExp(`^(?:(?:${EXPERIENCE_QUALIFIERS}) ){1,2}experience$`, 'u');

function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[:：.\-–—|_=#*]+$/u, '')
    .replace(/^[#*=_\s]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

// Templates decorate headings: an icon glyph before ("\uf0b1 Education", "📱"), a rule of dashes
// or equals signs after ("SKILLS ------"). Neither is part of the heading's words.
const DECORATION_BEFORE = /^[^\p{L}\p{N}(]+/u;
const RULE_AFTER = /\s*[-=_~*.·•—–]{3,}\s*$/u;
// Pandoc Markdown gives a heading an id or class in braces ("### Skills {#skills}").
const ATTRIBUTES_AFTER = /\s*\{[#.][^{}]*\}\s*$/u;

/** The section a line opens, or null when the line is no heading. Headings stand alone on their line (an optional trailing colon). */
export function sectionHeading(line: string): ResumeSectionKind | null {
  const text = line.replace(ATTRIBUTES_AFTER, '').replace(RULE_AFTER, '').replace(DECORATION_BEFORE, '');
  if (text.length > 40) return null;
  const stripped = text.replace(/[:：]\s*$/u, '');
  if (/[:：]/u.test(stripped)) return null;
  const key = headingKey(stripped);
  if (CAPITALS_ONLY.has(key) && stripped !== stripped.toUpperCase()) return null;
  // "Skills & Awards", "Projects and Associations": a joined heading opens its first part's section.
  // "Research and Development" is a department (a job's employer line), not a Research section.
  const first = /^research (?:&|and) development$/u.test(key) ? undefined : /^(.+?)\s+(?:&|and)\s+\S/u.exec(key)?.[1];
  const known = HEADINGS.get(key) ?? (first === undefined ? null : (HEADINGS.get(first) ?? null));
  // "Relevant Work Experience", "Industry Experience": qualifiers before "experience" (not any word:
  // "User Experience" alone on a line is a skill of a list).
  return known ?? (EXPERIENCE_HEADING.test(key) ? 'experience' : null);
}

/** Whether `text` is a group label inside a skills list ("Databases", "Programming languages"). */
export function isGroupLabel(text: string): boolean {
  return GROUP_LABELS.has(headingKey(text)) || HEADINGS.has(headingKey(text));
}

/** Whether `text` is a label a skills list groups its entries under ("Languages", "Tools"), heading or not. */
export function isListGroupLabel(text: string): boolean {
  return GROUP_LABELS.has(headingKey(text));
}
