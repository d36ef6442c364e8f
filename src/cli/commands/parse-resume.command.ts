import type { Command } from 'commander';
import { ResumeDocumentReader, TEXT, mediaTypeOfName, readResumeFileBytes } from '../../documents';
import { loadTaxonomy } from '../open-store';

/**
 * `skillmatch parse-resume FILE`: what would be read from a résumé document (PDF, DOCX or
 * text), as JSON, without storing anything; only the taxonomy file is read.
 */
export function registerParseResumeCommand(program: Command): void {
  program
    .command('parse-resume')
    .description('Parse a résumé (PDF, DOCX or plain text) and print what was read as JSON (nothing is stored).')
    .argument('<file>', 'a .pdf, .docx or .txt résumé (other names are read as text)')
    .addHelpText(
      'after',
      '\nPrints { name, email, phone, location, education: [{ level, field, status }], skills: [{ name, months }],\n' +
        'spokenLanguages, warnings }. months is null when the résumé only lists the skill (no dated job names it).\n' +
        'An image-only PDF, an encrypted or corrupt file, a zip bomb, a document that is no résumé and a file\n' +
        'over 4 MiB are refused with the reason (exit code 1).\n\nExample:\n  skillmatch parse-resume cv.pdf',
    )
    .action(async (file: string) => {
      const [taxonomy, bytes] = await Promise.all([loadTaxonomy(), readResumeFileBytes(file)]);
      const reader = new ResumeDocumentReader(1);
      try {
        const r = await reader.read(bytes, mediaTypeOfName(file) ?? TEXT, file, taxonomy, new Date());
        const out = {
          name: r.name,
          email: r.email,
          phone: r.phone,
          location: r.location,
          education: r.education.map((e) => ({ level: e.level, field: e.field, status: e.status })),
          skills: r.skills.map((s) => ({ name: s.name, months: s.months })),
          spokenLanguages: r.spokenLanguages,
          warnings: r.warnings,
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      } finally {
        await reader.close();
      }
    });
}
