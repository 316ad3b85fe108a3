// Bytes -> text: UTF-8 (BOM removed) or, when the bytes are not valid UTF-8, Windows-1252 with a
// warning; binary detection; the only normalisation the text ever gets (line ends, NFC).
// Must not change anything else: every offset downstream indexes the text returned here.

import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, newline, carriage return, form feed) that marks a file binary. */
const MAX_CONTROL_SHARE = 0.1;

/** NUL bytes, or mostly control characters, in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
    else if (byte === 0x7f) control += 1;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

export interface DecodedText {
  text: string;
  /** The encoding actually used. */
  encoding: 'utf-8' | 'windows-1252' | string;
  /** True when the bytes were not valid UTF-8 and Windows-1252 was used instead. */
  fallback: boolean;
}

// Validating first (isUtf8, native) and then decoding without the fatal flag is cheaper than a fatal
// decoder that throws on invalid input (measured: under 1 % of the extract bench, but free).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });

/**
 * Decodes bytes as UTF-8, or as `declared` (e.g. a charset from an HTTP header) when iconv knows it,
 * falling back to Windows-1252 when UTF-8 is invalid.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText {
  const label = declared?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8' && iconv.encodingExists(label)) {
    return { text: iconv.decode(Buffer.from(bytes), label, { stripBOM: true }), encoding: label, fallback: false };
  }
  if (isUtf8(bytes)) return { text: utf8.decode(bytes), encoding: 'utf-8', fallback: false };
  return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252', fallback: true };
}

/**
 * A code unit outside Latin-1 and its extensions (below U+0300, where combining marks begin), the
 * dashes, quotation marks and dots U+2010-U+2027 and the euro sign: the only characters of a text
 * that NFC can change or combine. Every unit in these ranges is a starter (canonical combining class
 * 0) with NFC quick check "yes", so a text of them alone is NFC already (Unicode's quick check):
 * String.prototype.normalize would copy and scan the whole text to return it unchanged (V8 has no
 * shortcut even for Latin-1 strings). tests/unit/ingest/encoding.test.ts checks every unit and pair.
 */
export const MAY_CHANGE_IN_NFC = /[^\0-\u02ff\u2010-\u2027\u20ac]/;

/** The whole normalisation: BOM removed, CRLF and lone CR -> LF, Unicode NFC. */
export function normalizeText(text: string): string {
  // The regular expressions' answers, asked more cheaply: most texts have no BOM, no CR and need no NFC.
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  return MAY_CHANGE_IN_NFC.test(out) ? out.normalize('NFC') : out;
}
