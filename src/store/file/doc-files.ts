// The file store's disk layout: one JSON file per document contribution, <dataDir>/documents/<id>.json,
// holding that document's Extraction. Writes are atomic (temp file + rename in the same folder), so a
// crash leaves the old or the new file; leftover temp files (".<id>.json.*.tmp") are never read.
// A file is never rewritten with other content (the id is the text's hash), so names tell what changed.

import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { KgError } from '../../errors.js';

/** A stored document file. Its content never changes: the id is the hash of the text it holds. */
export interface DocFile {
  id: string;
  path: string;
  /** When it was written: decides between two files of one source left by a crash. */
  mtimeMs: number;
}

const DOC_FILE = /^([A-Za-z0-9_-]{1,128})\.json$/;

export function documentsDir(dataDir: string): string {
  return path.join(dataDir, 'documents');
}

/** Document ids become file names: only safe characters (ingest ids are hex). */
export function assertSafeId(id: string): void {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) {
    throw new KgError('STORE_FAILED', `store: document id "${id}" cannot be a file name. Use ids made of letters, digits, "-" and "_".`);
  }
}

export function docFilePath(dataDir: string, id: string): string {
  assertSafeId(id);
  return path.join(documentsDir(dataDir), `${id}.json`);
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

function storeFailed(what: string, error: unknown): KgError {
  const reason = error instanceof Error ? error.message : String(error);
  return new KgError('STORE_FAILED', `store: ${what} (${reason}). Check that the data folder is writable (KG_DATA_DIR).`, { cause: error });
}

/** The ids of all document files, sorted; an absent data folder is an empty store. */
export async function listDocIds(dataDir: string): Promise<string[]> {
  const dir = documentsDir(dataDir);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw storeFailed(`cannot list ${dir}`, error);
  }
  return names
    .map((name) => DOC_FILE.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort();
}

/** The file's DocFile (with its mtime), or undefined when it vanished meanwhile. */
export async function statDocFile(dataDir: string, id: string): Promise<DocFile | undefined> {
  const file = docFilePath(dataDir, id);
  try {
    const st = await fs.stat(file);
    return st.isFile() ? { id, path: file, mtimeMs: st.mtimeMs } : undefined;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw storeFailed(`cannot read ${file}`, error);
  }
}

/** The parsed JSON of a document file, or undefined when it vanished since the listing. */
export async function readDocFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw storeFailed(`cannot read ${file}`, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new KgError('STORE_FAILED', `store: ${file} is not valid JSON. Delete the file and ingest its document again.`);
  }
}

/**
 * Writes `text` to `file` atomically: a unique temp file in the same folder (created unless told not to),
 * flushed, then renamed over `file`. Throws the file system's error; the temp file never stays.
 */
export async function atomicWrite(file: string, text: string, options: { createDir?: boolean } = {}): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (options.createDir !== false) await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** atomicWrite for the store's own files: failures become KgError STORE_FAILED. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  try {
    await atomicWrite(file, text);
  } catch (error) {
    throw storeFailed(`cannot write ${file}`, error);
  }
}

/** Removes a document file; a file already gone is fine (another process removed it). */
export async function removeDocFile(file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    if (!isMissing(error)) throw storeFailed(`cannot remove ${file}`, error);
  }
}
