import { MigrationInterface, QueryRunner } from "typeorm";

export class AddContentReferences1796054965484 implements MigrationInterface {
    name = 'AddContentReferences1796054965484'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "content_reference" (
                "source_type" text NOT NULL,
                "source_id" uuid NOT NULL,
                "target_type" text NOT NULL,
                "target_id" uuid NOT NULL,
                "space_id" uuid,
                "source_title" text NOT NULL,
                "source_path" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_167d01cdf5a1fa18165a0764cdf" PRIMARY KEY (
                    "source_type",
                    "source_id",
                    "target_type",
                    "target_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "content_reference_target_idx" ON "content_reference" ("target_type", "target_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."content_reference_target_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "content_reference"
        `);
    }

}
