import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateWikiPages1795786982880 implements MigrationInterface {
    name = 'CreateWikiPages1795786982880'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "space_id" uuid,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "html" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "comment_subject_idx" ON "comment" ("subject_type", "subject_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "follow" (
                "user_id" uuid NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_651e9dd1526beec753a59f5168c" PRIMARY KEY ("user_id", "subject_type", "subject_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_subject_idx" ON "follow" ("subject_type", "subject_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "page" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "space_id" uuid NOT NULL,
                "parent_id" uuid,
                "position" integer NOT NULL DEFAULT '0',
                "title" text NOT NULL,
                "slug" text NOT NULL,
                "body" text NOT NULL,
                "html" text NOT NULL,
                "version" integer NOT NULL,
                "is_template" boolean NOT NULL DEFAULT false,
                "created_by" uuid NOT NULL,
                "updated_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "deleted_by" uuid,
                CONSTRAINT "page_version_positive" CHECK (version >= 1),
                CONSTRAINT "page_title_length" CHECK (
                    char_length(title) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_742f4117e065c5b6ad21b37ba1f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "page_space_slug_key" ON "page" ("space_id", "slug")
            WHERE deleted_at IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "page_parent_idx" ON "page" ("parent_id", "position")
            WHERE deleted_at IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "page_space_tree_idx" ON "page" ("space_id", "parent_id", "position")
            WHERE deleted_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "page_revision" (
                "page_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "summary" text,
                "restored_from" integer,
                "author_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_86ae3a17639058c6853eca86660" PRIMARY KEY ("page_id", "version")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "page_slug" (
                "space_id" uuid NOT NULL,
                "slug" text NOT NULL,
                "page_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_aa9c07d70c1c4e09632a87922b2" PRIMARY KEY ("space_id", "slug")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "page_slug_page_idx" ON "page_slug" ("page_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "page_link" (
                "from_page_id" uuid NOT NULL,
                "target_space_key" text NOT NULL,
                "target_key" text NOT NULL,
                "target_title" text NOT NULL,
                "to_page_id" uuid,
                "from_version" integer NOT NULL,
                CONSTRAINT "PK_9ac6d59f04d1036fb97c5bfa287" PRIMARY KEY ("from_page_id", "target_space_key", "target_key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "page_link_unresolved_idx" ON "page_link" ("target_space_key", "target_key")
            WHERE to_page_id IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "page_link_to_idx" ON "page_link" ("to_page_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "page_label" (
                "page_id" uuid NOT NULL,
                "label" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7de5cacd17abc7d309b2d9ef175" PRIMARY KEY ("page_id", "label")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "page_label_label_idx" ON "page_label" ("label", "page_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "FK_81e85bf836cb6ae31aaa5e9c2cc" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow"
            ADD CONSTRAINT "FK_d3b514cd26ff6190a8f836f9b28" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page"
            ADD CONSTRAINT "FK_3d362b4ee669d640602be25a2c4" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page"
            ADD CONSTRAINT "FK_17075bd0e76393d1cb92a2eaaa5" FOREIGN KEY ("parent_id") REFERENCES "page"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page"
            ADD CONSTRAINT "FK_9b61a9afdaa3247f401f980f447" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page"
            ADD CONSTRAINT "FK_0c1f1134e68bed58c5d497490d1" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page_revision"
            ADD CONSTRAINT "FK_4084b7b53cd0abb163eaa13bfda" FOREIGN KEY ("page_id") REFERENCES "page"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page_revision"
            ADD CONSTRAINT "FK_42039588d4d23bfd7f9a1df28f7" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page_slug"
            ADD CONSTRAINT "FK_16ba4594ccb538e02fad71094fb" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page_slug"
            ADD CONSTRAINT "FK_a6ed0a205e247feff4dbc7cb5a8" FOREIGN KEY ("page_id") REFERENCES "page"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page_link"
            ADD CONSTRAINT "FK_49cf77705540a4f4a1c3ea23f70" FOREIGN KEY ("from_page_id") REFERENCES "page"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page_link"
            ADD CONSTRAINT "FK_40029c9b378e9b97775c32e2121" FOREIGN KEY ("to_page_id") REFERENCES "page"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "page_label"
            ADD CONSTRAINT "FK_9f14a8a680c9c7690440233b4a0" FOREIGN KEY ("page_id") REFERENCES "page"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

        // Written by hand: every page version is kept whole and never changed.
        await queryRunner.query(`
            CREATE FUNCTION page_revision_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'page_revision is immutable: % refused', TG_OP;
            END
            $$
        `);
        await queryRunner.query(`CREATE TRIGGER page_revision_immutable BEFORE UPDATE OR DELETE ON "page_revision" FOR EACH ROW EXECUTE FUNCTION page_revision_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER page_revision_no_truncate BEFORE TRUNCATE ON "page_revision" FOR EACH STATEMENT EXECUTE FUNCTION page_revision_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER page_revision_no_truncate ON "page_revision"`);
        await queryRunner.query(`DROP TRIGGER page_revision_immutable ON "page_revision"`);
        await queryRunner.query(`DROP FUNCTION page_revision_refuse_change()`);
        await queryRunner.query(`
            ALTER TABLE "page_label" DROP CONSTRAINT "FK_9f14a8a680c9c7690440233b4a0"
        `);
        await queryRunner.query(`
            ALTER TABLE "page_link" DROP CONSTRAINT "FK_40029c9b378e9b97775c32e2121"
        `);
        await queryRunner.query(`
            ALTER TABLE "page_link" DROP CONSTRAINT "FK_49cf77705540a4f4a1c3ea23f70"
        `);
        await queryRunner.query(`
            ALTER TABLE "page_slug" DROP CONSTRAINT "FK_a6ed0a205e247feff4dbc7cb5a8"
        `);
        await queryRunner.query(`
            ALTER TABLE "page_slug" DROP CONSTRAINT "FK_16ba4594ccb538e02fad71094fb"
        `);
        await queryRunner.query(`
            ALTER TABLE "page_revision" DROP CONSTRAINT "FK_42039588d4d23bfd7f9a1df28f7"
        `);
        await queryRunner.query(`
            ALTER TABLE "page_revision" DROP CONSTRAINT "FK_4084b7b53cd0abb163eaa13bfda"
        `);
        await queryRunner.query(`
            ALTER TABLE "page" DROP CONSTRAINT "FK_0c1f1134e68bed58c5d497490d1"
        `);
        await queryRunner.query(`
            ALTER TABLE "page" DROP CONSTRAINT "FK_9b61a9afdaa3247f401f980f447"
        `);
        await queryRunner.query(`
            ALTER TABLE "page" DROP CONSTRAINT "FK_17075bd0e76393d1cb92a2eaaa5"
        `);
        await queryRunner.query(`
            ALTER TABLE "page" DROP CONSTRAINT "FK_3d362b4ee669d640602be25a2c4"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow" DROP CONSTRAINT "FK_d3b514cd26ff6190a8f836f9b28"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "FK_81e85bf836cb6ae31aaa5e9c2cc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."page_label_label_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "page_label"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."page_link_to_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."page_link_unresolved_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "page_link"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."page_slug_page_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "page_slug"
        `);
        await queryRunner.query(`
            DROP TABLE "page_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."page_space_tree_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."page_parent_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."page_space_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "page"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_subject_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "follow"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."comment_subject_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "comment"
        `);
    }

}
