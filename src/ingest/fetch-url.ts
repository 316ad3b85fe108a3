// Fetches an http(s) URL with a timeout and returns its bytes and declared charset. Every failure
// (DNS, refused, timeout, HTTP status, too large) is one KgError FETCH_FAILED / INPUT_TOO_LARGE.

import { KgError, isKgError } from '../errors.js';

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
  const bytes = await readLimited(url, response, options.maxBytes);
  const contentType = response.headers.get('content-type') ?? '';
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  return { bytes, contentType: contentType.split(';')[0]?.trim().toLowerCase() ?? '', charset };
}

/** Reads the body, stopping as soon as it passes `maxBytes` (a server may send no content-length). */
async function readLimited(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (!response.body) return new Uint8Array(0);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) {
        await response.body.cancel().catch(() => undefined);
        throw tooLarge(url, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (isKgError(error)) throw error;
    throw fail(url, describe(error));
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export function tooLarge(source: string, maxBytes: number): KgError {
  const mb = (maxBytes / (1024 * 1024)).toFixed(maxBytes < 1024 * 1024 ? 3 : 0);
  return new KgError('INPUT_TOO_LARGE', `ingest: ${source} is larger than the limit of ${mb} MB. Split it or raise KG_MAX_FILE_MB.`);
}
