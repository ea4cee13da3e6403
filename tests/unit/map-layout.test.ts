import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '@/lib/map/project';

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

  it('keeps the labels of neighbouring cities (Nanning, Lang Son, Mong Cai) from overlapping', () => {
    const boxes = map.points.map((p) => {
      const w = p.label.length * 7.5;
      const left = p.anchor === 'start' ? p.labelX : p.labelX - w;
      return { id: p.id, left, right: left + w, top: p.labelY - 12, bottom: p.labelY + 2 };
    });
    for (const a of boxes)
      for (const b of boxes)
        if (a.id < b.id) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${a.id} / ${b.id}`).toBe(false);
        }
  });

  it('frames a single city with its surroundings', () => {
    const one = layoutMap(countries, [cities[0]!]);
    expect(one.points[0]!.x).toBeCloseTo(one.width / 2, -1);
    expect(one.countries.length).toBeGreaterThan(2);
  });
});
