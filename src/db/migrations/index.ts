import { Initial1795239803169 } from './1795239803169-initial';
import { ApiKeysAndAudit1795241835905 } from './1795241835905-api-keys-and-audit';
import { SkillKindAndSources1796304220585 } from './1796304220585-skill-kind-and-sources';
import { RequirementAssessable1796305619343 } from './1796305619343-requirement-assessable';
import { CandidatePhone1796306249009 } from './1796306249009-candidate-phone';
import { CandidateSkillClustered1796390000000 } from './1796390000000-candidate-skill-clustered';

/** Every migration, oldest first. `npm run migration:generate -- Name` writes the next one. */
export const MIGRATIONS = [
  Initial1795239803169,
  ApiKeysAndAudit1795241835905,
  SkillKindAndSources1796304220585,
  RequirementAssessable1796305619343,
  CandidatePhone1796306249009,
  CandidateSkillClustered1796390000000,
];
