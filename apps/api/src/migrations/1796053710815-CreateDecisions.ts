import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateDecisions1796053710815 implements MigrationInterface {
    name = 'CreateDecisions1796053710815'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "proposal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "space_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL,
                "html" text NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "process" text NOT NULL,
                "status" text NOT NULL DEFAULT 'OPEN',
                "outcome" text,
                "outcome_statement" text,
                "winning_option_id" uuid,
                "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closed_by" uuid,
                "quorum_percent" integer NOT NULL DEFAULT '0',
                "eligible_voter_count" integer NOT NULL,
                "hide_tally" boolean NOT NULL DEFAULT false,
                "review_at" TIMESTAMP WITH TIME ZONE,
                "nudged_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "proposal_quorum" CHECK (
                    quorum_percent BETWEEN 0 AND 100
                ),
                CONSTRAINT "proposal_closed_has_outcome" CHECK (
                    (status = 'CLOSED') = (
                        outcome IS NOT NULL
                        AND closed_at IS NOT NULL
                    )
                ),
                CONSTRAINT "proposal_outcome" CHECK (
                    outcome IS NULL
                    OR outcome IN ('ACCEPTED', 'REJECTED', 'NO_QUORUM')
                ),
                CONSTRAINT "proposal_status" CHECK (status IN ('OPEN', 'CLOSED', 'WITHDRAWN')),
                CONSTRAINT "proposal_process" CHECK (
                    process IN ('MAJORITY', 'CONSENT', 'ADVICE', 'RANKED_CHOICE')
                ),
                CONSTRAINT "proposal_title_length" CHECK (
                    char_length(title) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_space_idx" ON "proposal" ("space_id", "status", "closed_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_open_idx" ON "proposal" ("closes_at", "id")
            WHERE status = 'OPEN'
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_option" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "code" text,
                "label" text NOT NULL,
                CONSTRAINT "proposal_option_proposal_id_key" UNIQUE ("proposal_id", "id"),
                CONSTRAINT "proposal_option_position_key" UNIQUE ("proposal_id", "position"),
                CONSTRAINT "PK_e64f1525eb93cca91f8e9178490" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_option_proposal_idx" ON "proposal_option" ("proposal_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_voter" (
                "proposal_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "is_advisor" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_c0bdee1b090f919e559b394a8f6" PRIMARY KEY ("proposal_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "vote" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "voter_id" uuid NOT NULL,
                "option_id" uuid,
                "ranking" uuid array,
                "reason" text,
                "proposal_version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "vote_one_per_voter" UNIQUE ("proposal_id", "voter_id"),
                CONSTRAINT "vote_choice" CHECK ((option_id IS NULL) <> (ranking IS NULL)),
                CONSTRAINT "PK_2d5932d46afe39c8176f9d4be72" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "vote_proposal_idx" ON "vote" ("proposal_id", "updated_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "argument" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "side" text NOT NULL,
                "body" text NOT NULL,
                "author_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "argument_side" CHECK (side IN ('PRO', 'CON')),
                CONSTRAINT "PK_041c0a23d28548fe403b74f6252" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "argument_proposal_idx" ON "argument" ("proposal_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_revision" (
                "proposal_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL,
                "author_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7a7919689257600340639ebe313" PRIMARY KEY ("proposal_id", "version")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "decision_record" (
                "proposal_id" uuid NOT NULL,
                "space_id" uuid NOT NULL,
                "content" jsonb NOT NULL,
                "hash" text NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_908ae68ac4d9259600717217ac6" PRIMARY KEY ("proposal_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "decision_record_space_idx" ON "decision_record" ("space_id", "closed_at", "proposal_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "dissent" (
                "proposal_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f33fbf163289edcce1acb82bbf7" PRIMARY KEY ("proposal_id", "user_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "FK_3b467a49eac84a73a66126fde4b" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "FK_94507a1afef0c42452a5ca2bd27" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_option"
            ADD CONSTRAINT "FK_01bf93eead6f92cd03de0376b0c" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_voter"
            ADD CONSTRAINT "FK_60af3256f3c02399e31830c6e16" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_voter"
            ADD CONSTRAINT "FK_cc0681960ecbf68878eafddbda6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vote"
            ADD CONSTRAINT "FK_b7267cf68c2f804a9e103952cc5" FOREIGN KEY ("proposal_id", "voter_id") REFERENCES "proposal_voter"("proposal_id", "user_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vote"
            ADD CONSTRAINT "FK_95c49c4e1049aca4acc929edc96" FOREIGN KEY ("option_id", "proposal_id") REFERENCES "proposal_option"("id", "proposal_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "argument"
            ADD CONSTRAINT "FK_547635f9a0a1a405ba0bbc2a28d" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "argument"
            ADD CONSTRAINT "FK_961b12caefee60a3f08e7359ab2" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision"
            ADD CONSTRAINT "FK_ebc20568e42537b25195e99e2eb" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision"
            ADD CONSTRAINT "FK_07d0797fdc0b437f80aab73969b" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision_record"
            ADD CONSTRAINT "FK_908ae68ac4d9259600717217ac6" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision_record"
            ADD CONSTRAINT "FK_42e67fb31beb5d71c9a9b3eb1e0" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dissent"
            ADD CONSTRAINT "FK_8dd5d80e2124e55199fad34db1f" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dissent"
            ADD CONSTRAINT "FK_87a2dab20d6a2238cd736c5fd0a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

        // Written by hand: amendments, decision records and dissents are never changed or removed,
        // and no vote is written once its proposal is no longer open.
        await queryRunner.query(`
            CREATE FUNCTION decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is immutable: % refused', TG_TABLE_NAME, TG_OP;
            END
            $$
        `);
        for (const table of ['proposal_revision', 'decision_record', 'dissent']) {
            await queryRunner.query(`CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION decisions_refuse_change()`);
            await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION decisions_refuse_change()`);
        }
        await queryRunner.query(`
            CREATE FUNCTION vote_requires_open_proposal() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM proposal p WHERE p.id = COALESCE(NEW.proposal_id, OLD.proposal_id) AND p.status = 'OPEN') THEN
                    RAISE EXCEPTION 'proposal % is not open: vote % refused', COALESCE(NEW.proposal_id, OLD.proposal_id), TG_OP;
                END IF;
                RETURN COALESCE(NEW, OLD);
            END
            $$
        `);
        await queryRunner.query(`CREATE TRIGGER vote_open_only BEFORE INSERT OR UPDATE OR DELETE ON "vote" FOR EACH ROW EXECUTE FUNCTION vote_requires_open_proposal()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER vote_open_only ON "vote"`);
        await queryRunner.query(`DROP FUNCTION vote_requires_open_proposal()`);
        for (const table of ['proposal_revision', 'decision_record', 'dissent']) {
            await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER ${table}_immutable ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION decisions_refuse_change()`);
        await queryRunner.query(`
            ALTER TABLE "dissent" DROP CONSTRAINT "FK_87a2dab20d6a2238cd736c5fd0a"
        `);
        await queryRunner.query(`
            ALTER TABLE "dissent" DROP CONSTRAINT "FK_8dd5d80e2124e55199fad34db1f"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision_record" DROP CONSTRAINT "FK_42e67fb31beb5d71c9a9b3eb1e0"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision_record" DROP CONSTRAINT "FK_908ae68ac4d9259600717217ac6"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision" DROP CONSTRAINT "FK_07d0797fdc0b437f80aab73969b"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision" DROP CONSTRAINT "FK_ebc20568e42537b25195e99e2eb"
        `);
        await queryRunner.query(`
            ALTER TABLE "argument" DROP CONSTRAINT "FK_961b12caefee60a3f08e7359ab2"
        `);
        await queryRunner.query(`
            ALTER TABLE "argument" DROP CONSTRAINT "FK_547635f9a0a1a405ba0bbc2a28d"
        `);
        await queryRunner.query(`
            ALTER TABLE "vote" DROP CONSTRAINT "FK_95c49c4e1049aca4acc929edc96"
        `);
        await queryRunner.query(`
            ALTER TABLE "vote" DROP CONSTRAINT "FK_b7267cf68c2f804a9e103952cc5"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_voter" DROP CONSTRAINT "FK_cc0681960ecbf68878eafddbda6"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_voter" DROP CONSTRAINT "FK_60af3256f3c02399e31830c6e16"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_option" DROP CONSTRAINT "FK_01bf93eead6f92cd03de0376b0c"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "FK_94507a1afef0c42452a5ca2bd27"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "FK_3b467a49eac84a73a66126fde4b"
        `);
        await queryRunner.query(`
            DROP TABLE "dissent"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."decision_record_space_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "decision_record"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."argument_proposal_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "argument"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."vote_proposal_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "vote"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_voter"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_option_proposal_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_option"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_open_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_space_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal"
        `);
    }

}
