import type { Command } from 'commander';
import { registerGenerateCandidatesCommand } from './generate-candidates.command';
import { registerImportCandidatesCommand } from './import-candidates.command';
import { registerImportPostingsCommand } from './import-postings.command';
import { registerKeysCommand } from './keys.command';
import { registerParsePostingCommand } from './parse-posting.command';
import { registerParseResumeCommand } from './parse-resume.command';
import { registerScoreCommand } from './score.command';

/**
 * Every subcommand registers itself here: one line per command file, each exporting
 * `register<Name>Command(program)`.
 */
export function registerCommands(program: Command): void {
  registerParsePostingCommand(program);
  registerParseResumeCommand(program);
  registerImportPostingsCommand(program);
  registerImportCandidatesCommand(program);
  registerGenerateCandidatesCommand(program);
  registerScoreCommand(program);
  registerKeysCommand(program);
}
