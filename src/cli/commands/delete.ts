// `kg delete <document id or source>`: removes exactly one document's contribution from the store;
// entities and relations that only it supported go, the others lose its mentions and evidence.

import { Option } from 'commander';
import type { DeleteResult } from '../../store/types.js';
import type { CliIo, RegisterCommand } from '../output.js';
import { printJson, printLine } from '../output.js';
import { defaultFormat, withStore } from '../with-store.js';

export function formatDelete(r: DeleteResult): string {
  return (
    `deleted document ${r.documentId} (${r.source}): ` +
    `entities ${r.entitiesDeleted} removed, ${r.entitiesUpdated} updated; relations ${r.relationsDeleted} removed, ${r.relationsUpdated} updated`
  );
}

export async function runDelete(idOrSource: string, options: { format?: 'text' | 'json' }, io: CliIo): Promise<void> {
  const result = await withStore(io, (store) => store.deleteDocument(idOrSource));
  if (defaultFormat(io, options.format, 'text') === 'json') printJson(io, result);
  else printLine(io, formatDelete(result));
}

export const registerDelete: RegisterCommand = (program, ctx) => {
  program
    .command('delete')
    .description("remove one document's contribution from the store")
    .argument('<document>', 'document id, or the source (path or URL) exactly as it was ingested')
    .addOption(new Option('--format <format>', 'output format (default: text on a terminal, json when piped)').choices(['text', 'json']))
    .action(async (idOrSource: string, options: { format?: 'text' | 'json' }) => {
      await runDelete(idOrSource, options, ctx.io);
    });
};
