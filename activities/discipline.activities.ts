import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type CampaignReport,
  type CampaignUnitReport,
  assessHazardConduct,
  assessIncidentConduct,
  DEFAULT_POLICY,
  disciplineOf,
  HAZARD_CATEGORIES,
  letterPeriod,
  parseDuration,
  unitStream,
  yellowCardDue,
  type CaseEventRecord,
  type ChecklistItem,
  type EscalationPolicy,
  type HazardIntake,
  type IncidentLevel,
  type InspectionResult,
  type LetterDraft,
  type LetterRecord,
  type PinnedPolicy,
  type PreparedReview,
  type ReviewAssessment,
  type ReviewSourceEvent,
} from '../libs/domain/src/index.js';
import { currentPrincipalId, insertHazardIntake, unitAndSuperiorIds, unitsBelowIds } from '../libs/persistence/src/index.js';

export interface DisciplineActivityDeps {
  dataSource: DataSource;
}

/** Side effects of reviews, incidents, campaigns and signings; every one is safe to retry. */
export function createDisciplineActivities({ dataSource: ds }: DisciplineActivityDeps) {
  return {
    /** Appends events to their stream and applies each one's effects to the read models, once. */
    async recordCaseEvents(records: CaseEventRecord[]): Promise<void> {
      await ds.transaction(async (m) => {
        for (const r of records) {
          const inserted: unknown[] = await m.query(
            `INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload, correlation_id)
             VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING RETURNING sequence`,
            [r.stream, r.sequence, r.type, r.actorId, r.occurredAt, r.payload, r.correlationId],
          );
          if (inserted.length === 0) continue;
          for (const n of r.notify) {
            await m.query(
              `INSERT INTO notifications (stream, sequence, recipient_id, kind, payload) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
              [r.stream, r.sequence, n.recipientId, n.kind, { type: r.type, occurredAt: r.occurredAt, ...r.payload }],
            );
          }
          await project(m, r);
        }
      });
    },

    /** 责任倒查: reconstructs the timeline, classifies conduct, proposes sanctions and names the reviewing authorities. */
    async prepareReview(input: { reviewId: string }): Promise<PreparedReview> {
      const [review] = await ds.query(`SELECT hazard_id, incident_id, unit_id FROM accountability_reviews WHERE id = $1`, [input.reviewId]);
      if (!review) throw new Error(`review ${input.reviewId} is not recorded`);
      const principals = await principalsUpward(ds, review.unit_id);
      const units = principals.map((p) => p.unitId);
      const letters = await lettersOf(ds, units);
      let assessment: ReviewAssessment;
      let policy: EscalationPolicy;
      let severity: 'general' | 'major';
      if (review.hazard_id) {
        const [h] = await ds.query(`SELECT category, severity, policy_name, policy_version FROM hazards WHERE id = $1`, [review.hazard_id]);
        policy = await policyDocument(ds, h.policy_name, h.policy_version);
        severity = h.severity;
        const events: ReviewSourceEvent[] = (
          await ds.query(`SELECT sequence, type, actor_id, occurred_at, payload FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`, [review.hazard_id])
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped payloads until the typed event unions (issue 17, part 2)
        ).map((e: any) => ({ sequence: e.sequence, type: e.type, actorId: e.actor_id, occurredAt: e.occurred_at.toISOString(), payload: e.payload }));
        // The hazard starts its review before it records the events that asked for it: wait (by retrying) until they land.
        if (!events.some((e) => e.type === 'accountability_review_started')) throw new Error(`the events of hazard ${review.hazard_id} up to its review request are not recorded yet`);
        assessment = assessHazardConduct({
          category: h.category, severity, events, letters,
          maxVerificationFailures: policy.maxVerificationFailures, rules: disciplineOf(policy).accountability.rules,
        });
      } else {
        const [i] = await ds.query(`SELECT severity, levels, policy_name, policy_version FROM incidents WHERE id = $1`, [review.incident_id]);
        policy = await policyDocument(ds, i.policy_name, i.policy_version);
        severity = i.severity;
        assessment = assessIncidentConduct({ severity, levels: i.levels as IncidentLevel[], letters, rules: disciplineOf(policy).accountability.rules });
      }
      const concerned = new Set(assessment.proposals.map((p) => p.personId));
      // The superior units review, nearest first; nobody reviews their own conduct.
      const held = principals.flatMap((p) => (p.principalId ? [{ unitId: p.unitId, personId: p.principalId }] : []));
      let authorities = held.slice(1).filter((a) => !concerned.has(a.personId));
      if (authorities.length === 0) authorities = held.filter((a) => !concerned.has(a.personId)).slice(0, 1);
      if (authorities.length === 0) authorities = held.slice(-1);
      await ds.transaction(async (m) => {
        await m.query(`UPDATE accountability_reviews SET timeline = $2, findings = $3, authorities = $4, severity = $5, updated_at = now() WHERE id = $1`, [
          input.reviewId, JSON.stringify(assessment.timeline), JSON.stringify(assessment.findings), JSON.stringify(authorities), severity,
        ]);
        for (const p of assessment.proposals) {
          await m.query(
            `INSERT INTO review_proposals (id, review_id, person_id, conducts, proposed_sanction, grounds) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
            [`${input.reviewId}:${p.personId}`, input.reviewId, p.personId, p.conducts, p.sanction, JSON.stringify(p.grounds)],
          );
        }
      });
      const d = disciplineOf(policy).accountability;
      return {
        proposals: assessment.proposals.map((p) => ({ id: `${input.reviewId}:${p.personId}`, personId: p.personId, conducts: p.conducts, proposedSanction: p.sanction })),
        authorities,
        statementWindowMs: parseDuration(d.statementWindow),
        decisionMs: parseDuration(d.decision),
        severity,
      };
    },

    /** The unit, then each superior up to the top, with the principal of each (for an incident's report). */
    resolveIncidentLevels(input: { unitId: string }): Promise<Array<{ unitId: string; principalId: string | null }>> {
      return principalsUpward(ds, input.unitId);
    },

    /** Whom a campaign chases in a unit: its safety officers (or the principal when there are none), then its principal. */
    async campaignUnitContacts(input: { unitId: string }): Promise<{ officers: string[]; principalId: string | null }> {
      const rows: Array<{ person_id: string; kind: string }> = await ds.query(
        `SELECT person_id, kind FROM positions WHERE unit_id = $1 AND kind IN ('principal','safety_officer') AND valid_to IS NULL ORDER BY person_id`,
        [input.unitId],
      );
      const principalId = rows.find((r) => r.kind === 'principal')?.person_id ?? null;
      const officers = rows.filter((r) => r.kind === 'safety_officer').map((r) => r.person_id);
      return { officers: officers.length ? officers : principalId ? [principalId] : [], principalId };
    },

    /**
     * The hazard a failed checklist item opens. Its external reference names the campaign and the
     * item, so a resubmission (or a retry) finds the hazard already there and opens nothing new.
     */
    async openCampaignHazard(input: {
      campaignId: string; unitId: string; title: string; item: ChecklistItem; result: InspectionResult; actorId: string; at: string; policy: PinnedPolicy;
    }): Promise<HazardIntake> {
      const externalRef = `campaign:${input.campaignId}:${input.item.id}`;
      return ds.transaction(async (m) => {
        const [existing] = await m.query(`SELECT id FROM hazards WHERE unit_id = $1 AND external_ref = $2`, [input.unitId, externalRef]);
        const fields = {
          unitId: input.unitId,
          category: input.item.category,
          severity: input.item.severity,
          title: `${input.title}: ${input.item.text}`.slice(0, 200),
          description: input.result.note?.trim() || `Failed in the self-inspection of campaign "${input.title}": ${input.item.text}`,
          location: input.unitId,
          discoveredBy: input.actorId,
          discoveredAt: input.at,
          source: 'self_inspection' as const,
          evidence: input.result.evidence ?? [],
          externalRef,
        };
        const intake: HazardIntake = {
          hazardId: existing?.id ?? randomUUID(),
          ...fields,
          idempotencyKey: null,
          intakeHash: createHash('sha256').update(JSON.stringify(fields)).digest('hex'),
          reportedAt: input.at,
          reportedBy: input.actorId,
          policyName: input.policy.name,
          policyVersion: input.policy.version,
          correlationId: null,
        };
        if (!existing) await insertHazardIntake(m, intake);
        return intake;
      });
    },

    /** At the campaign's deadline: per unit and in total, what was submitted, failed, opened, overdue and omitted (漏报). */
    async compileCampaignReport(input: { campaignId: string }): Promise<CampaignReport> {
      return ds.transaction(async (m) => {
        const report = await compileReport(m, input.campaignId);
        await m.query(`UPDATE supervision_campaigns SET report = $2, status = 'reported', reported_at = now() WHERE id = $1`, [input.campaignId, JSON.stringify(report)]);
        return report;
      });
    },

    /** The year's letters for a unit and the units below it, level by level; stored once however often this runs. */
    async prepareLetters(input: { signingId: string; unitId: string; year: number; deadline: string }): Promise<LetterDraft[]> {
      const units: Array<{ id: string; parent_id: string | null }> = await ds.query(`SELECT id, parent_id FROM units WHERE id = ANY($1) ORDER BY id`, [
        [input.unitId, ...(await unitsBelowIds(ds, input.unitId))],
      ]);
      const drafts: LetterDraft[] = [];
      for (const unit of units) {
        const posts: Array<{ person_id: string; kind: string; department_id: string | null; oversees: string[] }> = await ds.query(
          `SELECT person_id, kind, department_id, oversees FROM positions WHERE unit_id = $1 AND valid_to IS NULL ORDER BY person_id`,
          [unit.id],
        );
        const areas: Array<{ category: string; department_id: string }> = await ds.query(
          `SELECT category, department_id FROM responsibility_areas WHERE unit_id = $1 AND valid_to IS NULL ORDER BY category`,
          [unit.id],
        );
        const categoriesOf = (departments: readonly string[]) => areas.filter((a) => departments.includes(a.department_id)).map((a) => a.category);
        const principal = posts.find((p) => p.kind === 'principal');
        if (principal && unit.parent_id) {
          drafts.push({ id: '', unitId: unit.id, level: 'principal', signerId: principal.person_id, counterpartyId: await currentPrincipalId(ds, unit.parent_id), categories: [...HAZARD_CATEGORIES] });
        }
        for (const deputy of posts.filter((p) => p.kind === 'deputy')) {
          drafts.push({ id: '', unitId: unit.id, level: 'deputy', signerId: deputy.person_id, counterpartyId: principal?.person_id ?? null, categories: categoriesOf(deputy.oversees) });
        }
        for (const head of posts.filter((p) => p.kind === 'department_head' && p.department_id)) {
          const deputy = posts.find((p) => p.kind === 'deputy' && p.oversees.includes(head.department_id!));
          drafts.push({ id: '', unitId: unit.id, level: 'department_head', signerId: head.person_id, counterpartyId: deputy?.person_id ?? principal?.person_id ?? null, categories: categoriesOf([head.department_id!]) });
        }
      }
      const { periodStart, periodEnd } = letterPeriod(input.year);
      await ds.transaction(async (m) => {
        for (const d of drafts) {
          d.id = `${input.year}-${d.unitId}-${d.level}-${d.signerId}`;
          await m.query(
            `INSERT INTO responsibility_letters (id, signing_id, year, unit_id, level, signer_id, counterparty_id, categories, period_start, period_end, deadline)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
            [d.id, input.signingId, input.year, d.unitId, d.level, d.signerId, d.counterpartyId, d.categories, periodStart, periodEnd, input.deadline],
          );
        }
      });
      return drafts;
    },
  };
}

export type DisciplineActivities = ReturnType<typeof createDisciplineActivities>;

async function compileReport(m: EntityManager, campaignId: string): Promise<CampaignReport> {
  const [c] = await m.query(`SELECT id, title, issuer_unit_id, deadline, created_at, checklist FROM supervision_campaigns WHERE id = $1`, [campaignId]);
  const checklist = c.checklist as ChecklistItem[];
  const rows: Array<{ unit_id: string; name: string; status: string; submitted_at: Date | null; results: InspectionResult[] | null; reminders: number; escalated_at: Date | null }> = await m.query(
    `SELECT cu.unit_id, u.name, cu.status, cu.submitted_at, cu.results, cu.reminders, cu.escalated_at
       FROM campaign_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.campaign_id = $1 ORDER BY cu.unit_id`,
    [campaignId],
  );
  const units: CampaignUnitReport[] = [];
  for (const r of rows) {
    const failed = (r.results ?? []).filter((x) => !x.passed).map((x) => x.itemId);
    const failedCategories = checklist.filter((i) => failed.includes(i.id)).map((i) => i.category);
    const opened: Array<{ severity: 'general' | 'major'; n: number }> = await m.query(
      `SELECT h.severity, count(*)::int AS n FROM campaign_hazards ch JOIN hazards h ON h.id = ch.hazard_id WHERE ch.campaign_id = $1 AND ch.unit_id = $2 GROUP BY h.severity`,
      [campaignId, r.unit_id],
    );
    const [{ overdue }] = await m.query(`SELECT count(*)::int AS overdue FROM hazards WHERE unit_id = $1 AND status <> 'closed' AND stage_deadline < now()`, [r.unit_id]);
    // 漏报: what the superior's own inspection found during the campaign that the unit's self-inspection did not list.
    const omitted: Array<{ hazardId: string; category: string; title: string }> = await m.query(
      `SELECT id AS "hazardId", category, title FROM hazards
        WHERE unit_id = $1 AND source = 'supervision' AND created_at >= $2 AND NOT (category = ANY($3)) ORDER BY created_at, id`,
      [r.unit_id, c.created_at, failedCategories],
    );
    for (const o of omitted) {
      await m.query(`INSERT INTO campaign_omissions (campaign_id, unit_id, hazard_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`, [campaignId, r.unit_id, o.hazardId]);
    }
    units.push({
      unitId: r.unit_id,
      unitName: r.name,
      submitted: r.status === 'submitted',
      submittedAt: r.submitted_at?.toISOString() ?? null,
      reminders: r.reminders,
      escalated: r.escalated_at !== null,
      itemsChecked: r.results?.length ?? 0,
      itemsFailed: failed,
      hazardsOpened: { general: opened.find((o) => o.severity === 'general')?.n ?? 0, major: opened.find((o) => o.severity === 'major')?.n ?? 0 },
      overdueHazards: overdue,
      omitted,
    });
  }
  const sum = (f: (u: CampaignUnitReport) => number) => units.reduce((a, u) => a + f(u), 0);
  return {
    campaignId,
    title: c.title,
    issuerUnitId: c.issuer_unit_id,
    deadline: c.deadline.toISOString(),
    compiledAt: new Date().toISOString(),
    units,
    summary: {
      units: units.length,
      submitted: units.filter((u) => u.submitted).length,
      notSubmitted: units.filter((u) => !u.submitted).length,
      itemsFailed: sum((u) => u.itemsFailed.length),
      hazardsOpened: { general: sum((u) => u.hazardsOpened.general), major: sum((u) => u.hazardsOpened.major) },
      overdueHazards: sum((u) => u.overdueHazards),
      omitted: sum((u) => u.omitted.length),
    },
  };
}

/** The unit and each superior up to the top, with who holds each principal post now. */
async function principalsUpward(ds: DataSource, unitId: string): Promise<Array<{ unitId: string; principalId: string | null }>> {
  const units = await unitAndSuperiorIds(ds, unitId);
  return Promise.all(units.map(async (id) => ({ unitId: id, principalId: await currentPrincipalId(ds, id) })));
}

async function lettersOf(ds: DataSource, unitIds: string[]): Promise<LetterRecord[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped payloads until the typed event unions (issue 17, part 2)
  const rows: any[] = await ds.query(
    `SELECT id, unit_id, level, signer_id, categories, period_start, period_end, signed_at FROM responsibility_letters WHERE unit_id = ANY($1) AND signed_at IS NOT NULL ORDER BY signed_at DESC`,
    [unitIds],
  );
  return rows.map((r) => ({
    id: r.id, unitId: r.unit_id, level: r.level, signerId: r.signer_id, categories: r.categories,
    periodStart: r.period_start.toISOString(), periodEnd: r.period_end.toISOString(), signedAt: r.signed_at?.toISOString() ?? null,
  }));
}

/** A hazard started outside the API (a test, a script) may carry a policy that was never stored: the defaults apply. */
async function policyDocument(ds: DataSource | EntityManager, name: string, version: number): Promise<EscalationPolicy> {
  const [p] = await ds.query(`SELECT document FROM policies WHERE name = $1 AND version = $2`, [name, version]);
  return (p?.document as EscalationPolicy | undefined) ?? DEFAULT_POLICY;
}

/** Keeps the read models in step with the case events. */
async function project(m: EntityManager, r: CaseEventRecord): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped payloads until the typed event unions (issue 17, part 2)
  const p = r.payload as Record<string, any>;
  const [kind, id, unitId] = r.stream.split(':');
  switch (`${kind}:${r.type}`) {
    case 'review:review_opened':
    case 'review:review_decision_lapsed':
    case 'review:decisions_open':
      await m.query(
        `UPDATE accountability_reviews SET status = $2, authority_id = $3, statements_until = $4, decision_deadline = $5, updated_at = now() WHERE id = $1`,
        [id, p.status, p.authority?.personId ?? null, p.statementsUntil ?? null, p.decisionDeadline ?? null],
      );
      break;
    case 'review:statement_submitted':
      await m.query(`INSERT INTO review_statements (review_id, person_id, text, submitted_at) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [id, r.actorId, p.text, r.occurredAt]);
      break;
    case 'review:proposal_decided': {
      await m.query(`UPDATE review_proposals SET status = $2, decided_sanction = $3, decided_by = $4, reason = $5, decided_at = $6 WHERE id = $1`, [
        p.proposalId, p.status, p.sanction, r.actorId, p.reason, r.occurredAt,
      ]);
      if (p.sanction) {
        await m.query(
          `INSERT INTO sanctions (id, review_id, person_id, unit_id, subject_severity, kind, starts_at, ends_at, decided_by)
           SELECT $1, $2, $3, unit_id, severity, $4, $5, $6, $7 FROM accountability_reviews WHERE id = $2 ON CONFLICT DO NOTHING`,
          [p.proposalId, id, p.personId, p.sanction, p.startsAt, p.endsAt, r.actorId],
        );
      }
      break;
    }
    case 'review:review_closed':
      await m.query(`UPDATE accountability_reviews SET status = $2, decided_at = $3, decision_deadline = NULL, updated_at = now() WHERE id = $1`, [id, p.status, r.occurredAt]);
      break;
    case 'campaign:inspection_submitted':
      await m.query(
        `UPDATE campaign_units SET status = 'submitted', submitted_at = $3, submitted_by = $4, results = $5, submissions = $6 WHERE campaign_id = $1 AND unit_id = $2`,
        [id, unitId, r.occurredAt, r.actorId, JSON.stringify(p.results), p.submission],
      );
      break;
    case 'campaign:campaign_hazard_opened':
      await m.query(`INSERT INTO campaign_hazards (campaign_id, unit_id, item_id, hazard_id) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [id, unitId, p.itemId, p.hazardId]);
      break;
    case 'campaign:campaign_reminder':
      await m.query(`UPDATE campaign_units SET reminders = reminders + 1 WHERE campaign_id = $1 AND unit_id = $2`, [id, unitId]);
      break;
    case 'campaign:campaign_escalated':
      await m.query(`UPDATE campaign_units SET escalated_at = $3 WHERE campaign_id = $1 AND unit_id = $2`, [id, unitId, r.occurredAt]);
      break;
    case 'campaign:campaign_not_submitted':
      await m.query(`UPDATE campaign_units SET status = 'not_submitted' WHERE campaign_id = $1 AND unit_id = $2 AND status = 'pending'`, [id, unitId]);
      break;
    case 'signing:letter_signed':
      await m.query(`UPDATE responsibility_letters SET status = 'signed', signed_at = $2 WHERE id = $1`, [p.letterId, r.occurredAt]);
      break;
    case 'signing:letters_overdue':
    case 'signing:letters_unsigned':
      await m.query(`UPDATE responsibility_letters SET status = $2 WHERE id = ANY($1) AND status <> 'signed'`, [p.letterIds, r.type === 'letters_overdue' ? 'overdue' : 'unsigned']);
      break;
    case 'signing:signing_closed':
      await m.query(`UPDATE letter_signings SET status = 'closed' WHERE id = $1`, [id]);
      break;
  }
  if (kind === 'incident' && p.state) {
    await m.query(`UPDATE incidents SET status = $2, levels = $3, late = $4, review_id = $5 WHERE id = $1`, [
      id, p.state.status, JSON.stringify(p.state.levels), p.state.late, p.state.reviewId,
    ]);
  }
}

const YELLOW_CARD_TRIGGERS = new Set(['deadline_missed', 'decision_lapsed', 'request_expired', 'escalated']);

/**
 * 安全黄牌警示: after a hazard records a lapse, counts the unit's lapses in the window of the
 * hazard's policy and issues a card when the rule is reached and none is in force. Runs in the
 * transaction that records the events, so a retry neither misses nor repeats a card.
 */
export async function evaluateYellowCard(m: EntityManager, hazardId: string, eventTypes: readonly string[]): Promise<void> {
  if (!eventTypes.some((t) => YELLOW_CARD_TRIGGERS.has(t))) return;
  const [h] = await m.query(`SELECT unit_id, policy_name, policy_version FROM hazards WHERE id = $1`, [hazardId]);
  const rule = disciplineOf(await policyDocument(m, h.policy_name, h.policy_version)).yellowCard;
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('yellow-card:' || $1))`, [h.unit_id]);
  const [inForce] = await m.query(`SELECT 1 FROM yellow_cards WHERE unit_id = $1 AND valid_until > now()`, [h.unit_id]);
  if (inForce) return;
  const windowS = parseDuration(rule.window) / 1000;
  const [counts] = await m.query(
    `SELECT count(DISTINCT e.hazard_id) FILTER (WHERE e.type = 'deadline_missed' AND h.severity = 'major')::int AS "overdueMajorHazards",
            count(*) FILTER (WHERE (e.type = 'escalated' AND e.payload->>'reason' = 'deadline_missed') OR e.type IN ('decision_lapsed', 'request_expired'))::int AS "lapsedEscalations"
       FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
      WHERE h.unit_id = $1 AND e.occurred_at > now() - make_interval(secs => $2)`,
    [h.unit_id, windowS],
  );
  const reasons = yellowCardDue(rule, counts);
  if (reasons.length === 0) return;
  const id = randomUUID();
  const validS = parseDuration(rule.validity) / 1000;
  const [card] = await m.query(
    `INSERT INTO yellow_cards (id, unit_id, issued_at, valid_until, reasons, counts, policy_name, policy_version, trigger_hazard_id)
     VALUES ($1,$2,now(),now() + make_interval(secs => $3),$4,$5,$6,$7,$8) RETURNING issued_at, valid_until`,
    [id, h.unit_id, validS, reasons, counts, h.policy_name, h.policy_version, hazardId],
  );
  const stream = unitStream(h.unit_id);
  const [{ next }] = await m.query(`SELECT coalesce(max(sequence), 0) + 1 AS next FROM case_events WHERE stream = $1`, [stream]);
  const payload = { cardId: id, reasons, counts, validUntil: card.valid_until.toISOString(), triggerHazardId: hazardId };
  await m.query(`INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload) VALUES ($1,$2,'yellow_card_issued',NULL,$3,$4)`, [stream, next, card.issued_at, payload]);
  const recipients: Array<{ person_id: string }> = await m.query(
    `SELECT DISTINCT person_id FROM positions WHERE kind = 'principal' AND valid_to IS NULL AND unit_id IN (SELECT id FROM units WHERE id = $1 UNION SELECT parent_id FROM units WHERE id = $1 AND parent_id IS NOT NULL)`,
    [h.unit_id],
  );
  for (const r of recipients) {
    await m.query(`INSERT INTO notifications (stream, sequence, recipient_id, kind, payload) VALUES ($1,$2,$3,'yellow_card',$4) ON CONFLICT DO NOTHING`, [stream, next, r.person_id, payload]);
  }
}
