import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import { DomainException, type AuthUser } from '@pnyx/api/core/graphql';
import { ErrorCode } from '@pnyx/shared/contracts';
import { SpaceAccess, type SpaceWithRole } from '@pnyx/api/spaces';
import { DecisionsException } from './decisions.exception';
import type { ProposalEntity } from './proposal.entity';
import { ProposalRepository } from './proposal.repository';

export interface ProposalInSpace {
  proposal: ProposalEntity;
  space: SpaceWithRole;
}

/** Loads a proposal for a write: locked, and only if the caller may read its space (hidden looks like missing). */
@Injectable()
export class ProposalAccess {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly spaces: SpaceAccess,
  ) {}

  async requireReadable(user: AuthUser, id: string, tx: Tx, lock: 'share' | 'update', field = 'id'): Promise<ProposalInSpace> {
    const proposal = await this.proposals.lock(tx, id, lock);
    if (!proposal) throw DecisionsException.proposalNotFound(field);
    let space: SpaceWithRole;
    try {
      space = await this.spaces.requireReadable(user, proposal.spaceId, tx, field);
    } catch (error) {
      // A hidden space hides its proposals the same way; anything else (a database outage) stays what it is.
      if (error instanceof DomainException && error.code === ErrorCode.NOT_FOUND) throw DecisionsException.proposalNotFound(field);
      throw error;
    }
    return { proposal, space };
  }

  requireOpen(proposal: ProposalEntity): void {
    if (proposal.status !== 'OPEN') throw DecisionsException.notOpen(proposal.status);
  }
}
