/**
 * The organizations' ids, the one list the TypeScript type comes from: utils/orgs/orgs.json must
 * hold exactly these (tests/unit/orgs/data.test.ts), and memberships and backups name them.
 */
export const ORG_IDS = ['iclei', 'citynet', 'uclg'] as const;

export type OrgId = (typeof ORG_IDS)[number];
