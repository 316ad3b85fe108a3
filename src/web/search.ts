// The search box: suggestions from /api/search as the user types (debounced), keyboard and mouse
// selection. Suggestion text is set with textContent only.

import type { EntitySummary } from '../store/types.js';
import { api } from './api.js';
import { clear, el } from './dom.js';
import { typeColor } from './palette.js';

export interface SearchBox {
  /** Runs a search now and resolves with the suggestions shown. */
  query(q: string): Promise<EntitySummary[]>;
}

export function setupSearch(input: HTMLInputElement, list: HTMLElement, onPick: (entity: EntitySummary) => void): SearchBox {
  let results: EntitySummary[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const render = (): void => {
    clear(list);
    list.hidden = results.length === 0;
    results.forEach((r, i) => {
      const dot = el('span', { className: 'dot' });
      dot.style.background = typeColor(r.type);
      const item = el('li', { className: i === active ? 'suggestion active' : 'suggestion', attrs: { 'data-id': r.id, role: 'option' } }, [
        dot,
        el('span', { className: 'name', text: r.name }),
        el('span', { className: 'type', text: r.type }),
      ]);
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      list.append(item);
    });
  };
  const pick = (i: number): void => {
    const entity = results[i];
    if (!entity) return;
    results = [];
    render();
    onPick(entity);
  };
  const query = async (q: string): Promise<EntitySummary[]> => {
    const mine = ++seq;
    const found = q.trim() ? await api.search(q).catch(() => []) : [];
    if (mine !== seq) return found;
    results = found;
    active = found.length > 0 ? 0 : -1;
    render();
    return found;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void query(input.value), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (results.length > 0) pick(Math.max(0, active));
      else void query(input.value).then((found) => found.length > 0 && pick(0));
    } else if (event.key === 'Escape') {
      results = [];
      render();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => ((results = []), render()), 150));
  return { query };
}
