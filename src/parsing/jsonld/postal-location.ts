/**
 * Location strings as postings write them ("Tucson, AZ", "Poughkeepsie, United States",
 * "Remote (US)") read into the parts of a schema.org PostalAddress, and back. The reading is
 * a heuristic — a two-letter second part is taken for a US state or Canadian province before
 * a country code, since "City, ST" is the common form.
 */

/** A location string's parts: a place with an address, or remote work (with the country applicants may live in). */
export type LocationParts =
  | { readonly kind: 'remote'; readonly country: string | null }
  | {
      readonly kind: 'place';
      readonly locality: string | null;
      readonly region: string | null;
      readonly country: string | null;
    };

const US_STATES: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ' +
    'ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP'
  ).split(' '),
);
const CANADIAN_PROVINCES: ReadonlySet<string> = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));
const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'united states',
  'united states of america',
  'usa',
  'us',
  'u.s.',
  'u.s.a.',
  'america',
  'united kingdom',
  'uk',
  'u.k.',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'ireland',
  'canada',
  'mexico',
  'brazil',
  'argentina',
  'chile',
  'colombia',
  'peru',
  'uruguay',
  'germany',
  'france',
  'spain',
  'portugal',
  'italy',
  'netherlands',
  'the netherlands',
  'belgium',
  'luxembourg',
  'switzerland',
  'austria',
  'poland',
  'czech republic',
  'czechia',
  'slovakia',
  'hungary',
  'romania',
  'bulgaria',
  'serbia',
  'croatia',
  'slovenia',
  'greece',
  'turkey',
  'ukraine',
  'sweden',
  'norway',
  'denmark',
  'finland',
  'iceland',
  'estonia',
  'latvia',
  'lithuania',
  'israel',
  'egypt',
  'morocco',
  'nigeria',
  'kenya',
  'ghana',
  'south africa',
  'india',
  'pakistan',
  'bangladesh',
  'sri lanka',
  'china',
  'hong kong',
  'taiwan',
  'japan',
  'south korea',
  'korea',
  'singapore',
  'malaysia',
  'thailand',
  'vietnam',
  'indonesia',
  'philippines',
  'australia',
  'new zealand',
  'united arab emirates',
  'uae',
  'saudi arabia',
  'qatar',
  'europe',
  'emea',
  'apac',
  'latam',
  'worldwide',
  'anywhere',
]);
const REMOTE = /^remote\b[\s,:()\-–—/]*(.*?)[\s)]*$/iu;
const TWO_OR_THREE_CAPITALS = /^[A-Z]{2,3}$/u;

function isCountry(text: string): boolean {
  return COUNTRY_NAMES.has(text.toLowerCase()) || TWO_OR_THREE_CAPITALS.test(text);
}

/** The address parts a location string names; see the module comment for the heuristics. */
export function parseLocation(location: string): LocationParts {
  const remote = REMOTE.exec(location.trim());
  if (remote !== null) return { kind: 'remote', country: remote[1] === '' ? null : remote[1] };
  const parts = location
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { kind: 'place', locality: null, region: null, country: null };
  if (parts.length === 1) {
    const only = parts[0];
    return isCountry(only)
      ? { kind: 'place', locality: null, region: null, country: only }
      : { kind: 'place', locality: only, region: null, country: null };
  }
  const locality = parts[0];
  if (parts.length === 2) {
    const second = parts[1];
    if (US_STATES.has(second)) return { kind: 'place', locality, region: second, country: 'US' };
    if (CANADIAN_PROVINCES.has(second)) return { kind: 'place', locality, region: second, country: 'CA' };
    if (isCountry(second)) return { kind: 'place', locality, region: null, country: second };
    return { kind: 'place', locality, region: second, country: null };
  }
  return {
    kind: 'place',
    locality,
    region: parts.slice(1, -1).join(', '),
    country: parts[parts.length - 1],
  };
}

/** A location string from address parts: "Locality, Region, Country" with the missing parts left out; null when all are. */
export function formatLocation(locality: string | null, region: string | null, country: string | null): string | null {
  const parts = [locality, region, country].filter((part): part is string => part !== null && part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}
