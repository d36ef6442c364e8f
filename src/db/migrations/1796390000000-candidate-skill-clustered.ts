import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = '"candidateId", "skillId", "months", "level"';
const CONSTRAINTS =
  'CONSTRAINT "FK_492548e6c176f5655adfae9f5ea" FOREIGN KEY ("candidateId") REFERENCES "candidate" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, ' +
  'CONSTRAINT "FK_e1c191e02365ebe07ebec1f0b9e" FOREIGN KEY ("skillId") REFERENCES "skill" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, ' +
  'PRIMARY KEY ("candidateId", "skillId")';

/**
 * SQLite keeps candidate_skill clustered by (candidateId, skillId) (WITHOUT ROWID). Building the
 * ranking index reads every candidate's skills with their months in key order; with a rowid table
 * each skill row was a lookup in the primary-key index and then another in the table, and that
 * read was half of a service start on a million candidates. Written by hand (TypeORM generates no
 * WITHOUT ROWID change). The table is the child of its foreign keys, so rebuilding it cascades to
 * nothing. PostgreSQL has no rowid tables: nothing to do there.
 */
export class CandidateSkillClustered1796390000000 implements MigrationInterface {
  name = 'CandidateSkillClustered1796390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') await rebuild(queryRunner, ' WITHOUT ROWID');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') await rebuild(queryRunner, '');
  }
}

async function rebuild(queryRunner: QueryRunner, tableOptions: string): Promise<void> {
  await queryRunner.query('DROP INDEX "IDX_candidate_skill_skill"');
  await queryRunner.query(
    `CREATE TABLE "temporary_candidate_skill" ("candidateId" integer NOT NULL, "skillId" integer NOT NULL, "months" integer, "level" varchar(20), ${CONSTRAINTS})${tableOptions}`,
  );
  await queryRunner.query(
    `INSERT INTO "temporary_candidate_skill"(${COLUMNS}) SELECT ${COLUMNS} FROM "candidate_skill" ORDER BY "candidateId", "skillId"`,
  );
  await queryRunner.query('DROP TABLE "candidate_skill"');
  await queryRunner.query('ALTER TABLE "temporary_candidate_skill" RENAME TO "candidate_skill"');
  await queryRunner.query('CREATE INDEX "IDX_candidate_skill_skill" ON "candidate_skill" ("skillId") ');
}
