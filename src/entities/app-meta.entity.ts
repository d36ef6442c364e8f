import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small key/value facts about the database itself (seeded, taxonomy version). */
@Entity('app_meta')
export class AppMetaEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
