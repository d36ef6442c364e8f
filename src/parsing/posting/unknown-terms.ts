/** A technical-looking term in a requirement line that may name a skill. */
export interface TermCandidate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Capitalised words that are ordinary in requirement lines and never skills by themselves.
const ORDINARY = new Set(
  `a an the and or of in on at to for with by from as is are be been will would should must may can could you your we our
   they their it its this that these those i me my us he she his her who what when where which how why all any both each
   experience experienced knowledge understanding familiarity proficiency expertise exposure background ability able skills
   skill strong solid good great excellent deep proven working basic advanced demonstrated hands-on practical minimum
   preferred required plus bonus nice have has having must ideally also including include such e.g i.e etc ie eg example
   years year months month degree bachelor bachelors bachelor's master masters master's phd ph.d doctorate associate
   science engineering computer mathematics math physics statistics information technology it field related equivalent
   university college school program students student graduate graduates graduation intern internship co-op coop team
   teams senior junior lead principal staff engineer engineers developer developers software hardware systems system
   english spanish french german mandarin chinese japanese portuguese korean hindi italian dutch
   january february march april may june july august september october november december
   monday tuesday wednesday thursday friday saturday sunday us usa u.s u.s.a uk eu europe america american north south
   east west remote hybrid on-site onsite office location eeo equal opportunity
   familiar proficient comfortable fluent expert passion passionate self-starter motivated team-player
   tools tool technologies technology frameworks framework platforms platform languages language services service
   concepts concept courses course areas area environment environments development design testing support
   applications application apps app products product solutions solution features feature infrastructure architecture
   architectures networks security data analytics automation scripting documentation deployment deployments operations
   processes process procedures methodologies methodology principles patterns practices algorithms structures fundamentals
   problems issues projects project customers clients users stakeholders business requirements specifications code
   servers server databases database programming coding debugging troubleshooting communication collaboration
   leadership mentoring ownership quality performance reliability scalability availability monitoring integration
   implementation maintenance research analysis modeling models production systems, etc and/or
   architect architects administrator analyst analysts scientist scientists manager managers certification certifications
   certified certificate dm cv pto 401k w2 c2c eoe hr faq asap bs ms ba ma bsc msc mba b.s m.s b.a m.a bs/ms ms/phd bs/ba ba/bs phd/ms inc ltd llc corp co`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);

const CONNECTIVES =
  /^(?:and|or|and\/or|etc\.?|e\.g\.?|i\.e\.?|such as|including|like|plus|as well as|with|using|in|of)$/iu;

/**
 * Technical-looking words in a requirement clause that no skill mention covers: capitalised
 * words and runs of them ("Internet Services") other than a sentence's first word, acronyms,
 * tokens with digits or `+#./` ("Node.js", "S3", "CI/CD"), and the leftover items of a list
 * that otherwise names skills ("Python, Go, Fooscript"). `covered` holds the [start, end)
 * spans already read as skills; ordinary words, numbers and the company name are skipped.
 */
