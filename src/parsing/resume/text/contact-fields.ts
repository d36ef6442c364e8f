import { addressBlock } from './address-block';
import { ROLE_WORDS } from './skill-list-words';
import type { ResumeLine } from './text-lines';

/**
 * Contact fields from the top of a résumé: name, e-mail, phone and location. They are the
 * candidate's personal fields and nothing else: the matcher never sees them.
 */
export interface ContactFields {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly location: string | null;
  /** Line numbers of each field found, for provenance. */
  readonly lines: {
    readonly name?: number;
    readonly email?: number;
    readonly phone?: number;
    readonly location?: number;
  };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/u;
// "jane.roe @ gmail.com", "jane@gmail .com": an address a PDF's text layer set a space into,
// around the "@" or before the top-level domain (in lower case, as addresses are printed).
const SPACED_EMAIL = /[A-Za-z0-9._%+-]+ ?@ ?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)* ?\.[a-z]{2,6}(?![\p{L}\d])/u;
// Seven or more digits with the usual separators, optionally with a country code. Word processors
// and PDF fonts set the dashes as en dashes, hyphens (U+2010, U+2011), minus signs and soft hyphens;
// a template's placeholder ends in x's ("131-221-87xxx", "555-555-XXXX"); a country code may be
// bracketed after its plus ("+(49) 157-5706-2745").
const DASHES = '\u00ad\u2010-\u2013\u2212\ufe63\uff0d-';
const PHONE = new RegExp(
  `(?<![\\w/])(?:\\(?\\+\\d{1,3}\\)?[\\s.${DASHES}]?)?(?:\\+?\\(\\d{1,4}\\)[\\s.${DASHES}]?)?\\d[\\d\\s.${DASHES}]{5,}(?:\\d|(?<=\\d)[xX]{2,4})(?![\\w/])`,
  'u',
);
// Characters a hyphen is set with besides "-": a run of them reads as one hyphen.
const HYPHEN_RUN =
  /[\u00ad\u2010-\u2012\u2212\ufe63\uff0d-]*[\u00ad\u2010-\u2012\u2212\ufe63\uff0d][\u00ad\u2010-\u2012\u2212\ufe63\uff0d-]*/gu;

/**
 * A phone number as printed, with what only looks like a hyphen written as one: a PDF font may
 * map its hyphen glyph to a soft hyphen or U+2010, or set both ("555-\u00ad5555"). An en dash
 * stays: it is printed, and the phone field takes it.
 */
function cleanPhone(text: string): string {
  return text.replace(HYPHEN_RUN, '-').trim();
}
const URL = /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin|github|gitlab)\.com\/\S*/giu;
const LABEL = /^(?:name|e-?mail|phone|tel|telephone|mobile|cell|location|address|city|based in|residence)\s*[:：]\s*/iu;
const FIELD_SPLIT = /\s*(?:[|•·◆♦]|\s{2,}|\s[-–—]\s|;|\s,\s)\s*/u;

