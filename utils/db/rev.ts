import type { Note } from './types';

/** A note's revision; notes written before revisions existed count as 0. (No database here: the content script imports it.) */
export const revOf = (note: Pick<Note, 'rev'>): number => note.rev ?? 0;
