import { parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/**
 * Contact fields where templates put them: a document title after the name, a masked phone, a
 * user name under the name, a sidebar's Contact section, a contact block at the foot of the page.
 */

const NOW = new Date('2026-12-01T00:00:00Z');

function contact(text: string): (string | null)[] {
  const r: ResumeTextParse = parseResumeText(text, shippedTaxonomy(), { now: NOW });
  return [r.name, r.email, r.phone, r.location];
}

describe('contact fields in template layouts', () => {
  it('reads a name with a document title after it, and a masked phone as printed', () => {
    expect(
      contact(
        [
          'Jan Küster Resume',
          'Consultant and Software Developer',
          'Status: M.Sc. Digital Media  Bremen, Germany',
          'Techs: Meteor, Javascript  info@example.com',
          'Activities: Global Game Jam, Fitness  +49 176 *** *** **',
          'Experience',
          'IT Consultant - Acme GmbH  2014 - 2016',
        ].join('\n'),
      ),
    ).toEqual(['Jan Küster', 'info@example.com', '+49 176 *** *** **', 'Bremen, Germany']);
  });

  it('reads a phone whose digits a sample masks with x as printed', () => {
    expect(
      contact(
        [
          'Sam Lee',
          '+1 (xxx) xxx-xxxx | Austin, TX | sam@example.org',
          'Experience',
          'Developer - Acme  2019 - 2021',
        ].join('\n'),
      ),
    ).toEqual(['Sam Lee', 'sam@example.org', '+1 (xxx) xxx-xxxx', 'Austin, TX']);
  });

  it('reads a name and a headline set a word to a line at the top of the page', () => {
    const r = parseResumeText(
      ['MARA', 'LIND', 'Data', 'Engineer', 'EXPERIENCE', 'Data Engineer - Acme  2019 - 2021'].join('\n'),
      shippedTaxonomy(),
      { now: NOW },
    );
    expect([r.name, r.headline]).toEqual(['Mara Lind', 'Data Engineer']);
    expect(r.skills.map((s) => s.name)).toContain('Data engineering');
  });

  it('keeps a user name under the name apart from it', () => {
    expect(
      contact(
        [
          'John Doe',
          'johndoe',
          'Creative and Innovative Web Developer',
          'Pleasantville, CA 94588  (555) 123-4567  john.doe@example.com',
          'Experience',
          'Senior Web Developer, Creative Solutions Inc.  January 2019 to Present',
        ].join('\n'),
      ),
    ).toEqual(['John Doe', 'john.doe@example.com', '(555) 123-4567', 'Pleasantville, CA 94588']);
  });

  it("reads a sidebar's Contact section when a heading opens the page", () => {
    expect(
      contact(
        [
          'SKILLS',
          'Python  5+ yrs',
          'Ansible  5+ yrs',
          'CONTACT',
          'Example St. 1',
          'Æ +49 178 910 11 12 13',
          'R contact@example.com',
          'ILYA RUMYANTSEV',
          'Freelance Automation Consultant and Developer',
          'WORK EXPERIENCE',
          'DevOps engineer  Jan 15 - Sep 15',
        ].join('\n'),
      ).slice(0, 3),
    ).toEqual(['Ilya Rumyantsev', 'contact@example.com', '+49 178 910 11 12 13']);
  });

  it("reads the fields a header with the name lacks from a sidebar's Contact section", () => {
    expect(
      contact(
        [
          'Mara Lind',
          'Data Engineer',
          'EXPERIENCE',
          'Data Engineer - Acme  2019 - 2021',
          'CONTACT',
          'Storgatan 4',
          '11122 Stockholm',
          'mara@example.org',
        ].join('\n'),
      ),
    ).toEqual(['Mara Lind', 'mara@example.org', null, 'Storgatan 4, 11122 Stockholm']);
  });

  it('reads the phone and the address of a contact block at the foot of the page', () => {
    expect(
      contact(
        [
          'Eirik Enger',
          'PhD candidate',
          'Experience',
          '2020–2024  Research assistant, University of Tromsø',
          'Wrote the model in Python.',
          'eirik@example.org • +47 477 19 556 • 25 years old',
          'eirik.example.xyz • github • linkedin',
          'Grenseveien 6, 9011 Tromsø, Norway',
        ].join('\n'),
      ),
    ).toEqual(['Eirik Enger', 'eirik@example.org', '+47 477 19 556', 'Grenseveien 6, 9011 Tromsø, Norway']);
  });
});

describe('postal locations', () => {
  it('reads a street over a postcode and town in a sidebar contact block as one location', () => {
    expect(
      contact(
        [
          'SKILLS',
          'Python  5+ yrs',
          'CONTACT',
          'Example St. 1',
          '½',
          '12345 Somewhere',
          'Æ +49 178 910 11 12 13',
          'R contact@example.com',
          'ILYA RUMYANTSEV',
          'WORK EXPERIENCE',
          'DevOps engineer  Jan 15 - Sep 15',
        ].join('\n'),
      ),
    ).toEqual(['Ilya Rumyantsev', 'contact@example.com', '+49 178 910 11 12 13', 'Example St. 1, 12345 Somewhere']);
  });

  it('reads a house number and street over a town, or before it on one line, as the location', () => {
    expect(
      contact(
        [
          'Lena Park',
          'Web Developer',
          'SKILLS',
          'HTML5',
          'CONTACT',
          'lena@example.org \uf0e0',
          '12 Elm Street \uf015',
          'Springfield',
          'EXPERIENCE',
          'Web Developer - Acme  2019 - 2021',
        ].join('\n'),
      ),
    ).toEqual(['Lena Park', 'lena@example.org', null, '12 Elm Street, Springfield']);
    expect(
      contact(
        [
          'Lena Park',
          'lena@example.org; 555 0100 200; 500 Oak Avenue, Riverton; lenapark.dev',
          'EXPERIENCE',
          'Web Developer - Acme  2019 - 2021',
        ].join('\n'),
      )[3],
    ).toBe('500 Oak Avenue, Riverton');
  });

  it('reads a street, city, state and a ZIP code set after a comma as the location', () => {
    expect(
      contact(
        [
          'Dana Cole',
          'Experience',
          '2019 - 2021',
          'Platform Engineer: Acme',
          'dana@example.org • (555) 010-7720 • 12 Elm Place, Jersey City, NJ, 07302 • LinkedIn',
        ].join('\n'),
      )[3],
    ).toBe('12 Elm Place, Jersey City, NJ, 07302');
  });

  it('reads a city, state and country followed by a postcode as the location', () => {
    expect(
      contact(
        [
          'JOHN SMITH L. DOE',
          'New York, New York, United States of America 1234',
          'johndoe@example.com ◆ (+1) 987 6543 210 ◆ johndoe.com',
          'EDUCATION',
          'Bachelor of Science in Computer Science  Aug 2017 – Jun 2021',
        ].join('\n'),
      )[3],
    ).toBe('New York, New York, United States of America 1234');
  });

  it('reads a one-line street address at the foot of the page whole, without the handle set after it', () => {
    expect(
      contact(
        [
          'Mark Roe',
          'Reports Analyst',
          'Experience',
          '2019 - 2021  Reports Analyst at Acme (Cebu City, Philippines)',
          'mark@example.org • +63 (9)20 981 0209 • 39 years old',
          '96-C2 Climaco Street, Pahina Central - Cebu City, Philippines mark-roe-43b08b34',
        ].join('\n'),
      ),
    ).toEqual([
      'Mark Roe',
      'mark@example.org',
      '+63 (9)20 981 0209',
      '96-C2 Climaco Street, Pahina Central - Cebu City, Philippines',
    ]);
  });

  it('keeps the plus of a bracketed country code, and reads a template placeholder location as printed', () => {
    expect(
      contact(
        [
          'Dana Roe',
          'dana@example.org ·  +(49) 157-5706-2745',
          '@ your_name@email.com  # Åddrésş, Street, 00000 Cóuntry  * Location, COUNTRY',
          'Experience',
          'Developer, Acme  2019 - 2021',
        ].join('\n'),
      ),
    ).toEqual(['Dana Roe', 'dana@example.org', '+(49) 157-5706-2745', 'Location, COUNTRY']);
  });

  it('parts a name in capitals glued around its middle initial', () => {
    expect(
      contact(
        ['JOSEPHS.GUTSTADT', 'joseph@example.org', 'Experience', 'Software Engineer - Acme  2019 - 2021'].join('\n'),
      )[0],
    ).toBe('Joseph S. Gutstadt');
  });

  it('reads an e-mail address a PDF set a space into, around its "@" or before its domain', () => {
    const read = (line: string) =>
      contact(['Jane Roe', line, 'Experience', 'Developer - Acme  2019 - 2021'].join('\n'))[1];
    expect(read('jane.roe @ gmail.com | +44 7700 900123 | London, UK')).toBe('jane.roe@gmail.com');
    expect(read('jane.roe@gmail .com  Paris, France')).toBe('jane.roe@gmail.com');
  });
});
