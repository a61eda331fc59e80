/**
 * The one protocol between the content script, extension pages and the background. Everything
 * fallible returns a Result: thrown errors do not cross contexts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { OrgId } from '../orgs/registry';
import type { PlaceId } from '../places/ids';
import type { Dismissal, Severity } from '../db/types';
import type { Result } from '../result';

export interface PageSummary {
  url: string;
  title: string;
  org: OrgId | null;
  places: { id: PlaceId; count: number }[];
  findings: { open: number; dismissed: number; worst: Severity | null };
  scannedAt: number;
}

export interface DismissInput {
  ruleId: string;
  quote: string;
  /** normalized page URL; absent means everywhere */
  url?: string;
}

export interface ProtocolMap {
  /** content -> background: what the page holds, for the badge and the popup */
  reportPage(summary: PageSummary): void;
  /** popup -> background */
  getTabSummary(tabId: number): PageSummary | null;
  listDismissals(data: { url: string }): Result<Dismissal[]>;
  addDismissal(data: DismissInput): Result<Dismissal>;
  removeDismissal(data: { id: string }): Result<null>;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
