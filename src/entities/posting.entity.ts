import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ScoringProfile } from '../domain/matching/profiles';
import type { EducationLevel, EmploymentType } from '../domain/vocabulary';
import { RequirementGroupEntity } from './requirement-group.entity';

@Entity('posting')
export class PostingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('IDX_posting_company')
  @Column({ type: 'varchar', length: 200, nullable: true })
  company: string | null;

  @Column({ type: 'varchar', length: 20 })
  employmentType: EmploymentType;

  @Column({ type: 'simple-json' })
  locations: string[];

  @Column({ type: 'text' })
  description: string;

  /** ISO date, YYYY-MM-DD: a calendar date, not an instant. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  datePosted: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'boolean', default: false })
  educationRequired: boolean;

  /** The posting's own scoring weights, when it overrides the defaults. */
  @Column({ type: 'simple-json', nullable: true })
  scoring: ScoringProfile | null;

  @OneToMany(() => RequirementGroupEntity, (g) => g.posting)
  requirements: RequirementGroupEntity[];

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
