import { htmlToText, textFromOwnHtml, textToHtml } from '../../../src/parsing/jsonld/description-html';
import { employmentTypeFromText } from '../../../src/parsing/jsonld/employment-type';
import { credentialCategoryOf, educationLevelOfCredential } from '../../../src/parsing/jsonld/credential-category';
import { formatLocation, parseLocation } from '../../../src/parsing/jsonld/postal-location';

describe('parseLocation', () => {
  it.each([
    ['Tucson, AZ', { kind: 'place', locality: 'Tucson', region: 'AZ', country: 'US' }],
    [
      'Poughkeepsie, United States',
      { kind: 'place', locality: 'Poughkeepsie', region: null, country: 'United States' },
    ],
    ['Toronto, ON', { kind: 'place', locality: 'Toronto', region: 'ON', country: 'CA' }],
    ['Munich, Bavaria', { kind: 'place', locality: 'Munich', region: 'Bavaria', country: null }],
    ['Lyon, FR', { kind: 'place', locality: 'Lyon', region: null, country: 'FR' }],
    [
      'Springfield, Sangamon County, IL, USA',
      { kind: 'place', locality: 'Springfield', region: 'Sangamon County, IL', country: 'USA' },
    ],
    ['Germany', { kind: 'place', locality: null, region: null, country: 'Germany' }],
    ['Tucson', { kind: 'place', locality: 'Tucson', region: null, country: null }],
    ['Remote', { kind: 'remote', country: null }],
    ['Remote (US)', { kind: 'remote', country: 'US' }],
    ['remote - United Kingdom', { kind: 'remote', country: 'United Kingdom' }],
    ['Remoteville, TX', { kind: 'place', locality: 'Remoteville', region: 'TX', country: 'US' }],
  ])('%s', (text, parts) => {
    expect(parseLocation(text)).toEqual(parts);
  });

  it('formats address parts back, leaving out the missing ones', () => {
    expect(formatLocation('Tucson', 'AZ', 'US')).toBe('Tucson, AZ, US');
    expect(formatLocation('Poughkeepsie', null, 'United States')).toBe('Poughkeepsie, United States');
    expect(formatLocation(null, null, null)).toBeNull();
  });
});

describe('description HTML', () => {
  it.each([
    '',
    'plain',
    'two\nlines\n\n\nand gaps',
    'windows\r\nline ends\r',
    '<b>not a tag</b> & &amp; &lt; <br>\n literal',
    '  leading and trailing spaces  ',
    'unicode: naïve café — 🚀',
  ])('round-trips %j exactly', (text) => {
    expect(textFromOwnHtml(textToHtml(text))).toBe(text);
  });

  it('reads job board HTML as text', () => {
    expect(htmlToText('<p>Hello&nbsp;<em>world</em></p>\n   <p>Second   para</p>')).toBe('Hello world\n\nSecond para');
    expect(htmlToText('A<br/>B<BR>C')).toBe('A\nB\nC');
    expect(htmlToText('<ul>\n<li>One</li>\n<li>Two &amp; three</li>\n</ul>')).toBe('- One\n- Two & three');
    expect(htmlToText('<style>p{color:red}</style><script>alert(1)</script><p>Kept</p><!-- note -->')).toBe('Kept');
    expect(htmlToText('&#72;&#x69; &rsquo;quoted&rsquo; &bogus;')).toBe('Hi \u2019quoted\u2019 &bogus;');
    expect(htmlToText('&lt;p&gt;Double &amp;amp; escaped&lt;/p&gt;')).toBe('Double & escaped');
    expect(htmlToText('Plain text\n\nwith lines  ')).toBe('Plain text\n\nwith lines');
  });
});

describe('employment types and credentials', () => {
  it('knows schema.org values and the usual words, and nothing else', () => {
    expect(employmentTypeFromText('FULL_TIME')).toBe('FULL_TIME');
    expect(employmentTypeFromText('FullTime')).toBe('FULL_TIME');
    expect(employmentTypeFromText('Per Diem')).toBe('PER_DIEM');
    expect(employmentTypeFromText('Volunteer')).toBe('VOLUNTEER');
    expect(employmentTypeFromText('Gig')).toBeNull();
  });

  it("maps education levels to Google's credential categories and back", () => {
    expect(credentialCategoryOf('BACHELOR')).toBe('bachelor degree');
    expect(credentialCategoryOf('MASTER')).toBe('postgraduate degree');
    expect(credentialCategoryOf('DOCTORATE')).toBe('postgraduate degree');
    expect(credentialCategoryOf('NONE')).toBeNull();
    expect(educationLevelOfCredential('Bachelor Degree')).toBe('BACHELOR');
    expect(educationLevelOfCredential('postgraduate degree')).toBe('MASTER');
    expect(educationLevelOfCredential('no requirements')).toBe('NONE');
    expect(educationLevelOfCredential('professional certificate')).toBeNull();
  });
});
