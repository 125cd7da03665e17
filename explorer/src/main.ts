import './explorer.css';
import {
  ExplorerArrangementPartnersDocument,
  ExplorerCatalogueDocument,
  ExplorerNeighbourhoodDocument,
  ExplorerNodeByIdDocument,
  ExplorerPathsDocument,
  ExplorerSearchDocument,
  ExplorerSharedWeaknessesDocument,
  type ExplorerCatalogueQuery,
  type ExplorerNeighbourhoodQuery,
  type ExplorerRelationshipFragment,
  type TypedDocumentString,
} from '../generated/operations.js';
import { ApiError, request } from './api.js';
import { GraphCanvas, layoutNames, type LayoutName } from './canvas.js';
import { renderEntityDetails, renderRelationshipDetails } from './details.js';
import {
  typeNames,
  toEntity,
  toRelationship,
  relationshipId,
  type Entity,
  type EntityType,
  type Relationship,
} from './entity.js';
import { download, renderSvg } from './export-view.js';
import { GraphView } from './graph-view.js';
import { NodeList, typeIcon } from './node-list.js';
import { typeStyles } from './type-styles.js';
import { viewQuery, type ViewStep } from './view-query.js';

/** Neighbours added per "Expand" and per "Show more". */
const fanOut = 25;
/** The API's own cap on a neighbourhood. */
const maxNeighbourhood = 500;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page lacks #${id}`);
  return found as T;
}

function meta(name: string, fallback: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? fallback;
}

const endpoint = meta('graphql-endpoint', '/graphql');
const idePath = meta('graphql-ide', '/graphql');
const view = new GraphView();
const steps: ViewStep[] = [];
/** How far each entity was expanded, and whether neighbours were left out. */
const expansions = new Map<string, { maxNodes: number; truncated: boolean }>();
let selected: { kind: 'entity' | 'relationship'; id: string } | null = null;
let catalogue: Entity[] = [];
/** Aliases of forces ("MPS"), for search by the names reports use. */
const aliases = new Map<string, readonly string[]>();

const status = element('status');
const details = element('details-body');
const canvas = new GraphCanvas(element('canvas'), {
  selectEntity: (id) => select({ kind: 'entity', id }),
  selectRelationship: (id) => select({ kind: 'relationship', id }),
  clearSelection: () => select(null),
});
const list = new NodeList(element('visible-nodes'), element('visible-count'), {
  select: (id) => select({ kind: 'entity', id }),
  expand: (id) => void expand(id, false),
  hide: (id) => hide(id),
});

function say(message: string): void {
  status.textContent = message;
}

/** Runs one API request, reporting failures in the status line instead of throwing. */
async function call<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  doing: string,
): Promise<TResult | null> {
  say(`${doing}…`);
  try {
    return await request(endpoint, document, variables);
  } catch (error) {
    const code = error instanceof ApiError && error.code ? ` (${error.code})` : '';
    say(`${doing} failed: ${(error as Error).message}${code}`);
    return null;
  }
}

/** Redraws the canvas, the list, the details and the IDE link from the view. */
async function refresh(options: {
  near?: string;
  relayout: 'all' | 'new' | 'none';
  message?: string;
}): Promise<void> {
  const graph = view.visible();
  const timing = await canvas.show(graph, options);
  list.render(graph.entities, selected?.kind === 'entity' ? selected.id : null);
  if (
    selected !== null &&
    !graph.entities.some((e) => e.id === selected!.id) &&
    !graph.relationships.some((r) => r.id === selected!.id)
  )
    selected = null;
  renderDetails();
  canvas.select(selected?.id ?? null);
  element<HTMLButtonElement>('show-hidden').disabled = view.hiddenIds().length === 0;
  updateIdeLink();
  updateKnownEntities();
  const drawn = `${timing.nodes} nodes and ${timing.relationships} relationships drawn and laid out in ${timing.milliseconds} ms`;
  say(options.message === undefined ? `${drawn}.` : `${options.message} ${drawn}.`);
}

