import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parsePostingDocument, readPostingDocumentBytes } from '../../batch/posting-input';
import { loadTaxonomy } from '../open-store';

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * `skillmatch parse-posting FILE`: what the service would read from a posting text, as JSON,
 * without storing anything (a dry run of import-postings; only the taxonomy file is read).
 */
export function registerParsePostingCommand(program: Command): void {
  program
    .command('parse-posting')
    .description(
      'Parse a posting (plain text, Markdown, HTML or PDF) and print what was read as JSON (nothing is stored).',
    )
    .argument('<file>', 'posting file (text, Markdown, HTML or PDF), or - for standard input')
    .addHelpText(
      'after',
      '\nPrints { format, title, company, employmentType, locations, education, requirements, unknownRequirements, warnings }:\n' +
        'unknownRequirements are the terms requirement lines name that the taxonomy does not know (never scored).\n\n' +
        'Example:\n  skillmatch parse-posting posting.html',
    )
    .action(async (file: string) => {
      const taxonomy = await loadTaxonomy();
      const doc = await readPostingDocumentBytes(await readInput(file), file);
      const { draft, warnings, format, unknownRequirements } = parsePostingDocument(taxonomy, doc, file);
      const out = {
        format,
        title: draft.title,
        company: draft.company,
        employmentType: draft.employmentType,
        locations: draft.locations,
        education:
          draft.education === null ? null : { level: draft.education.level, required: draft.education.required },
        requirements: draft.requirements.map((g) => ({
          importance: g.importance,
          category: g.category,
          label: g.label,
          minMatches: g.minMatches,
          minMonths: g.minMonths,
          assessable: g.assessable !== false,
          skills: g.skills.map((name) => ({ name: taxonomy.resolve(name)?.name ?? name })),
        })),
        unknownRequirements,
        warnings,
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
}
