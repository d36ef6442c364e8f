/**
 * A requirement line that only names certifications by their titles ("AWS Certified DevOps Engineer,
 * Microsoft Certified Solutions Associate;"): a certification is not a
 * skill, and the products in its name (AWS, Azure, Scrum) are the certificate's subject, not
 * experience the line asks for. A line that also asks for experience, knowledge or skills with
 * them ("AWS certification or equivalent experience with AWS") is read as usual.
 */
export function namesOnlyCertifications(text: string): boolean {
  if (text.length > 600 || !CERTIFICATION.test(text)) return false;
  return !ASKS_FOR_USE.test(text);
}

// A credential's title ("AWS Certified DevOps Engineer"); "AWS certification preferred" still asks for AWS (seed labels).
const CERTIFICATION = /\bCertified\s+[A-Z]/u;
const ASKS_FOR_USE =
  /\b(?:experience[ds]?|knowledge|familiar(?:ity)?|proficien\w*|expertise|skills?|understanding|background|ability|able to|working with|hands-on|years?|equivalent)\b/iu;
