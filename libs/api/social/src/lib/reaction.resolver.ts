import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '@pnyx/api/core/auth';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { ReactInput, ReactionCountModel } from './reaction.model';
import { ReactionService } from './reaction.service';

@Resolver()
export class ReactionResolver {
  constructor(private readonly service: ReactionService) {}

  @Authenticated()
  @Mutation(() => [ReactionCountModel], { description: "Reacts to a page, proposal or post the caller may read; answers the subject's reaction counts" })
  react(@CurrentUser() user: AuthUser, @Args('input', { type: () => ReactInput }) input: ReactInput): Promise<ReactionCountModel[]> {
    return this.service.react(user, input);
  }

  @Authenticated()
  @Mutation(() => [ReactionCountModel], { description: "Takes a reaction back; answers the subject's reaction counts" })
  unreact(@CurrentUser() user: AuthUser, @Args('input', { type: () => ReactInput }) input: ReactInput): Promise<ReactionCountModel[]> {
    return this.service.unreact(user, input);
  }
}
