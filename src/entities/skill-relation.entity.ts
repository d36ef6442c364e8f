import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from './skill.entity';

/** "Related" edges (Kotlin ~ Java), stored once per pair as the taxonomy file declares them. */
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
}
