// `kg stats [--format text|json]`: how many documents, entities and relations the store holds,
// entities and relations counted by type. Text on a terminal, JSON when piped.

import { Option } from 'commander';
import type { StoreStats } from '../../store/types.js';
import type { CliIo, RegisterCommand } from '../output.js';
import { printJson } from '../output.js';
import { defaultFormat, withStore } from '../with-store.js';

function byTypeLines(counts: Record<string, number>): string[] {
  const width = Math.max(0, ...Object.keys(counts).map((k) => k.length));
  return Object.entries(counts).map(([type, n]) => `  ${type.padEnd(width)}  ${String(n).padStart(6)}`);
}

export function formatStats(stats: StoreStats): string {
  return [
    `documents  ${stats.documents}`,
    `entities   ${stats.entities}`,
    ...byTypeLines(stats.entitiesByType),
    `relations  ${stats.relations}`,
    ...byTypeLines(stats.relationsByType),
    '',
  ].join('\n');
}

export async function runStats(options: { format?: 'text' | 'json' }, io: CliIo): Promise<void> {
  const stats = await withStore(io, (store) => store.stats());
  if (defaultFormat(io, options.format, 'text') === 'json') printJson(io, stats);
  else io.stdout(formatStats(stats));
}

export const registerStats: RegisterCommand = (program, ctx) => {
  program
    .command('stats')
    .description('count the documents, entities and relations in the store, by type')
    .addOption(new Option('--format <format>', 'output format (default: text on a terminal, json when piped)').choices(['text', 'json']))
    .action(async (options: { format?: 'text' | 'json' }) => {
      await runStats(options, ctx.io);
    });
};
