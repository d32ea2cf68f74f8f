/**
 * Who may do what: the single list the API enforces and the README shows. Visibility comes from
 * the org chart (a person sees their units and the units under them; peers never see each other);
 * the rest is checked by the hazard's workflow against the chain pinned when it was reported.
 */
export const PERMISSIONS = [
  { action: 'report', endpoint: 'POST /hazards', who: 'anyone in the unit, or in a unit above it (督查)' },
  { action: 'view', endpoint: 'GET /hazards/:id, GET /hazards/:id/timeline[/verify]', who: 'anyone in the unit, or in a unit above it' },
  { action: 'list', endpoint: 'GET /hazards', who: 'anyone: only hazards of their units and the units below' },
  { action: 'stats', endpoint: 'GET /hazards/stats', who: 'anyone: counts over their units and the units below only' },
  { action: 'acknowledge', endpoint: 'POST /hazards/:id/acknowledge', who: 'the current holder' },
  { action: 'submitPlan', endpoint: 'POST /hazards/:id/submit-plan', who: 'the current holder or a co-owner' },
  { action: 'submitRectification', endpoint: 'POST /hazards/:id/submit-rectification', who: 'the current holder or a co-owner' },
  { action: 'requestExtension', endpoint: 'POST /hazards/:id/request-extension', who: 'the current holder or a co-owner' },
  { action: 'requestEscalation', endpoint: 'POST /hazards/:id/request-escalation', who: 'the current holder or a co-owner' },
  { action: 'decide', endpoint: 'POST /hazards/:id/decide', who: 'the leader on the next rung whom the request waits for' },
  {
    action: 'verify',
    endpoint: 'POST /hazards/:id/verify',
    who: "a designated verifier — the unit's safety officer (general), the superior unit's principal or safety officer (major) — and never the rectifier",
  },
  { action: 'migratePolicy', endpoint: 'POST /hazards/:id/policy-migration', who: "the unit's principal or the superior unit's principal" },
  { action: 'editPolicy', endpoint: 'PUT /policies/:name', who: 'the principal of a top-level unit' },
  { action: 'readPolicy', endpoint: 'GET /policies, GET /policies/:name', who: 'anyone signed in' },
  { action: 'inbox', endpoint: 'GET /approvals?mine', who: 'anyone signed in: only the requests waiting for them' },
  { action: 'whoAmI', endpoint: 'GET /me', who: 'anyone signed in: their own posts and visible units' },
  { action: 'devSignIn', endpoint: 'POST /auth/dev-token, GET /auth/dev-people', who: 'anyone, and only when AUTH_MODE=dev (the routes do not exist otherwise)' },
  { action: 'editOrg', endpoint: 'npm run seed -- org.yaml', who: 'operators with database access only; there is no HTTP route' },
] as const;

export type PermissionAction = (typeof PERMISSIONS)[number]['action'];
