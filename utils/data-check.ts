/** Checking one data file against its schema, with the first wrong field named ("places.2.official: …"). */
import * as v from 'valibot';

export function dataIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  return `${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`;
}

/** The file as its schema reads it (defaults filled in); throws naming the file and the field. */
export function parseDataFile<S extends v.GenericSchema>(schema: S, json: unknown, file: string): v.InferOutput<S> {
  const r = v.safeParse(schema, json);
  if (!r.success) throw new Error(`${file}: ${dataIssue(r.issues)}`);
  return r.output;
}
