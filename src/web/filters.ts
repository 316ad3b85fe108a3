// The filter and legend panel: one checkbox per entity type (with its colour, so it is the legend
// too) and per relation type present, and a minimum-confidence slider. Calls onChange with the
// new filters; applying them is the view's job.

import type { EntityType, RelationType } from '../types.js';
import { clear, el } from './dom.js';
import { typeColor } from './palette.js';
import type { Filters } from './view.js';

export function renderFilters(
  root: HTMLElement,
  present: { types: Map<EntityType, number>; relations: Map<RelationType, number> },
  filters: Filters,
  onChange: (filters: Filters) => void,
): void {
  clear(root);
  const box = <T extends string>(value: T, count: number, hidden: Set<T>, color?: string): HTMLElement => {
    const input = el('input', { attrs: { type: 'checkbox', 'data-filter': value } });
    input.checked = !hidden.has(value);
    input.addEventListener('change', () => {
      if (input.checked) hidden.delete(value);
      else hidden.add(value);
      onChange(filters);
    });
    const swatch = el('span', { className: 'dot' });
    if (color) swatch.style.background = color;
    return el('label', { className: 'filter' }, [input, color ? swatch : null, ` ${value} (${count})`]);
  };
  root.append(el('h3', { text: 'Entity types' }));
  for (const [type, count] of [...present.types].sort()) root.append(box(type, count, filters.hiddenTypes, typeColor(type)));
  root.append(el('h3', { text: 'Relation types' }));
  for (const [type, count] of [...present.relations].sort()) root.append(box(type, count, filters.hiddenRelations));
  const slider = el('input', { attrs: { type: 'range', min: '0', max: '1', step: '0.05', id: 'min-confidence' } });
  slider.value = String(filters.minConfidence);
  const label = el('span', { text: `${Math.round(filters.minConfidence * 100)}%` });
  slider.addEventListener('input', () => {
    filters.minConfidence = Number(slider.value);
    label.textContent = `${Math.round(filters.minConfidence * 100)}%`;
    onChange(filters);
  });
  root.append(el('h3', { text: 'Minimum confidence' }), el('div', { className: 'slider' }, [slider, ' ', label]));
}
