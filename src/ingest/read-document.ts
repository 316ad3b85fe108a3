// Files, directories and http(s) URLs -> Documents. A directory contributes its supported files
// (not recursive, hidden files skipped) in sorted order. Every bad input is a KgError with a code;
// readInputs collects them per input so one bad file never stops the others.

import crypto from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KgError, isKgError } from '../errors.js';
import type { Document, Lang, Warning } from '../types.js';
import { decodeBytes, looksBinary, normalizeText } from './encoding.js';
import { fetchUrl, isUrl, tooLarge } from './fetch-url.js';
import { htmlToText } from './html-to-text.js';
import { detectLanguage } from './language.js';
import { markdownToText } from './markdown.js';
import { deriveTitle } from './title.js';

export interface ReadOptions {
  /** 'auto' (default) detects the language; 'de' or 'en' forces it. */
  lang?: 'auto' | Lang;
  maxFileBytes: number;
  fetchTimeoutMs: number;
  /** For tests; default: the global fetch. */
  fetch?: typeof fetch;
}

export interface ReadResult {
  document: Document;
  warnings: Warning[];
}

export interface InputFailure {
  source: string;
  error: KgError;
}

export type InputOutcome = { ok: true; result: ReadResult } | { ok: false; failure: InputFailure };

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;
type Kind = 'text' | 'markdown' | 'html';

function kindOf(file: string): Kind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt') return 'text';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return undefined;
}

const oneShot: ((algorithm: string, data: string | Uint8Array, encoding: 'hex') => string) | undefined = typeof crypto.hash === 'function' ? crypto.hash : undefined;

