import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateFoundation1795786529416 implements MigrationInterface {
    name = 'CreateFoundation1795786529416'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" BIGSERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_id" uuid,
                "action" text NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "space_id" uuid,
                "data" jsonb NOT NULL,
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_subject_idx" ON "audit_log" ("subject_type", "subject_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox_event" (
                "id" BIGSERIAL NOT NULL,
                "type" text NOT NULL,
                "aggregate_type" text NOT NULL,
                "aggregate_id" uuid NOT NULL,
                "space_id" uuid,
                "actor_id" uuid,
                "payload" jsonb NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_event_unpublished_idx" ON "outbox_event" ("id")
            WHERE published_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subject" text NOT NULL,
                "username" text NOT NULL,
                "display_name" text NOT NULL,
                "email" text,
                "roles" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_bd2a0737c72e7f077b5df3e62ce" UNIQUE ("subject"),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "idp_key" (
                "kid" text NOT NULL,
                "purpose" text NOT NULL,
                "private_jwk" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c98cfa14fa46f938977dbeb32c7" PRIMARY KEY ("kid")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_idp_key_purpose" ON "idp_key" ("purpose", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "idp_payload" (
                "id" text NOT NULL,
                "kind" text NOT NULL,
                "payload" jsonb NOT NULL,
                "grant_id" text,
                "uid" text,
                "user_code" text,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "consumed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_cd3005f72bc9d675e3a6d8b3e86" PRIMARY KEY ("id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_idp_payload_expires_at" ON "idp_payload" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_idp_payload_user_code" ON "idp_payload" ("user_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_idp_payload_uid" ON "idp_payload" ("uid")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_idp_payload_grant_id" ON "idp_payload" ("grant_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "space" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" text NOT NULL,
                "name" text NOT NULL,
                "description" text,
                "visibility" text NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "space_visibility_check" CHECK ("visibility" IN ('PUBLIC', 'PRIVATE')),
                CONSTRAINT "PK_094f5ec727fe052956a11623640" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "space_member" (
                "space_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" text NOT NULL,
                "added_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "space_member_role_check" CHECK ("role" IN ('OWNER', 'MEMBER')),
                CONSTRAINT "PK_88c42a30fcefb0dd9b082f605e1" PRIMARY KEY ("space_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "space_member_user_idx" ON "space_member" ("user_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "space"
            ADD CONSTRAINT "FK_e22747a17a0999d721878b12686" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "space_member"
            ADD CONSTRAINT "FK_c03ae5dbb51529c480287658f71" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "space_member"
            ADD CONSTRAINT "FK_e98d6d657d9789a4a516a925d41" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

        // Written by hand (declared on the entities with synchronize: false):
        // case-insensitive uniqueness, and the append-only audit log.
        await queryRunner.query(`CREATE UNIQUE INDEX "app_user_username_lower_key" ON "app_user" (lower("username"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "space_key_lower_key" ON "space" (lower("key"))`);
        await queryRunner.query(`
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
            END
            $$
        `);
        await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
        await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
        await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
        await queryRunner.query(`DROP INDEX "space_key_lower_key"`);
        await queryRunner.query(`DROP INDEX "app_user_username_lower_key"`);
        await queryRunner.query(`
            ALTER TABLE "space_member" DROP CONSTRAINT "FK_e98d6d657d9789a4a516a925d41"
        `);
        await queryRunner.query(`
            ALTER TABLE "space_member" DROP CONSTRAINT "FK_c03ae5dbb51529c480287658f71"
        `);
        await queryRunner.query(`
            ALTER TABLE "space" DROP CONSTRAINT "FK_e22747a17a0999d721878b12686"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."space_member_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "space_member"
        `);
        await queryRunner.query(`
            DROP TABLE "space"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_idp_payload_grant_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_idp_payload_uid"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_idp_payload_user_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_idp_payload_expires_at"
        `);
        await queryRunner.query(`
            DROP TABLE "idp_payload"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_idp_key_purpose"
        `);
        await queryRunner.query(`
            DROP TABLE "idp_key"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."outbox_event_unpublished_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_subject_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    }

}
