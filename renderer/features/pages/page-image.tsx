import { ErrorNotice } from '../../app/error-notice.tsx';
import { usePageImageUrl } from './use-page-image-url.ts';

/** The page as OCR saw it: the display image, straightened and cropped, which field boxes refer to. */
export function PageImage({ sha256, alt }: { sha256: string; alt: string }) {
  const { url, error } = usePageImageUrl(sha256, 'display');
  if (error !== null) return <ErrorNotice error={error} />;
  return url ? <img className="page-image" src={url} alt={alt} /> : <div className="page-image placeholder" aria-busy="true" />;
}
