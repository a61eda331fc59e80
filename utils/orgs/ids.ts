/**
 * Organization ids come from the data: the organizations in utils/orgs/orgs.json are the ones there
 * are, so a new organization is a new entry in that file and no list of code. OrgId is a string, as
 * the schema says: every record naming an organization is checked against that file (v.picklist(ORG_IDS)
 * in the memberships' and backups' schemas). A literal id in code is not
 * checked by the compiler.
 */
import * as v from 'valibot';
import orgsFile from './orgs.json';

/** The form of an organization's own id in orgs.json: lower-case letters, digits and hyphens. */
export const OrgIdFormat = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));

export type OrgId = v.InferOutput<typeof OrgIdFormat>;

/** The ids of the organizations in utils/orgs/orgs.json, in its order (the file itself is checked by OrgsFileSchema). */
export const ORG_IDS: readonly OrgId[] = orgsFile.map((o) => o.id as OrgId);
