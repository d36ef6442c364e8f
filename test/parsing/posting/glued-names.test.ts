import { parsePosting } from '../../../src/parsing/posting';
import { skillsOf, taxonomy } from './helpers';

const parse = (text: string) => parsePosting(text, taxonomy());

// A posting copied as one paragraph is one long line; the company text before the list makes it so here.
const ABOUT =
  'Our studio builds public services with the people who use them, in small teams that ship every week. '.repeat(9);

describe('a known name glued to the next item of a list pasted as one paragraph', () => {
  it('splits "AngularBackend", "NodeJSHTML" and "MongoDBGIT" after the name they start with', () => {
    const text = `Web Developer${ABOUT}What you will bring:- JavaScript frameworks such as Vue or AngularBackend development using NodeJSHTML and CSS- Databases such as MySQL or MongoDBGIT version control`;
    const required = skillsOf(parse(text).posting.requirements, 'REQUIRED');
    expect(required).toEqual(expect.arrayContaining(['Angular', 'Node.js', 'HTML', 'MongoDB', 'Git']));
  });

  it('splits a word glued to a known name after it ("Less/Sass PreprocessorsNPM, Webpack")', () => {
    const text = `Web Developer${ABOUT}Requirements:- Experience with PostgreSQLNice to have:- Less/Sass PreprocessorsNPM, Webpack or other build tools`;
    expect(skillsOf(parse(text).posting.requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['npm', 'Webpack']));
  });

  it('keeps words in capitals, names written in camel case and short tails whole', () => {
    const text = `Web Developer${ABOUT}Requirements:- Experience with CDS, JupyterHub, GitHub2 and phpMyAdmin`;
    const { description } = parse(text).posting;
    expect(description).toContain('CDS, JupyterHub, GitHub2 and phpMyAdmin');
  });

  it('leaves a short text as written', () => {
    const { description } = parse('Web DeveloperRequirements:- Experience with AngularBackend services').posting;
    expect(description).toContain('AngularBackend services');
  });
});
