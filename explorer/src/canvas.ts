import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { shorten, type Entity, type EntityType, type Relationship } from './entity.js';
import type { VisibleGraph } from './graph-view.js';
import { polygonPointsAttribute, typeStyles } from './type-styles.js';

cytoscape.use(fcose);

/** What the canvas tells the page. */
export interface CanvasEvents {
  /** A node was clicked or tapped. */
  selectEntity(id: string): void;
  /** A relationship (edge) was clicked or tapped. */
  selectRelationship(id: string): void;
  /** The background was clicked: nothing is selected. */
  clearSelection(): void;
}

/** How long the last drawing took: adding the elements, laying them out, painting a frame. */
export interface DrawTiming {
  readonly nodes: number;
  readonly relationships: number;
  readonly milliseconds: number;
}

function typeSelector(type: EntityType): string {
  return `node[type = "${type}"]`;
}

function stylesheet(): cytoscape.StylesheetJson {
  const typeRules = (Object.keys(typeStyles) as EntityType[]).map((type) => {
    const style = typeStyles[type];
    return {
      selector: typeSelector(type),
      style: {
        'background-color': style.colour,
        width: style.size,
        height: style.size,
        shape: style.shape.kind === 'circle' ? 'ellipse' : 'polygon',
        ...(style.shape.kind === 'polygon'
          ? { 'shape-polygon-points': polygonPointsAttribute(style.shape) }
          : {}),
      },
    } as cytoscape.StylesheetJsonBlock;
  });
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        // Labels too small to read are not drawn: it keeps large views fast and legible.
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...typeRules,
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#8c8c8c',
        'target-arrow-color': '#8c8c8c',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        // Straight lines draw several times faster than bundled curves; parallel relationships
        // (two types between one pair) overlap, and the list and details still tell them apart.
        'curve-style': 'straight',
      },
    },
    {
      // Relationship names only on hover (or selection): hundreds of them would hide the drawing.
      selector: 'edge.hovered, edge:selected',
      style: {
        label: 'data(type)',
        'font-size': 9,
        color: '#1a1a1a',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        width: 3,
        'line-color': '#1a1a1a',
        'target-arrow-color': '#1a1a1a',
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#ffbf00', 'overlay-opacity': 0 },
    },
  ];
}

/**
 * The drawing: cytoscape on a canvas, kept equal to the visible graph. It only draws; what
 * is visible is decided by `GraphView`, and the list and details follow the same state.
 */
export class GraphCanvas {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, events: CanvasEvents) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
      // Faster panning and zooming on large views: edges are left out while the view moves.
      hideEdgesOnViewport: true,
    });
    this.cy.on('tap', 'node', (event) => events.selectEntity(event.target.id()));
    this.cy.on('tap', 'edge', (event) => events.selectRelationship(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.clearSelection();
    });
    this.cy.on('mouseover', 'edge', (event) => event.target.addClass('hovered'));
    this.cy.on('mouseout', 'edge', (event) => event.target.removeClass('hovered'));
  }

  /**
   * Makes the drawing show `graph`: removes what left, adds what came (new nodes start beside
   * the node they were reached from, `near`), lays out, and resolves once a frame is painted.
   */
  async show(
    graph: VisibleGraph,
    options: { near?: string; relayout: 'all' | 'new' | 'none' },
  ): Promise<DrawTiming> {
    const started = performance.now();
    const keep = new Set([
      ...graph.entities.map((e) => e.id),
      ...graph.relationships.map((r) => r.id),
    ]);
    const added: cytoscape.ElementDefinition[] = [];
    const anchor = options.near === undefined ? undefined : this.cy.getElementById(options.near);
    const origin = anchor !== undefined && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    this.cy.batch(() => {
      this.cy
        .elements()
        .filter((element) => !keep.has(element.id()))
        .remove();
      for (const entity of graph.entities)
        if (this.cy.getElementById(entity.id).empty()) added.push(nodeDefinition(entity, origin));
      for (const relationship of graph.relationships)
        if (this.cy.getElementById(relationship.id).empty())
          added.push(edgeDefinition(relationship));
      this.cy.add(added);
    });
    const newNodes = added.filter((element) => element.group === 'nodes').length;
    const laidOut = performance.now();
    if (options.relayout === 'all' || (options.relayout === 'new' && newNodes > 0))
      this.layout(options.relayout === 'all' || this.cy.nodes().length === newNodes);
    const painted = performance.now();
    await paintedFrame();
    const ended = performance.now();
    // For `npm run bench:explorer`, which reads them from the page.
    performance.measure('explorer:add', { start: started, end: laidOut });
    performance.measure('explorer:layout', { start: laidOut, end: painted });
    performance.measure('explorer:paint', { start: painted, end: ended });
    performance.measure('explorer:draw', { start: started, end: ended });
    return {
      nodes: this.cy.nodes().length,
      relationships: this.cy.edges().length,
      milliseconds: Math.round(ended - started),
    };
  }

  /** The layout `layout()` uses; the page's "Layout" choice sets it. */
  layoutName: LayoutName = 'fcose';

  /**
   * Lays the drawing out. fCoSE (a fast force-directed layout) with `fresh` starts from a
   * spectral draft; otherwise it refines the current positions, so an expansion keeps the
   * picture. The others place nodes by rule (rings by degree, levels from the first node, a
   * circle, a grid).
   */
  layout(fresh: boolean): void {
    if (this.cy.nodes().empty()) return;
    this.cy.layout(layoutOptions(this.layoutName, fresh, this.cy.nodes().length)).run();
    this.fitNodes();
  }

  /**
   * Zooms and pans so that every node and the usual width of its label is in view. Worked out
   * from node positions and sizes, because cytoscape's own `fit` asks for the bounding box of
   * everything drawn, which on a first drawing computes every label's and edge's geometry
   * an extra time (the frame that follows computes it again for the new viewport).
   */
  private fitNodes(): void {
    const nodes = this.cy.nodes();
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const node of nodes) {
      const { x, y } = node.position();
      const half = typeStyles[node.data('type') as EntityType].size / 2;
      x1 = Math.min(x1, x - Math.max(half, labelHalfWidth));
      x2 = Math.max(x2, x + Math.max(half, labelHalfWidth));
      y1 = Math.min(y1, y - half);
      y2 = Math.max(y2, y + half + labelHeight);
    }
    const [width, height] = [this.cy.width() - 2 * fitPadding, this.cy.height() - 2 * fitPadding];
    // A few nodes would otherwise be blown up to fill the canvas.
    const zoom = Math.max(
      this.cy.minZoom(),
      Math.min(maxFitZoom, width / (x2 - x1), height / (y2 - y1)),
    );
    this.cy.viewport({
      zoom,
      pan: {
        x: this.cy.width() / 2 - (zoom * (x1 + x2)) / 2,
        y: this.cy.height() / 2 - (zoom * (y1 + y2)) / 2,
      },
    });
  }

  select(id: string | null): void {
    this.cy.$(':selected').unselect();
    if (id === null) return;
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    element.select();
    if (element.isNode() && !this.isInView(element))
      this.cy.animate({ center: { eles: element } }, { duration: 200 });
  }

  private isInView(node: cytoscape.NodeSingular): boolean {
    const extent = this.cy.extent();
    const { x, y } = node.position();
    return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
  }

  /** The whole drawing as a PNG at twice the screen resolution, on white. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  /** Node positions and edge ends in model coordinates, for the SVG export. */
  positions(): Map<string, { x: number; y: number }> {
    return new Map(this.cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  }
}

