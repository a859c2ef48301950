import { formatInteger } from "@/lib/format";

/*
 * A map of collèges drawn in SVG from points already projected by lib/ (no tiles, no network):
 * one circle per collège, told apart by fill pattern and legend text as well as colour, with a
 * short mark (its rank) printed on it. The SVG is an image named by `summary`; the page puts the
 * same figures in a table beside it.
 */

export type MapPattern = "solid" | "hatch" | "dots" | "empty";

export interface MapClass {
  key: string;
  label: string;
  pattern: MapPattern;
  color: string;
}

export interface MapPoint {
  key: string;
  x: number;
  y: number;
  classKey: string;
  /** Printed on the circle (a rank), or nothing. */
  mark: string | null;
  /** Shown on hover. */
  title: string;
}

const RADIUS = 9;

function Pattern({ id, cls }: { id: string; cls: MapClass }) {
  if (cls.pattern === "hatch") {
    return (
      <pattern
        id={id}
        width="5"
        height="5"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="5" height="5" fill="#ffffff" />
        <rect width="2.5" height="5" fill={cls.color} />
      </pattern>
    );
  }
  if (cls.pattern === "dots") {
    return (
      <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill="#ffffff" />
        <circle cx="2" cy="2" r="1.3" fill={cls.color} />
      </pattern>
    );
  }
  return null;
}

const fillOf = (id: string, cls: MapClass) =>
  cls.pattern === "solid" ? cls.color : cls.pattern === "empty" ? "#ffffff" : `url(#${id})`;

/** The legend's swatch: the same circle as on the map. */
function Swatch({ id, cls }: { id: string; cls: MapClass }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="shrink-0">
      <defs>
        <Pattern id={`${id}-legend`} cls={cls} />
      </defs>
      <circle
        cx="10"
        cy="10"
        r="8"
        fill={fillOf(`${id}-legend`, cls)}
        stroke={cls.color}
        strokeWidth="1.5"
        strokeDasharray={cls.pattern === "empty" ? "3 2" : undefined}
      />
    </svg>
  );
}

export function CollegeMap({
  id,
  width,
  height,
  points,
  classes,
  summary,
  scaleBar,
}: {
  /** Unique on the page: names the SVG patterns. */
  id: string;
  width: number;
  height: number;
  points: readonly MapPoint[];
  classes: readonly MapClass[];
  summary: string;
  scaleBar: { km: number; length: number } | null;
}) {
  const byKey = new Map(classes.map((c) => [c.key, c]));
  const counts = new Map(
    classes.map((c) => [c.key, points.filter((p) => p.classKey === c.key).length]),
  );
  return (
    <figure className="space-y-2">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-3xl rounded-lg border border-slate-300 bg-slate-50"
      >
        <defs>
          {classes.map((c) => (
            <Pattern key={c.key} id={`${id}-${c.key}`} cls={c} />
          ))}
        </defs>
        <text x={width - 16} y={24} textAnchor="end" fontSize="13" fill="#1e293b">
          N ↑
        </text>
        {points.map((p) => {
          const cls = byKey.get(p.classKey) ?? classes[0]!;
          return (
            <g key={p.key}>
              <title>{p.title}</title>
              <circle
                cx={p.x}
                cy={p.y}
                r={RADIUS}
                fill={fillOf(`${id}-${cls.key}`, cls)}
                stroke={cls.color}
                strokeWidth="1.5"
                strokeDasharray={cls.pattern === "empty" ? "3 2" : undefined}
                fillOpacity={0.9}
              />
              {p.mark ? (
                <text
                  x={p.x}
                  y={p.y + 3}
                  textAnchor="middle"
                  fontSize="8.5"
                  fontWeight="700"
                  fill="#0f172a"
                  stroke="#ffffff"
                  strokeWidth="2.5"
                  paintOrder="stroke"
                >
                  {p.mark}
                </text>
              ) : null}
            </g>
          );
        })}
        {scaleBar ? (
          <g transform={`translate(16 ${height - 16})`}>
            <line x1={0} y1={0} x2={scaleBar.length} y2={0} stroke="#1e293b" strokeWidth="2" />
            <line x1={0} y1={-4} x2={0} y2={4} stroke="#1e293b" strokeWidth="2" />
            <line
              x1={scaleBar.length}
              y1={-4}
              x2={scaleBar.length}
              y2={4}
              stroke="#1e293b"
              strokeWidth="2"
            />
            <text x={scaleBar.length / 2} y={-7} textAnchor="middle" fontSize="12" fill="#1e293b">
              {formatInteger(scaleBar.km)} km
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800">
          {classes.map((c) => (
            <li key={c.key} className="flex items-center gap-2">
              <Swatch id={`${id}-${c.key}`} cls={c} />
              {c.label} ({formatInteger(counts.get(c.key) ?? 0)})
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-700">
          Positions des collèges d&apos;après leurs coordonnées (projection équirectangulaire, nord
          en haut), sans fond de carte. Le numéro porté sur chaque cercle est le rang du collège
          dans le tableau.
        </p>
      </figcaption>
    </figure>
  );
}
