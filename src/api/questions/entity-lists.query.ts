import type { ApiContext } from '../context.js';
import type { BodyNode, InitiativeNode, PartnerAgencyNode, UnitNode } from '../nodes.js';
import { sliceConnection, type Connection } from '../pagination/connection.js';
import { readPageWindow } from '../pagination/page-window.js';
import type {
  BodiesArgs,
  InitiativesArgs,
  PartnerAgenciesArgs,
  UnitsArgs,
} from '../types/entity-filter.input.js';
import { readNodes } from '../resolvers/read-nodes.js';
import { hasNamePart, isAllowed, matchesCurated, sharesAny } from './entity-filter.js';

/** The ids of what each entity is related to, read for all of them in one batched query. */
async function readRelatedIds(
  entities: readonly { id: string }[],
  load: (ids: string[]) => Promise<readonly (readonly { id: string }[] | Error)[]>,
): Promise<string[][]> {
  const related = await load(entities.map((entity) => entity.id));
  return related.map((list) => (list instanceof Error ? [] : list.map((node) => node.id)));
}

/** `initiatives`: every initiative by name, filtered in memory (see entity-filter.ts). */
export async function readInitiatives(
  ctx: ApiContext,
  args: InitiativesArgs,
): Promise<Connection<InitiativeNode>> {
  readPageWindow(args);
  const filter = args.filter;
  const all = await readNodes<InitiativeNode>(ctx, ctx.queries.initiativesAll, 'initiative');
  let kept = all.filter(
    (i) =>
      isAllowed(filter?.kinds, i.kind) &&
      hasNamePart(filter?.nameContains, [i.name, i.acronym]) &&
      matchesCurated(filter?.curated, i.curated),
  );
  if (filter?.forceIds != null) {
    const runners = await readRelatedIds(kept, async (ids) =>
      (await ctx.loaders.runnersByInitiativeId.loadMany(ids)).map((links) =>
        links instanceof Error ? links : links.map((link) => link.node),
      ),
    );
    kept = kept.filter((_, i) => sharesAny(filter.forceIds, runners[i]!));
  }
  if (filter?.partnerIds != null) {
    const partners = await readRelatedIds(kept, async (ids) =>
      (await ctx.loaders.partnersByInitiativeId.loadMany(ids)).map((links) =>
        links instanceof Error ? links : links.map((link) => link.node),
      ),
    );
    kept = kept.filter((_, i) => sharesAny(filter.partnerIds, partners[i]!));
  }
  return sliceConnection(kept, args, await ctx.graphVersion());
}

/** `partnerAgencies`: every partner agency by name, filtered in memory. */
export async function readPartnerAgencies(
  ctx: ApiContext,
  args: PartnerAgenciesArgs,
): Promise<Connection<PartnerAgencyNode>> {
  readPageWindow(args);
  const filter = args.filter;
  const all = await readNodes<PartnerAgencyNode>(ctx, ctx.queries.partnerAgenciesAll, 'partner');
  let kept = all.filter(
    (p) =>
      isAllowed(filter?.sectors, p.sector) &&
      hasNamePart(filter?.nameContains, [p.name, p.acronym, ...(p.aliases ?? [])]) &&
      matchesCurated(filter?.curated, p.curated),
  );
  if (filter?.initiativeIds != null) {
    const initiatives = await readRelatedIds(kept, async (ids) =>
      (await ctx.loaders.initiativesByPartnerId.loadMany(ids)).map((links) =>
        links instanceof Error ? links : links.map((link) => link.node),
      ),
    );
    kept = kept.filter((_, i) => sharesAny(filter.initiativeIds, initiatives[i]!));
  }
  return sliceConnection(kept, args, await ctx.graphVersion());
}

/** `units`: every unit by name, filtered in memory. */
export async function readUnits(ctx: ApiContext, args: UnitsArgs): Promise<Connection<UnitNode>> {
  readPageWindow(args);
  const filter = args.filter;
  const all = await readNodes<UnitNode>(ctx, ctx.queries.unitsAll, 'unit');
  const kept = all.filter(
    (u) =>
      isAllowed(filter?.kinds, u.kind) &&
      isAllowed(filter?.forceIds, u.forceId) &&
      hasNamePart(filter?.nameContains, [u.name, u.acronym]) &&
      matchesCurated(filter?.curated, u.curated),
  );
  return sliceConnection(kept, args, await ctx.graphVersion());
}

/** `bodies`: every organisation that is not a partner agency, by name, filtered in memory. */
export async function readBodies(ctx: ApiContext, args: BodiesArgs): Promise<Connection<BodyNode>> {
  readPageWindow(args);
  const filter = args.filter;
  const all = await readNodes<BodyNode>(ctx, ctx.queries.bodiesAll, 'body');
  const kept = all.filter(
    (b) =>
      isAllowed(filter?.roles, b.role) &&
      hasNamePart(filter?.nameContains, [b.name, b.acronym, ...(b.aliases ?? [])]) &&
      matchesCurated(filter?.curated, b.curated),
  );
  return sliceConnection(kept, args, await ctx.graphVersion());
}