/** Room kept around the drawing when it is fitted to the canvas, in screen pixels. */
const fitPadding = 30;
/** The largest zoom a fit gives: a few nodes are not blown up to fill the canvas. */
const maxFitZoom = 1.3;
/** Half the width of a typical label (28 characters at most) and a label's height, at zoom 1. */
const labelHalfWidth = 60;
const labelHeight = 16;

/** From this many nodes, a fresh force-directed layout is the spectral draft alone. */
const largeDrawing = 200;

/** The layouts the page offers, by cytoscape name. */
export const layoutNames = {
  fcose: 'Force-directed',
  concentric: 'Rings by degree',
  breadthfirst: 'Levels',
  circle: 'Circle',
  grid: 'Grid',
} as const;
export type LayoutName = keyof typeof layoutNames;

function layoutOptions(name: LayoutName, fresh: boolean, nodes: number): cytoscape.LayoutOptions {
  // `GraphCanvas.fitNodes` fits the drawing afterwards.
  const common = { animate: false, fit: false };
  if (name === 'fcose')
    return {
      ...common,
      name,
      // A fresh large drawing gets the spectral draft alone (fast, and rough only in detail);
      // small drawings and refinements after an expansion get the force-directed pass too
      // (fCoSE cannot refine existing positions in draft quality).
      quality: fresh && nodes > largeDrawing ? 'draft' : 'default',
      randomize: fresh,
      numIter: 1000,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: () => 70,
      nodeRepulsion: () => 6000,
    } as cytoscape.LayoutOptions;
  if (name === 'concentric')
    return {
      ...common,
      name,
      minNodeSpacing: 8,
      concentric: (node: cytoscape.NodeSingular) => node.degree(false),
      levelWidth: () => 2,
    } as cytoscape.LayoutOptions;
  if (name === 'breadthfirst')
    return { ...common, name, spacingFactor: 0.9 } as cytoscape.LayoutOptions;
  return { ...common, name } as cytoscape.LayoutOptions;
}

function nodeDefinition(
  entity: Entity,
  origin: { x: number; y: number },
): cytoscape.ElementDefinition {
  // Spread new nodes a little around where they were reached from, so the layout refines
  // rather than untangles.
  const angle = Math.random() * 2 * Math.PI;
  const distance = 40 + Math.random() * 60;
  return {
    group: 'nodes',
    // Cut here rather than with cytoscape's text-wrap, which measures each label letter by letter.
    data: { id: entity.id, label: shorten(entity.label, 28), type: entity.type },
    position: {
      x: origin.x + distance * Math.cos(angle),
      y: origin.y + distance * Math.sin(angle),
    },
  };
}

function edgeDefinition(relationship: Relationship): cytoscape.ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      type: relationship.type,
    },
  };
}

/** Resolves after the browser has painted the next frame (cytoscape draws on animation frames). */
function paintedFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}
