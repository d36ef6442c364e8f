import type { IncomingMessage } from 'node:http';

/** A request body without a valid API key: every public field's input fits in it many times over. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A request body with a valid API key: room for a résumé document at its limit (4 MiB, MAX_DOCUMENT_BYTES)
 * as base64 (5.4 MiB) with its query. Only key holders may send one (parseResume, importResume),
 * so an anonymous caller cannot make the service buffer more than 1 MiB.
 */
export const MAX_KEYED_BODY_BYTES = 6 * 1024 * 1024;
/** Nesting of objects and arrays in a JSON body: deeper input is no API's and recursion would pay. */
export const MAX_JSON_DEPTH = 64;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a request body, refusing more than `limit` bytes with 413 before buffering it all. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * How deeply a JSON text nests objects and arrays (brackets inside strings not counted). String
 * contents are skipped with indexOf, natively: the large bodies are large because of one string
 * (a posting's text, a 450 KB query), and a character loop over them cost 2 ms per 500 KB.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = closingQuote(text, i + 1);
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The index of the quote that ends a string whose contents start at `from` (or the text's end). */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return text.length;
}

/**
 * Parses a JSON body; a malformed one is the client's fault (400), never a 500. So is one nested
 * deeper than MAX_JSON_DEPTH: variables 8,000 levels deep once overflowed the stack in coercion.
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw new HttpError(400, `Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}
