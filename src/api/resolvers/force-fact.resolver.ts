import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { ForceFactNode } from '../nodes.js';
import { Evidence } from '../types/evidence.type.js';
import { ForceFact } from '../types/force-fact.type.js';
import { toEvidence } from './evidence.js';

@Resolver(() => ForceFact)
export class ForceFactResolver {
  @FieldResolver(() => Evidence, { description: 'Where the report states the figure.' })
  evidence(@Root() fact: ForceFactNode): Evidence {
    return toEvidence(fact);
  }
}
