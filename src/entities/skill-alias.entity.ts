import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SkillEntity } from './skill.entity';

@Entity('skill_alias')
@Index('UQ_skill_alias', ['skillId', 'alias'], { unique: true })
export class SkillAliasEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  skillId: number;

  @ManyToOne(() => SkillEntity, (s) => s.aliases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skillId' })
  skill: SkillEntity;

  @Column({ type: 'varchar', length: 120 })
  alias: string;
}
