/** Saves a file from an extension page: a Blob behind a temporary link. */
export function download(name: string, data: BlobPart, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
