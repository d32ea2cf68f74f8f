import type { FormInstance } from 'antd';
import { ApiError } from './api';

type Path = Array<string | number>;

/** A field as the API names it (its path in the body: `findings.0.text`) as the form's name path. */
const pathOf = (field: string): Path => field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** Whether the form has a field at this path (registered fields only: `getFieldsValue()` lists them, set or not). */
function hasField(values: unknown, path: Path): boolean {
  let at = values;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !(key in at)) return false;
    at = (at as Record<string | number, unknown>)[key];
  }
  return true;
}

/**
 * The API's field errors, split into those the form can show beside a field and the rest. `rename`
 * maps the API's field to the form's (e.g. `spec.calendar.day` → `day`).
 */
function split(form: FormInstance, err: ApiError, rename: (field: string) => string) {
  const values = form.getFieldsValue();
  const placed: Array<{ name: Path; errors: string[] }> = [];
  const unplaced: string[] = [];
  for (const [field, reason] of Object.entries(err.fields)) {
    const name = pathOf(rename(field));
    if (hasField(values, name)) placed.push({ name, errors: [reason] });
    else unplaced.push(field);
  }
  return { placed, unplaced };
}

/** On a failed submit: each of the API's field errors beside its field. */
export function showFieldErrors(form: FormInstance, err: unknown, rename: (field: string) => string = (f) => f): void {
  if (err instanceof ApiError) form.setFields(split(form, err, rename).placed as Parameters<FormInstance['setFields']>[0]);
}

/**
 * What no field shows, for an Alert above the button: the API's whole message (which names each
 * field and reason) when it names no field or one the form lacks; any other failure's message.
 */
export function unplacedError(form: FormInstance, err: unknown, rename: (field: string) => string = (f) => f): string | null {
  if (!err) return null;
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  return Object.keys(err.fields).length === 0 || split(form, err, rename).unplaced.length > 0 ? err.message : null;
}
