const US_STATE =
  /^(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|PR|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/u;

/**
 * Whether a short line reads as a place: "Poughkeepsie, AR", "Poughkeepsie, United States",
 * "Tucson - AZ", "London, England, UK", "Remote", "Remote (US)".
 */
export function looksLikeLocation(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (/^(?:remote|anywhere)(?:\s*[-,(]\s*[A-Za-z .]+\)?)?$/iu.test(t)) return true;
  if (/^[A-Z][A-Za-z.'’ -]{1,40}\s+[-–]\s+([A-Z]{2})$/u.test(t)) return US_STATE.test(t.slice(-2));
  const parts = t.split(/\s*,\s*/u);
  if (parts.length < 2 || parts.length > 3) return false;
  const place = /^[A-Z][A-Za-z.'’-]*(?:\s+(?:[A-Z][A-Za-z.'’-]*|de|du|la|le|am|upon|on|of))*$/u;
  if (!parts.every((p) => place.test(p))) return false;
  const last = parts[parts.length - 1];
  return US_STATE.test(last) || /^[A-Z][a-z]/u.test(last) || /^[A-Z]{2,3}$/u.test(last);
}

/** "Tucson - AZ" becomes "Tucson, AZ"; other spellings are kept. */
export function tidyLocation(text: string): string {
  const t = text
    .trim()
    .replace(/[.;]+$/u, '')
    .replace(/\s*\((?:on-?site|hybrid|in[- ]office)\b[^)]*\)$/iu, '');
  const dash = /^(.+?)\s+[-–]\s+([A-Z]{2})$/u.exec(t);
  return dash ? `${dash[1]}, ${dash[2]}` : t;
}
