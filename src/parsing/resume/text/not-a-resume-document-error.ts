import { NotAResumeError } from '../not-a-resume-error';

/**
 * Thrown when a document's text is no résumé at all (a memo, an invoice), so an import can
 * refuse that file by name while a résumé with gaps only warns.
 */
export class NotAResumeDocumentError extends NotAResumeError {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotAResumeDocumentError';
    this.message = `not a résumé: ${reason}`;
  }
}
