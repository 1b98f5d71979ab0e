// Object URLs for decrypted attachments: created here, revoked on close and on lock. The bytes
// live only in memory (a Blob); nothing is written to disk or to webview storage.

const live = new Set<string>();

export function blobUrl(bytes: ArrayBuffer | Uint8Array, mediaType: string): string {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mediaType }));
  live.add(url);
  return url;
}

export function revokeBlobUrl(url: string | null | undefined): void {
  if (url && live.delete(url)) URL.revokeObjectURL(url);
}

export function revokeAllBlobUrls(): void {
  for (const url of live) URL.revokeObjectURL(url);
  live.clear();
}

export function liveBlobUrls(): number {
  return live.size;
}
