import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { labelWidth, layoutMap, mapSizes, type Label, type Scale } from '@/lib/map/project';

const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

// The nine named cities, with their Vietnamese labels (the longest).
const cities = [
  { id: 'nanning', label: 'Nam Ninh', latitude: 22.82, longitude: 108.37 },
  { id: 'vientiane', label: 'Viêng Chăn', latitude: 17.97, longitude: 102.63 },
  { id: 'yangon', label: 'Yangon', latitude: 16.84, longitude: 96.17 },
  { id: 'surat-thani', label: 'tỉnh Surat Thani', latitude: 9.14, longitude: 99.33 },
  { id: 'kedah', label: 'bang Kedah', latitude: 6.12, longitude: 100.37 },
  { id: 'mong-cai', label: 'Móng Cái', latitude: 21.53, longitude: 107.97 },
  { id: 'siem-reap', label: 'Siem Reap', latitude: 13.36, longitude: 103.86 },
  { id: 'mataram', label: 'Mataram', latitude: -8.58, longitude: 116.12 },
  { id: 'lang-son', label: 'Lạng Sơn', latitude: 21.85, longitude: 106.76 },
];

describe('the map of participating cities', () => {
  const map = layoutMap(countries, cities);

  it('draws the countries around the cities and every city inside the frame', () => {
    expect(map.countries.length).toBeGreaterThan(10);
    for (const p of map.points) {
      expect(p.x, p.id).toBeGreaterThan(0);
      expect(p.x, p.id).toBeLessThan(map.width);
      expect(p.y, p.id).toBeGreaterThan(0);
      expect(p.y, p.id).toBeLessThan(map.height);
    }
  });

  it('places the cities where they are: Nanning north of Mataram, Yangon west of Nanning', () => {
    const at = (id: string) => map.points.find((p) => p.id === id)!;
    expect(at('nanning').y).toBeLessThan(at('mataram').y);
    expect(at('yangon').x).toBeLessThan(at('nanning').x);
  });

  const labelBoxes = (labels: Label[], scale: Scale) =>
    labels.map((l) => {
      const name = cities.find((c) => c.id === l.id)!.label;
      const w = labelWidth(name, mapSizes[scale].font);
      const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { id: l.id, left, right: left + w, top: l.y - mapSizes[scale].font * 0.8, bottom: l.y + 2 };
    });
  const overlapping = (boxes: ReturnType<typeof labelBoxes>) =>
    boxes.flatMap((a) =>
      boxes
        .filter(
          (b) => a.id < b.id && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
        )
        .map((b) => `${a.id} / ${b.id}`),
    );

  it('moves cities too close to tell apart (Nanning, Lạng Sơn, Móng Cái) into an inset in an empty corner', () => {
    expect(map.inset?.points.map((p) => p.id).sort()).toEqual(['lang-son', 'mong-cai', 'nanning']);
    const inset = map.inset!;
    const inside = (p: { x: number; y: number }, b: typeof inset.box) =>
      p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
    for (const p of map.points) expect(inside(p, inset.box), p.id).toBe(false);
    // the enlarged area holds the three, and in the inset they are well apart
    for (const p of map.points.filter((p) => inset.points.some((q) => q.id === p.id)))
      expect(inside(p, inset.area), p.id).toBe(true);
    for (const a of inset.points)
      for (const b of inset.points)
        if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(40);
  });

  for (const scale of ['wide', 'narrow'] as const)
    it(`labels every city once, inside the map, no two labels overlapping (${scale})`, () => {
      const main = map.labels[scale];
      const inset = map.inset!.labels[scale];
      expect([...main, ...inset].map((l) => l.id).sort()).toEqual(cities.map((c) => c.id).sort());
      expect(overlapping(labelBoxes(main, scale))).toEqual([]);
      expect(overlapping(labelBoxes(inset, scale))).toEqual([]);
      for (const b of labelBoxes([...main, ...inset], scale)) {
        expect(b.left, b.id).toBeGreaterThanOrEqual(0);
        expect(b.right, b.id).toBeLessThanOrEqual(map.width);
      }
    });

  it('draws labels for narrow screens at least 13 px tall on a 390 px screen', () => {
    // the map spans the screen less the page's margins: 358 of its 800 units
    expect((mapSizes.narrow.font * 358) / map.width).toBeGreaterThanOrEqual(13);
  });

  it('frames a single city with its surroundings', () => {
    const one = layoutMap(countries, [cities[0]!]);
    expect(one.points[0]!.x).toBeCloseTo(one.width / 2, -1);
    expect(one.countries.length).toBeGreaterThan(2);
  });
});
