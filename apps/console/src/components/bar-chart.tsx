/** Grouped horizontal bars, one group per row: enough for per-unit and per-category counts, without a chart library. */
export function BarChart({ title, rows, series }: { title: string; rows: Array<{ label: string; values: number[] }>; series: Array<{ name: string; color: string }> }) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const bar = 14;
  const gap = 10;
  const labelWidth = 180;
  const width = 640;
  const group = series.length * bar + gap;
  const height = rows.length * group + 30;
  const scale = (v: number) => ((width - labelWidth - 40) * v) / max;
  return (
    <figure className="chart" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} style={{ width: '100%', maxWidth: width }}>
        {rows.map((r, i) => {
          const y = i * group;
          return (
            <g key={r.label}>
              <text x={0} y={y + (series.length * bar) / 2 + 4} fontSize={12}>{r.label.length > 14 ? `${r.label.slice(0, 14)}…` : r.label}</text>
              {r.values.map((v, k) => (
                <g key={k}>
                  <rect x={labelWidth} y={y + k * bar} width={scale(v)} height={bar - 2} fill={series[k]!.color} />
                  <text x={labelWidth + scale(v) + 4} y={y + k * bar + bar - 4} fontSize={11}>{v}</text>
                </g>
              ))}
            </g>
          );
        })}
        {series.map((s, k) => (
          <g key={s.name} transform={`translate(${labelWidth + k * 120}, ${height - 14})`}>
            <rect width={10} height={10} fill={s.color} />
            <text x={14} y={9} fontSize={11}>{s.name}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
