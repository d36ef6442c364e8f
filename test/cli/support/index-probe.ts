import { appendFileSync } from 'node:fs';
import { CandidateService } from '../../../src/services/candidate.service';
import { MatchingService } from '../../../src/services/matching.service';

// Preloaded into a CLI process (node -r): notes in SKILLMATCH_TEST_INDEX_LOG every time the
// process starts building the ranking index or streams every stored candidate.
const log = process.env.SKILLMATCH_TEST_INDEX_LOG!;
const note = (what: string): void => appendFileSync(log, `${what}\n`);

const buildIndex = MatchingService.prototype.buildIndex;
MatchingService.prototype.buildIndex = function (this: MatchingService, ...args: Parameters<typeof buildIndex>) {
  note('buildIndex');
  return buildIndex.apply(this, args);
};
const allSpecs = CandidateService.prototype.allSpecs;
CandidateService.prototype.allSpecs = function (this: CandidateService, ...args: Parameters<typeof allSpecs>) {
  note('allSpecs');
  return allSpecs.apply(this, args);
};
