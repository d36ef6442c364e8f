import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { readPostingDocumentBytes } from '../../batch/posting-input';
import { withStore } from '../open-store';
import { printable } from '../terminal-text';

/**
 * `skillmatch import-postings FILE...`: every posting of every text file, stored in one
 * transaction (all or none), through the same ingestion service as the GraphQL mutations.
 */
export function registerImportPostingsCommand(program: Command): void {
  program
    .command('import-postings')
    .description(
      'Parse posting files (plain text, Markdown, HTML or PDF) and store every posting in one transaction (all or none).',
    )
    .argument('<files...>', 'posting files; a text file may hold several postings')
    .addHelpText(
      'after',
      '\nPrints one line per stored posting (id, title, file) on standard output; warnings go to standard error.\n' +
        'Uses DATABASE_URL like the service.\n\nExample:\n  skillmatch import-postings postings/*.txt',
    )
    .action(async (files: string[]) => {
      const sources = await Promise.all(
        files.map(async (file) => {
          const bytes = await readFile(file);
          const doc = await readPostingDocumentBytes(bytes, file);
          process.stderr.write(`${file}: read as ${doc.format}\n`);
          // A PDF's text layer is posting text; other forms are read again from their own text by the service.
          return { source: file, document: doc.format === 'PDF' ? doc.text : bytes.toString('utf8') };
        }),
      );
      await withStore(async (store) => {
        const ingestion = store.services.ingestion;
        const origins = sources.flatMap((s) => ingestion.parsePostings(s.document, s.source).map(() => s.source));
        const imported = await ingestion.importPostingTexts(sources);
        imported.forEach(({ entity, warnings }, i) => {
          process.stdout.write(`${entity.id}\t${printable(entity.title)}\t${printable(origins[i] ?? '')}\n`);
          for (const w of warnings)
            process.stderr.write(
              `${printable(`${origins[i] ?? ''}: warning ${w.code}: ${w.message}${w.at ? ` (at "${w.at}")` : ''}`)}\n`,
            );
        });
        process.stderr.write(`imported ${imported.length} posting(s) from ${files.length} file(s)\n`);
      });
    });
}
