import { MigrationInterface, QueryRunner } from "typeorm";

export class NotificationPreferences1796067146706 implements MigrationInterface {
    name = 'NotificationPreferences1796067146706'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "in_app" boolean NOT NULL,
                "email" text NOT NULL,
                CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_settings" (
                "user_id" uuid NOT NULL,
                "language" text NOT NULL DEFAULT 'en',
                "unsubscribe_secret" text NOT NULL,
                CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "in_app" boolean NOT NULL DEFAULT true
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "email" text NOT NULL DEFAULT 'OFF'
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "emailed_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_digest_idx" ON "notification" ("recipient_id", "created_at")
            WHERE email = 'DAILY'
                AND emailed_at IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_settings"
            ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_digest_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "emailed_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "email"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "in_app"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_settings"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
    }

}