function renderDetails(): void {
  if (selected === null) {
    details.innerHTML = '<p>Select a node in the drawing or the list.</p>';
    return;
  }
  if (selected.kind === 'relationship') {
    const relationship = view.relationship(selected.id);
    if (relationship !== undefined)
      details.innerHTML = renderRelationshipDetails(view, relationship);
    return;
  }
  const entity = view.entity(selected.id);
  if (entity === undefined) return;
  const expansion = expansions.get(entity.id);
  details.innerHTML = renderEntityDetails(
    view,
    entity,
    {
      canShowMore:
        expansion !== undefined && expansion.truncated && expansion.maxNodes < maxNeighbourhood,
    },
    view.visible().relationships,
  );
}

function select(target: { kind: 'entity' | 'relationship'; id: string } | null): void {
  selected = target;
  list.markSelected(target?.kind === 'entity' ? target.id : null);
  canvas.select(target?.id ?? null);
  renderDetails();
}

function addStep(step: ViewStep): void {
  // A later expansion of the same entity supersedes the earlier one.
  if (step.kind === 'neighbourhood') {
    const earlier = steps.findIndex(
      (s) => s.kind === 'neighbourhood' && s.variables.id === step.variables.id,
    );
    if (earlier >= 0) steps.splice(earlier, 1);
  }
  steps.push(step);
}

function addRelationships(rows: readonly ExplorerRelationshipFragment[]): Relationship[] {
  return rows.map(toRelationship);
}

/** Asks for an entity's neighbourhood: one request, `maxNodes` bounding the fan-out. */
async function fetchNeighbourhood(
  id: string,
  depth: number,
  maxNodes: number,
): Promise<Neighbourhood | null> {
  const variables = { id, depth, maxNodes };
  const data = await call(
    ExplorerNeighbourhoodDocument,
    variables,
    `Loading the neighbours of ${view.entity(id)?.label ?? id}`,
  );
  return data === null ? null : { variables, data: data.neighbourhood };
}

interface Neighbourhood {
  readonly variables: { id: string; depth: number; maxNodes: number };
  readonly data: ExplorerNeighbourhoodQuery['neighbourhood'];
}

/** Puts a fetched neighbourhood on the canvas; false if the request failed. */
async function showNeighbourhood(neighbourhood: Neighbourhood | null): Promise<boolean> {
  if (neighbourhood === null) return false;
  const { variables } = neighbourhood;
  const { centre, nodes, relationships, truncated } = neighbourhood.data;
  view.add([centre, ...nodes].map(toEntity), addRelationships(relationships));
  expansions.set(variables.id, { maxNodes: variables.maxNodes, truncated });
  addStep({ kind: 'neighbourhood', variables });
  if (selected === null) selected = { kind: 'entity', id: centre.id };
  await refresh({
    near: variables.id,
    relayout: steps.length === 1 ? 'all' : 'new',
    ...(truncated && { message: 'Some neighbours were left out: "Show more" adds them.' }),
  });
  return true;
}

async function expand(id: string, more: boolean): Promise<void> {
  const previous = expansions.get(id);
  if (previous !== undefined && !previous.truncated) {
    say(`Every neighbour of ${view.entity(id)?.label ?? id} is already on the canvas.`);
    return;
  }
  const maxNodes = Math.min(
    maxNeighbourhood,
    (more && previous !== undefined ? previous.maxNodes : 1) + fanOut,
  );
  const before = view.allEntities().length;
  const done = await showNeighbourhood(await fetchNeighbourhood(id, 1, maxNodes));
  if (done) say(`${status.textContent} Added ${view.allEntities().length - before} entities.`);
}

function hide(id: string): void {
  const label = view.entity(id)?.label ?? id;
  view.hide(id);
  if (selected?.id === id) selected = null;
  void refresh({ relayout: 'none', message: `Hid ${label}.` });
}

function updateIdeLink(): void {
  const link = element<HTMLAnchorElement>('ide-link');
  link.href = `${idePath}#query=${encodeURIComponent(currentViewQuery())}`;
}

function currentViewQuery(): string {
  const graph = view.visible();
  const filter: string[] = [];
  const { hiddenTypes, reportId, year } = view.filter;
  if (hiddenTypes.size > 0) filter.push(`types not shown: ${[...hiddenTypes].join(', ')}`);
  if (reportId !== null) filter.push(`report ${reportId}`);
  if (year !== null) filter.push(`year ${year}`);
  return viewQuery(steps, {
    entities: graph.entities.length,
    relationships: graph.relationships.length,
    hidden: view.hiddenIds(),
    filter,
  });
}

