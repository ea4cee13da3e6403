import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';

/**
 * Lays out a regional map: country outlines and city points projected into a fixed viewBox, with
 * labels nudged apart so neighbouring cities (Nanning, Lang Son, Mong Cai) stay readable. Pure:
 * geography in, SVG path data and coordinates out.
 */

export type MapPoint = {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  highlighted?: boolean;
};

export type MapLayout = {
  width: number;
  height: number;
  countries: string[];
  points: Array<MapPoint & { x: number; y: number; labelX: number; labelY: number; anchor: 'start' | 'end' }>;
};

const WIDTH = 800;
const HEIGHT = 560;
const LINE = 16;

export function layoutMap(
  countries: FeatureCollection<Geometry>,
  points: MapPoint[],
  padding = 3,
): MapLayout {
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  // A single city still gets a region around it.
  const span = Math.max(padding, 6 - (Math.max(...lons) - Math.min(...lons)) / 2);
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.min(...lons) - span - 2, Math.min(...lats) - span],
      [Math.max(...lons) + span + 2, Math.max(...lats) + span],
    ],
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [20, 20],
        [WIDTH - 20, HEIGHT - 20],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  // One decimal is sub-pixel in an 800-unit viewBox; full precision would bloat every page with a map.
  const path = geoPath(projection).digits(1);
  const outlines = countries.features.map((f) => path(f) ?? '').filter(Boolean);

  const placed: Array<{ x: number; y: number; w: number }> = [];
  const overlaps = (x: number, y: number, w: number) =>
    placed.some((b) => Math.abs(b.y - y) < LINE && x < b.x + b.w && b.x < x + w);
  const laidOut = points
    .map((p) => {
      const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0];
      return { ...p, x, y };
    })
    .sort((a, b) => a.y - b.y)
    .map((p) => {
      const w = Math.max(p.label.length * 7.5, 24);
      const right = p.x + w + 10 < WIDTH;
      let labelX = right ? p.x + 8 : p.x - 8;
      const left = right ? labelX : labelX - w;
      let labelY = p.y + 5;
      while (overlaps(left, labelY, w)) labelY += LINE;
      placed.push({ x: left, y: labelY, w });
      labelX = Math.round(labelX);
      return {
        ...p,
        labelX,
        labelY: Math.round(labelY),
        anchor: right ? ('start' as const) : ('end' as const),
      };
    });

  return { width: WIDTH, height: HEIGHT, countries: outlines, points: laidOut };
}
