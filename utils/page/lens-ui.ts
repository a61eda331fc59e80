/**
 * The panel's own script (entrypoints/lens-ui), loaded on first use: the open panel, the hover
 * card, the selection adder and notes. The content script draws the highlights and the collapsed
 * tab at once and asks the background to inject this one (`loadLensUi`) when the page first
 * needs it: the tab is clicked, a card is to be shown, text is selected, the page has notes, the
 * panel was left open on this site, or a shortcut or menu asks. Both run in the same isolated
 * world, which the page cannot reach: the handover is a global of that world.
 */
import type { Catalog, Lang } from '../i18n';
import type { OrgId } from '../orgs';
import type { Highlighter } from '../dom/highlighter';
import type { NotesController } from './notes-controller';
import type { LensController } from './lens-controller';
import type { MembershipData } from '../memberships';
import type { PlaceId } from '../places/ids';
import type { CardContent } from './views';
import type { FindingContext } from './finding-context';

export const LENS_UI_FILE = '/lens-ui.js';
/** the isolated world's global the panel's script leaves its `mount` in */
export const LENS_UI_GLOBAL = '__taiwanCityLensUi';

export interface LensUiDeps {
  win: Window;
  container: HTMLElement;
  lang: Lang;
  /** the one language's messages, as the content script received them */
  catalog: Catalog;
  /** the organization whose site this is (the panel's script has the organizations in full) */
  orgId: OrgId | null;
  /** the memberships with the user's corrections, as the background gave them */
  memberships: MembershipData;
  /** what only the panel's script draws, handed to the lens: a place's card, where a finding sits */
  provide: (parts: LensUiParts) => void;
  shortcut: string;
  /** the panel was left open on this site (read before mounting, so it never opens late: utils/page/panel-open.ts) */
  startOpen: boolean;
  lens: LensController;
  highlighter: Highlighter;
  isOwnNode: (node: Node) => boolean;
  isOwnElement: (el: Element) => boolean;
  pageUrl: () => string;
  /** the shortcut or the tab asked to open (`openOnly`) or toggle the panel; `focus`: move focus into it */
  subscribeToggle: (listener: (openOnly: boolean, focus?: boolean) => void) => () => void;
  onError: (error: unknown) => void;
}

export interface LensUiParts {
  /** a place's hover card, with its memberships */
  placeCard: (ids: readonly PlaceId[]) => CardContent;
  findingContext: (range: Range, quote: string) => FindingContext | null;
}

export interface LensUi {
  notes: NotesController;
  unmount(): void;
}

export type MountLensUi = (deps: LensUiDeps) => LensUi;

/** The panel's script, once injected (null before). */
export function loadedLensUi(world: object = globalThis): MountLensUi | null {
  const mount = (world as Record<string, unknown>)[LENS_UI_GLOBAL];
  return typeof mount === 'function' ? (mount as MountLensUi) : null;
}

interface FilesScripting {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; func?: () => unknown; files?: string[] }): Promise<{ result?: unknown }[]>;
}

/**
 * The background's side: the panel's script into the frame whose content script asked, in that
 * script's isolated world (no web-accessible resource: a page cannot load it).
 */
export async function injectLensUi(scripting: FilesScripting, sender: { tab?: { id?: number }; frameId?: number }): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  await scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [LENS_UI_FILE] });
}
