import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CandidateEducationEntity } from './candidate-education.entity';
import { CandidateSkillEntity } from './candidate-skill.entity';

@Entity('candidate')
export class CandidateEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** As written on the profile or résumé; personal data, like name and email. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  headline: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @OneToMany(() => CandidateSkillEntity, (s) => s.candidate)
  skills: CandidateSkillEntity[];

  @OneToMany(() => CandidateEducationEntity, (e) => e.candidate)
  education: CandidateEducationEntity[];

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
