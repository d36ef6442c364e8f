import { ApiKeyEntity } from './api-key.entity';
import { AppMetaEntity } from './app-meta.entity';
import { AuditRecordEntity } from './audit-record.entity';
import { CandidateEducationEntity } from './candidate-education.entity';
import { CandidateSkillEntity } from './candidate-skill.entity';
import { CandidateEntity } from './candidate.entity';
import { PostingEntity } from './posting.entity';
import { RequirementGroupEntity } from './requirement-group.entity';
import { RequirementSkillEntity } from './requirement-skill.entity';
import { SkillAliasEntity } from './skill-alias.entity';
import { SkillRelationEntity } from './skill-relation.entity';
import { SkillEntity } from './skill.entity';

export const ENTITIES = [
  SkillEntity,
  SkillAliasEntity,
  SkillRelationEntity,
  PostingEntity,
  RequirementGroupEntity,
  RequirementSkillEntity,
  CandidateEntity,
  CandidateSkillEntity,
  CandidateEducationEntity,
  AppMetaEntity,
  ApiKeyEntity,
  AuditRecordEntity,
];
