import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from './skill.entity';

/** "Related" edges between substitutes (MySQL ~ PostgreSQL), stored once per pair as the taxonomy file declares them, with why and from where. */
@Entity('skill_relation')
export class SkillRelationEntity {
  @PrimaryColumn({ type: 'integer' })
  skillId: number;

  @PrimaryColumn({ type: 'integer' })
  relatedId: number;

  @ManyToOne(() => SkillEntity, (s) => s.related, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skillId' })
  skill: SkillEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relatedId' })
  relatedSkill: SkillEntity;

  @Column({ type: 'float' })
  similarity: number;

  /** Why the two are substitutes, as the taxonomy file states it. */
  @Column({ type: 'varchar', length: 400, nullable: true })
  reason: string | null;

  /** Where the link comes from (an open source or the curated overlay). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  source: string | null;
}
