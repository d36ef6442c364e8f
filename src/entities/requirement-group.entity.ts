import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Importance, SkillCategory } from '../domain/vocabulary';
import { PostingEntity } from './posting.entity';
import { RequirementSkillEntity } from './requirement-skill.entity';

@Entity('requirement_group')
@Index('IDX_requirement_group_posting', ['postingId', 'position'])
export class RequirementGroupEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  postingId: number;

  @ManyToOne(() => PostingEntity, (p) => p.requirements, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'postingId' })
  posting: PostingEntity;

  /** Order of the group in the posting, so the API shows groups as the posting lists them. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 10 })
  importance: Importance;

  @Column({ type: 'varchar', length: 20 })
  category: SkillCategory;

  @Column({ type: 'varchar', length: 500 })
  label: string;

  @Column({ type: 'integer', default: 1 })
  minMatches: number;

  @Column({ type: 'integer', nullable: true })
  minMonths: number | null;

  @Column({ type: 'float', default: 1 })
  weight: number;

  /** False for a requirement no profile can show: reported, never scored (RequirementSpec.assessable). */
  @Column({ type: 'boolean', default: true })
  assessable: boolean;

  @OneToMany(() => RequirementSkillEntity, (s) => s.group)
  skills: RequirementSkillEntity[];
}
