/** Record shapes stored in the extension's IndexedDB. Every record has a stable id and soft delete. */
import type { OrgId } from '../orgs/registry';

import type { NoteKind, NoteStatus, Severity } from './vocab';

export type { NoteKind, NoteStatus, Severity };

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector;

export interface Timestamps {
  /** crypto.randomUUID() */
  id: string;
  /** epoch milliseconds */
  createdAt: number;
  updatedAt: number;
  /** set instead of deleting, so merges between colleagues honour deletes */
  deletedAt?: number;
}

export interface Note extends Timestamps {
  /** normalized: no fragment, no tracking parameters */
  url: string;
  title: string;
  org: OrgId | null;
  kind: NoteKind;
  status: NoteStatus;
  severity?: Severity;
  /** place ids from utils/places */
  places: string[];
  tags: string[];
  body: string;
  /** the naming rule of the finding the note came from */
  ruleId?: string;
  /** empty for a page note; a TextPositionSelector counts in the page body's text content (W3C) */
  target: Selector[];
  /** the suggested wording of the rule, kept so reports stay right if rules change */
  suggestion?: string;
  evidenceIds: string[];
  /** true when a screenshot was wanted but could not be taken */
  evidenceMissing?: boolean;
  /** revision: 1 when created, +1 on every write; an edit based on an older one is a conflict */
  rev?: number;
}

export interface Evidence extends Timestamps {
  noteId: string;
  url: string;
  capturedAt: number;
  mimeType: string;
  image: Blob;
  /**
   * SHA-256 (hex) of the passage's text as it was on the page when the screenshot was taken
   * (empty text when the passage was not found): shows whether the page changed what it said.
   */
  passageSha256?: string;
}

export interface Dismissal extends Timestamps {
  ruleId: string;
  /** the exact quote, folded (see utils/text) so that case and 臺/台 do not matter */
  quote: string;
  /** normalized page URL; absent means everywhere */
  url?: string;
}

/** When each finding (url, rule, quote) was first and last seen: tells whether a protest worked. */
export interface FindingSighting extends Timestamps {
  url: string;
  ruleId: string;
  quote: string;
  firstSeen: number;
  lastSeen: number;
}

export interface Setting {
  key: string;
  value: unknown;
  updatedAt: number;
}
