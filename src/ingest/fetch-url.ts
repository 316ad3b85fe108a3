// Fetches an http(s) URL with a timeout and returns its bytes and declared charset. Every failure
// (DNS, refused, timeout, HTTP status, too large) is one KgError FETCH_FAILED / INPUT_TOO_LARGE.

import { KgError } from '../errors.js';

export interface Fetched {
  bytes: Uint8Array;
  contentType: string;
  charset?: string;
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** For tests; default: the global fetch. */
  fetch?: typeof fetch;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function fail(url: string, what: string): KgError {
  return new KgError('FETCH_FAILED', `ingest: cannot fetch ${url} (${what}). Check the URL and your connection, or save the page and pass the file.`);
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  return (cause || (error instanceof Error ? error.message : String(error))).replace(/\s+/g, ' ');
}

export async function fetchUrl(url: string, options: FetchOptions): Promise<Fetched> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
  } catch (error) {
    throw fail(url, describe(error));
  }
  if (!response.ok) throw fail(url, `HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > options.maxBytes) throw tooLarge(url, options.maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw fail(url, describe(error));
  }
  if (bytes.length > options.maxBytes) throw tooLarge(url, options.maxBytes);
  const contentType = response.headers.get('content-type') ?? '';
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  return { bytes, contentType: contentType.split(';')[0]?.trim().toLowerCase() ?? '', charset };
}

export function tooLarge(source: string, maxBytes: number): KgError {
  const mb = (maxBytes / (1024 * 1024)).toFixed(maxBytes < 1024 * 1024 ? 3 : 0);
  return new KgError('INPUT_TOO_LARGE', `ingest: ${source} is larger than the limit of ${mb} MB. Split it or raise KG_MAX_FILE_MB.`);
}
