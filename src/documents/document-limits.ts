/**
 * Limits on résumé documents. A two-page PDF résumé is 50-300 KiB and a DOCX far less; 700 KiB
 * leaves room for embedded fonts and a photo while keeping one upload (base64 in a GraphQL
 * request, a third larger) under the 1 MB request body limit.
 */
export const MAX_DOCUMENT_BYTES = 700 * 1024;

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
