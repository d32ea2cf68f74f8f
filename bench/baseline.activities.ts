/** The baseline's activities do no I/O: the baseline measures Temporal alone. */
export function createBaselineActivities() {
  return {
    async note(_id: string, _what: string): Promise<void> {},
  };
}
export type BaselineActivities = ReturnType<typeof createBaselineActivities>;
