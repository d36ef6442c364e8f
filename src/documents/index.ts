export { DocumentError, type DocumentErrorKind } from './document-error';
export { MAX_DOCUMENT_BYTES, MAX_POSTING_DOCUMENT_BYTES, sizeName } from './document-limits';
export { DOCX, PDF, TEXT, RESUME_MEDIA_TYPES, mediaTypeOfName } from './document-text';
export { ResumeDocumentReader } from './document-reader';
export {
  DOCUMENT_EXTENSIONS,
  isResumeDocumentFile,
  readResumeFileBytes,
  readResumeFiles,
  type ResumeFileRead,
} from './resume-files';
