import { parsePosting } from '../../../src/parsing/posting';
import { classifyHeading, splitRunInHeading } from '../../../src/parsing/posting/headings';
import { findGroup, fixture, skillsOf, taxonomy } from './helpers';

const parse = (text: string) => parsePosting(text, taxonomy());

describe('headings', () => {
  it.each([
    ['Requirements', 'REQUIRED'],
    ['Qualifications:', 'REQUIRED'],
    ['Minimum qualifications', 'REQUIRED'],
    ['BASIC QUALIFICATIONS', 'REQUIRED'],
    ["What you'll need", 'REQUIRED'],
    ['What You’ll Need', 'REQUIRED'],
    ['You have', 'REQUIRED'],
    ['Must have:', 'REQUIRED'],
    ['Required Technical And Professional Expertise', 'REQUIRED'],
    ['Who You Are:', 'REQUIRED'],
    ['Preferred', 'PREFERRED'],
    ['Preferred qualifications:', 'PREFERRED'],
    ['Preferred Technical And Professional Experience', 'PREFERRED'],
    ['Nice to have', 'PREFERRED'],
    ['Nice-to-haves', 'PREFERRED'],
    ['Bonus', 'PREFERRED'],
    ['Bonus points', 'PREFERRED'],
    ['Pluses:', 'PREFERRED'],
    ['Even better if you have', 'PREFERRED'],
    ['Great to have…', 'PREFERRED'],
    ['Desirable but not required skills', 'PREFERRED'],
    ['Non-Essential But Desirable', 'PREFERRED'],
    ["And we prefer, but don't require, that you:", 'PREFERRED'],
    ['Useful qualities', 'PREFERRED'],
    ['An excellent candidate will be able to:', 'REQUIRED'],
    ["You'll fit right in if:", 'REQUIRED'],
    ['You may be a fit for this role if you:', 'REQUIRED'],
    ['Must to have skills', 'REQUIRED'],
    ['We expect, at a minimum, that you:', 'REQUIRED'],
    ['As the team leader, we expect you to:', 'REQUIRED'],
    ['Your qualities and skills as a Software Development Intern', 'REQUIRED'],
    ['Evaluations', 'REQUIRED'],
    ['What We Look For', 'REQUIRED'],
    ["What you've done in your career", 'REQUIRED'],
    ['Specialized experience', 'REQUIRED'],
    ['Specialized experience for GS-12', 'REQUIRED'],
    ['Plus points', 'PREFERRED'],
    ['Big plus if you have:', 'PREFERRED'],
    ['Advanced (preferred) qualifications', 'PREFERRED'],
    ['Recommended', 'PREFERRED'],
    ['Bonus experience', 'PREFERRED'],
    ['Required Documents', 'OTHER'],
    ['Desired Experience and Skills:', 'PREFERRED'],
    ['All team members should have at a minimum these required qualifications and experiences:', 'REQUIRED'],
    ['Preferred Education', 'EDUCATION_PREFERRED'],
    ['Education', 'EDUCATION_REQUIRED'],
    ['Your Role And Responsibilities', 'RESPONSIBILITIES'],
    ["What you'll do", 'RESPONSIBILITIES'],
    ['As a Backend Developer Intern, you will:', 'RESPONSIBILITIES'],
    ['You’ll need to accomplish the following things:', 'RESPONSIBILITIES'],
    ["We'll be looking for", 'REQUIRED'],
    ["We're looking for:", 'REQUIRED'],
    ['Our offer', 'OTHER'],
    ['General process information', 'OTHER'],
    ['This is an office based position including the following locations:', 'LOCATIONS'],
    ['Benefits', 'OTHER'],
    ['About IBM', 'OTHER'],
    ['Being You @ IBM', 'OTHER'],
    ['What will you need to succeed?', 'REQUIRED'],
    ['Who should respond?', 'REQUIRED'],
    ['Who should apply?', 'REQUIRED'],
    ['What will you do?', 'RESPONSIBILITIES'],
    ['Technologies', 'OTHER'],
    ['Full Job Description', 'OTHER'],
    ['Required and Preferred Qualifications', 'REQUIRED'],
    ['Technologies We Use', 'OTHER'],
  ])('"%s" opens a %s section', (text, kind) => {
    expect(classifyHeading(text, { bullet: false, marked: false, current: null })).toBe(kind);
  });

  it('answers a repeated line by its own context, whatever was asked before', () => {
    const plain = { bullet: false, marked: false, current: null };
    const inRequired = { ...plain, current: 'REQUIRED' as const };
    for (let i = 0; i < 3; i++) {
      expect(classifyHeading('Languages:', plain)).toBe('OTHER');
      expect(classifyHeading('Languages:', inRequired)).toBeNull();
      expect(classifyHeading('  Requirements  ', { ...plain, bullet: true })).toBeNull();
      expect(classifyHeading('Requirements', plain)).toBe('REQUIRED');
    }
  });

  it('does not take requirement items or lead-ins for headings', () => {
    const inRequired = { bullet: false, marked: false, current: 'REQUIRED' as const };
    expect(classifyHeading('Familiarity with APIs', inRequired)).toBeNull();
    expect(
      classifyHeading('Must have basic knowledge in one or more of the following technology areas:', inRequired),
    ).toBeNull();
    expect(classifyHeading('Languages:', inRequired)).toBeNull();
    // A bold lead-in worded as a sentence introduces the list under it; a titled bold label still opens a section.
    expect(classifyHeading('Here’s how it will work:', { ...inRequired, marked: true })).toBeNull();
    expect(classifyHeading('About the Company:', { ...inRequired, marked: true })).toBe('OTHER');
    // A marked heading about the hiring process ends the requirements: its prose is not asked of the candidate.
    expect(classifyHeading('General process information', { ...inRequired, marked: true })).toBe('OTHER');
    expect(
      classifyHeading("Bachelor's Degree", { bullet: false, marked: false, current: 'EDUCATION_PREFERRED' }),
    ).toBeNull();
    expect(classifyHeading('Requirements', { bullet: true, marked: false, current: null })).toBeNull();
    // A lead-in to duties is not a requirements heading, and inside requirements a colon lead-in only switches to preferred.
    expect(
      classifyHeading("We're looking for someone who will:", { bullet: false, marked: false, current: null }),
    ).toBeNull();
    expect(classifyHeading('Technical skills required:', inRequired)).toBeNull();
    expect(classifyHeading('Other skills that are a plus:', inRequired)).toBe('PREFERRED');
    // A federal posting's field labels are not requirement lead-ins.
    expect(classifyHeading('Travel requirement:', { bullet: false, marked: false, current: null })).not.toBe(
      'REQUIRED',
    );
  });

  it('ends the requirements at short markup headings for places, duties and perks', () => {
    const { posting } = parse(
      [
        '# Software Developer, P2P',
        "### We're looking for someone with:",
        '* Familiarity with P2P networking protocols (BitTorrent, Kademlia)',
        '### You should be located near:',
        '* Berlin',
        '* Toronto',
        "### You'll help us:",
        '* Develop simulations for testing the networking layer',
        "### We'll offer:",
        '* Competitive salary and stock options',
        '* Continuous integration of your ideas into our roadmap',
        '* Exposure to cutting-edge blockchain technology',
      ].join('\n'),
    );
    const skills = posting.requirements.flatMap((g) => g.skills);
    expect(skills).toEqual(expect.arrayContaining(['BitTorrent', 'Kademlia']));
    // A perk worded like a requirement ("Exposure to ...") is still a perk.
    for (const s of ['Software testing', 'Computer networking', 'Continuous integration', 'Blockchain'])
      expect(skills).not.toContain(s);
    expect(posting.locations.join(' ')).toMatch(/Berlin/u);
  });

  it('ends the requirements at a plain lead-in worded as the duties (a PDF or pasted page, no markup)', () => {
    const { posting } = parse(
      [
        'Senior Software Engineer, JavaScript',
        "We're looking for someone who has:",
        '• Significant experience writing JavaScript.',
        '• Knowledge of Vue.js or other reactive frameworks.',
        'What your primary responsibilities will be:',
        '• Review pull requests and provide feedback to members of the team and open source contributors.',
        '• Participate in discussion about architecture, security, and performance.',
        'Projects you could work on:',
        '• Coding infrastructure automation with Terraform and Ansible',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED').sort()).toEqual(['JavaScript', 'Vue.js']);
    const inRequired = { bullet: false, marked: false, current: 'REQUIRED' as const };
    expect(classifyHeading('What your primary responsibilities will be:', inRequired)).toBe('RESPONSIBILITIES');
    expect(classifyHeading('Projects you could work on:', inRequired)).toBe('RESPONSIBILITIES');
    // Worded as what the candidate needs too: still a requirement lead-in, not duties.
    expect(classifyHeading('Experience with the following responsibilities:', inRequired)).toBeNull();
    // "you will have the opportunity to" says what the job lets one do, not what one must have.
    const marked = { bullet: false, marked: true, current: null };
    expect(classifyHeading('In this role, you will have the opportunity to:', marked)).toBe('RESPONSIBILITIES');
    expect(classifyHeading('You will have the chance to:', inRequired)).toBe('RESPONSIBILITIES');
    // A heading that says its list is "a big plus" is preferred, however it words what it asks for.
    expect(classifyHeading('Working experience with any of the following is a big plus:', marked)).toBe('PREFERRED');
    expect(classifyHeading('We Would Also Appreciate If You Have', marked)).toBe('PREFERRED');
    // What the employer tells of itself is no requirement, though worded "what you should know".
    expect(classifyHeading('What you should know about our Engineering team:', marked)).toBe('OTHER');
    // How hiring goes, however short: "What to expect once you apply:" under the requirements.
    expect(classifyHeading('What to expect once you apply:', { ...marked, current: 'REQUIRED' })).toBe('OTHER');
    expect(classifyHeading('Interested? We offer:', { ...marked, marked: false, current: 'PREFERRED' })).toBe('OTHER');
    expect(classifyHeading('Experience with these would be an advantage:', inRequired)).toBe('PREFERRED');
  });

  it('reads the lists under "An excellent candidate" and "we prefer, but don\'t require" at their importance', () => {
    const { posting } = parse(
      [
        'Database Administrator',
        'An excellent candidate will be able to:',
        '- Write complex SQL queries',
        "And we prefer, but don't require, that you:",
        '- Have used Git for projects',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toContain('SQL');
    expect(skillsOf(posting.requirements, 'PREFERRED')).toContain('Git');
    expect(skillsOf(posting.requirements, 'REQUIRED')).not.toContain('Git');
  });

  it('reads a list headed "Required and Preferred Qualifications" as required, each line\'s own cue marking the preferred', () => {
    const { posting } = parse(
      [
        'Data Scientist',
        'Required and Preferred Qualifications',
        'PhD in Physics; strong MS/BS candidates will also be considered.',
        'Experience with Python.',
        'Experience with PySpark is a plus.',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toContain('Python');
    expect(skillsOf(posting.requirements, 'PREFERRED')).toContain('PySpark');
    expect(posting.education).toEqual({ level: 'BACHELOR', required: true });
  });

  it('splits headings run into the previous sentence or carrying their content', () => {
    expect(splitRunInHeading('...and support great products.Requirements: 3+ years of Go')).toEqual({
      before: '...and support great products.',
      heading: 'Requirements:',
      after: '3+ years of Go',
    });
    expect(splitRunInHeading('Nice to have: Kafka')).toEqual({ before: '', heading: 'Nice to have:', after: 'Kafka' });
    expect(splitRunInHeading('Experience with data skills: Python')).toBeNull();
  });

  it('reads a run-in paragraph (fixture) into required and preferred groups', () => {
    const { posting } = parse(fixture('run-in-headings'));
    expect(findGroup(posting.requirements, 'REQUIRED', ['Java'])).toMatchObject({ minMonths: 48 });
    expect(findGroup(posting.requirements, 'REQUIRED', ['Spring Boot', 'Hibernate'])).toMatchObject({
      minMonths: null,
    });
    expect(skillsOf(posting.requirements, 'PREFERRED').sort()).toEqual(['AWS', 'Docker']);
    // "Write unit tests with JUnit" is a responsibility.
    expect(posting.requirements.flatMap((g) => g.skills)).not.toContain('JUnit');
  });

  it('reads ALL-CAPS headings (fixture)', () => {
    const { posting } = parse(fixture('all-caps-headings'));
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['SQL', 'Python', 'Apache Airflow']),
    );
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['dbt', 'Terraform']));
    expect(posting.requirements.map((g) => g.label)).not.toContain(
      'Build batch and streaming pipelines with Spark and Airflow',
    );
    expect(posting.education).toEqual({ level: 'BACHELOR', required: true });
  });

  it('reads Markdown (fixture): headings, bold, links', () => {
    const { posting } = parse(fixture('startup-markdown'));
    expect(posting.title).toBe('Senior Backend Engineer (Go)');
    expect(findGroup(posting.requirements, 'REQUIRED', ['Go'])).toMatchObject({ minMonths: 24 });
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['PostgreSQL', 'Docker', 'Kubernetes']),
    );
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['Terraform', 'Pulumi', 'gRPC']),
    );
  });

  it('reads an HTML paste (fixture)', () => {
    const { posting } = parse(fixture('html-paste'));
    expect(posting.title).toBe('Frontend Engineer');
    expect(posting.description).not.toMatch(/<|&amp;|&rsquo;/u);
    expect(findGroup(posting.requirements, 'REQUIRED', ['React'])).toMatchObject({ minMonths: 36 });
    expect(skillsOf(posting.requirements, 'PREFERRED')).toContain('Next.js');
    expect(posting.education).toEqual({ level: 'BACHELOR', required: false });
  });
});
