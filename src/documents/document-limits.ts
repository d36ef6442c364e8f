/**
 * Limits on résumé documents. A two-page PDF résumé from a word processor is 50-300 KiB, but one
 * typeset with LaTeX or Typst embeds its fonts (often several, each 100-500 KiB) and many carry a
 * photo: such ordinary résumés are 1-2 MB (brilliant-CV's sample is 1.1 MB). 4 MiB takes them
 * with room to spare; parsing runs in a worker thread with a heap and a time limit, so the size
 * is a bound on memory and transfer, not on what the event loop does. As base64 in a GraphQL
 * request a document is a third larger: the HTTP body limit for callers with a key
 * (src/http/read-body.ts) leaves room for it.
 */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

/**
 * Posting files (parsePosting(document:), which anyone may call, and the CLI's posting imports)
 * stay at 700 KiB: a posting is one page without a photo, and an anonymous request body is 1 MiB.
 */
export const MAX_POSTING_DOCUMENT_BYTES = 700 * 1024;

/** Why a résumé document of `size` bytes is refused: the one wording of the file, API and CLI checks. */
export function tooLargeReason(size: number): string {
  return `${size} bytes; a résumé document is limited to ${MAX_DOCUMENT_BYTES} bytes (${sizeName(MAX_DOCUMENT_BYTES)})`;
}

/** A byte limit as people read it: "4 MiB", "700 KiB". */
export function sizeName(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/**
 * A DOCX is a zip: its parts are checked from the zip directory before anything is inflated.
 * Real résumés hold a few hundred KiB of XML; 20 MiB uncompressed, 2,000 parts and a ratio of
 * 200:1 for any part over 1 MiB stop a zip bomb long before it costs memory.
 */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 2000;
export const MAX_DOCX_RATIO = 200;
export const DOCX_RATIO_FLOOR_BYTES = 1024 * 1024;

/** Extracted text longer than this is no résumé (and would only slow the parser). */
export const MAX_TEXT_CHARS = 200_000;
