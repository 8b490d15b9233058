import { MigrationInterface, QueryRunner } from "typeorm";

export class FeedItems1796064066490 implements MigrationInterface {
    name = 'FeedItems1796064066490'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "feed_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" bigint NOT NULL,
                "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "kind" text NOT NULL,
                "actor_id" uuid NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "space_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "feed_item_event_key" UNIQUE ("event_id"),
                CONSTRAINT "feed_item_seq_key" UNIQUE ("seq"),
                CONSTRAINT "PK_15e831e9beea6ca204556c64438" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "feed_item_subject_idx" ON "feed_item" ("subject_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "feed_item_space_idx" ON "feed_item" ("space_id", "seq")
        `);
        await queryRunner.query(`
            CREATE INDEX "feed_item_actor_idx" ON "feed_item" ("actor_id", "seq")
        `);
        await queryRunner.query(`
            CREATE TABLE "feed_item_tag" (
                "tag" text NOT NULL,
                "seq" bigint NOT NULL,
                CONSTRAINT "PK_fcc0eef8a6a6e51931f0271edba" PRIMARY KEY ("tag", "seq")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "feed_item_tag_seq_idx" ON "feed_item_tag" ("seq")
        `);
        await queryRunner.query(`
            CREATE TABLE "hashtag_follow" (
                "user_id" uuid NOT NULL,
                "tag" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1d4502b77764ffd0dd9e2fc73f9" PRIMARY KEY ("user_id", "tag")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "feed_pin" (
                "subject_id" uuid NOT NULL,
                "space_id" uuid NOT NULL,
                "pinned" boolean NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_0c193144071a9b94e190f37dd00" PRIMARY KEY ("subject_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "feed_pin_space_idx" ON "feed_pin" ("space_id", "changed_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item"
            ADD CONSTRAINT "FK_968fc453db2bd317973ce7fcab0" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item"
            ADD CONSTRAINT "FK_94e2c556918227ae75b4b04c91b" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item_tag"
            ADD CONSTRAINT "FK_6192d3eb5a119ffaf475b24983b" FOREIGN KEY ("seq") REFERENCES "feed_item"("seq") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "hashtag_follow"
            ADD CONSTRAINT "FK_21cd8c619f9e3dd4e021a4cb59f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_pin"
            ADD CONSTRAINT "FK_b59e43d385e267ed3935eabd5a3" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "feed_pin" DROP CONSTRAINT "FK_b59e43d385e267ed3935eabd5a3"
        `);
        await queryRunner.query(`
            ALTER TABLE "hashtag_follow" DROP CONSTRAINT "FK_21cd8c619f9e3dd4e021a4cb59f"
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item_tag" DROP CONSTRAINT "FK_6192d3eb5a119ffaf475b24983b"
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item" DROP CONSTRAINT "FK_94e2c556918227ae75b4b04c91b"
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item" DROP CONSTRAINT "FK_968fc453db2bd317973ce7fcab0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_pin_space_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "feed_pin"
        `);
        await queryRunner.query(`
            DROP TABLE "hashtag_follow"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_item_tag_seq_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "feed_item_tag"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_item_actor_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_item_space_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_item_subject_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "feed_item"
        `);
    }

}
