// A page's image fetched through AppApi and shown from a blob: URL (the CSP allows nothing else). The URL
// is revoked when the page changes or the component goes, so a long session does not pile up images.
import { useEffect, useState } from 'react';
import { useAppClient } from '../../platform/app-client.ts';

export type ImageVariant = 'original' | 'display' | 'thumbnail';

/** `enabled` false defers the fetch (a thumbnail not scrolled into view yet). */
export function usePageImageUrl(sha256: string, variant: ImageVariant, enabled = true): { url: string | null; error: unknown } {
  const client = useAppClient();
  const [loaded, setLoaded] = useState<{ key: string; url: string | null; error: unknown } | null>(null);
  const key = `${sha256}:${variant}`;

  useEffect(() => {
    if (!enabled) return;
    let objectUrl: string | null = null;
    let cancelled = false;
    client.call('pages:getImage', { sha256, variant }).then(
      ({ bytes, mimeType }) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
        setLoaded({ key, url: objectUrl, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ key, url: null, error });
      },
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [client, enabled, key, sha256, variant]);

  // A URL of the previous page is never shown for the new one, even for the render before the effect.
  return loaded?.key === key ? { url: loaded.url, error: loaded.error } : { url: null, error: null };
}
