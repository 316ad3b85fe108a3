// Sorting the short lists of one document (entity ids, relation ids, aliases, relations) by UTF-16
// code units, what `<` on strings and the default sort compare. A binary insertion sort is several
// times cheaper there than Array.prototype.sort; longer lists go to Array.prototype.sort. Stable.

/** Longer lists go to Array.prototype.sort. */
export const SHORT_SORT = 64;

/** Sorts the list in place by `compare`, stable; returns the list. */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT_SORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    if (compare(item, list[i - 1]!) >= 0) continue;
    // The first place whose element is greater than the item: after equal ones (stable).
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, list[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    for (let k = i; k > lo; k--) list[k] = list[k - 1]!;
    list[lo] = item;
  }
  return list;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts the strings in place by code units, stable; returns the list. sortSmall with `<` written
 * out: sortSmall calls its comparators through one call site for all lists, which V8 cannot inline
 * there, and entity ids and aliases are the most sorted lists.
 */
export function sortStrings(list: string[]): string[] {
  if (list.length > SHORT_SORT) return list.sort(byCodeUnits);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    if (!(item < list[i - 1]!)) continue;
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
