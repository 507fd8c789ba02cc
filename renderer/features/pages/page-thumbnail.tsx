// A grid card's thumbnail, fetched only once the card scrolls near the view: a 500-page book asks for the
// few dozen thumbnails on screen, not all of them at once.
import { useEffect, useRef, useState } from 'react';
import { usePageImageUrl } from './use-page-image-url.ts';

export function PageThumbnail({ sha256, alt }: { sha256: string; alt: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  const { url, error } = usePageImageUrl(sha256, 'thumbnail', near);

  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return (
    <div ref={box} className="page-thumb" aria-busy={!url && error === null}>
      {url && <img src={url} alt={alt} />}
    </div>
  );
}
