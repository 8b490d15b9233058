import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateJobRunnerHeartbeats1796082528417 implements MigrationInterface {
    name = 'CreateJobRunnerHeartbeats1796082528417'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "job_runner_heartbeat" (
                "runner_id" text NOT NULL,
                "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_5b77d08519a1d9894fcc4332d4f" PRIMARY KEY ("runner_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_77b58ee51a04cb27910fe28679" ON "job_runner_heartbeat" ("seen_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_77b58ee51a04cb27910fe28679"
        `);
        await queryRunner.query(`
            DROP TABLE "job_runner_heartbeat"
        `);
    }

}
