import type { Locale } from '@/lib/model/locales';
import { localeTable } from '@/lib/model/locales';
import { localizedPath } from '@/lib/model/paths';
import { countryOutlines } from '@/lib/map/geography';
import {
  layoutMap,
  mapSizes,
  type Label,
  type MapPoint,
  type PlacedPoint,
  type Scale,
} from '@/lib/map/project';

/**
 * An SVG map drawn on the server from Natural Earth outlines shipped in npm (no tiles, no network,
 * no JavaScript). The picture is labelled for assistive technology; the list of places beside it is
 * the accessible equivalent, linked to each city's page.
 */
export function CityMap({
  locale,
  points,
  title,
  id,
}: {
  locale: Locale;
  points: Array<MapPoint & { labelLocale: Locale }>;
  title: string;
  id: string;
}) {
  if (points.length === 0) return null;
  const map = layoutMap(countryOutlines(), points);
  const lang = (l: Locale) => (l === locale ? undefined : localeTable[l].htmlLang);
  const byId = new Map(points.map((p) => [p.id, p]));
  const inset = map.inset;
  const insetIds = new Set(inset?.points.map((p) => p.id));

  /** Dots and labels at one scale; CSS shows the narrow set below the `sm` breakpoint. */
  const layer = (scale: Scale, dots: PlacedPoint[], labels: Label[], small = false) => {
    const size = mapSizes[scale];
    return (
      <>
        {dots.map((p) => (
          <circle
            key={p.id}
            cx={p.x}
            cy={p.y}
            r={
              small
                ? size.dot * 0.6
                : p.highlighted
                  ? size.highlightedDot
                  : p.context
                    ? size.dot * 0.75
                    : size.dot
            }
            className={`stroke-paper ${p.highlighted ? 'fill-accent' : p.context ? 'fill-muted' : 'fill-ink'}`}
            strokeWidth={scale === 'wide' ? 1.5 : 3}
          />
        ))}
        {labels.map((l) => {
          const p = byId.get(l.id)!;
          return (
            <g key={l.id} className={p.highlighted ? 'fill-accent' : p.context ? 'fill-muted' : 'fill-ink'}>
              {l.leader && (
                <line
                  x1={l.leader[0]}
                  y1={l.leader[1]}
                  x2={l.leader[2]}
                  y2={l.leader[3]}
                  className="stroke-ink"
                  strokeWidth={scale === 'wide' ? 1 : 2}
                />
              )}
              <text
                x={l.x}
                y={l.y}
                textAnchor={l.anchor}
                lang={lang(p.labelLocale)}
                fontSize={size.font}
                fontWeight={p.highlighted ? 700 : undefined}
                className="stroke-paper"
                strokeWidth={scale === 'wide' ? 3 : 5}
                paintOrder="stroke"
              >
                {p.label}
              </text>
            </g>
          );
        })}
      </>
    );
  };
  const scales = [
    ['wide', 'max-sm:hidden'],
    ['narrow', 'sm:hidden'],
  ] as const;

  return (
    <figure className="mt-6" aria-labelledby={`${id}-title`}>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full rounded border border-black/10 bg-[#dfe9f1] dark:border-white/15 dark:bg-[#1d2a36]"
      >
        <title id={`${id}-title`}>{title}</title>
        <Land outlines={map.countries} strokeWidth={0.6} />
        {inset && (
          <>
            <rect {...inset.area} className="fill-none stroke-ink" strokeWidth={1.5} strokeDasharray="4 3" />
            {/* from the marked area to its enlargement */}
            <line {...inset.connector} className="stroke-ink" strokeWidth={1} />
          </>
        )}
        {scales.map(([scale, visibility]) => (
          <g key={scale} className={visibility}>
            {layer(
              scale,
              map.points.filter((p) => !insetIds.has(p.id)),
              map.labels[scale],
            )}
            {layer(
              scale,
              map.points.filter((p) => insetIds.has(p.id)),
              [],
              true,
            )}
          </g>
        ))}
        {inset && (
          <g>
            <rect {...inset.box} className="fill-[#dfe9f1] dark:fill-[#1d2a36]" />
            <Land outlines={inset.countries} strokeWidth={0.8} />
            <rect {...inset.box} className="fill-none stroke-ink" strokeWidth={1.5} />
            {scales.map(([scale, visibility]) => (
              <g key={scale} className={visibility}>
                {layer(scale, inset.points, inset.labels[scale])}
              </g>
            ))}
          </g>
        )}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {points.map((p) => (
            <li key={p.id}>
              {p.highlighted ? (
                // the page's own city: named, not linked to itself
                <span lang={lang(p.labelLocale)} className="font-semibold text-ink">
                  {p.label}
                </span>
              ) : (
                <a
                  href={localizedPath(locale, `/cities/${p.id}`)}
                  lang={lang(p.labelLocale)}
                  className="underline"
                >
                  {p.label}
                </a>
              )}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Country outlines, as land on the sea of the map's background. */
function Land({ outlines, strokeWidth }: { outlines: string[]; strokeWidth: number }) {
  return (
    <g
      className="fill-[#f4f1e8] stroke-[#a9a393] dark:fill-[#2c3138] dark:stroke-[#59606b]"
      strokeWidth={strokeWidth}
    >
      {outlines.map((d, i) => (
        <path key={i} d={d} />
      ))}
    </g>
  );
}
