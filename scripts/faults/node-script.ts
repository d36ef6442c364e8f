import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The project root, from scripts/faults (ts-node) or dist/scripts/faults (compiled). */
export const PROJECT_ROOT = join(__dirname, '..', '..', ...(__dirname.includes(join('dist', 'scripts')) ? ['..'] : []));

/**
 * How to run one of the project's TypeScript entry points as a child process: the compiled file
 * when this code runs compiled, else the source through ts-node (transpile only; same runtime code).
 */
export function nodeScript(tsPath: string): { command: string; args: string[] } {
  const compiled = join(PROJECT_ROOT, 'dist', tsPath.replace(/\.ts$/, '.js'));
  if (__filename.endsWith('.js') && existsSync(compiled)) return { command: process.execPath, args: [compiled] };
  return { command: process.execPath, args: ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, tsPath)] };
}
