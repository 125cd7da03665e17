import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { relationshipComplexity } from '../limits/field-complexity.js';
import type { BodyNode } from '../nodes.js';
import { Body } from '../types/body.type.js';
import { OrganisationRole } from '../types/organisation-role.enum.js';
import { hasNamePart } from '../questions/entity-filter.js';
import { loadNodeOfLabel } from './evidence.js';
import { readNodes } from './read-nodes.js';

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => [Body], {
    complexity: relationshipComplexity,
    description:
      'Organisations that are not partner agencies (national policing bodies, staff associations, oversight bodies, regional police units, ...) by name, optionally of some roles and/or whose name, acronym or alias contains `search`.',
  })
  async bodies(
    @Ctx() ctx: ApiContext,
    @Arg('roles', () => [OrganisationRole], { nullable: true, description: 'Only these roles.' })
    roles?: OrganisationRole[],
    @Arg('search', () => String, {
      nullable: true,
      description: 'Case-insensitive text in the name, acronym or aliases.',
    })
    search?: string,
  ): Promise<BodyNode[]> {
    const all = await readNodes<BodyNode>(ctx, ctx.queries.bodiesAll, 'body');
    return all.filter(
      (b) =>
        (!roles || roles.includes(b.role as OrganisationRole)) &&
        hasNamePart(search, [b.name, b.acronym, ...(b.aliases ?? [])]),
    );
  }

  @Query(() => Body, {
    complexity: relationshipComplexity,
    nullable: true,
    description: 'One body by id; null if there is none.',
  })
  body(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<BodyNode | null> {
    return loadNodeOfLabel(ctx, id, 'Body');
  }

  @FieldResolver(() => [String])
  aliases(@Root() body: BodyNode): string[] {
    return body.aliases ?? [];
  }

  @FieldResolver(() => Boolean)
  curated(@Root() body: BodyNode): boolean {
    return body.curated ?? false;
  }
}
