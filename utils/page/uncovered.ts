/**
 * Place mentions that no drawn finding covers. A finding's underline already marks its text, and
 * every highlight range is painted again whenever the page changes: on a directory with a
 * Taiwanese city under China in every other row, one range per finding instead of two halves what
 * the browser paints. Both lists are in page order (the live scan keeps them so).
 */
export function uncovered<T extends { range: Range }>(items: readonly T[], covers: readonly { range: Range }[], RangeCtor: typeof Range = Range): T[] {
  if (covers.length === 0) return [...items];
  const out: T[] = [];
  let j = 0;
  for (const item of items) {
    try {
      // Findings that end before this mention starts are behind us for good.
      while (j < covers.length && item.range.compareBoundaryPoints(RangeCtor.END_TO_START, covers[j]!.range) >= 0) j++;
      const cover = covers[j];
      const inside =
        cover !== undefined &&
        cover.range.compareBoundaryPoints(RangeCtor.START_TO_START, item.range) <= 0 &&
        cover.range.compareBoundaryPoints(RangeCtor.END_TO_END, item.range) >= 0;
      if (!inside) out.push(item);
    } catch {
      // A range the page moved out of the document (compared across roots): draw it, decide nothing.
      out.push(item);
    }
  }
  return out;
}
