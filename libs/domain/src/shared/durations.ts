/** ISO-8601 durations (PnYnMnWnDTnHnMnS subset without years and months, whose length varies). */
const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;

export class DurationError extends Error {}

/** Milliseconds in an ISO-8601 duration such as `P3D`, `PT2H30M` or `PT1.5S`; throws DurationError otherwise. */
export function parseDuration(text: string): number {
  const m = ISO_DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) {
    throw new DurationError(`"${text}" is not an ISO-8601 duration like P3D, PT4H or PT30S (years and months are not accepted)`);
  }
  const [, w, d, h, min, s] = m;
  const ms =
    (Number(w ?? 0) * 7 * 24 * 3600 + Number(d ?? 0) * 24 * 3600 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60) * 1000 +
    Math.round(Number(s ?? 0) * 1000);
  if (ms <= 0) throw new DurationError(`"${text}" must be longer than zero`);
  return ms;
}

