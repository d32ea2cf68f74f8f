import type { HazardEvent as DomainHazardEvent } from '../../../libs/domain/src/hazards/events.js';
import type { components } from './api-types.gen';
import { problemText, reasonText } from './problem-text';

/** The API's schemas, generated from its OpenAPI document (npm run api-types). */
export type Schemas = components['schemas'];
/** The console talks only to the public API, with the signed-in person's bearer token. */

export interface FieldProblem {
  field: string;
  reason: string;
  code?: string;
  params?: Record<string, unknown>;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    // Read when shown, so that it follows the reader's language (the API's codes, worded here).
    Object.defineProperty(this, 'message', { get: () => problemText(problem) });
  }
  get status(): number {
    return this.problem.status;
  }
  /** Field path → reasons, for messages next to the fields. */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.field] = out[e.field] ? `${out[e.field]}; ${reasonText(e)}` : reasonText(e);
    return out;
  }
}

const TOKEN_KEY = 'dutychain.token';
export const session = {
  get token(): string | null {
    return localStorage.getItem(TOKEN_KEY);
  },
  set token(value: string | null) {
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  },
};

export async function api<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const token = session.token;
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer<T>(res);
}

/** A JSON answer, or the ApiError of a refusal (its problem+json, or the bare status where it has none). */
export async function answer<T>(res: Response): Promise<T> {
  const payload = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(payload && typeof payload === 'object' ? (payload as Problem) : { title: res.statusText, status: res.status });
  return payload as T;
}

// ---- shapes of the API's answers (the subset the console reads)

export interface Me {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  posts: Array<{ unitId: string; kind: string; departmentId: string | null }>;
  visibleUnits: Array<{ id: string; name: string; parentId: string | null }>;
}

export interface Rung {
  level: string;
  unitId: string;
  person: { id: string; name: string };
}

export interface HazardSummary {
  id: string;
  unitId: string;
  category: string;
  severity: 'general' | 'major';
  title: string;
  status: string;
  responsiblePersonId: string | null;
  currentRung: number | null;
  stage: { action: string; deadline: string | null } | null;
  overdue: boolean;
  createdAt: string;
}

/** A hazard event as the API returns it: the domain's typed union with its place and time. */
export type HazardEvent = DomainHazardEvent & { sequence: number; occurredAt: string };

export interface ApprovalItem {
  id: string;
  hazardId: string;
  kind: 'extension' | 'escalation';
  status: string;
  requestedBy: string;
  deciderId?: string;
  deadline: string;
  overdue?: boolean;
  details: Record<string, unknown>;
  comment: string | null;
}

export type PageAction = Schemas['YourActionsDto']['actions'][number];

export interface HazardDetail extends HazardSummary {
  source: string;
  supervised: boolean;
  reviewWorkflowId: string | null;
  /** Every person and unit the page mentions, by id. */
  names: Schemas['PageNamesDto'];
  /** What the signed-in person may do now, and the forms' defaults. */
  you: Schemas['YourActionsDto'];
  description: string;
  location: string;
  discoveredBy: string;
  discoveredAt: string;
  evidence: string[];
  chain: { rungs: Rung[]; gaps: unknown[] } | null;
  responsiblePerson: { id: string; name: string | null } | null;
  requests: ApprovalItem[];
  events: HazardEvent[];
  live: {
    status: string;
    holders: Array<{ personId: string; rung: number; level: string; from: number; to: number | null }>;
    verifiers: string[];
    pendingRequest: { id: string } | null;
  } | null;
  liveError?: string;
}

export interface Scorecard {
  unitId: string;
  unitName: string;
  hazards: Array<{ severity: 'general' | 'major'; open: number; overdue: number; closed: number; medianHoursToRectify: number | null }>;
  escalations: number;
  lapsedDecisions: number;
  vacantPosts: number;
  yellowCards: Array<{ id: string; issuedAt: string; validUntil: string; reasons: string[]; inForce: boolean }>;
  sanctionsInForce: Array<{ id: string; personId: string; personName: string; kind: string; startsAt: string; endsAt: string | null; reviewId: string }>;
  omissions: number;
  campaignsNotSubmitted: number;
  lateIncidentReports: number;
}

export interface Assessment {
  unitId: string;
  year: number;
  result: 'pass' | 'fail';
  vetoes: Array<{ kind: string; id: string; detail: string }>;
}

export interface ReviewSummary {
  id: string;
  hazardId: string | null;
  incidentId: string | null;
  unitId: string;
  severity: 'general' | 'major';
  reason: string;
  status: string;
  authorityId: string | null;
  createdAt: string;
  proposals: number;
}

export interface Answerable {
  personId: string;
  basis: 'letter' | 'org_chart';
  letterId: string | null;
}

export interface ReviewDetail extends Omit<ReviewSummary, 'proposals'> {
  names: { people: Record<string, string>; units: Record<string, string>; hazardTitle: string | null };
  statementsUntil: string | null;
  decisionDeadline: string | null;
  timeline: Array<{ at: string; sequence: number | null; type: string; actorId: string | null; holder: (Answerable & { level: string; unitId: string }) | null }>;
  findings: Array<Answerable & { conduct: string; at: string; lateByMs: number | null; detail: string }>;
  proposals: Array<{ id: string; personId: string; personName: string; conducts: string[]; proposedSanction: string; grounds: string[]; status: string; decidedSanction: string | null; decidedBy: string | null; reason: string | null }>;
  statements: Array<{ personId: string; text: string; submittedAt: string }>;
  sanctions: Array<{ id: string; personId: string; kind: string; startsAt: string; endsAt: string | null }>;
}

export interface Notice {
  id: string;
  kind: string;
  tag: string;
  subject: string;
  body: string;
  about: { type: string; id: string; link: string };
  actingFor: string | null;
  read: boolean;
  undelivered: string[];
  createdAt: string;
}

export interface NoticePage {
  items: Notice[];
  unread: number;
  nextCursor: string | null;
}

/**
 * Server-Sent Events with the bearer token: EventSource cannot send an Authorization header, and a
 * token in the URL would reach access logs, so the stream is read with fetch. Returns a stop function.
 */
export function streamEvents(path: string, onEvent: (event: string, data: unknown) => void): () => void {
  const abort = new AbortController();
  void (async () => {
    for (let backoff = 1000; !abort.signal.aborted; backoff = Math.min(backoff * 2, 30_000)) {
      try {
        const res = await fetch(path, { headers: { accept: 'text/event-stream', authorization: `Bearer ${session.token ?? ''}` }, signal: abort.signal });
        if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
        backoff = 1000;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (data) onEvent(event, JSON.parse(data));
          }
        }
      } catch {
        // Reconnect after a pause: the server went away, or the network did.
      }
      if (!abort.signal.aborted) await new Promise((r) => setTimeout(r, backoff));
    }
  })();
  return () => abort.abort();
}

export interface IncidentDetail {
  id: string;
  unitId: string;
  severity: string;
  title: string;
  description: string;
  occurredAt: string;
  status: string;
  late: boolean;
  levels: Array<{ unitId: string; unitName: string | null; dueAt: string | null; passedOnAt: string | null; outcome: string }>;
  warnings: Array<{ id: string; title: string; level: 'blue' | 'yellow' | 'orange' | 'red'; status: string }>;
  you: Schemas['IncidentYouDto'];
}
