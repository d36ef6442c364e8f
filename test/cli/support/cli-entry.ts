import { runCli } from '../../../src/cli/main';

// What bin/skillmatch.js does with the compiled code, for tests that need a real process.
void runCli(process.argv);
