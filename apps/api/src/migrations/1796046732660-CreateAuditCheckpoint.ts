import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateAuditCheckpoint1796046732660 implements MigrationInterface {
    name = 'CreateAuditCheckpoint1796046732660'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_checkpoint" (
                "id" BIGSERIAL NOT NULL,
                "last_id" bigint NOT NULL,
                "last_hash" character(64) NOT NULL,
                "row_count" bigint NOT NULL,
                "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9720e45bb755b61bb1ab7d43839" PRIMARY KEY ("id")
            )
        `);

        // Written by hand: append-only, like audit_log.
        await queryRunner.query(`
            CREATE FUNCTION audit_checkpoint_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_checkpoint is append-only: % refused', TG_OP;
            END
            $$
        `);
        await queryRunner.query(`CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON "audit_checkpoint" FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON "audit_checkpoint" FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_checkpoint_no_truncate ON "audit_checkpoint"`);
        await queryRunner.query(`DROP TRIGGER audit_checkpoint_append_only ON "audit_checkpoint"`);
        await queryRunner.query(`DROP FUNCTION audit_checkpoint_refuse_change()`);
        await queryRunner.query(`
            DROP TABLE "audit_checkpoint"
        `);
    }

}
