import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';

/** `npx skillmatch`: one command with subcommands, each with its own --help. */
export function buildProgram(): Command {
  const program = new Command('skillmatch')
    .description('Match candidate profiles to job postings by their skills, with explainable scores.')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 1 error, 3 done but some input lines were skipped (each reported with its line number),\n' +
        '130/143 stopped by Ctrl-C/SIGTERM. `skillmatch <command> --help` describes each command.',
    );
  registerCommands(program);
  return program;
}

/**
 * Runs the command line (`argv` as process.argv: node, script, arguments). The exit code says how
 * it went: it is set on process.exitCode (bin/skillmatch.js calls this) and returned.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  process.exitCode = 0;
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
    } else {
      console.error(`skillmatch: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  }
  return Number(process.exitCode ?? 0);
}
