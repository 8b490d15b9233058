import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateBlogPosts1796059005940 implements MigrationInterface {
    name = 'CreateBlogPosts1796059005940'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "blog_post" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "author_id" uuid NOT NULL,
                "space_id" uuid,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "html" text NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "status" text NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL DEFAULT '1',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "blog_post_published_at" CHECK (
                    (status = 'PUBLISHED') = (published_at IS NOT NULL)
                ),
                CONSTRAINT "blog_post_status" CHECK (status IN ('DRAFT', 'PUBLISHED')),
                CONSTRAINT "PK_694e842ad1c2b33f5939de6fede" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "blog_post_published_idx" ON "blog_post" ("published_at", "id")
            WHERE published_at IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "blog_post_author_idx" ON "blog_post" ("author_id", "published_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "blog_post_space_idx" ON "blog_post" ("space_id", "published_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "blog_post_revision" (
                "blog_post_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "author_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ee6d7611e80bc0e057531e6f890" PRIMARY KEY ("blog_post_id", "version")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "blog_post"
            ADD CONSTRAINT "FK_00b774847194e379a45edef3ffd" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "blog_post"
            ADD CONSTRAINT "FK_d5671c63cce71d0facf2fa9d488" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "blog_post_revision"
            ADD CONSTRAINT "FK_56234b6584eba84a3d739d2a06a" FOREIGN KEY ("blog_post_id") REFERENCES "blog_post"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "blog_post_revision"
            ADD CONSTRAINT "FK_cdccb199373a2cd1a18167d60a5" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

        // Written by hand: every blog post version is kept whole and never changed.
        await queryRunner.query(`
            CREATE FUNCTION blog_post_revision_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'blog_post_revision is immutable: % refused', TG_OP;
            END
            $$
        `);
        await queryRunner.query(`CREATE TRIGGER blog_post_revision_immutable BEFORE UPDATE OR DELETE ON "blog_post_revision" FOR EACH ROW EXECUTE FUNCTION blog_post_revision_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER blog_post_revision_no_truncate BEFORE TRUNCATE ON "blog_post_revision" FOR EACH STATEMENT EXECUTE FUNCTION blog_post_revision_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER blog_post_revision_no_truncate ON "blog_post_revision"`);
        await queryRunner.query(`DROP TRIGGER blog_post_revision_immutable ON "blog_post_revision"`);
        await queryRunner.query(`DROP FUNCTION blog_post_revision_refuse_change()`);
        await queryRunner.query(`
            ALTER TABLE "blog_post_revision" DROP CONSTRAINT "FK_cdccb199373a2cd1a18167d60a5"
        `);
        await queryRunner.query(`
            ALTER TABLE "blog_post_revision" DROP CONSTRAINT "FK_56234b6584eba84a3d739d2a06a"
        `);
        await queryRunner.query(`
            ALTER TABLE "blog_post" DROP CONSTRAINT "FK_d5671c63cce71d0facf2fa9d488"
        `);
        await queryRunner.query(`
            ALTER TABLE "blog_post" DROP CONSTRAINT "FK_00b774847194e379a45edef3ffd"
        `);
        await queryRunner.query(`
            DROP TABLE "blog_post_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."blog_post_space_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."blog_post_author_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."blog_post_published_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "blog_post"
        `);
    }

}
