/** What the panel, hover cards and popup show: plain data, built by pure functions, rendered by components. */
import type { PlaceId } from '../places/ids';
import type { NoteKind, NoteStatus, Severity } from '../db/types';

/** A document as a person can follow it: its title, who published it and when, a link when it is online. */
export interface SourceView {
  title: string;
  /** what the document is, in the reader's language, when the title does not say it */
  gloss: string;
  publisher: string;
  date: string | null;
  /** only http(s) URLs become links */
  href: string | null;
  /** for pages: when their quotes were checked by hand */
  checked: string | null;
}

/** Where a fact is said: the quoted sentence, in the source's language, and the source. */
export interface EvidenceView {
  quote: string;
  quoteLang: 'en' | 'zh-TW' | null;
  source: SourceView;
}

/** One fact in words, with its precision ("applied 2011; member (listed 2024)"), and its evidence. */
export interface FactView {
  text: string;
  evidence: EvidenceView[];
}

export interface MembershipView {
  orgId: string;
  orgName: string;
  placeId: PlaceId;
  placeName: string;
  /** when: "member since 2006", "applied Mar 2010; member since May 2010" */
  status: FactView;
  /** type and former name: "full member", "joined as Taipei County" */
  details: FactView[];
  roles: FactView[];
  notes: FactView[];
  byUser: boolean;
}

export interface PlaceCountView {
  id: PlaceId;
  name: string;
  count: number;
}

export interface FindingView {
  /** the finding's identity within a page visit: unique, kept while the finding stays on the page */
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
  /** the label of the form's list holding it, when it is in one */
  control: string | null;
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
  /**
   * how many scans have completed, shown with the page's dismissals applied (0 until those are
   * loaded): the panel shows it as `data-scans`, which tests wait on
   */
  scans: number;
  /** the findings counted: open, dismissed, the worst open one (the tab's count, the badge's) */
  tally: { open: number; dismissed: number; worst: Severity | null };
}

export interface NoteDraft {
  kind: NoteKind;
  status: NoteStatus;
  severity?: Severity;
  body: string;
  tags: string;
  quote: string;
  /** a note made from a finding: what the rule says, shown above the note's text */
  finding?: { severityLabel: string; explanation: string; suggestion: string };
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

export interface NoteEditorView {
  mode: 'create' | 'edit';
  noteId: string | null;
  draft: NoteDraft;
  saving: boolean;
  error: string | null;
  /** the note was saved elsewhere (another tab or window) since this edit began: its text, to keep or replace */
  conflict?: NoteDraft | null;
  /** the text was restored from a draft kept when the page or the extension went away: when it was typed */
  restoredAt?: number | null;
  /** the extension was reloaded or updated: this page's copy can no longer save (the draft is kept) */
  invalidated?: boolean;
}

export interface NotesView {
  notes: NoteItemView[];
  editor: NoteEditorView | null;
  hasSelection: boolean;
  /** how many times the page's notes were loaded and placed: `data-loads` on the section, for tests */
  loads: number;
  /** where the selection is (viewport coordinates): the "Add note" button goes beside it */
  selectionBox?: { left: number; top: number; right: number; bottom: number } | null;
  /** a note just deleted, which "Undo" brings back */
  deleted?: { id: string } | null;
  /** the note whose screenshot the browser refused just now (no capture grant) */
  screenshotBlocked?: string | null;
}
