import type { MessageKey } from '@/utils/i18n';

export const KIND_KEYS: Record<string, MessageKey> = {
  'naming-concern': 'kindNamingConcern',
  membership: 'kindMembership',
  'follow-up': 'kindFollowUp',
  general: 'kindGeneral',
};

export const STATUS_KEYS: Record<string, MessageKey> = {
  open: 'statusOpen',
  reported: 'statusReported',
  resolved: 'statusResolved',
  'wont-fix': 'statusWontFix',
};