function updateKnownEntities(): void {
  const options = [...view.allEntities(), ...catalogue.filter((entity) => !view.has(entity.id))]
    .map(
      (entity) =>
        `<option value="${escapeAttribute(entity.id)}">${escapeAttribute(entity.label)}</option>`,
    )
    .join('');
  element('known-entities').innerHTML = options;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// ---- search ----

function matchesName(entity: Entity, words: readonly string[]): boolean {
  const haystack = [entity.label, entity.id, ...(aliases.get(entity.id) ?? [])]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

async function search(text: string): Promise<void> {
  const query = text.trim();
  if (query === '') return;
  const words = query.toLowerCase().split(/\s+/);
  const named = catalogue.filter((entity) => matchesName(entity, words)).slice(0, 10);
  // An exact id and the ranked words, asked at once.
  const [byId, ranked] = await Promise.all([
    call(ExplorerNodeByIdDocument, { id: query }, `Searching for "${query}"`),
    call(ExplorerSearchDocument, { query, first: 15 }, `Searching for "${query}"`),
  ]);
  const hits = new Map<string, { entity: Entity; snippet: string | null }>();
  if (byId?.node) hits.set(byId.node.id, { entity: toEntity(byId.node), snippet: null });
  for (const entity of named)
    if (!hits.has(entity.id)) hits.set(entity.id, { entity, snippet: null });
  for (const hit of ranked?.search.nodes ?? [])
    if (!hits.has(hit.item.id))
      hits.set(hit.item.id, { entity: toEntity(hit.item), snippet: hit.snippet });
  const results = element('search-results');
  results.innerHTML = [...hits.values()]
    .map(
      ({ entity, snippet }) =>
        `<li><button type="button" data-id="${escapeAttribute(entity.id)}" aria-label="Add ${escapeAttribute(entity.label)} (${escapeAttribute(typeNames[entity.type])})">${typeIcon(entity.type)} ${escapeAttribute(entity.label)}</button> <span class="type">${escapeAttribute(typeNames[entity.type])}</span>${snippet ? `<p class="snippet">${escapeAttribute(snippet)}</p>` : ''}</li>`,
    )
    .join('');
  searchHits = new Map([...hits].map(([id, hit]) => [id, hit.entity]));
  element('results-section').hidden = false;
  say(
    hits.size === 0
      ? `Nothing matches "${query}".`
      : `${hits.size} matches for "${query}": add one to the canvas.`,
  );
}

let searchHits = new Map<string, Entity>();

async function addFromSearch(id: string): Promise<void> {
  const entity = searchHits.get(id);
  if (entity === undefined) return;
  view.add([entity], []);
  addStep({ kind: 'node', variables: { id } });
  selected = { kind: 'entity', id };
  await refresh({
    relayout: 'new',
    message: `Added ${entity.label}; "Expand" adds its neighbours.`,
  });
}

// ---- presets ----

async function showArrangementPartners(arrangement: string): Promise<void> {
  const variables = { arrangement: arrangement.trim() };
  if (variables.arrangement === '') return;
  const data = await call(
    ExplorerArrangementPartnersDocument,
    variables,
    `Finding the partners of ${variables.arrangement}`,
  );
  if (data === null) return;
  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  for (const row of data.arrangementPartners) {
    entities.push(toEntity(row.arrangement), toEntity(row.partner));
    const step = { type: 'PARTICIPATES_IN', from: row.partner.id, to: row.arrangement.id };
    relationships.push({ ...step, id: relationshipId(step), evidence: row.evidence });
  }
  view.add(entities, relationships);
  addStep({ kind: 'arrangementPartners', variables });
  const first = data.arrangementPartners[0];
  if (first !== undefined) selected = { kind: 'entity', id: first.arrangement.id };
  const partners = new Set(data.arrangementPartners.map((row) => row.partner.id)).size;
  await refresh({
    relayout: 'all',
    message: `${partners} partners take part in ${variables.arrangement}.`,
  });
}

async function showSharedWeakness(topicId: string): Promise<void> {
  const variables = { minForces: 2 };
  const data = await call(
    ExplorerSharedWeaknessesDocument,
    variables,
    'Finding forces that share weaknesses',
  );
  if (data === null) return;
  const entry = data.sharedWeaknesses.find((row) => row.topic.id === topicId);
  const topicName = catalogue.find((e) => e.id === topicId)?.label ?? topicId;
  if (entry === undefined) {
    say(`Fewer than two forces have weaknesses on ${topicName}.`);
    return;
  }
  const relationships: Relationship[] = [];
  const findings = entry.findings.nodes;
  for (const finding of findings) {
    for (const step of [
      { type: 'TAGGED', from: finding.id, to: entry.topic.id },
      { type: 'ABOUT', from: finding.id, to: finding.force.id },
    ])
      relationships.push({ ...step, id: relationshipId(step), evidence: [] });
  }
  view.add([entry.topic, ...entry.forces, ...findings].map(toEntity), relationships);
  addStep({ kind: 'sharedWeaknesses', variables, topicId });
  selected = { kind: 'entity', id: entry.topic.id };
  await refresh({
    relayout: 'all',
    message: `${entry.forces.length} forces share weaknesses on ${topicName} (${countShown(findings.length, entry.findings.totalCount)} findings).`,
  });
}

async function showPath(fromId: string, toId: string): Promise<void> {
  const variables = { fromId: fromId.trim(), toId: toId.trim(), maxHops: 4 };
  if (variables.fromId === '' || variables.toId === '') return;
  const data = await call(ExplorerPathsDocument, variables, 'Finding the shortest paths');
  if (data === null) return;
  if (data.paths.length === 0) {
    say(
      `No path of ${variables.maxHops} relationships or fewer joins ${variables.fromId} and ${variables.toId}.`,
    );
    return;
  }
  for (const path of data.paths)
    view.add(path.nodes.map(toEntity), addRelationships(path.relationships));
  addStep({ kind: 'paths', variables });
  selected = { kind: 'entity', id: variables.fromId };
  await refresh({
    relayout: 'all',
    message: `${data.paths.length} shortest path${data.paths.length === 1 ? '' : 's'} of ${data.paths[0]!.length} relationships.`,
  });
}

// ---- filters and legend ----

function renderLegend(): void {
  const legend = element('legend');
  const boxes = (Object.keys(typeStyles) as EntityType[])
    .map(
      (type) =>
        `<label class="legend-item"><input type="checkbox" value="${type}" ${view.filter.hiddenTypes.has(type) ? '' : 'checked'} />${typeIcon(type)} ${typeNames[type]}</label>`,
    )
    .join('');
  legend.insertAdjacentHTML('beforeend', boxes);
  legend.addEventListener('change', () => {
    const hiddenTypes = new Set<EntityType>();
    for (const box of legend.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      if (!box.checked) hiddenTypes.add(box.value as EntityType);
    view.filter = { ...view.filter, hiddenTypes };
    void refresh({ relayout: 'new' });
  });
}

function fillCatalogue(data: ExplorerCatalogueQuery): void {
  catalogue = [...data.forces, ...data.reports, ...data.themes, ...data.topics].map(toEntity);
  for (const force of data.forces) aliases.set(force.id, force.aliases);
  const reports = element<HTMLSelectElement>('filter-report');
  for (const report of data.reports)
    reports.add(new Option(`${report.title} (${report.year})`, report.id));
  const years = element<HTMLSelectElement>('filter-year');
  for (const year of [...new Set(data.reports.map((r) => r.year))].sort())
    years.add(new Option(String(year), String(year)));
  const topics = element<HTMLSelectElement>('weakness-topic');
  for (const topic of data.topics) topics.add(new Option(topic.name, topic.id));
  updateKnownEntities();
}

function onFilterChange(): void {
  const reportId = element<HTMLSelectElement>('filter-report').value || null;
  const year = element<HTMLSelectElement>('filter-year').value;
  view.filter = { ...view.filter, reportId, year: year === '' ? null : Number(year) };
  void refresh({ relayout: 'new' });
}

// ---- wiring ----

function onSubmit(id: string, handler: () => void): void {
  element<HTMLFormElement>(id).addEventListener('submit', (event) => {
    event.preventDefault();
    handler();
  });
}

function wire(): void {
  onSubmit('search-form', () => void search(element<HTMLInputElement>('search-input').value));
  element('search-results').addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('button[data-id]')?.dataset.id;
    if (id !== undefined) void addFromSearch(id);
  });
  onSubmit(
    'preset-arrangement',
    () => void showArrangementPartners(element<HTMLInputElement>('arrangement-input').value),
  );
  onSubmit(
    'preset-weakness',
    () => void showSharedWeakness(element<HTMLSelectElement>('weakness-topic').value),
  );
  onSubmit(
    'preset-path',
    () =>
      void showPath(
        element<HTMLInputElement>('path-from').value,
        element<HTMLInputElement>('path-to').value,
      ),
  );
  element('filter-report').addEventListener('change', onFilterChange);
  element('filter-year').addEventListener('change', onFilterChange);
  const layouts = element<HTMLSelectElement>('layout-name');
  for (const [name, title] of Object.entries(layoutNames))
    layouts.add(new Option(title, name, false, name === canvas.layoutName));
  layouts.addEventListener('change', () => {
    canvas.layoutName = layouts.value as LayoutName;
    void refresh({ relayout: 'all', message: `Laid out as ${layoutNames[canvas.layoutName]}.` });
  });
  element('relayout').addEventListener(
    'click',
    () => void refresh({ relayout: 'all', message: 'Laid out again.' }),
  );
  element('show-hidden').addEventListener('click', () => {
    view.showHidden();
    void refresh({ relayout: 'new', message: 'Hidden nodes shown again.' });
  });
  element('clear').addEventListener('click', () => {
    view.clear();
    steps.length = 0;
    expansions.clear();
    selected = null;
    void refresh({ relayout: 'none', message: 'Cleared.' });
  });
  element('export-png').addEventListener('click', () => {
    download('explorer-view.png', canvas.png(), 'image/png');
    say('Exported the view as explorer-view.png.');
  });
  element('export-svg').addEventListener('click', () => {
    download('explorer-view.svg', renderSvg(view.visible(), canvas.positions()), 'image/svg+xml');
    say('Exported the view as explorer-view.svg.');
  });
  element('export-query').addEventListener('click', () => {
    download('explorer-view.graphql', currentViewQuery(), 'application/graphql');
    say(
      'Exported the query that reproduces the view as explorer-view.graphql; the IDE link opens it.',
    );
  });
  details.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('button[data-action]')
      ?.dataset.action;
    if (action === undefined || selected?.kind !== 'entity') return;
    const id = selected.id;
    if (action === 'expand') void expand(id, false);
    else if (action === 'more') void expand(id, true);
    else if (action === 'hide') hide(id);
    else if (action === 'path-from') {
      element<HTMLInputElement>('path-from').value = id;
      element<HTMLInputElement>('path-to').focus();
    }
  });
}

