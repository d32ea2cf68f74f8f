import { disciplineOf, parseDuration, unitStream, yellowCardDue } from '#domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { policyDocument } from '../policies/policy.repository.js';
import { currentSql } from '../org/validity.js';
import { insertNotice } from '../notifications/notice.js';

/** Lapses: escalations and decisions let lapse, and under supervision (挂牌督办) terms not set in time and progress reports missed. */
const LAPSES = ['decision_lapsed', 'request_expired', 'supervision_terms_lapsed', 'supervision_report_missed'];
const YELLOW_CARD_TRIGGERS = new Set(['deadline_missed', 'escalated', ...LAPSES]);

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
            count(*) FILTER (WHERE (e.type = 'escalated' AND e.payload->>'reason' = 'deadline_missed') OR e.type = ANY($3))::int AS "lapsedEscalations"
       FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
      WHERE h.unit_id = $1 AND e.occurred_at > now() - make_interval(secs => $2)`,
    [h.unit_id, windowS, LAPSES],
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
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('unit-stream:' || $1))`, [h.unit_id]);
  const [{ next }] = await m.query(`SELECT coalesce(max(sequence), 0) + 1 AS next FROM case_events WHERE stream = $1`, [stream]);
  const payload = { cardId: id, reasons, counts, validUntil: card.valid_until.toISOString(), triggerHazardId: hazardId };
  await m.query(`INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload) VALUES ($1,$2,'yellow_card_issued',NULL,$3,$4)`, [stream, next, card.issued_at, payload]);
  const recipients: Array<{ person_id: string }> = await m.query(
    `SELECT DISTINCT person_id FROM positions WHERE kind = 'principal' AND ${currentSql()} AND unit_id IN (SELECT id FROM units WHERE id = $1 UNION SELECT parent_id FROM units WHERE id = $1 AND parent_id IS NOT NULL)`,
    [h.unit_id],
  );
  for (const r of recipients) {
    await insertNotice(m, { stream }, next, r.person_id, 'yellow_card', payload);
  }
}
