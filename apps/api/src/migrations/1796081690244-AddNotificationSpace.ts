import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNotificationSpace1796081690244 implements MigrationInterface {
    name = 'AddNotificationSpace1796081690244'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "space_id" uuid
        `);
        // Added by hand: the space of notifications written before, from what they are about.
        for (const [type, table] of [['Post', 'post'], ['Page', 'page'], ['Proposal', 'proposal'], ['BlogPost', 'blog_post']]) {
            await queryRunner.query(`UPDATE notification n SET space_id = t.space_id FROM ${table} t WHERE n.subject_type = '${type}' AND t.id = n.subject_id`);
            await queryRunner.query(`UPDATE notification n SET space_id = t.space_id FROM comment c JOIN ${table} t ON t.id = c.subject_id
                WHERE n.subject_type = 'Comment' AND c.id = n.subject_id AND c.subject_type = '${type}'`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "space_id"
        `);
    }

}
