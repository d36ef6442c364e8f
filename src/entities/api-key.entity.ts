import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../auth/roles';

/**
 * An API key. Only the sha256 of the key is stored; the key itself is shown once, when created.
 * Keys are revoked, never deleted, so audit records keep pointing at a row.
 */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** sha256 of the key, hex. */
  @Index('UQ_api_key_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  keyHash: string;

  /** The first characters of the key (`sm_Ab3dE9f…`), so a listing can tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  hint: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;
}
