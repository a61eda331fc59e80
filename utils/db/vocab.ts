/**
 * The closed vocabularies of a note, as valibot schemas: each is the source of its TypeScript type,
 * of the order in which menus and reports list it, and of its label's message key.
 */
import * as v from 'valibot';
import type { MessageKey } from '../i18n';

export const NOTE_KINDS = ['naming-concern', 'membership', 'follow-up', 'general'] as const;
export const NOTE_STATUSES = ['open', 'reported', 'resolved', 'wont-fix'] as const;
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

export const NoteKindSchema = v.picklist(NOTE_KINDS);
export const NoteStatusSchema = v.picklist(NOTE_STATUSES);
export const SeveritySchema = v.picklist(SEVERITIES);

export type NoteKind = v.InferOutput<typeof NoteKindSchema>;
export type NoteStatus = v.InferOutput<typeof NoteStatusSchema>;
export type Severity = v.InferOutput<typeof SeveritySchema>;

export const KIND_LABELS: Record<NoteKind, MessageKey> = {
  'naming-concern': 'kindNamingConcern',
  membership: 'kindMembership',
  'follow-up': 'kindFollowUp',
  general: 'kindGeneral',
};
export const STATUS_LABELS: Record<NoteStatus, MessageKey> = {
  open: 'statusOpen',
  reported: 'statusReported',
  resolved: 'statusResolved',
  'wont-fix': 'statusWontFix',
};
export const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  critical: 'severityCritical',
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
};
