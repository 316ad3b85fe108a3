// The ingest module's public face: file / directory / URL -> Document. No NLP here.
export { documentId, expandInput, iterateInputs, listSources, readDocument, readInputs, SUPPORTED_EXTENSIONS } from './read-document.js';
export type { InputFailure, InputOutcome, InputsResult, ReadOptions, ReadResult } from './read-document.js';
export { detectLanguage } from './language.js';
export { htmlToText } from './html-to-text.js';
export { markdownToText } from './markdown.js';
export { decodeBytes, looksBinary, normalizeText } from './encoding.js';
