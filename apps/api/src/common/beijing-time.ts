/** An instant as Beijing wall-clock time to the minute (YYYY-MM-DD HH:mm), as exports and reports print it. */
export function beijingMinute(d: Date | string): string {
  return new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
