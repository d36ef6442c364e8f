import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';

/** `npx skillmatch`: one command with subcommands, each with its own --help. */
export function buildProgram(): Command {
  const program = new Command('skillmatch')
    .description('Match candidate profiles to job postings by their skills, with explainable scores.')
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

/** Runs the command line; the exit code says how it went (bin/skillmatch.js calls this). */
export async function runCli(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    console.error(`skillmatch: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

