import { typeNames, type Entity } from './entity.js';
import { typeStyles, shapeSvg } from './type-styles.js';

/** What the list asks the page to do. */
export interface NodeListEvents {
  select(id: string): void;
  expand(id: string): void;
  hide(id: string): void;
}

/** A small inline drawing of a type's shape and colour (the legend and the list use it). */
export function typeIcon(type: Entity['type']): string {
  const style = typeStyles[type];
  return `<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">${shapeSvg(style.shape, 10, 10, 18, `fill="${style.colour}"`)}</svg>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The "Visible nodes" list: one option per node on the canvas, kept in sync with it, so the
 * graph can be read and worked without the drawing. An ARIA listbox: focus stays on the list,
 * the arrow keys, Home and End move the active option, Enter selects it, E expands it and H
 * (or Delete) hides it.
 */
export class NodeList {
  private ids: string[] = [];
  private active = -1;

  constructor(
    private readonly element: HTMLElement,
    private readonly count: HTMLElement,
    private readonly events: NodeListEvents,
  ) {
    element.addEventListener('keydown', (event) => this.onKey(event));
    element.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      const id = option?.dataset.id;
      if (id === undefined) return;
      this.setActive(this.ids.indexOf(id));
      events.select(id);
    });
  }

  /** Shows `entities` (sorted by type, then name), keeping the active and selected ones. */
  render(entities: readonly Entity[], selectedId: string | null): void {
    const activeId = this.ids[this.active];
    const sorted = [...entities].sort(
      (a, b) =>
        typeNames[a.type].localeCompare(typeNames[b.type]) || a.label.localeCompare(b.label),
    );
    this.ids = sorted.map((entity) => entity.id);
    this.element.innerHTML = sorted
      .map(
        (entity, index) =>
          `<li role="option" id="node-option-${index}" data-id="${escapeHtml(entity.id)}" aria-selected="${entity.id === selectedId}">${typeIcon(entity.type)}<span class="name">${escapeHtml(entity.label)}</span> <span class="type">${escapeHtml(typeNames[entity.type])}</span></li>`,
      )
      .join('');
    this.count.textContent = `(${sorted.length})`;
    const keep = activeId === undefined ? -1 : this.ids.indexOf(activeId);
    this.setActive(keep >= 0 ? keep : selectedId === null ? -1 : this.ids.indexOf(selectedId));
  }

  /** Marks `id` as the selected option and makes it the active one. */
  markSelected(id: string | null): void {
    for (const option of this.element.querySelectorAll<HTMLElement>('[role="option"]'))
      option.setAttribute('aria-selected', String(option.dataset.id === id));
    if (id !== null && this.ids.includes(id)) this.setActive(this.ids.indexOf(id));
  }

  private setActive(index: number): void {
    this.element.querySelector('.active')?.classList.remove('active');
    this.active = index;
    const option =
      index >= 0 ? this.element.querySelector<HTMLElement>(`#node-option-${index}`) : null;
    if (option === null) {
      this.element.removeAttribute('aria-activedescendant');
      return;
    }
    option.classList.add('active');
    this.element.setAttribute('aria-activedescendant', option.id);
    // Scroll the list alone: scrollIntoView would also move the panels around it.
    const list = this.element;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || this.ids.length === 0) return;
    const id = this.ids[this.active];
    const move = (index: number) => {
      event.preventDefault();
      this.setActive(Math.max(0, Math.min(this.ids.length - 1, index)));
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(this.active + 1);
      case 'ArrowUp':
        return move(this.active < 0 ? 0 : this.active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(this.ids.length - 1);
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (id !== undefined) this.events.select(id);
        return;
      case 'e':
      case 'E':
        event.preventDefault();
        if (id !== undefined) this.events.expand(id);
        return;
      case 'h':
      case 'H':
      case 'Delete':
        event.preventDefault();
        if (id !== undefined) this.events.hide(id);
        return;
    }
  }
}
