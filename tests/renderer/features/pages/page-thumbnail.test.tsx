import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageThumbnail } from '../../../../renderer/features/pages/page-thumbnail.tsx';
import { shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

/** Chromium's IntersectionObserver, reduced to what the thumbnail uses; the test says when a card comes into view. */
class ScriptedObserver {
  static instances: ScriptedObserver[] = [];
  private targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    ScriptedObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets = [];
  }
  scrollIntoView() {
    this.callback(this.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry), this as unknown as IntersectionObserver);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  ScriptedObserver.instances = [];
});

function bridge() {
  return scriptedBridge({ 'pages:getImage': () => ({ ok: true, value: { mimeType: 'image/webp', bytes: new Uint8Array([1, 2]) } }) });
}

describe('PageThumbnail', () => {
  it('asks for the thumbnail only once the card comes near the view', async () => {
    vi.stubGlobal('IntersectionObserver', ScriptedObserver);
    const scripted = bridge();
    renderWith(<PageThumbnail sha256={shaOf(1)} alt="Ảnh thu nhỏ trang 1" />, { db: freshDatabase(), bridge: scripted.bridge });
    // The effects have run by now: a thumbnail out of view asked for nothing.
    expect(scripted.callsTo('pages:getImage')).toEqual([]);
    act(() => ScriptedObserver.instances[0]!.scrollIntoView());
    expect(await screen.findByRole('img', { name: 'Ảnh thu nhỏ trang 1' })).toBeTruthy();
    expect(scripted.callsTo('pages:getImage').map((c) => c.input)).toEqual([{ sha256: shaOf(1), variant: 'thumbnail' }]);
  });

  it('frees the image’s object URL when the card goes', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const view = renderWith(<PageThumbnail sha256={shaOf(2)} alt="Ảnh thu nhỏ trang 2" />, { db: freshDatabase(), bridge: bridge().bridge });
    const url = (await screen.findByRole('img', { name: 'Ảnh thu nhỏ trang 2' })).getAttribute('src');
    expect(url).toMatch(/^blob:/);
    expect(revoke).not.toHaveBeenCalled();
    view.unmount();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith(url));
  });
});
