/** Screenshots as base64, for backups, reports and the panel's thumbnails. */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In chunks: spreading a whole screenshot into one call overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBlob(data: string, type: string): Blob {
  return new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type });
}

/** A screenshot as a data: URL, for the panel's thumbnails and the self-contained report. */
export async function blobToDataUrl(blob: Blob, type: string = blob.type || 'image/png'): Promise<string> {
  return `data:${type};base64,${await blobToBase64(blob)}`;
}