// US states and Canadian provinces, as "City, ST" writes them.
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(
    ' ',
  ),
);
// Apart from postal-location.ts's COUNTRY_NAMES on purpose: here a match makes a header line the
// candidate's location, and the lists differ (that one has US territories, South America); sharing
// one would change what either parser reads and the judged résumé figures would need measuring again.
const COUNTRIES = new Set([
  'usa',
  'us',
  'united states',
  'united states of america',
  'uk',
  'united kingdom',
  'england',
  'scotland',
  'ireland',
  'canada',
  'germany',
  'france',
  'spain',
  'portugal',
  'italy',
  'netherlands',
  'belgium',
  'switzerland',
  'austria',
  'poland',
  'czechia',
  'czech republic',
  'sweden',
  'norway',
  'denmark',
  'finland',
  'estonia',
  'latvia',
  'lithuania',
  'ukraine',
  'romania',
  'bulgaria',
  'greece',
  'turkey',
  'israel',
  'india',
  'pakistan',
  'bangladesh',
  'china',
  'japan',
  'south korea',
  'korea',
  'singapore',
  'vietnam',
  'philippines',
  'indonesia',
  'malaysia',
  'thailand',
  'australia',
  'new zealand',
  'brazil',
  'argentina',
  'mexico',
  'chile',
  'colombia',
  'peru',
  'nigeria',
  'kenya',
  'egypt',
  'south africa',
  'morocco',
  'uae',
  'united arab emirates',
  'saudi arabia',
  'russia',
  'belarus',
  'georgia',
  'armenia',
  'serbia',
  'croatia',
  'slovenia',
  'slovakia',
  'hungary',
  'luxembourg',
  'iceland',
  'republic of korea',
  'remote',
]);
const CITY = "[A-Z][\\p{L}'.-]+(?:\\s[A-Z][\\p{L}'.-]+){0,3}";
const CITY_REGION = new RegExp(
  `^(${CITY}),\\s*([A-Z]{2}|[A-Z][\\p{L}.-]+(?:\\s[A-Z][\\p{L}.-]+){0,2})(?:,?\\s+\\d{5})?(?:,\\s*(?:USA|US|United States))?$`,
  'u',
);
const NAME_WORD =
  /^(?:[A-Z][\p{L}'’-]+|[A-Z]\.|[A-Z][\p{L}'’-]*[A-Z][\p{L}'’-]+|(?:van|von|de|da|del|der|di|la|le|bin|al)|[A-ZÀ-Ý\p{Lu}]{2,}[\p{L}'’-]*)$/u;

const PLACE = /^[A-Z][\p{L}'.-]*(?:\s(?:[A-Z][\p{L}'.-]*|of|the))*$/u;
const TOWN = /^[A-Z][\p{L}'.-]*(?:\s[A-Z][\p{L}'.-]*){0,2}$/u;
const STREET = /^\d+[A-Za-z]?\s+[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*){0,3},\s*(.+)$/u;

/** "Seoul, Republic of Korea" with a district before, "Mountain View, CA, USA": three or four places ending in a country (and maybe a postcode). */
function isPlaceChain(text: string): boolean {
  const parts = text.replace(/\s+\d{4,5}$/u, '').split(/,\s*/u);
  if (parts.length < 3 || parts.length > 4 || !parts.every((p) => PLACE.test(p))) return false;
  const last = parts[parts.length - 1];
  return COUNTRIES.has(last.toLowerCase()) || US_STATES.has(last);
}

// "96-C2 Climaco Street, Pahina Central - Cebu City, Philippines": a house number and a named street
// opening a line, the start of a full postal address.
const STREET_ADDRESS_START =
  /^\d[\p{L}\d-]*\s+\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}\s(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way)\.?,\s/iu;

/**
 * A postal address written out on one line, from its house number to its country or state, read
 * whole ("96-C2 Climaco Street, Pahina Central - Cebu City, Philippines"), without what a layout
 * set after it on the same line (a profile handle, a stray label); or null.
 */
function streetAddress(text: string): string | null {
  if (!STREET_ADDRESS_START.test(text)) return null;
  const comma = text.lastIndexOf(', ');
  const words = text.slice(comma + 2).split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const place = words
      .slice(0, n)
      .join(' ')
      .replace(/[.,;]$/u, '');
    if (COUNTRIES.has(place.toLowerCase()) || US_STATES.has(place)) return `${text.slice(0, comma + 2)}${place}`;
  }
  return null;
}

// A template's placeholder where the location goes ("Your Location", AltaCV's "Address, Street,
// 00000 County" and "Location, COUNTRY", moderncv's "street and number – postcode city – country"):
// read as printed, never as a name.
const PLACEHOLDER_LOCATION =
  /^(?:your (?:location|city|address|city, country)|address, street\b.*|location, country|street and number\b.*)$/iu;
