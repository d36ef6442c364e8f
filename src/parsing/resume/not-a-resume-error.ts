/**
 * Thrown when a document is not a JSON Resume at all, so a bulk import can tell "this line is
 * something else" apart from "this resume has problems" (which only ever warns).
 */
export class NotAResumeError extends Error {
  constructor(reason: string) {
    super(`Not a JSON Resume: ${reason}`);
    this.name = 'NotAResumeError';
  }
}
