/** What crosses contexts and fallible I/O return: thrown errors do not survive messaging. */
export type Result<T, E = { kind: string; message: string }> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
