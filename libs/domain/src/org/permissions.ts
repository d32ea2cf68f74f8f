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
  { action: 'listForSupervision', endpoint: 'POST /hazards/:id/supervision', who: "the principal or the safety officer of the unit above the hazard's unit (挂牌督办)" },
  { action: 'setSupervisionTerms', endpoint: 'POST /hazards/:id/supervision/terms', who: "the principal or the safety officer of the supervising unit (the unit of the chain's top rung)" },
  { action: 'reportProgress', endpoint: 'POST /hazards/:id/supervision/progress', who: 'the current holder or a co-owner, once the supervision terms are set' },
  { action: 'editPolicy', endpoint: 'PUT /policies/:name', who: 'the principal of a top-level unit' },
  { action: 'readPolicy', endpoint: 'GET /policies, GET /policies/:name', who: 'anyone signed in' },
  { action: 'inbox', endpoint: 'GET /approvals?mine', who: 'anyone signed in: only the requests waiting for them' },
  { action: 'whoAmI', endpoint: 'GET /me', who: 'anyone signed in: their own posts and visible units' },
  { action: 'reviewList', endpoint: 'GET /accountability-reviews, GET /accountability-reviews/:id', who: "anyone: reviews of their units and the units below, and reviews that concern them or wait for their decision" },
  { action: 'openReview', endpoint: 'POST /accountability-reviews', who: "the principal of a unit above the hazard's or the incident's unit, with a reason (a hazard whose top rung lapses is also reviewed by its workflow)" },
  { action: 'decideReview', endpoint: 'POST /accountability-reviews/:id/decisions', who: "the reviewing authority the review waits for (the nearest superior principal not concerned; after a lapse, the next one up; when every principal up the tree is concerned, the top unit's discipline officer who carries the referral out of the hierarchy)" },
  { action: 'addFinding', endpoint: 'POST /accountability-reviews/:id/findings', who: 'the reviewing authority the review waits for, while proposals are open' },
  { action: 'appealSanction', endpoint: 'POST /accountability-reviews/:id/appeals', who: 'the person sanctioned, once, within the window for appeals, when there is an authority above the one who decided' },
  { action: 'decideAppeal', endpoint: 'POST /accountability-reviews/:id/appeals/decisions', who: 'the authority above the one who decided the sanction; the decision is final' },
  { action: 'reviewStatement', endpoint: 'POST /accountability-reviews/:id/statements', who: "a person with a proposed sanction in the review, once, within the statement window" },
  { action: 'reportIncident', endpoint: 'POST /incidents', who: "anyone in the unit, or in a unit above it" },
  { action: 'viewIncident', endpoint: 'GET /incidents, GET /incidents/:id', who: "anyone in the unit, or in a unit above it" },
  { action: 'forwardIncident', endpoint: 'POST /incidents/:id/forward', who: "the principal, a deputy or the safety officer of the level that holds the report" },
  { action: 'startCampaign', endpoint: 'POST /campaigns', who: "the principal, a deputy or the safety officer of the issuing unit; only units below it are in scope" },
  { action: 'viewCampaign', endpoint: 'GET /campaigns, GET /campaigns/:id, GET /campaigns/:id/report', who: "anyone who may see the issuing unit or a unit in scope" },
  { action: 'submitInspection', endpoint: 'POST /campaigns/:id/units/:unitId/inspection', who: "the principal, a deputy, the safety officer or a department head of that unit" },
  { action: 'startSigning', endpoint: 'POST /responsibility-letters/signings', who: "the principal of the unit" },
  { action: 'listLetters', endpoint: 'GET /responsibility-letters', who: "anyone: letters of their units and the units below, and their own" },
  { action: 'signLetter', endpoint: 'POST /responsibility-letters/:id/sign', who: "the person the letter names" },
  { action: 'personSanctions', endpoint: 'GET /people/:id/sanctions', who: 'the person, and anyone who may see their unit' },
  { action: 'circulateCriticism', endpoint: 'POST /units/:id/criticisms', who: 'the principal of a unit above the unit (通报批评)' },
  { action: 'commendUnit', endpoint: 'POST /units/:id/commendations', who: 'the principal of a unit above the unit, once a year, for a unit with no lapse in it (表彰)' },
  { action: 'unitDiscipline', endpoint: 'GET /units/:id/scorecard, GET /units/:id/assessment', who: "anyone in the unit, or in a unit above it" },
  { action: 'devSignIn', endpoint: 'POST /auth/dev-token, GET /auth/dev-people', who: 'anyone, and only when AUTH_MODE=dev (the routes do not exist otherwise)' },
  { action: 'editOrg', endpoint: 'npm run seed -- org.yaml', who: 'operators with database access only; there is no HTTP route' },
] as const;

export type PermissionAction = (typeof PERMISSIONS)[number]['action'];
