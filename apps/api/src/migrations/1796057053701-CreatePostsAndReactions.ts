import { MigrationInterface, QueryRunner } from "typeorm";

export class CreatePostsAndReactions1796057053701 implements MigrationInterface {
    name = 'CreatePostsAndReactions1796057053701'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "reaction" (
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "emoji" text NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "reaction_emoji" CHECK (emoji IN ('👍', '❤️', '🎉', '😄', '🤔', '👀')),
                CONSTRAINT "PK_1b24b503c3efe267be16705a839" PRIMARY KEY ("subject_type", "subject_id", "emoji", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "post" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "author_id" uuid NOT NULL,
                "space_id" uuid,
                "reply_to_id" uuid,
                "body" text NOT NULL,
                "html" text NOT NULL,
                "mention_ids" uuid array NOT NULL DEFAULT '{}',
                "hashtags" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "pinned_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "post_deleted_is_empty" CHECK (
                    deleted_at IS NULL
                    OR (
                        body = ''
                        AND html = ''
                    )
                ),
                CONSTRAINT "post_pinned_in_space" CHECK (
                    pinned_at IS NULL
                    OR space_id IS NOT NULL
                ),
                CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "post_one_pinned_per_space" ON "post" ("space_id")
            WHERE pinned_at IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "post_created_idx" ON "post" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "post_reply_to_idx" ON "post" ("reply_to_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "post_author_idx" ON "post" ("author_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "post_space_idx" ON "post" ("space_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "post_hashtag" (
                "post_id" uuid NOT NULL,
                "tag" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_cd8eb45218aadd4b97bab7f071e" PRIMARY KEY ("post_id", "tag")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "post_hashtag_tag_idx" ON "post_hashtag" ("tag", "created_at", "post_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "reaction"
            ADD CONSTRAINT "FK_978c984f412d09b43304e41ae9a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_4873b2ec27a93cd3f2518cb1813" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_5cff2ea91af448f51ed2b68283f" FOREIGN KEY ("reply_to_id") REFERENCES "post"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_hashtag"
            ADD CONSTRAINT "FK_a855b00dfa76d3dd76a554a0e7d" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "post_hashtag" DROP CONSTRAINT "FK_a855b00dfa76d3dd76a554a0e7d"
        `);
        await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_5cff2ea91af448f51ed2b68283f"
        `);
        await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_4873b2ec27a93cd3f2518cb1813"
        `);
        await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62"
        `);
        await queryRunner.query(`
            ALTER TABLE "reaction" DROP CONSTRAINT "FK_978c984f412d09b43304e41ae9a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_hashtag_tag_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "post_hashtag"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_space_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_author_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_reply_to_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_one_pinned_per_space"
        `);
        await queryRunner.query(`
            DROP TABLE "post"
        `);
        await queryRunner.query(`
            DROP TABLE "reaction"
        `);
    }

}
