/**
 * Repair of UTF-8 text that was decoded as a single-byte code page: Windows-1252 ("Ã©" for é,
 * "â€™" for ’) or Windows-874/Thai ("โ€™" for ’, "ย" plus a no-break space for a no-break
 * space). Each mis-decoded character is mapped back to its byte and the bytes are decoded as
 * UTF-8 again; a sequence is only replaced when it decodes to a character plausible in a job
 * posting, so real accented or Thai text is left alone.
 */

// Windows-1252 0x80..0x9F; the five undefined slots come through as C1 controls.
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const CHAR_TO_BYTE: ReadonlyMap<number, number> = buildByteMap(true);
const CHAR_TO_BYTE_LATIN: ReadonlyMap<number, number> = buildByteMap(false);

function buildByteMap(withThai: boolean): Map<number, number> {
  const map = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) map.set(b, b);
  CP1252_HIGH.forEach((code, i) => map.set(code, 0x80 + i));
  if (withThai) {
    // Windows-874: 0xA1..0xDA -> U+0E01..U+0E3A, 0xDF..0xFB -> U+0E3F..U+0E5B.
    for (let b = 0xa1; b <= 0xda; b++) map.set(0x0e01 + (b - 0xa1), b);
    for (let b = 0xdf; b <= 0xfb; b++) map.set(0x0e3f + (b - 0xdf), b);
  }
  return map;
}

/** Code points a repaired sequence may produce: Latin letters, punctuation, symbols, bullets, emoji. */
function plausible(code: number, length: number): boolean {
  if (length === 2) return code >= 0xa0 && code <= 0x24f;
  if (length === 3) {
    return (
      (code >= 0x2000 && code <= 0x23ff) ||
      (code >= 0x2500 && code <= 0x27bf) ||
      (code >= 0x2b00 && code <= 0x2bff) ||
      code === 0xfe0f ||
      code === 0xfeff
    );
  }
  return code >= 0x1f000 && code <= 0x1faff;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function decode(bytes: readonly number[]): number | null {
  const [lead] = bytes;
  let code = bytes.length === 2 ? lead & 0x1f : bytes.length === 3 ? lead & 0x0f : lead & 0x07;
  for (let i = 1; i < bytes.length; i++) {
    if ((bytes[i] & 0xc0) !== 0x80) return null;
    code = (code << 6) | (bytes[i] & 0x3f);
  }
  const minimum = bytes.length === 2 ? 0x80 : bytes.length === 3 ? 0x800 : 0x10000;
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return code;
}

export interface MojibakeRepair {
  readonly text: string;
  /** How many mis-decoded sequences were replaced. */
  readonly repairs: number;
  /** The first few repaired sequences as they appeared, for the warning. */
  readonly samples: readonly string[];
}

/**
 * Replaces UTF-8-read-as-cp1252/cp874 sequences with the characters they stand for. Thai
 * readings are only tried when Thai letters are a small minority of the text's letters (in an
 * English posting they come only from mojibake); two passes undo double encoding.
 */
export function repairMojibake(text: string): MojibakeRepair {
  let current = text;
  let repairs = 0;
  const samples: string[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const result = repairOnce(current, samples);
    repairs += result.repairs;
    current = result.text;
    if (result.repairs === 0) break;
  }
  return { text: current, repairs, samples };
}

const NON_ASCII = /[\u0080-\uffff]/;

function repairOnce(text: string, samples: string[]): { text: string; repairs: number } {
  // Every reading starts at a character above ASCII: a text without one is already right, and copying it
  // character by character would only make garbage.
  if (!NON_ASCII.test(text)) return { text, repairs: 0 };
  const thaiAllowed = !looksThai(text);
  const map = thaiAllowed ? CHAR_TO_BYTE : CHAR_TO_BYTE_LATIN;
  const out: string[] = [];
  let repairs = 0;
  let i = 0;
  const note = (sample: string): void => {
    repairs++;
    if (samples.length < 5 && !samples.includes(sample)) samples.push(sample);
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const lead = code >= 0x80 ? map.get(code) : undefined;
    const length = lead === undefined ? 0 : sequenceLength(lead);
    if (length > 0 && lead !== undefined) {
      const bytes = [lead];
      let j = i + 1;
      while (bytes.length < length && j < text.length) {
        const b = map.get(text.charCodeAt(j));
        if (b === undefined || b < 0x80 || b > 0xbf) break;
        bytes.push(b);
        j++;
      }
      if (bytes.length === length) {
        const decoded = decode(bytes);
        if (decoded !== null && plausible(decoded, length)) {
          out.push(String.fromCodePoint(decoded));
          note(text.slice(i, j));
          i = j;
          continue;
        }
      }
      // "โ€" / "â€" whose third byte (0x9D, undefined in both code pages) was lost: a closing quote.
      if (length === 3 && bytes.length === 2 && bytes[0] === 0xe2 && bytes[1] === 0x80) {
        out.push('\u201d');
        note(text.slice(i, j));
        i = j;
        continue;
      }
      // "ย" or "Â" followed by a plain space: a no-break space whose second byte became a space.
      if (length === 2 && bytes.length === 1 && lead === 0xc2 && /[ \t]/u.test(text.charAt(i + 1))) {
        out.push(' ');
        note(text.slice(i, i + 2));
        i += 2;
        continue;
      }
    }
    out.push(text.charAt(i));
    i++;
  }
  return { text: out.join(''), repairs };
}

/** True when Thai letters are a real part of the text, not just mojibake debris. */
function looksThai(text: string): boolean {
  let thai = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0e01 && code <= 0x0e5b) thai++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  return thai > 0 && thai > (thai + latin) * 0.2;
}
