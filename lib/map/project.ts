import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';

/**
 * Lays out a regional map: country outlines and city points projected into a fixed viewBox, and
 * labels placed where they collide with no other label, dot or the frame. Pure: geography in, SVG
 * path data and coordinates out.
 *
 * - Cities too close to tell apart at the map's scale (Lạng Sơn and Móng Cái, beside Nanning) are
 *   drawn again, with their labels, in an inset that zooms on them, in the emptiest corner; the
 *   main map marks the inset's area with a rectangle.
 * - Labels are laid out twice: for wide screens, and for narrow ones, where the map is drawn at
 *   about half size and its labels and dots must be twice as large in the map's units to be read
 *   (15 units would be ~7 px at 390 px). The component shows one set or the other by CSS.
 */

export type MapPoint = {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  highlighted?: boolean;
  /** a city shown for context: a smaller dot, labelled only if there is room */
  context?: boolean;
};

export type PlacedPoint = MapPoint & { x: number; y: number };

export type Label = {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** a line from the dot to a label placed away from it */
  leader?: [number, number, number, number];
};

export type Scale = 'wide' | 'narrow';

/** Text and dot sizes in the map's units, per scale (the component draws with the same numbers). */
export const mapSizes: Record<Scale, { font: number; dot: number; highlightedDot: number }> = {
  wide: { font: 15, dot: 4.5, highlightedDot: 7 },
  narrow: { font: 30, dot: 9, highlightedDot: 13 },
};

export type Inset = {
  /** where the inset is drawn, in the main map's units */
  box: Box;
  /** the area of the main map it enlarges */
  area: Box;
  /** a line from the area's side facing the inset to the inset's nearest edge */
  connector: { x1: number; y1: number; x2: number; y2: number };
  countries: string[];
  points: PlacedPoint[];
  labels: Record<Scale, Label[]>;
};

export type MapLayout = {
  width: number;
  height: number;
  countries: string[];
  /** every point on the main map (those in the inset too, drawn small there) */
  points: PlacedPoint[];
  labels: Record<Scale, Label[]>;
  inset: Inset | null;
};

export type Box = { x: number; y: number; width: number; height: number };

const WIDTH = 800;
const HEIGHT = 560;
const FRAME: Box = { x: 0, y: 0, width: WIDTH, height: HEIGHT };
/** closer than this (map units) and two dots read as one: they go to the inset */
const CROWDED = 36;
const INSET = { width: 290, height: 210, margin: 10 };

export function layoutMap(
  countries: FeatureCollection<Geometry>,
  points: MapPoint[],
  padding = 3,
): MapLayout {
  // a single city still gets a region around it: at least six degrees either way
  const projection = fit(points, { padding, minSpan: 6 }, FRAME, 20);
  const path = geoPath(projection).digits(1);
  const outlines = countries.features.map((f) => path(f) ?? '').filter(Boolean);
  const placed = points.map((p) => at(projection, p));

  const crowded = crowdOf(placed);
  const box = crowded.length >= 2 ? emptiestCorner(placed, crowded) : null;
  let inset: Inset | null = null;
  if (box) {
    const insetProjection = fit(crowded, { padding: 0.5, minSpan: 0 }, box, 14).clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
    const insetPath = geoPath(insetProjection).digits(1);
    const insetPoints = crowded.map((p) => at(insetProjection, p));
    const corner = (x: number, y: number) => projection(insetProjection.invert!([x, y])!)!;
    const [x0, y0] = corner(box.x, box.y);
    const [x1, y1] = corner(box.x + box.width, box.y + box.height);
    const area = { x: round(x0!), y: round(y0!), width: round(x1! - x0!), height: round(y1! - y0!) };
    inset = {
      box,
      area,
      connector: connector(area, box),
      countries: countries.features.map((f) => insetPath(f) ?? '').filter(Boolean),
      points: insetPoints,
      labels: {
        wide: placeLabels(insetPoints, 'wide', box, []),
        narrow: placeLabels(insetPoints, 'narrow', box, []),
      },
    };
  }
  const inMain = placed.filter((p) => !inset?.points.some((q) => q.id === p.id));
  const blocked = inset ? [inset.box, inset.area] : [];
  return {
    width: WIDTH,
    height: HEIGHT,
    countries: outlines,
    points: placed,
    labels: {
      wide: placeLabels(inMain, 'wide', FRAME, blocked, placed),
      narrow: placeLabels(inMain, 'narrow', FRAME, blocked, placed),
    },
    inset,
  };
}

/** A Mercator projection that fits the points, `padding` degrees around, `minSpan` for a lone city. */
function fit(
  points: MapPoint[],
  around: { padding: number; minSpan: number },
  box: Box,
  margin: number,
): GeoProjection {
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const span = Math.max(around.padding, around.minSpan - (Math.max(...lons) - Math.min(...lons)) / 2);
  // wider than tall: room for labels to the side
  const side = span + around.padding * 0.67;
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.min(...lons) - side, Math.min(...lats) - span],
      [Math.max(...lons) + side, Math.max(...lats) + span],
    ],
  };
  return geoMercator()
    .fitExtent(
      [
        [box.x + margin, box.y + margin],
        [box.x + box.width - margin, box.y + box.height - margin],
      ],
      frame,
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
}

