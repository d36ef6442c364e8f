import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EducationLevel, EducationStatus } from '../domain/vocabulary';
import { CandidateEntity } from './candidate.entity';

@Entity('candidate_education')
@Index('IDX_candidate_education_candidate', ['candidateId', 'position'])
export class CandidateEducationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  candidateId: number;

  @ManyToOne(() => CandidateEntity, (c) => c.education, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidateId' })
  candidate: CandidateEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  level: EducationLevel;

  @Column({ type: 'varchar', length: 200, nullable: true })
  field: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: EducationStatus;
}
