import 'server-only';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:110m outlines from the world-atlas npm package (1:50m tripled the home page's
// HTML for no visible gain at this size); imported, not read from disk, so
// the bundler ships it with the server code. Never reaches the browser: this module is server-only.
import topology from 'world-atlas/countries-110m.json';

let countries: FeatureCollection<Geometry> | undefined;

/** Country outlines, converted from TopoJSON once per process. */
export function countryOutlines(): FeatureCollection<Geometry> {
  if (!countries) {
    const world = topology as unknown as Topology<{ countries: GeometryCollection }>;
    countries = feature(world, world.objects.countries) as FeatureCollection<Geometry>;
  }
  return countries;
}