function at(projection: GeoProjection, p: MapPoint): PlacedPoint {
  const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0];
  return { ...p, x: round(x), y: round(y) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The points with a neighbour closer than CROWDED. They share one inset (the launch maps have one
 * such group, by the border; two groups far apart would share a wider inset).
 */
function crowdOf(points: PlacedPoint[]): PlacedPoint[] {
  const near = (a: PlacedPoint, b: PlacedPoint) => Math.hypot(a.x - b.x, a.y - b.y) < CROWDED;
  return points.filter((a) => points.some((b) => a !== b && near(a, b)));
}

/** The first corner (top right, top left, bottom right, bottom left) clear of every point; none if all are taken. */
function emptiestCorner(points: PlacedPoint[], crowd: PlacedPoint[]): Box | null {
  const { width, height, margin } = INSET;
  const corners: Box[] = [
    { x: WIDTH - width - margin, y: margin, width, height },
    { x: margin, y: margin, width, height },
    { x: WIDTH - width - margin, y: HEIGHT - height - margin, width, height },
    { x: margin, y: HEIGHT - height - margin, width, height },
  ];
  const grown = (b: Box, by: number): Box => ({
    x: b.x - by,
    y: b.y - by,
    width: b.width + 2 * by,
    height: b.height + 2 * by,
  });
  const free = corners.filter(
    (c) =>
      !points.some((p) => inside(p, grown(c, 12))) &&
      // the inset must not hide the area it enlarges
      !crowd.some((p) => inside(p, grown(c, 24))),
  );
  return free[0] ?? null;
}

function connector(area: Box, box: Box): Inset['connector'] {
  const middle = area.y + area.height / 2;
  const toRight = box.x > area.x + area.width;
  return {
    x1: toRight ? area.x + area.width : area.x,
    y1: middle,
    x2: toRight ? box.x : box.x + box.width,
    y2: Math.min(Math.max(middle, box.y), box.y + box.height),
  };
}

const inside = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

/** From a point to the nearest point of a box (0 inside it). */
const distanceTo = (p: { x: number; y: number }, b: Box) =>
  Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.width), Math.max(b.y - p.y, 0, p.y - b.y - b.height));

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Width of a label in map units: a full em for CJK, about 0.56 em for Latin and Vietnamese (0.68 for capitals). */
export function labelWidth(label: string, font: number): number {
  let em = 0;
  for (const ch of label)
    em += /[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : /[A-ZĐ]/u.test(ch) ? 0.68 : 0.56;
  return em * font;
}

/**
 * Greedy placement: the most crowded points first; for each, the first of eight positions around
 * the dot whose box stays in `frame` and touches no placed label, no dot and no `blocked` box;
 * failing that, the same positions farther away, with a leader line; a context point that finds no
 * room goes unlabelled.
 */
function placeLabels(
  points: PlacedPoint[],
  scale: Scale,
  frame: Box,
  blocked: Box[],
  dots: PlacedPoint[] = points,
): Label[] {
  const { font, dot } = mapSizes[scale];
  const taken: Box[] = [...blocked];
  const dotBoxes = dots.map((d) => ({
    x: d.x - dot - 2,
    y: d.y - dot - 2,
    width: 2 * dot + 4,
    height: 2 * dot + 4,
  }));
  const crowding = (p: PlacedPoint) =>
    dots.filter((d) => d !== p && Math.hypot(d.x - p.x, d.y - p.y) < font * 8).length;
  const order = [...points].sort(
    (a, b) => Number(Boolean(a.context)) - Number(Boolean(b.context)) || crowding(b) - crowding(a),
  );
  const labels: Label[] = [];
  for (const p of order) {
    const w = labelWidth(p.label, font);
    const h = font;
    let chosen: { box: Box; label: Label } | null = null;
    for (const g of [dot + 4, dot + font * 1.2, dot + font * 2.4, dot + font * 3.6]) {
      const candidates: Array<[number, number, Label['anchor']]> = [
        [p.x + g, p.y + h * 0.35, 'start'],
        [p.x - g, p.y + h * 0.35, 'end'],
        [p.x + g * 0.7, p.y - g * 0.7, 'start'],
        [p.x + g * 0.7, p.y + g * 0.7 + h * 0.7, 'start'],
        [p.x - g * 0.7, p.y - g * 0.7, 'end'],
        [p.x - g * 0.7, p.y + g * 0.7 + h * 0.7, 'end'],
        [p.x, p.y - g, 'middle'],
        [p.x, p.y + g + h * 0.8, 'middle'],
      ];
      for (const [x, y, anchor] of candidates) {
        const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
        const box = { x: left - 2, y: y - h * 0.85, width: w + 4, height: h * 1.1 };
        const fits =
          box.x >= frame.x + 2 &&
          box.x + box.width <= frame.x + frame.width - 2 &&
          box.y >= frame.y + 2 &&
          box.y + box.height <= frame.y + frame.height - 2;
        if (!fits || taken.some((t) => intersects(t, box)) || dotBoxes.some((d) => intersects(d, box)))
          continue;
        // a label beside its dot but nearer another would name the wrong city (a label placed
        // farther away has a leader line to its dot)
        const own = distanceTo(p, box);
        const near = g === dot + 4;
        if (near && dots.some((d) => d.id !== p.id && distanceTo(d, box) < own + 6)) continue;
        const label: Label = { id: p.id, x: round(x), y: round(y), anchor };
        if (!near) {
          // from the dot's edge to the nearest point of the label's box
          const nx = Math.min(Math.max(p.x, box.x), box.x + box.width);
          const ny = Math.min(Math.max(p.y, box.y), box.y + box.height);
          const angle = Math.atan2(ny - p.y, nx - p.x);
          label.leader = [
            round(p.x + Math.cos(angle) * (dot + 1)),
            round(p.y + Math.sin(angle) * (dot + 1)),
            round(nx),
            round(ny),
          ];
        }
        chosen = { box, label };
        break;
      }
      if (chosen) break;
    }
    if (!chosen) continue; // no room anywhere: the list under the map still names it
    taken.push(chosen.box);
    labels.push(chosen.label);
  }
  return labels;
}
