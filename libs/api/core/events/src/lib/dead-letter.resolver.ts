import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@pnyx/api/core/auth';
import { MAX_PAGE_SIZE, type ConnectionOf } from '@pnyx/api/core/graphql';
import { Role } from '@pnyx/shared/contracts';
import { DeadLetterConnectionModel, type DeadLetterModel } from './dead-letter.model';
import { DeadLetters } from './dead-letters';

@Resolver()
export class DeadLetterResolver {
  constructor(private readonly letters: DeadLetters) {}

  @Authenticated(Role.ADMIN)
  @Query(() => DeadLetterConnectionModel, { description: 'Events a consumer gave up on after all its attempts, newest first (admins only)' })
  deadLetters(
    @Args('first', { type: () => Int, nullable: true, description: `At most ${MAX_PAGE_SIZE}` }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the page already shown' }) after: string | null,
  ): Promise<ConnectionOf<DeadLetterModel>> {
    return this.letters.list(first, after);
  }

  @Authenticated(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Hands a dead letter to its consumer again, with all its attempts (admins only)' })
  retryDeadLetter(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.letters.retry(id);
  }
}
