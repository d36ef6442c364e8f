/**
 * A document that cannot be read as a résumé, with the file (or field) it came from in the
 * message, so a batch can list every refused file with its reason.
 */
export type DocumentErrorKind =
  'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'NO_TEXT_LAYER' | 'ENCRYPTED' | 'CORRUPT' | 'ZIP_BOMB' | 'NOT_A_RESUME';

export class DocumentError extends Error {
  constructor(
    readonly source: string,
    readonly kind: DocumentErrorKind,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'DocumentError';
  }
}
