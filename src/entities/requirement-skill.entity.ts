import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RequirementGroupEntity } from './requirement-group.entity';
import { SkillEntity } from './skill.entity';

/** A skill a requirement group accepts; `position` keeps the posting's own order. */
@Entity('requirement_skill')
@Index('IDX_requirement_skill_skill', ['skillId'])
export class RequirementSkillEntity {
  @PrimaryColumn({ type: 'integer' })
  groupId: number;

  @PrimaryColumn({ type: 'integer' })
  skillId: number;

  @ManyToOne(() => RequirementGroupEntity, (g) => g.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId' })
  group: RequirementGroupEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skillId' })
  skill: SkillEntity;

  @Column({ type: 'integer' })
  position: number;
}
