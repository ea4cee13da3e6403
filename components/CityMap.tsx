import type { Locale } from '@/lib/i18n/locales';
import { localeTable } from '@/lib/i18n/locales';
import { localizedPath } from '@/lib/i18n/paths';
import { countryOutlines } from '@/lib/map/geography';
import { layoutMap, type MapPoint } from '@/lib/map/project';

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
  const labelLocale = new Map(points.map((p) => [p.id, p.labelLocale]));

  return (
    <figure className="mt-6" aria-labelledby={`${id}-title`}>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full rounded border border-black/10 bg-[#dfe9f1] dark:border-white/15 dark:bg-[#1d2a36]"
      >
        <title id={`${id}-title`}>{title}</title>
        <g
          className="fill-[#f4f1e8] stroke-[#a9a393] dark:fill-[#2c3138] dark:stroke-[#59606b]"
          strokeWidth={0.6}
        >
          {map.countries.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        {map.points.map((p) => (
          <g key={p.id} className={p.highlighted ? 'fill-accent' : 'fill-ink'}>
            <circle
              cx={p.x}
              cy={p.y}
              r={p.highlighted ? 7 : 4.5}
              className="stroke-paper"
              strokeWidth={1.5}
            />
            <text
              x={p.labelX}
              y={p.labelY}
              textAnchor={p.anchor}
              lang={lang(labelLocale.get(p.id) ?? locale)}
              className={`stroke-paper text-[15px] ${p.highlighted ? 'font-bold' : ''}`}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {p.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {points.map((p) => (
            <li key={p.id}>
              <a
                href={localizedPath(locale, `/cities/${p.id}`)}
                lang={lang(p.labelLocale)}
                className="underline"
              >
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