// An icon glyph a template sets before or after a field, extracted as a lone symbol ("# Address").
const ICON_EDGE = /^(?:[^\p{L}\p{N}\s(]\s+)+|(?:\s+[^\p{L}\p{N}\s)])+$/gu;

function isLocation(text: string): boolean {
  if (PLACEHOLDER_LOCATION.test(text)) return true;
  const lower = text.toLowerCase();
  if (COUNTRIES.has(lower)) return lower !== 'us';
  // "123 Main St, Anywhere, USA": a street address before the place; "1234 Broadway, New York":
  // the street names the line an address, so the town after it needs no region.
  const street = STREET.exec(text);
  if (street !== null) return isLocation(street[1]) || TOWN.test(street[1]);
  if (isPlaceChain(text)) return true;
  // "Grenseveien 6, 9011 Tromsø, Norway": a street and a postcode before the country.
  const parts = text.split(/,\s*/u);
  if (parts.length >= 3 && parts.length <= 4 && COUNTRIES.has(parts[parts.length - 1].toLowerCase()))
    return /\d/u.test(text) && parts.every((p) => /^[\p{Lu}\d][\p{L}\d .'-]*$/u.test(p));
  const m = CITY_REGION.exec(text);
  if (m === null) return false;
  const region = m[2];
  return US_STATES.has(region) || COUNTRIES.has(region.toLowerCase()) || /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/u.test(region);
}

// Document titles that sit where a name would.
const NOT_A_NAME = /^(?:curriculum vitae|resume|résumé|cv|contact|personal details|cover letter)$/iu;
// A job title set a word to a line ("SOFTWARE" over "ENGINEER") is no stacked name.
const ROLE_WORD = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})\\b`, 'iu');
// A document title set after the name ("Jan Küster Resume"), which is no part of it.
const TITLE_AFTER_NAME = /\s+(?:resume|résumé|cv|curriculum vitae)$/iu;
// A phone masked where it was published ("+49 176 *** *** **", "+1 (xxx) xxx-xxxx"): the phone as printed.
const MASKED_PHONE =
  /\+?\d[\d ().-]{2,}\d(?:\s*\*{2,}){2,}|(?:\+\d{1,3}\s*)?\(?[\dx]{3}\)?[\s.-]?x{3}[\s.-]x{4}(?![\p{L}\d])/iu;

// "JOSEPHS.GUTSTADT": a name in capitals whose word gaps the text layer lost around a middle
// initial, which its dot still marks ("Joseph S. Gutstadt").
const GLUED_INITIAL = /^(\p{Lu}{2,})(\p{Lu})\.(\p{Lu}{2,})$/u;

function looksLikeName(text: string): boolean {
  if (text.length > 48 || /[\d@/:]/u.test(text) || NOT_A_NAME.test(text.trim())) return false;
  const words = text.replace(/,.*$/u, '').split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD.test(w));
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/**
 * Reads contact fields from the lines before the first section (and, for e-mail and phone,
 * anywhere, since two-column layouts put them in a side column). The name is the first line
 * that reads as a person's name; a location is "City, ST", "City, Country" or a country.
 */
export function readContactFields(header: readonly ResumeLine[], all: readonly ResumeLine[]): ContactFields {
  let name: string | null = null;
  let email: string | null = null;
  let phone: string | null = null;
  let location: string | null = null;
  const lines: { name?: number; email?: number; phone?: number; location?: number } = {};
  // `inHeader`: the lines above the first section, or a contact block found in the body; `named`:
  // whether a person's name may be read there (not in a footer block beside the e-mail).
  const scan = (line: ResumeLine, inHeader: boolean, named = inHeader): void => {
    const text = line.text.replace(URL, ' ');
    if (email === null) {
      const m = EMAIL.exec(text) ?? (inHeader ? SPACED_EMAIL.exec(text) : null);
      if (m !== null) {
        email = m[0].replace(/\s+/gu, '').replace(/\.$/u, '');
        lines.email = line.line;
      }
    }
    const address =
      inHeader && location === null
        ? (streetAddress(text.trim()) ?? (PLACEHOLDER_LOCATION.test(text.trim()) ? text.trim() : null))
        : null;
    if (address !== null) {
      location = address;
      lines.location = line.line;
    }
    for (const rawPart of (address === null ? text : text.replace(address, ' ')).split(FIELD_SPLIT)) {
      const labelled = LABEL.exec(rawPart);
      let part = rawPart
        .replace(LABEL, '')
        .replace(EMAIL, '')
        .trim()
        .replace(/^[,;]+|[,;]+$/gu, '')
        .trim();
      if (part === '') continue;
      if (phone === null && PHONE.test(part) && part.replace(/\D/gu, '').length >= 7) {
        const m = PHONE.exec(part)!;
        // A span of years ("2019 - 2021") is not a phone number.
        if (!/^\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*$/u.test(m[0])) {
          phone = cleanPhone(m[0]);
          lines.phone = line.line;
          // What is left beside the number may be the location ("+1 (415) 555-0142 San Francisco, CA").
          part = part.replace(m[0], ' ').trim();
          if (part === '') continue;
        }
      }
      if (inHeader && phone === null && MASKED_PHONE.test(part)) {
        phone = MASKED_PHONE.exec(part)![0].trim();
        lines.phone = line.line;
        continue;
      }
      part = part.replace(ICON_EDGE, '').trim().replace(TITLE_AFTER_NAME, '').replace(GLUED_INITIAL, '$1 $2. $3');
      if (named && name === null && looksLikeName(part) && !isLocation(part)) {
        name = titleCase(part.replace(/,.*$/u, ''));
        lines.name = line.line;
        continue;
      }
      if (
        inHeader &&
        location === null &&
        (isLocation(part) || (labelled !== null && /location|address|city|based|residence/iu.test(labelled[0])))
      ) {
        location = part;
        lines.location = line.line;
      }
    }
    // "(416) 000 – 0000": a spaced dash inside the number split it into pieces too short to read.
    const spaced = phone === null && inHeader ? PHONE.exec(text.replace(EMAIL, ' ')) : null;
    if (spaced !== null && /\s[–-]\s/u.test(spaced[0]) && spaced[0].replace(/\D/gu, '').length >= 7) {
      phone = cleanPhone(spaced[0]);
      lines.phone = line.line;
    }
  };
  // "JOHN" over "DOE": a name set large, a word to a line, at the top of the page.
  const [first, second] = header;
  const stacked = second === undefined ? '' : `${first.text} ${second.text}`;
  if (/^\S+ \S+$/u.test(stacked) && looksLikeName(stacked) && !isLocation(stacked) && !ROLE_WORD.test(stacked)) {
    name = titleCase(stacked);
    lines.name = first.line;
  }
  header.slice(0, 12).forEach((line) => scan(line, true));
  const address = location === null ? addressBlock(header.slice(0, 12)) : null;
  if (address !== null) [location, lines.location] = [address.text, address.line];
  if (email === null || phone === null) {
    for (const line of all) {
      if (email !== null && phone !== null) break;
      if (header.includes(line)) continue;
      // Only e-mail and a labelled phone are taken from body lines.
      if (email === null && EMAIL.test(line.text)) {
        scan(line, false);
        // A contact block at the foot of the page ("jane@x.org • +47 477 19 556" over "Tromsø,
        // Norway"): the lines beside the e-mail give the phone and the location.
        const at = all.indexOf(line);
        for (const near of [...all.slice(Math.max(0, at - 2), at), ...all.slice(at, at + 3)])
          if (!header.includes(near)) scan(near, true, false);
      } else if (phone === null && /(?:phone|tel|mobile|cell)\s*[:：]/iu.test(line.text)) scan(line, false);
    }
  }
  return { name, email, phone, location, lines };
}
