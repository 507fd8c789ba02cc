import { useEffect, useState } from 'react';
import { useAppClient } from '../../platform/app-client.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';

/** The scan as imported, fetched through AppApi and shown from a blob: URL (the CSP allows nothing else). */
export function PageImage({ sha256, alt }: { sha256: string; alt: string }) {
  const client = useAppClient();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    client.call('pages:getImage', { sha256 }).then(
      ({ bytes, mimeType }) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
        setUrl(objectUrl);
      },
      (e: unknown) => {
        if (!cancelled) setError(e);
      },
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [client, sha256]);

  if (error !== null) return <ErrorNotice error={error} />;
  return url ? <img className="page-image" src={url} alt={alt} /> : <div className="page-image placeholder" aria-busy="true" />;
}