export function findTermCandidates(
  text: string,
  covered: readonly (readonly [number, number])[],
  ignore: readonly string[] = [],
): TermCandidate[] {
  const masked = maskSpans(text, covered);
  const ignored = new Set(ignore.map((w) => w.toLowerCase()));
  const found: TermCandidate[] = [];
  const push = (start: number, end: number): void => {
    const raw = text.slice(start, end).replace(/^[^A-Za-z0-9.]+|[^A-Za-z0-9+#]+$/gu, '');
    if (raw.length < 2 || raw.length > 40) return;
    const offset = text.indexOf(raw, start);
    const words = raw.split(/\s+/u);
    if (words.every((w) => ORDINARY.has(plainWord(w)) || ignored.has(w.toLowerCase()))) return;
    if (ignored.has(raw.toLowerCase())) return;
    if (/^[\d.,:/+%$€£-]+$/u.test(raw) || /^\d+\s*(?:\+|k|%)?$/u.test(raw)) return;
    if (/^(?:e\.g|i\.e|etc|vs|approx|incl|n\/a|and\/or|w\/|24\/7|9-5)\.?$/iu.test(raw)) return;
    if (/^\d{4}$/u.test(raw) || /^\d+(?:st|nd|rd|th)$/iu.test(raw) || /^(?:q[1-4]|h[12])$/iu.test(raw)) return;
    // A clock time ("5:00pm" reads as "00pm" after its colon).
    if (/^\d{1,2}(?:am|pm)$/iu.test(raw)) return;
    // Terms are pushed in text order, so only the last one can cover this offset (a scan of all was quadratic).
    const last = found[found.length - 1];
    if (last !== undefined && last.start <= offset && offset < last.end) return;
    found.push({ text: raw, start: offset, end: offset + raw.length });
  };

  // Runs of capitalised or technical tokens.
  const TOKEN = /[A-Za-z0-9][A-Za-z0-9+#./&'’-]*[A-Za-z0-9+#]|[A-Za-z0-9]/gu;
  const tokens: { text: string; start: number; end: number }[] = [];
  for (let m = TOKEN.exec(masked); m !== null; m = TOKEN.exec(masked))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const technical = (t: string): boolean =>
    /[A-Za-z][+#]|[A-Za-z]\d|\d[A-Za-z]|[A-Za-z]\.[A-Za-z]|[A-Za-z]\/[A-Za-z]/u.test(t) &&
    !/^(?:e\.g|i\.e|and\/or|w\/o?)\.?$/iu.test(t);
  const acronym = (t: string): boolean => /^[A-Z][A-Z0-9]{1,7}s?$/u.test(t);
  const capital = (t: string): boolean => /^[A-Z][a-z]/u.test(t) || /^[a-z]+[A-Z]/u.test(t);
  const sentenceStart = (start: number): boolean => {
    // Only the text just before matters; slicing from 0 for every token was quadratic in a long line.
    const before = masked.slice(Math.max(0, start - 200), start).trimEnd();
    return before === '' || /[.!?:]$/u.test(before) || /^[\s\-•*]*$/u.test(before);
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const isCap = capital(t.text);
    if (technical(t.text) || acronym(t.text) || (isCap && !sentenceStart(t.start))) {
      let j = i;
      while (
        j + 1 < tokens.length &&
        /^ $/u.test(masked.slice(tokens[j].end, tokens[j + 1].start)) &&
        (capital(tokens[j + 1].text) ||
          acronym(tokens[j + 1].text) ||
          technical(tokens[j + 1].text) ||
          /^v?\d+(?:\.\d+)+$/u.test(tokens[j + 1].text) ||
          // A standard's number belongs to its name: "PEP 740", "ISO 27001", "RFC 7519".
          (acronym(tokens[j].text) && /^\d{1,5}$/u.test(tokens[j + 1].text)))
      )
        j++;
      push(t.start, tokens[j].end);
      i = j + 1;
      continue;
    }
    if (isCap && sentenceStart(t.start)) {
      // "Golang Developer ..." style runs at the start still count when two or more words are capitalised.
      let j = i;
      while (
        j + 1 < tokens.length &&
        /^ $/u.test(masked.slice(tokens[j].end, tokens[j + 1].start)) &&
        capital(tokens[j + 1].text)
      )
        j++;
      // A list item that is only a name ("Fipay Payment Engine", "Gilbarco Insite360 (fuel)") keeps its first word.
      const wholeItem = j > i && /^\s*(?:[(:;,–-]|$)/u.test(masked.slice(tokens[j].end, tokens[j].end + 8));
      if (j > i) push(wholeItem ? tokens[i].start : tokens[i + 1].start, tokens[j].end);
      i = j + 1;
      continue;
    }
    i++;
  }
  return found;
}

/**
 * Leftover items of a comma list that otherwise names skills: "Python, Go, Fooscript" leaves
 * "Fooscript". Only short items (one to three words) of lists where most items are skills.
 */
export function leftoverListItems(text: string, covered: readonly (readonly [number, number])[]): TermCandidate[] {
  const items: { text: string; start: number; end: number }[] = [];
  const SPLIT = /[^,;()]+/gu;
  for (let m = SPLIT.exec(text); m !== null; m = SPLIT.exec(text))
    items.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  if (items.length < 3) return [];
  const isCovered = (item: { start: number; end: number }): boolean =>
    covered.some(([s, e]) => s < item.end && e > item.start);
  const coveredCount = items.filter(isCovered).length;
  if (coveredCount < Math.ceil(items.length * 0.6)) return [];
  const out: TermCandidate[] = [];
  for (const item of items) {
    if (isCovered(item)) continue;
    let word = item.text
      .trim()
      .replace(/^(?:and\/or|and|or|&)\s+/iu, '')
      .replace(/[.:!?]+$/u, '')
      .trim();
    // The list's lead-in ("areas: C++, ...") sits on the first item.
    if (/:/u.test(word)) word = word.slice(word.lastIndexOf(':') + 1).trim();
    if (word === '' || CONNECTIVES.test(word)) continue;
    const words = word.split(/\s+/u);
    if (words.length > 3 || words.every((w) => ORDINARY.has(plainWord(w)))) continue;
    // Lower-case verbs and adverbs in a list ("debugging, designing, and implementing") are prose.
    if (/^[a-z]+(?:ing|ed|ly)$/u.test(word) || (words.length > 1 && /^[a-z\s]+$/u.test(word))) continue;
    const start = text.indexOf(word, item.start);
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

/** A word as the stop list spells it: lower case, straight apostrophe, no possessive or trailing dot. */
function plainWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/'s$/u, '')
    .replace(/[.,]+$/u, '');
}

function maskSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const [s, e] of spans) for (let k = Math.max(0, s); k < Math.min(e, chars.length); k++) chars[k] = ' ';
  return chars.join('');
}
