import { Column, Entity, Index, JoinTable, ManyToMany, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { SkillCategory, SkillKind } from '../domain/vocabulary';
import { SkillAliasEntity } from './skill-alias.entity';
import { SkillRelationEntity } from './skill-relation.entity';

@Entity('skill')
export class SkillEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Lower-case, so uniqueness is case-insensitive on every database. */
  @Index('UQ_skill_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  category: SkillCategory;

  /** Only TECHNICAL skills are evidence; see SKILL_KINDS. */
  @Column({ type: 'varchar', length: 20, default: 'TECHNICAL' })
  kind: SkillKind;

  /** Where the entry comes from (an open source or the curated overlay); null for rows stored before sources were recorded. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  source: string | null;

  @OneToMany(() => SkillAliasEntity, (a) => a.skill)
  aliases: SkillAliasEntity[];

  @ManyToMany(() => SkillEntity)
  @JoinTable({
    name: 'skill_broader',
    joinColumn: { name: 'skillId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'broaderId', referencedColumnName: 'id' },
  })
  broader: SkillEntity[];

  @OneToMany(() => SkillRelationEntity, (r) => r.skill)
  related: SkillRelationEntity[];
}
