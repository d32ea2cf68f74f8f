import { answer, session, type Schemas } from './api';

/** A file the API serves to the signed-in person, fetched with the token; a refusal throws its ApiError. */
async function fetchFile(path: string): Promise<Response> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${session.token ?? ''}` } });
  if (!res.ok) await answer(res);
  return res;
}

/** A file the API serves to the signed-in person (evidence, thumbnails), as a blob. */
export async function apiBlob(path: string): Promise<Blob> {
  return (await fetchFile(path)).blob();
}

/** A file the API serves (an export, evidence), saved by the browser under the name the API gives it. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await fetchFile(path);
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Files sent as multipart/form-data under `files`, with text fields (a report as JSON) where a route takes them. */
export async function apiUpload<T>(path: string, files: File[], fields: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const f of files) form.append('files', f, f.name);
  return answer<T>(await fetch(path, { method: 'POST', body: form, headers: { accept: 'application/json', authorization: `Bearer ${session.token ?? ''}` } }));
}

/** A stored evidence file, as the API describes it. */
export type Attachment = Schemas['AttachmentDto'];
