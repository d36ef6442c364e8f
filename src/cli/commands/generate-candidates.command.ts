import type { Command } from 'commander';
import { AtomicOutput } from '../atomic-output';
import { oneOf, seedNumber, wholeNumber } from '../command-options';
import { EXIT_SIGNAL, catchInterrupts, exitSoon } from '../interrupts';
import { draftToJsonResume } from '../../batch/synthetic-resume';
import { generateCandidateDrafts } from '../../domain/synthetic/generate-candidates';
import { loadTaxonomy } from '../open-store';

const FORMATS = ['jsonl', 'resume'] as const;
/** Lines joined per write: far fewer syscalls, still a bounded buffer. */
const LINES_PER_WRITE = 1000;

interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  readonly format: (typeof FORMATS)[number];
  readonly out?: string;
}

/**
 * `skillmatch generate-candidates`: a deterministic synthetic population, streamed as JSON
 * lines (the same count and seed always give the same bytes).
 */
export function registerGenerateCandidatesCommand(program: Command): void {
  program
    .command('generate-candidates')
    .description('Write a deterministic synthetic candidate population, one JSON document per line.')
    .requiredOption('--count <n>', 'how many candidates', wholeNumber(0))
    .option('--seed <s>', 'seed of the generator: the same seed gives the same people', seedNumber, 1)
    .option(
      '--format <format>',
      'jsonl: candidate drafts { id, name, skills: [{ name, months, level }], education }; resume: JSON Resume documents',
      oneOf(FORMATS),
      'jsonl',
    )
    .option('--out <file>', 'write to this file (appears complete or not at all) instead of standard output')
    .addHelpText(
      'after',
      '\nLine i is candidate i (ids 1..N) in both formats. Skills are spelled as CVs spell them (names, sometimes aliases);\n' +
        'resumes carry months as dated jobs and read back to the same skills, months and education.\n\nExamples:\n' +
        '  skillmatch generate-candidates --count 1000000 --seed 7 --out candidates.jsonl\n' +
        '  skillmatch generate-candidates --count 100000 --format resume --out resumes.jsonl',
    )
    .action(async (options: GenerateOptions) => {
      const taxonomy = await loadTaxonomy();
      const output = await AtomicOutput.open(options.out);
      const interrupts = catchInterrupts();
      try {
        let id = 0;
        let lines: string[] = [];
        for (const draft of generateCandidateDrafts(taxonomy, { count: options.count, seed: options.seed })) {
          id++;
          lines.push(JSON.stringify(options.format === 'resume' ? draftToJsonResume(draft) : { id, ...draft }));
          if (lines.length === LINES_PER_WRITE) {
            await output.write(`${lines.join('\n')}\n`);
            lines = [];
            if (interrupts.signal.aborted) break;
          }
        }
        const stopped = interrupts.received();
        if (stopped) {
          await output.abort();
          process.stderr.write(
            `stopped (${stopped}); ${output.path ? `${output.path} was not written` : 'output is incomplete'}\n`,
          );
          process.exitCode = EXIT_SIGNAL[stopped];
          exitSoon(EXIT_SIGNAL[stopped]);
          return;
        }
        if (lines.length > 0) await output.write(`${lines.join('\n')}\n`);
        await output.commit();
        if (output.path) process.stderr.write(`wrote ${id.toLocaleString('en-US')} candidates to ${output.path}\n`);
      } catch (err) {
        await output.abort();
        throw err;
      } finally {
        interrupts.dispose();
      }
    });
}
