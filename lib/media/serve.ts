import { appDb } from '../db/app-client';
import { photoRenditionPath } from '../model/paths';
import { renderRendition, renditionKey, type RenditionSpec } from './renditions';
import { originalStore } from './store';

/**
 * A rendition as the media route answers it: the bytes for the current address of a photo; where
 * the key is an old one (the focal point or file changed since), the current address; otherwise
 * nothing. Renditions are made on first request and kept by the page cache and the proxies in front
 * (their addresses change with their content).
 */
export type Served =
  | { kind: 'rendition'; data: Buffer; type: string }
  | { kind: 'moved'; location: string }
  | { kind: 'notFound' };

export async function serveRendition(photoId: string, key: string, spec: RenditionSpec): Promise<Served> {
  const photo = await appDb().photo.findUnique({
    where: { id: photoId },
    select: { originalSha256: true, focalX: true, focalY: true },
  });
  if (!photo) return { kind: 'notFound' };
  const focus = { x: photo.focalX, y: photo.focalY };
  const current = renditionKey(photo.originalSha256, focus);
  if (key !== current)
    return {
      kind: 'moved',
      location: photoRenditionPath(photoId, current, spec.crop, spec.width, spec.format),
    };
  const original = await originalStore().get(photo.originalSha256);
  if (!original) return { kind: 'notFound' };
  const { data, type } = await renderRendition(original, spec, focus);
  return { kind: 'rendition', data, type };
}