/**
 * Reads `?focus=<id>` (with optional `depth` and `limit`) and draws that neighbourhood. The
 * catalogue and the neighbourhood are asked at once: the drawing does not wait for two
 * round trips.
 */
async function start(): Promise<void> {
  renderLegend();
  wire();
  const params = new URLSearchParams(location.search);
  const layout = params.get('layout');
  if (layout !== null && layout in layoutNames) {
    canvas.layoutName = layout as LayoutName;
    element<HTMLSelectElement>('layout-name').value = layout;
  }
  const focus = params.get('focus')?.trim() ?? '';
  const depth = Math.max(1, Math.min(3, Number(params.get('depth') ?? 1) || 1));
  const limit = Math.max(
    2,
    Math.min(maxNeighbourhood, Number(params.get('limit') ?? fanOut + 1) || fanOut + 1),
  );
  const catalogueLoaded = call(
    ExplorerCatalogueDocument,
    {},
    'Loading forces, reports, themes and topics',
  ).then((data) => {
    if (data !== null) fillCatalogue(data);
  });
  const neighbourhood = focus === '' ? null : fetchNeighbourhood(focus, depth, limit);
  await catalogueLoaded;
  if (neighbourhood === null) {
    say('Search for an entity, or start from a question on the left.');
    return;
  }
  await showNeighbourhood(await neighbourhood);
}

void start();

/** "12" when every item is shown, "100 of 140" when a page holds only the first ones. */
function countShown(shown: number, total: number): string {
  return shown === total ? String(total) : `${shown} of ${total}`;
}
