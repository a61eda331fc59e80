/**
 * The one protocol between the content script, extension pages and the background. Everything
 * fallible returns a Result: thrown errors do not cross contexts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { OrgId } from '../orgs/registry';
import type { PlaceId } from '../places/ids';
import type { Dismissal, Note, Severity } from '../db/types';
import type { NoteInput, NotePatch } from '../db/notes';
import type { Result } from '../result';
import type { UserSettings } from '../settings/user-settings';
import type { Catalog, Lang } from '../i18n';
import type { MembershipData } from '../memberships';
import type { CompiledMatcher } from '../naming/lexicon';

export interface PageSummary {
  url: string;
  title: string;
  org: OrgId | null;
  places: { id: PlaceId; count: number }[];
  findings: { open: number; dismissed: number; worst: Severity | null };
  /** the open findings, one per rule and phrase, worst first (at most 20): the popup names them */
  groups?: { ruleId: string; quote: string; severity: Severity; count: number }[];
  scannedAt: number;
}

export type { DismissInput } from '../db/dismissals';
import type { DismissInput } from '../db/dismissals';

export interface PageNotes {
  notes: Note[];
  /** data: URLs of each note's latest screenshot, by note id */
  thumbnails: Record<string, string>;
  /** when each finding on this page was last seen, by `${ruleId}\u0000${quote}` */
  lastSeen: Record<string, number>;
}

export type NoteDraftKind = Note['kind'];

export interface ProtocolMap {
  /** content -> background: what the page holds, for the badge and the popup */
  reportPage(summary: PageSummary): void;
  /** popup -> background */
  getTabSummary(tabId: number): PageSummary | null;
  listDismissals(data: { url: string }): Result<Dismissal[]>;
  addDismissal(data: DismissInput): Result<Dismissal>;
  removeDismissal(data: { id: string }): Result<null>;
  pageNotes(data: { url: string }): Result<PageNotes>;
  /**
   * `capture`: take a screenshot of the visible tab as evidence (naming concerns); `passage`: the
   * note's passage as the page shows it at that moment, recorded as a hash with the screenshot
   */
  createNote(data: { note: NoteInput; capture: boolean; passage?: string }): Result<Note>;
  /** `baseRev`: the revision the edit began from; a note written since answers with a conflict */
  updateNote(data: { id: string; patch: NotePatch; baseRev?: number }): Result<Note>;
  deleteNote(data: { id: string }): Result<Note>;
  /** undoes a deleteNote */
  restoreNote(data: { id: string }): Result<Note>;
  /** content -> background: show the popup (or the same page in a tab), where screenshots can be allowed */
  openPopup(): void;
  captureEvidence(data: { noteId: string; passage?: string }): Result<Note>;
  recordSightings(data: { url: string; findings: { ruleId: string; quote: string }[] }): Result<number>;
  getUserSettings(): Result<UserSettings>;
  /** content -> background: the matcher the page is scanned with, shipped or for the user's own rules (utils/settings/scan-settings.ts) */
  getScanMatcher(): Result<CompiledMatcher>;
  /** content -> background: the memberships with the user's corrections, and the sources they cite */
  getMemberships(): Result<MembershipData>;
  /** content -> background: the messages of the one language the page's UI shows */
  getMessages(lang: Lang): Result<Catalog>;
  /** dashboard -> background: settings changed (extra sites to register) */
  userSettingsChanged(): void;
  /** background -> content: the context menu or keyboard shortcut asked for a note on the selection */
  openNoteEditor(data: { kind: NoteDraftKind }): void;
  /** background -> content: the keyboard shortcut asked to open (or close) the panel */
  togglePanel(): void;
  /** popup -> content: open the panel (and focus it) */
  openPanel(): void;
  /** content -> background: the panel's shortcut as the browser shows it ('' when none is set) */
  panelShortcut(): string;
  /** content -> background: inject the panel's own script into the sender's document (utils/page/lens-ui.ts) */
  loadLensUi(): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
