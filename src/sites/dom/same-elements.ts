/** The very same elements in the same order: a reading's panels or a table's header cells found again. */
export function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}
