import type { Entity, EntityType, Relationship } from './entity.js';

/** What the user narrowed the view to; an empty filter shows everything. */
export interface ViewFilter {
  /** Types not drawn (unticked in the legend). */
  readonly hiddenTypes: ReadonlySet<EntityType>;
  /** Only what this report states, or null for every report. */
  readonly reportId: string | null;
  /** Only what reports of this year state, or null for every year. */
  readonly year: number | null;
}

export const noFilter: ViewFilter = { hiddenTypes: new Set(), reportId: null, year: null };

/** The part of the graph that is drawn: entities and the relationships between them. */
export interface VisibleGraph {
  readonly entities: readonly Entity[];
  readonly relationships: readonly Relationship[];
}

/**
 * Everything the explorer has fetched, what the user hid, and what the filter lets through.
 * Pure state: the canvas, the list and the details panel all draw from `visible()`, so they
 * cannot disagree.
 */
export class GraphView {
  private readonly entities = new Map<string, Entity>();
  private readonly relationships = new Map<string, Relationship>();
  private readonly hidden = new Set<string>();
  filter: ViewFilter = noFilter;

  /** Adds or refreshes entities and relationships; a hidden entity added again is shown. */
  add(entities: readonly Entity[], relationships: readonly Relationship[]): void {
    for (const entity of entities) {
      this.entities.set(entity.id, entity);
      this.hidden.delete(entity.id);
    }
    for (const relationship of relationships) {
      const known = this.relationships.get(relationship.id);
      this.relationships.set(
        relationship.id,
        known === undefined ? relationship : mergeEvidence(known, relationship),
      );
    }
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  relationship(id: string): Relationship | undefined {
    return this.relationships.get(id);
  }

  has(id: string): boolean {
    return this.entities.has(id);
  }

  hide(id: string): void {
    if (this.entities.has(id)) this.hidden.add(id);
  }

  hiddenIds(): string[] {
    return [...this.hidden];
  }

  showHidden(): void {
    this.hidden.clear();
  }

  clear(): void {
    this.entities.clear();
    this.relationships.clear();
    this.hidden.clear();
  }

  /** Every entity fetched, hidden or not. */
  allEntities(): Entity[] {
    return [...this.entities.values()];
  }

  /**
   * What is drawn. An entity passes the report and year filter when it belongs to a matching
   * report, when one of its relationships is stated in one, or when it belongs to no report at
   * all and is not stated anywhere (a force, a theme: context for what remains). A relationship
   * is drawn when both ends are and, if it carries evidence, some of it matches.
   */
  visible(): VisibleGraph {
    const { hiddenTypes, reportId, year } = this.filter;
    const matches = (report: { id: string; year: number }) =>
      (reportId === null || report.id === reportId) && (year === null || report.year === year);
    const byReport = reportId !== null || year !== null;
    const statedIn = new Map<string, boolean>();
    if (byReport) {
      for (const relationship of this.relationships.values()) {
        if (relationship.evidence.length === 0) continue;
        const match = relationship.evidence.some((evidence) => matches(evidence.report));
        for (const end of [relationship.from, relationship.to])
          statedIn.set(end, (statedIn.get(end) ?? false) || match);
      }
    }
    const entities = [...this.entities.values()].filter((entity) => {
      if (this.hidden.has(entity.id) || hiddenTypes.has(entity.type)) return false;
      if (!byReport) return true;
      if (entity.report !== null) return matches(entity.report);
      return statedIn.get(entity.id) ?? true;
    });
    const shown = new Set(entities.map((entity) => entity.id));
    const relationships = [...this.relationships.values()].filter(
      (relationship) =>
        shown.has(relationship.from) &&
        shown.has(relationship.to) &&
        (!byReport ||
          relationship.evidence.length === 0 ||
          relationship.evidence.some((evidence) => matches(evidence.report))),
    );
    return { entities, relationships };
  }
}

function mergeEvidence(known: Relationship, added: Relationship): Relationship {
  const key = (e: Relationship['evidence'][number]) =>
    `${e.report.id}:${e.lines?.start ?? ''}:${e.quote ?? ''}`;
  const seen = new Set(known.evidence.map(key));
  const extra = added.evidence.filter((evidence) => !seen.has(key(evidence)));
  return extra.length === 0 ? known : { ...known, evidence: [...known.evidence, ...extra] };
}
