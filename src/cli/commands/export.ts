// `kg export [--format json|graphml|gexf] [--out FILE] [--limit N] [--types A,B]`: the stored graph
// as a graphology JSON payload, GraphML or GEXF 1.3 (both open in Gephi). To stdout, or written
// atomically to FILE (temp file + rename: a reader never sees half a file).

import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { KgError } from '../../errors.js';
import { exportGraph, isExportFormat } from '../../graph/export.js';
import type { ExportFormat } from '../../graph/export.js';
import { atomicWrite } from '../../store/file/doc-files.js';
import type { GraphQuery } from '../../store/types.js';
import { ENTITY_TYPES, isEntityType } from '../../types.js';
import type { EntityType } from '../../types.js';
import type { CliIo, RegisterCommand } from '../output.js';
import { logLine } from '../output.js';
import { withStore } from '../with-store.js';

export interface ExportOptions {
  format?: ExportFormat;
  out?: string;
  limit?: number;
  types?: EntityType[];
}

/** --format, else the --out file's extension (.gexf, .graphml, .json), else json. */
function chooseFormat(options: ExportOptions): ExportFormat {
  if (options.format) return options.format;
  const ext = options.out ? path.extname(options.out).slice(1).toLowerCase() : '';
  return isExportFormat(ext) ? ext : 'json';
}

async function writeOut(file: string, text: string): Promise<void> {
  try {
    await atomicWrite(file, text, { createDir: false });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new KgError('OUTPUT_FAILED', `export: cannot write ${file} (${reason}). Check that its folder exists and is writable.`, { cause: error });
  }
}

export async function runExport(options: ExportOptions, io: CliIo): Promise<void> {
  const format = chooseFormat(options);
  const query: GraphQuery = {};
  if (options.limit !== undefined) query.limit = options.limit;
  if (options.types) query.types = options.types;
  const payload = await withStore(io, (store) => store.loadGraph(query));
  const text = exportGraph(payload, format);
  const { omittedNodes, omittedEdges } = payload.attributes;
  const what = `${payload.nodes.length} entities and ${payload.edges.length} relations as ${format} (omitted: ${omittedNodes} entities, ${omittedEdges} relations)`;
  if (options.out) {
    const file = path.resolve(io.cwd, options.out);
    await writeOut(file, text);
    logLine(io, `kg: exported ${what} to ${file}`);
  } else {
    io.stdout(text);
    logLine(io, `kg: exported ${what}`);
  }
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of entities (0 or more)');
  return n;
}

function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const bad = types.find((t) => !isEntityType(t));
  if (bad !== undefined || types.length === 0) throw new InvalidArgumentError(`expected entity types from ${ENTITY_TYPES.join(', ')}, comma-separated`);
  return types.filter(isEntityType);
}

export const registerExport: RegisterCommand = (program, ctx) => {
  program
    .command('export')
    .description('export the stored graph as JSON (graphology), GraphML or GEXF 1.3 (both open in Gephi)')
    .addOption(new Option('--format <format>', 'file format (default: from the --out extension, else json)').choices(['json', 'graphml', 'gexf']))
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .option('--limit <n>', 'only the n most connected entities', parseLimit)
    .option('--types <types>', `only these entity types, comma-separated (${ENTITY_TYPES.join(', ')})`, parseTypes)
    .action(async (options: ExportOptions) => {
      await runExport(options, ctx.io);
    });
};
