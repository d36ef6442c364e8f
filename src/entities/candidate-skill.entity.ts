import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SkillLevel } from '../domain/vocabulary';
import { CandidateEntity } from './candidate.entity';
import { SkillEntity } from './skill.entity';

// WITHOUT ROWID on SQLite: skills are read in (candidateId, skillId) order (migration 1796390000000).
@Entity({ name: 'candidate_skill', withoutRowid: true })
@Index('IDX_candidate_skill_skill', ['skillId'])
export class CandidateSkillEntity {
  @PrimaryColumn({ type: 'integer' })
  candidateId: number;

  @PrimaryColumn({ type: 'integer' })
  skillId: number;

  @ManyToOne(() => CandidateEntity, (c) => c.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidateId' })
  candidate: CandidateEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skillId' })
  skill: SkillEntity;

  /** Null when unknown: a resume that lists a skill without dates says nothing about months. */
  @Column({ type: 'integer', nullable: true })
  months: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  level: SkillLevel | null;
}
