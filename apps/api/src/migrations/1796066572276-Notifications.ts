import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796066572276 implements MigrationInterface {
    name = 'Notifications1796066572276'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "actor_id" uuid,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "path" text NOT NULL,
                "title" text NOT NULL,
                "dedupe_key" text NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "notification_dedupe_key" UNIQUE ("recipient_id", "dedupe_key"),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_unread_idx" ON "notification" ("recipient_id", "created_at")
            WHERE read_at IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_recipient_idx" ON "notification" ("recipient_id", "created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_16addcdc44128a517daeddd4491" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_16addcdc44128a517daeddd4491"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_recipient_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_unread_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
    }

}
