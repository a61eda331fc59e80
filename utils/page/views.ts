/** What the panel, hover cards and popup show: plain data, built by pure functions, rendered by components. */
import type { PlaceId } from '../places/ids';
import type { NoteKind, NoteStatus, Severity } from '../db/types';

export interface SourceView {
  label: string;
  /** only http(s) URLs become links */
  href: string | null;
}

export interface MembershipView {
  orgId: string;
  orgName: string;
  placeId: PlaceId;
  placeName: string;
  since: string;
  roles: string[];
  notes: string;
  sources: SourceView[];
}

export interface PlaceCountView {
  id: PlaceId;
  name: string;
  count: number;
}

export interface FindingView {
  /** stable within a page visit: rule + position */
  key: string;
  ruleId: string;
  kind: string;
  severity: Severity;
  severityLabel: string;
  quote: string;
  explanation: string;
  suggestion: string;
  confidence: number;
  placeIds: PlaceId[];
  dismissed: 'page' | 'everywhere' | null;
  dismissalId: string | null;
}

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export type CardContent =
  | { type: 'place'; placeIds: PlaceId[]; name: string; otherNames: string[]; memberships: MembershipView[] }
  | { type: 'finding'; finding: FindingView };

/** Everything the page's UI shows, pushed as one value whenever any part changes. */
export interface LensView {
  findings: FindingView[];
  places: PlaceCountView[];
  /** `at`: the text's box in viewport coordinates; `pinned`: opened from the panel, stays until closed */
  card: { at: { left: number; top: number; right: number; bottom: number }; content: CardContent; pinned: boolean } | null;
}

export interface NoteDraft {
  kind: NoteKind;
  status: NoteStatus;
  severity?: Severity;
  body: string;
  tags: string;
  quote: string;
}

export interface NoteItemView {
  id: string;
  kind: string;
  status: string;
  quote: string;
  body: string;
  tags: string[];
  thumbnail: string | null;
  evidenceMissing: boolean;
  orphaned: boolean;
  /** a naming concern whose quote is gone from the page: the date it was last seen */
  possiblyCorrectedSince: number | null;
}

export interface NotesView {
  notes: NoteItemView[];
  editor: { mode: 'create' | 'edit'; noteId: string | null; draft: NoteDraft; saving: boolean; error: string | null } | null;
  hasSelection: boolean;
  /** where the selection is (viewport coordinates): the "Add note" button goes beside it */
  selectionBox?: { left: number; top: number; right: number; bottom: number } | null;
  /** a note just deleted, which "Undo" brings back */
  deleted?: { id: string } | null;
  /** the note whose screenshot the browser refused just now (no capture grant) */
  screenshotBlocked?: string | null;
}
