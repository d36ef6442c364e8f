/** Thrown when a JSON-LD document holds no schema.org JobPosting, so callers can tell "wrong kind of document" from "posting with problems". */
export class NotAJobPostingError extends Error {
  constructor(reason: string) {
    super(`Not a schema.org JobPosting: ${reason}`);
    this.name = 'NotAJobPostingError';
  }
}
