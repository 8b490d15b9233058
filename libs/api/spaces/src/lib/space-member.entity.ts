import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@pnyx/api/identity';
import { SpaceEntity } from './space.entity';

@Entity({ name: 'space_member' })
@Check('space_member_role_check', `"role" IN ('OWNER', 'MEMBER')`)
@Index('space_member_user_idx', ['userId'])
export class SpaceMemberEntity {
  @PrimaryColumn({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role!: 'OWNER' | 'MEMBER';

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
