import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateIdempotencyKeys1796080699738 implements MigrationInterface {
    name = 'CreateIdempotencyKeys1796080699738'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "idempotency_key" (
                "user_id" uuid NOT NULL,
                "key" text NOT NULL,
                "fingerprint" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "response" json,
                CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key" ("created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idempotency_key_created_at_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "idempotency_key"
        `);
    }

}
