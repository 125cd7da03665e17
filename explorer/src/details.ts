import {
  citeEvidence,
  typeNames,
  type Entity,
  type Evidence,
  type Relationship,
} from './entity.js';
import type { GraphView } from './graph-view.js';
import { typeIcon } from './node-list.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A quote with the citation a researcher needs: report, section, lines. */
function evidenceHtml(evidence: Evidence): string {
  const quote = evidence.quote ? `<blockquote>${escapeHtml(evidence.quote)}</blockquote>` : '';
  return `<figure class="evidence">${quote}<figcaption>${escapeHtml(citeEvidence(evidence))}</figcaption></figure>`;
}

function propertiesHtml(entity: Entity): string {
  const rows = [['Type', typeNames[entity.type]], ['Id', entity.id], ...entity.properties];
  return `<dl>${rows.map(([name, value]) => `<dt>${escapeHtml(name!)}</dt><dd>${escapeHtml(value!)}</dd>`).join('')}</dl>`;
}

function endName(view: GraphView, id: string): string {
  return view.entity(id)?.label ?? id;
}

function relationshipHtml(view: GraphView, relationship: Relationship, limit: number): string {
  const head = `<p class="relationship"><span>${escapeHtml(endName(view, relationship.from))}</span> <strong>${escapeHtml(relationship.type)}</strong> <span>${escapeHtml(endName(view, relationship.to))}</span></p>`;
  const shown = relationship.evidence.slice(0, limit).map(evidenceHtml).join('');
  const more =
    relationship.evidence.length > limit
      ? `<p class="hint">and ${relationship.evidence.length - limit} more statements</p>`
      : '';
  return head + shown + more;
}

/** What the selected entity can be asked to do: rendered as named buttons. */
export interface EntityActions {
  /** Whether "Show more" applies: the last expansion of this entity left neighbours out. */
  readonly canShowMore: boolean;
}

/**
 * The "Details" region: the selected entity's properties and evidence, and the relationships
 * on the canvas that touch it with theirs (quote, report, section, lines), or the selected
 * relationship's. Buttons carry `data-action` for the page to handle.
 */
export function renderEntityDetails(
  view: GraphView,
  entity: Entity,
  actions: EntityActions,
  visible: readonly Relationship[],
): string {
  const own =
    entity.evidence === null
      ? ''
      : `<h4>Where the report states it</h4>${evidenceHtml(entity.evidence)}`;
  const touching = visible.filter((r) => r.from === entity.id || r.to === entity.id);
  const stated = touching.filter((r) => r.evidence.length > 0);
  const plain = touching.length - stated.length;
  const relationships =
    touching.length === 0
      ? ''
      : `<h4>Relationships on the canvas (${touching.length})</h4>${stated
          .slice(0, 30)
          .map((r) => relationshipHtml(view, r, 3))
          .join(
            '',
          )}${plain > 0 ? `<p class="hint">${plain} structural relationship${plain === 1 ? '' : 's'} without a quote.</p>` : ''}`;
  return `<h3>${typeIcon(entity.type)} ${escapeHtml(entity.label)}</h3>
<div class="buttons">
  <button type="button" data-action="expand">Expand</button>
  <button type="button" data-action="more" ${actions.canShowMore ? '' : 'disabled'}>Show more</button>
  <button type="button" data-action="hide">Hide</button>
  <button type="button" data-action="path-from">Path from here</button>
</div>
${propertiesHtml(entity)}${own}${relationships}`;
}

export function renderRelationshipDetails(view: GraphView, relationship: Relationship): string {
  const evidence =
    relationship.evidence.length === 0
      ? '<p>A structural relationship: the graph records it without a quote.</p>'
      : '';
  return `<h3>Relationship ${escapeHtml(relationship.type)}</h3>${relationshipHtml(view, relationship, 20)}${evidence}`;
}
