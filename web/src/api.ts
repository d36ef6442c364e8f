/** The page's only way to the service: POST /graphql with the key the person entered. */

const KEY_STORAGE = 'skillmatch.apiKey';

/** A GraphQL error the page can act on: its code (UNAUTHENTICATED, BAD_USER_INPUT…) and field. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The key lives in this tab's sessionStorage only: never localStorage, never a URL. */
export const apiKey = {
  get(): string | null {
    return sessionStorage.getItem(KEY_STORAGE);
  },
  set(key: string): void {
    sessionStorage.setItem(KEY_STORAGE, key.trim());
  },
  clear(): void {
    sessionStorage.removeItem(KEY_STORAGE);
  },
};

interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { anonymous?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const key = options.anonymous ? null : apiKey.get();
  if (key) headers.authorization = `Bearer ${key}`;
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('The service did not answer. Is it running?', 'NETWORK');
  }
  let body: { data?: T; errors?: GqlError[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The service answered ${res.status} without a GraphQL body.`, 'HTTP_' + res.status);
  }
  const first = body.errors?.[0];
  if (first) {
    const ext = first.extensions ?? {};
    throw new ApiError(
      first.message,
      String(ext.code ?? 'ERROR'),
      typeof ext.field === 'string' ? ext.field : undefined,
      ext,
    );
  }
  return body.data as T;
}

/** What a person should read for an error: the API's message, said plainly for auth failures. */
export function explain(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.code === 'UNAUTHENTICATED') {
    return apiKey.get()
      ? 'The API key was refused: it is unknown or revoked. Check it and enter it again.'
      : 'This needs an API key: enter a RECRUITER or ADMIN key above.';
  }
  if (err.code === 'FORBIDDEN') return `Your key's role may not do this. ${err.message}`;
  if (err.code === 'BAD_USER_INPUT' && err.field) return `${err.field}: ${err.message}`;
  return err.message;
}
