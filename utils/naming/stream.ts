/**
 * The matches of the lexicon's patterns over one text, in order, as one stream: what a single
 * alternation of them would find (leftmost first; at one position the grouping, then Latin, then
 * Chinese phrases; no overlaps), with each pattern kept small enough for the engine to run fast.
 */
import type { Lexicon } from './lexicon';

export interface StreamMatch {
  start: number;
  end: number;
  text: string;
  group: boolean;
}

interface Lane {
  /** the lane's next match from a position on */
  find: (pos: number) => RegExpExecArray | null;
  /** where the pending match was searched from */
  from: number;
  pending: RegExpExecArray | null;
}

export interface MatchStream {
  next(): StreamMatch | null;
  /** Go on from `pos`: drop what starts before it, and search again from it (also backwards). */
  seek(pos: number): void;
}

export function matchStream(lexicon: Lexicon, text: string): MatchStream {
  const { group, han } = lexicon.patterns;
  const anywhere = (re: RegExp) => (pos: number) => {
    re.lastIndex = pos;
    return re.exec(text);
  };
  const finders = [anywhere(group), (pos: number) => lexicon.latinWord(text, pos), anywhere(han)];
  const lanes: Lane[] = finders.map((find) => ({ find, from: -1, pending: null }));
  const search = (lane: Lane, pos: number) => {
    lane.from = pos;
    lane.pending = lane.find(pos);
    // An empty match cannot happen with these patterns; guard against a loop anyway.
    if (lane.pending && lane.pending[0].length === 0) lane.pending = null;
  };
  for (const lane of lanes) search(lane, 0);
  const seek = (pos: number) => {
    for (const lane of lanes) if (lane.from > pos || (lane.pending && lane.pending.index < pos)) search(lane, pos);
  };
  return {
    next() {
      let best: Lane | null = null;
      for (const lane of lanes) if (lane.pending && (!best || lane.pending.index < best.pending!.index)) best = lane;
      if (!best) return null;
      const m = best.pending!;
      const match = { start: m.index, end: m.index + m[0].length, text: m[0], group: best === lanes[0] };
      search(best, match.end);
      seek(match.end);
      return match;
    },
    seek,
  };
}
