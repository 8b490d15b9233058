import { MigrationInterface, QueryRunner } from "typeorm";

export class SearchDocuments1796066135401 implements MigrationInterface {
    name = 'SearchDocuments1796066135401'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Written by hand: the trigram extension and the two GIN indexes TypeORM cannot describe.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`
            CREATE TABLE "search_document" (
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "space_id" uuid,
                "author_id" uuid,
                "draft_of" uuid,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "path" text NOT NULL,
                "tsv" tsvector NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b863d8f0aad590abf6ab139597d" PRIMARY KEY ("subject_type", "subject_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "search_document_date_idx" ON "search_document" ("occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "search_document_author_idx" ON "search_document" ("author_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "search_document_space_idx" ON "search_document" ("space_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "search_document"
            ADD CONSTRAINT "FK_3f8f38daa1bb6eb19704b1ad9ce" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`CREATE INDEX "search_document_tsv_idx" ON "search_document" USING gin ("tsv")`);
        await queryRunner.query(`CREATE INDEX "search_document_title_trgm_idx" ON "search_document" USING gin (lower("title") gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."search_document_title_trgm_idx"`);
        await queryRunner.query(`DROP INDEX "public"."search_document_tsv_idx"`);
        await queryRunner.query(`
            ALTER TABLE "search_document" DROP CONSTRAINT "FK_3f8f38daa1bb6eb19704b1ad9ce"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."search_document_space_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."search_document_author_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."search_document_date_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "search_document"
        `);
    }

}
