import { parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/** Education sections as published templates and résumés set them. */

const NOW = new Date('2026-12-01T00:00:00Z');

function education(text: string): (string | null)[][] {
  const r: ResumeTextParse = parseResumeText(text, shippedTaxonomy(), { now: NOW });
  return r.education.map((e) => [e.level, e.field, e.status]);
}

describe('education entries in template layouts', () => {
  it("reads India's SSC and HSC as high school, under the school's name, without a second entry", () => {
    expect(
      education(
        [
          'Chinmaya K',
          'chinmaya@example.com',
          'Education',
          'P. Jog High School',
          'Pune, Maharashtra, India',
          'SSC',
          '2012',
          'MIT Junior college',
          'Pune, Maharashtra, India',
          'HSC',
          '2014',
          'College of Engineering',
          'B.E. IN COMPUTER ENGINEERING',
          '2014 - 2018',
        ].join('\n'),
      ),
    ).toEqual([
      ['HIGH_SCHOOL', null, 'COMPLETED'],
      ['HIGH_SCHOOL', null, 'COMPLETED'],
      ['BACHELOR', 'Computer Engineering', 'COMPLETED'],
    ]);
  });

  it('reads the field before "at" its school', () => {
    expect(
      education(
        [
          'Eirik Enger',
          'eirik@example.org',
          'Education',
          '2020–2024 (expected)',
          'PhD, Climate Physics at the University of Tromsø (Tromsø, Norway)',
          '2018–2020',
          'MS in Space Physics at the University of Tromsø (Tromsø, Norway)',
        ].join('\n'),
      ),
    ).toEqual([
      ['DOCTORATE', 'Climate Physics', 'IN_PROGRESS'],
      ['MASTER', 'Space Physics', 'COMPLETED'],
    ]);
  });

  it('reads the field parted from the school by a semicolon, or before a bracketed school name', () => {
    expect(
      education(
        [
          'Ana Pires',
          'ana@example.org',
          'Education',
          '2016 - 2018',
          'MSc, Applied Mathematics; Lakeside Institute of Technology (Porto)',
          '2012 - 2016',
          'BSc, Chemistry; Minor: Statistics; Hill University (Braga, PT)',
          'B.A. in Economics and Data Studies LSU (Lakeside State University)  2008 - 2011',
        ].join('\n'),
      ),
    ).toEqual([
      ['MASTER', 'Applied Mathematics', 'COMPLETED'],
      ['BACHELOR', 'Chemistry', 'COMPLETED'],
      ['BACHELOR', 'Economics and Data Studies', 'COMPLETED'],
    ]);
  });

  it('reads the major stated under a degree that names no field, also wrapped before its school', () => {
    expect(
      education(
        [
          'Ana Pires',
          'ana@example.org',
          'Education',
          'Master of Arts',
          'Major in Medieval History and Textual',
          'Criticism, Hill University, Braga.',
          'Bachelor of Science',
          '2009 - 2012, Major in Geology, Hill University.',
          'Master of Science',
          'Major in Physics',
          'Braga, Portugal',
        ].join('\n'),
      ),
    ).toEqual([
      ['MASTER', 'Medieval History and Textual Criticism', 'COMPLETED'],
      ['BACHELOR', 'Geology', 'COMPLETED'],
      // A place on the next line is no part of the field.
      ['MASTER', 'Physics', 'COMPLETED'],
    ]);
  });

  it('reads the field of a dotted abbreviation ("B.Eng") set straight before the school', () => {
    expect(
      education(
        [
          'Ana Pires',
          'ana@example.org',
          'Education',
          '2002-2007',
          'B.Eng Civil Engineering Lakeside University (Porto)',
          'M.Sc Data Science Hill College',
        ].join('\n'),
      ),
    ).toEqual([
      ['BACHELOR', 'Civil Engineering', 'COMPLETED'],
      ['MASTER', 'Data Science', 'COMPLETED'],
    ]);
  });

  it('opens the education section under a line ending in a web address', () => {
    expect(
      education(
        [
          'John Doe',
          'john@example.org',
          'Experience',
          'Web Developer, TechAdvancers  June 2016 to December 2018',
          'Optimized application performance with React.',
          '\uf0c1 https://techadvancers.com/',
          'Education',
          'University of California',
          "Bachelor's in Computer Science",
          'August 2012 to May 2016',
        ].join('\n'),
      ),
    ).toEqual([['BACHELOR', 'Computer Science', 'COMPLETED']]);
  });

  it('reads a degree after "Graduated as", and no degree from a thesis, a project, a told-again study or prose', () => {
    expect(
      education(
        [
          'Jan Küster',
          'jan@example.org',
          'Education',
          '2015 / 07 - University of Bremen',
          'Graduated as M.Sc. Digital Media',
          'Master Thesis: Semi Automated Scoring in Technology Based Assessment',
          '2012 - 2013 - University of Bremen',
          'Master Project - PrIMA',
          '2012 - 2015 - University of Bremen',
          'Master Studies Digital Media',
          '2007 - 2012 - University of Bremen',
          'Bachelor Studies Digital Media',
          'Bachelor thesis focused on experimental redesign of the keyboard.',
          '2006 - 2009',
          'B. Sc. Physics.',
          'In the master thesis a numerical approach for the detection of interaction was proposed.',
        ].join('\n'),
      ),
    ).toEqual([
      ['MASTER', 'Digital Media', 'COMPLETED'],
      ['BACHELOR', 'Digital Media', 'COMPLETED'],
      ['BACHELOR', 'Physics', 'COMPLETED'],
    ]);
  });
});

describe('a date glued to the word before it', () => {
  it('parts "Computer ScienceAug. 2016 – May 2019" into the field and the dates', () => {
    expect(
      education(
        [
          'Ana Ruiz',
          'ana@ruiz.dev',
          'Education',
          'Southwestern University',
          'Bachelor of Science in Computer ScienceAug. 2016 – May 2019',
        ].join('\n'),
      ),
    ).toEqual([['BACHELOR', 'Computer Science', 'COMPLETED']]);
    const r = parseResumeText(
      ['Ana Ruiz', 'ana@ruiz.dev', 'Experience', 'Software EngineerJun 2020 – Dec 2020', '• Go'].join('\n'),
      shippedTaxonomy(),
      { now: NOW },
    );
    expect(r.work.map((w) => [w.title, w.start, w.end])).toEqual([['Software Engineer', '2020-06', '2020-12']]);
  });
});

describe('degrees written in other orders', () => {
  const edu = (...lines: string[]) => education(['Ana Ruiz', 'ana@ruiz.dev', 'Education', ...lines].join('\n'));

  it('reads a field before its degree: "Business Analytics(BS)", "Software Engineering Bachelor’s Degree"', () => {
    expect(
      edu(
        'Brigham Young University Idaho, Rexburg, Idaho — Business Analytics(BS) (In Progress)',
        'Desert Hills High, Saint George, Utah —High School Diploma - Graduation Date: 2016',
      ),
    ).toEqual([
      ['BACHELOR', 'Business Analytics', 'IN_PROGRESS'],
      ['HIGH_SCHOOL', null, 'COMPLETED'],
    ]);
    expect(edu('Software Engineering Bachelor’s Degree  Sep 2015 – June 2019')).toEqual([
      ['BACHELOR', 'Software Engineering', 'COMPLETED'],
    ]);
  });

  it('reads the field after an honours class: "B.SC. HONOURS BIOPHYSICS"', () => {
    expect(edu('University of Waterloo  Waterloo, Ontario', 'B.SC. HONOURS BIOPHYSICS  2014 - 2019')).toEqual([
      ['BACHELOR', 'Biophysics', 'COMPLETED'],
    ]);
  });

  it('reads no Master of Arts from a state after its city ("Worcester, MA")', () => {
    expect(
      edu(
        'Worcester, MA  Worcester Polytechnic Institute  Fall 2013 – May 2017',
        '• B.S. in Computer Science. GPA: 3.21',
      ),
    ).toEqual([['BACHELOR', 'Computer Science', 'COMPLETED']]);
  });

  it('reads two degrees of one programme on one line, and no degree from its thesis or prose', () => {
    expect(
      edu(
        'Singapore University of Technology and Design (SUTD)  May 2020 – May 2025',
        'M.Sc in Technology Entrepreneurship, B.Sc in Design and Artificial Intelligence (DAI)  GPA: 4.69/5',
        '• STEP scholar, a fully-funded integrated masters; Conducted research for master’s thesis',
        'Master thesis title  Title  supervisors',
      ),
    ).toEqual([
      ['MASTER', 'Technology Entrepreneurship', 'COMPLETED'],
      ['BACHELOR', 'Design and Artificial Intelligence', 'COMPLETED'],
    ]);
  });

  it('reads no entry from a high school named without a diploma', () => {
    expect(
      edu(
        'Istanbul Technical University (ITU), Istanbul, Turkey  2014 – 2019',
        'B.S. in Computer Engineering (CE)',
        'Giresun High School of Science, Giresun, Turkey  2010 – 2014',
        'Ranked 3310th in the national college entrance exam.',
      ),
    ).toEqual([['BACHELOR', 'Computer Engineering', 'COMPLETED']]);
  });

  it('reads a field from a BSCS abbreviation, a line beside its degree, a Specialist programme, or before its school', () => {
    expect(
      education(
        [
          'Dana Roe',
          'dana@example.org',
          'Education',
          'BSCS, Cornell University',
          'University of California',
          'Computer Science',
          'Master of Science',
          'August 2012 to May 2016',
          'Bachelor of Science; University of Toronto  2020 - present',
          'University College | GPA:3.90',
          'Specialist in Mathematics',
          'Bachelor of Computer Applications Dr. Ambedkar Open University, Ahmedabad India 2017',
          'Master of Business Administration Harvard Business School 2020',
        ].join('\n'),
      ),
    ).toEqual([
      ['BACHELOR', 'Computer Science', 'COMPLETED'],
      ['MASTER', 'Computer Science', 'COMPLETED'],
      ['BACHELOR', 'Mathematics', 'IN_PROGRESS'],
      ['BACHELOR', 'Computer Applications', 'COMPLETED'],
      ['MASTER', 'Business Administration', 'COMPLETED'],
    ]);
  });

  it('reads a Markdown degree line set in HTML spans without the tags', () => {
    expect(
      education(
        [
          '# Dana Roe',
          'dana@example.org',
          '## Education',
          '### <span>University of Oklahoma, BA Information Technology</span> <span>2011 -- 2014</span>',
        ].join('\n'),
      ),
    ).toEqual([['BACHELOR', 'Information Technology', 'COMPLETED']]);
  });

  it('reads no degree from a course of study taken at a level ("niveau master", "master\'s level")', () => {
    expect(
      education(
        [
          'Antoine Roe',
          'antoine@example.org',
          'ÉDUCATION',
          'EPITECH',
          'MASTER EN INFORMATIQUE',
          '2013 - 2018 | Lyon, Paris',
          'CONCORDIA UNIVERSITY',
          'ÉTUDIANT INTERNATIONAL EN',
          'INFORMATIQUE, NIVEAU MASTER',
          '2016 - 2017 | Montréal, Canada',
          "Exchange student, master's level courses in Statistics",
        ].join('\n'),
      ),
    ).toEqual([['MASTER', 'Informatique', 'COMPLETED']]);
  });

  it('reads French, Portuguese and British degree names, and a school named with an accent as no field', () => {
    expect(
      education(
        [
          'Dana Roe',
          'dana@example.org',
          'Education',
          "Diplôme d'ingénieur en informatique, INSA Lyon  2012 - 2017",
          'Licence en Mathématiques, Université de Lyon  2012',
          'Mestrado em Engenharia Informática  2019',
          'Master 2, Université Paris-Saclay  2020',
          'HND Computing, Glasgow Clyde College  2010 - 2012',
          'A-levels: Maths, Physics, Chemistry  2008 - 2010',
        ].join('\n'),
      ),
    ).toEqual([
      ['MASTER', 'informatique', 'COMPLETED'],
      ['BACHELOR', 'Mathématiques', 'COMPLETED'],
      ['MASTER', 'Engenharia Informática', 'COMPLETED'],
      ['MASTER', null, 'COMPLETED'],
      ['ASSOCIATE', 'Computing', 'COMPLETED'],
      ['HIGH_SCHOOL', null, 'COMPLETED'],
    ]);
  });

  it('reads the field after a degree whose name holds only the degree ("Bachelor of Engineering (B.E.), Mechanical Engineering")', () => {
    expect(
      education(
        [
          'Dana Roe',
          'dana@example.org',
          'Education',
          'Bachelor of Engineering (B.E.), Mechanical Engineering, Anna University, 2016',
          'Associate of Applied Science, Network Administration, 2012',
          'Bachelor of Engineering, Anna University, 2010',
        ].join('\n'),
      ),
    ).toEqual([
      ['BACHELOR', 'Mechanical Engineering', 'COMPLETED'],
      ['ASSOCIATE', 'Network Administration', 'COMPLETED'],
      ['BACHELOR', 'Engineering', 'COMPLETED'],
    ]);
  });
});