/** `utf8`: the text's UTF-8 bytes when the caller has them (then they are hashed, not the text encoded again). */
export function documentId(text: string, utf8?: Uint8Array): string {
  // crypto.hash (Node >= 20.12): one call, no Hash object; the same UTF-8 bytes and digest.
  const data = utf8 ?? text;
  return (oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex')).slice(0, 16);
}

function notFound(source: string, error: unknown): KgError {
  const code = (error as NodeJS.ErrnoException).code;
  const what = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'unknown error'})`;
  return new KgError('INPUT_NOT_FOUND', `ingest: ${source} ${what}. Check the path.`, { cause: error });
}

function unsupported(source: string): KgError {
  return new KgError('INPUT_UNSUPPORTED', `ingest: ${source} has an unsupported type. Pass .txt, .md or .html files, directories or http(s) URLs.`);
}

/** Per UTF-16 unit: 1 when /\s/ matches it (what trim() removes), 2 when not, 0 not yet asked. */
const spaceTable = new Uint8Array(65536);

/** text.trim().length === 0, without copying the text: stops at its first non-space character. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c = spaceTable[code]!;
    if (c === 0) spaceTable[code] = c = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
    if (c === 2) return false;
  }
  return true;
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Bytes of one input -> the Document (text extracted, normalised, titled, language set). */
function toDocument(source: string, bytes: Uint8Array, kind: Kind, options: ReadOptions, charset?: string): ReadResult {
  if (looksBinary(bytes))
    throw new KgError('INPUT_BINARY', `ingest: ${source} looks like a binary file. Pass a text, Markdown or HTML file.`);
  const warnings: Omit<Warning, 'doc'>[] = [];
  const decoded = decodeBytes(bytes, charset);
  if (decoded.fallback)
    warnings.push({ code: 'ENCODING_FALLBACK', message: `ingest: ${source} is not valid UTF-8; read it as Windows-1252. Save it as UTF-8 if characters look wrong.` });
  const raw = normalizeText(decoded.text);
  const page = kind === 'html' ? htmlToText(raw) : { text: kind === 'markdown' ? markdownToText(raw) : raw, title: undefined };
  // Plain text is `raw`, NFC already (normalizeText), and NFC of NFC changes nothing.
  const text = kind === 'text' ? page.text : page.text.normalize('NFC');
  if (isBlank(text))
    throw new KgError('INPUT_EMPTY', `ingest: ${source} has no text${kind === 'html' ? ' in its article' : ''}. Pass a file with article text.`);
  const lang = !options.lang || options.lang === 'auto' ? detectLanguage(text) : options.lang;
  if (lang === 'und')
    warnings.push({ code: 'LANG_UNSUPPORTED', message: `ingest: ${source} is neither German nor English; extraction only finds what the knowledge base knows. Pass --lang de|en to force a language.` });
  // A text that is the file's UTF-8 as it stands (no BOM, nothing normalised) is hashed as those bytes.
  const asRead = kind === 'text' && text === decoded.text && !decoded.fallback && decoded.encoding === 'utf-8' && !startsWithBom(bytes);
  const id = documentId(text, asRead ? bytes : undefined);
  const title = page.title ?? deriveTitle(text);
  const document: Document = { id, source, lang, ...(title ? { title } : {}), text };
  return { document, warnings: warnings.map((w) => ({ doc: id, ...w })) };
}

/** Lets timers and V8's GC tasks run between files (the reads themselves are synchronous). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Stat and read are synchronous: for article-sized files async fs's thread-pool round trips (stat,
 * open, fstat, read, close) cost more CPU than the work itself (bench:extract), and the caller
 * awaits each file anyway. One event-loop turn per file (or per batch, see readDocument) keeps timers
 * and GC tasks running.
 */
async function readFileInput(source: string, options: ReadOptions, turn: boolean): Promise<ReadResult> {
  if (turn) await nextTurn();
  const kind = kindOf(source);
  if (kind) {
    const bytes = readOpened(source, options);
    if (bytes) return toDocument(source, bytes, kind, options);
  }
  return readChecked(source, kind, options);
}

/** O_NONBLOCK: opening a FIFO must not wait for a writer (its size, 0, makes it "empty" below). */
const OPEN_FLAGS = fsSync.constants.O_RDONLY | (fsSync.constants.O_NONBLOCK ?? 0);

/**
 * The common case in fewer system calls (open, fstat, read, close; no stat by path): a regular,
 * non-empty file within the size limit. Undefined for anything else (it cannot be opened, it is no
 * regular file, empty, too large, a read fails): readChecked then gives the answer and its error.
 */
function readOpened(source: string, options: ReadOptions): Uint8Array | undefined {
  let fd: number;
  try {
    fd = fsSync.openSync(source, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const stat = fsSync.fstatSync(fd);
    if (!stat.isFile() || stat.size === 0 || stat.size > options.maxFileBytes) return undefined;
    // As readFileSync does for a file of known size: read up to that size, shorter if it shrank.
    const size = stat.size;
    const buffer = Buffer.allocUnsafe(size);
    let pos = 0;
    for (;;) {
      const read = fsSync.readSync(fd, buffer, pos, size - pos, null);
      pos += read;
      if (read === 0 || pos >= size) break;
    }
    return pos < size ? buffer.subarray(0, pos) : buffer;
  } catch {
    return undefined;
  } finally {
    try {
      fsSync.closeSync(fd);
    } catch {
      // Closing a descriptor only read from does not fail in practice; nothing to report.
    }
  }
}

/** Every check with its error, then the read (the path taken whenever readOpened could not read). */
function readChecked(source: string, kind: Kind | undefined, options: ReadOptions): ReadResult {
  let stat;
  try {
    stat = fsSync.statSync(source);
  } catch (error) {
    throw notFound(source, error);
  }
  if (stat.isDirectory())
    throw new KgError('INPUT_UNSUPPORTED', `ingest: ${source} is a directory. Pass it to readInputs, or pass the files in it.`);
  if (!kind) throw unsupported(source);
  if (stat.size > options.maxFileBytes) throw tooLarge(source, options.maxFileBytes);
  if (stat.size === 0) throw new KgError('INPUT_EMPTY', `ingest: ${source} is empty. Pass a file with article text.`);
  let bytes: Uint8Array;
  try {
    bytes = fsSync.readFileSync(source);
  } catch (error) {
    throw notFound(source, error);
  }
  return toDocument(source, bytes, kind, options);
}

function kindOfResponse(url: string, contentType: string, bytes: Uint8Array): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('markdown')) return 'markdown';
  if (contentType.startsWith('text/')) return 'text';
  const fromPath = kindOf(new URL(url).pathname);
  if (fromPath) return fromPath;
  if (contentType === '' && /^\s*</.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'))) return 'html';
  throw unsupported(url);
}

async function readUrlInput(url: string, options: ReadOptions): Promise<ReadResult> {
  const fetched = await fetchUrl(url, { timeoutMs: options.fetchTimeoutMs, maxBytes: options.maxFileBytes, fetch: options.fetch });
  if (fetched.bytes.length === 0) throw new KgError('INPUT_EMPTY', `ingest: ${url} returned no content. Check the URL.`);
  return toDocument(url, fetched.bytes, kindOfResponse(url, fetched.contentType, fetched.bytes), options, fetched.charset);
}

/**
 * One file or URL -> Document. Throws a KgError for bad input (directories: use readInputs).
 * `turn`: give the event loop one turn before a file is read (default); a caller that reads a batch
 * of files gives one turn per batch instead (runJobs: a turn per file cost about 2 % CPU).
 */
export async function readDocument(source: string, options: ReadOptions, turn = true): Promise<ReadResult> {
  return isUrl(source) ? readUrlInput(source, options) : readFileInput(source, options, turn);
}

/** The sources behind one input: itself, or a directory's supported files (sorted, not recursive). */
export async function expandInput(input: string): Promise<string[]> {
  if (isUrl(input)) return [input];
  let stat;
  try {
    stat = await fs.stat(input);
  } catch (error) {
    throw notFound(input, error);
  }
  if (!stat.isDirectory()) return [input];
  const entries = await fs.readdir(input, { withFileTypes: true });
  const files = entries
    .filter((e) => !e.name.startsWith('.') && kindOf(e.name) !== undefined && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0)
    throw new KgError('NO_SUPPORTED_FILES', `ingest: ${input} has no .txt, .md or .html files. Pass a directory with articles (sub-directories are not read).`);
  return files.map((name) => path.join(input, name));
}

function asKgError(source: string, error: unknown): KgError {
  if (isKgError(error)) return error;
  const what = error instanceof Error ? error.message : String(error);
  return new KgError('INPUT_UNSUPPORTED', `ingest: cannot read ${source} (${what.replace(/\s+/g, ' ')}). Check the file.`, { cause: error });
}

/** Every source behind `inputs`, in order, each either a file/URL to read or the failure that stopped it. */
export async function* listSources(inputs: readonly string[]): AsyncGenerator<{ source: string; error?: KgError }> {
  for (const input of inputs) {
    try {
      for (const source of await expandInput(input)) yield { source };
    } catch (error) {
      yield { source: input, error: asKgError(input, error) };
    }
  }
}

/** Reads inputs one at a time (so callers can stream thousands of files without holding them). */
export async function* iterateInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<InputOutcome> {
  for await (const { source, error } of listSources(inputs)) {
    if (error) {
      yield { ok: false, failure: { source, error } };
      continue;
    }
    try {
      yield { ok: true, result: await readDocument(source, options) };
    } catch (caught) {
      yield { ok: false, failure: { source, error: asKgError(source, caught) } };
    }
  }
}

export interface InputsResult {
  documents: Document[];
  /** Ingest warnings (each names its document id). */
  warnings: Warning[];
  /** Inputs that could not be read, in input order. */
  failures: InputFailure[];
}

export async function readInputs(inputs: readonly string[], options: ReadOptions): Promise<InputsResult> {
  const out: InputsResult = { documents: [], warnings: [], failures: [] };
  for await (const outcome of iterateInputs(inputs, options)) {
    if (outcome.ok) {
      out.documents.push(outcome.result.document);
      out.warnings.push(...outcome.result.warnings);
    } else out.failures.push(outcome.failure);
  }
  return out;
}
