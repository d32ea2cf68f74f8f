import { useEffect, useRef, useState } from 'react';

/** The width the element is given, followed as the window (or a phone's orientation) changes. */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * Grouped horizontal bars, one group per row: enough for per-unit and per-category counts, without a
 * chart library. Drawn at the width it is given, so that its text stays legible on a phone instead of
 * a wide drawing shrunk to fit.
 */
export function BarChart({ title, rows, series }: { title: string; rows: Array<{ label: string; values: number[] }>; series: Array<{ name: string; color: string }> }) {
  const { ref, width: given } = useWidth<HTMLElement>(640);
  const width = Math.min(given, 720);
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const bar = 16;
  const gap = 12;
  // About a third for the names on a phone, 180 px on a wide screen; a name that does not fit is cut with an ellipsis.
  const labelWidth = Math.min(180, Math.round(width * 0.34));
  const chars = Math.max(4, Math.floor(labelWidth / 13));
  const group = series.length * bar + gap;
  const legendRows = Math.ceil(series.length / Math.max(1, Math.floor((width - 10) / 130)));
  const height = rows.length * group + 10 + legendRows * 18;
  const scale = (v: number) => ((width - labelWidth - 36) * v) / max;
  return (
    <figure ref={ref} className="chart" style={{ margin: 0, width: '100%' }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        {rows.map((r, i) => {
          const y = i * group;
          return (
            <g key={r.label}>
              <title>{`${r.label}: ${r.values.map((v, k) => `${series[k]!.name} ${v}`).join(', ')}`}</title>
              <text x={0} y={y + (series.length * bar) / 2 + 4} fontSize={13}>{r.label.length > chars ? `${r.label.slice(0, chars - 1)}…` : r.label}</text>
              {r.values.map((v, k) => (
                <g key={k}>
                  <rect x={labelWidth} y={y + k * bar} width={scale(v)} height={bar - 3} fill={series[k]!.color} />
                  <text x={labelWidth + scale(v) + 4} y={y + k * bar + bar - 5} fontSize={12}>{v}</text>
                </g>
              ))}
            </g>
          );
        })}
        {series.map((s, k) => {
          const perRow = Math.max(1, Math.floor((width - 10) / 130));
          return (
            <g key={s.name} transform={`translate(${(k % perRow) * 130}, ${rows.length * group + 4 + Math.floor(k / perRow) * 18})`}>
              <rect width={11} height={11} fill={s.color} />
              <text x={15} y={10} fontSize={12}>{s.name}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
