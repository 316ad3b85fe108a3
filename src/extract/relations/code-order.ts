// Sorting by UTF-16 code units (what `<` on strings and the default sort compare) for the short
// lists of one document: entity ids, relation ids, aliases. A binary insertion sort with `<` inline
// is several times cheaper there than Array.prototype.sort calling back a comparator. Stable.

/** Longer lists go to Array.prototype.sort. */
const SHORT = 64;

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts the strings in place by code units; returns the list. */
export function sortStrings(list: string[]): string[] {
  if (list.length > SHORT) return list.sort(byCodeUnits);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    if (!(item < list[i - 1]!)) continue;
    // The last place whose string is not greater than the item: after equal ones (stable).
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (item < list[mid]!) hi = mid;
      else lo = mid + 1;
    }
    for (let k = i; k > lo; k--) list[k] = list[k - 1]!;
    list[lo] = item;
  }
  return list;
}

function byIdCodeUnits<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts the records in place by id (code units), stable; returns the list. */
export function sortById<T extends { id: string }>(list: T[]): T[] {
  if (list.length > SHORT) return list.sort(byIdCodeUnits);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    const id = item.id;
    if (!(id < list[i - 1]!.id)) continue;
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (id < list[mid]!.id) hi = mid;
      else lo = mid + 1;
    }
    for (let k = i; k > lo; k--) list[k] = list[k - 1]!;
    list[lo] = item;
  }
  return list;
}
