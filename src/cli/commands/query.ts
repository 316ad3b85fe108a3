// `kg query "<cypher>" [--param name=value]... [--format table|json|csv] [--write]`: runs Cypher on
// Neo4j (read-only unless --write) and prints the rows. Parameter values are JSON when they parse,
// else strings. The file store has no Cypher: its STORE_NO_CYPHER error says how to start Neo4j.

import { InvalidArgumentError, Option } from 'commander';
import type { CypherResult } from '../../store/types.js';
import type { CliIo, RegisterCommand } from '../output.js';
import { logLine, printJson } from '../output.js';
import { defaultFormat, withStore } from '../with-store.js';

export type QueryFormat = 'table' | 'json' | 'csv';

export interface QueryOptions {
  param: Record<string, unknown>;
  format?: QueryFormat;
  write?: boolean;
}

/** "name=value" -> [name, value]; value as JSON when it parses (42, true, [1,2], {"a":1}, "x"), else the raw string. */
export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  const name = eq < 0 ? '' : text.slice(0, eq);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new InvalidArgumentError('expected name=value, the name made of letters, digits and "_"');
  const raw = text.slice(eq + 1);
  try {
    return [name, JSON.parse(raw) as unknown];
  } catch {
    return [name, raw];
  }
}

function collectParam(text: string, previous: Record<string, unknown>): Record<string, unknown> {
  const [name, value] = parseParam(text);
  return { ...previous, [name]: value };
}

/** One cell as text: strings as they are, null as empty, everything else as compact JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** Columns aligned with spaces, a rule under the header, one line per row (line breaks shown as \n). */
export function formatTable(columns: string[], rows: unknown[][]): string {
  const cells = rows.map((row) => columns.map((_, i) => cellText(row[i]).replace(/\r?\n/g, '\\n')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line), ''].join('\n');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 style: a header line, fields quoted when they hold a comma, quote or line break. */
export function formatCsv(columns: string[], rows: unknown[][]): string {
  return [columns, ...rows.map((row) => columns.map((_, i) => cellText(row[i])))].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

function printResult(io: CliIo, result: CypherResult, format: QueryFormat): void {
  if (format === 'json') printJson(io, { columns: result.columns, rows: result.rows, truncated: result.truncated });
  else io.stdout(format === 'csv' ? formatCsv(result.columns, result.rows) : formatTable(result.columns, result.rows));
}

export async function runQuery(cypher: string, options: QueryOptions, io: CliIo): Promise<void> {
  const result = await withStore(io, (store, config) =>
    store.cypher(cypher, options.param, { write: options.write === true, timeoutMs: config.query.timeoutMs, maxRows: config.query.maxRows }),
  );
  printResult(io, result, defaultFormat(io, options.format, 'table'));
  logLine(io, `kg: ${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (truncated: raise KG_QUERY_MAX_ROWS or add LIMIT)' : ''}`);
}

export const registerQuery: RegisterCommand = (program, ctx) => {
  program
    .command('query')
    .description('run a Cypher query on Neo4j (read-only unless --write)')
    .argument('<cypher>', 'the Cypher query, e.g. "MATCH (e:Entity) RETURN e.name LIMIT 5"')
    .option('--param <name=value>', 'a query parameter, $name in the query (repeatable; JSON values parsed)', collectParam, {})
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json when piped)').choices(['table', 'json', 'csv']))
    .option('--write', 'allow the query to change the graph')
    .action(async (cypher: string, options: QueryOptions) => {
      await runQuery(cypher, options, ctx.io);
    });
};
