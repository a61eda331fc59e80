/**
 * The organizations the extension recognizes, with the sites it runs on: utils/orgs/orgs.json,
 * checked against its schema as it loads. Host permissions and injection follow from it.
 */
import { parseDataFile } from '../data-check';
import { OrgsFileSchema, type Org } from './schema';
import orgsFile from './orgs.json';

export type { Org } from './schema';
export type { OrgId } from './ids';

declare const __TCL_DATA_CHECKED__: boolean | undefined;
// Checked by the build for the content script (wxt.config.ts), here everywhere else.
export const ORGS: readonly Org[] = typeof __TCL_DATA_CHECKED__ !== 'undefined' ? (orgsFile as unknown as Org[]) : parseDataFile(OrgsFileSchema, orgsFile, 'utils/orgs/orgs.json');
