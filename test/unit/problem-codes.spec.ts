import { createValidationPipe } from '../../apps/api/src/common/validation.pipe.js';
import { InvalidInputException } from '../../apps/api/src/common/problem-details.js';
import { ReportHazardDto } from '../../apps/api/src/hazards/dto/report-hazard.dto.js';

/** The API names the rule each bad field broke, with its parameters, so that a console can word it in its reader's language. */
async function problems(body: Record<string, unknown>) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: ReportHazardDto });
  } catch (err) {
    if (err instanceof InvalidInputException) return (err.getResponse() as { errors: unknown[] }).errors;
    throw err;
  }
  throw new Error('the body was accepted');
}

describe('problem codes and parameters', () => {
  it('gives each class-validator rule its name and arguments: a length limit, the values allowed, a date format, an unknown field', async () => {
    const errors = await problems({
      unitId: 'city-a',
      category: 'lava',
      severity: 'general',
      title: 'x'.repeat(201),
      description: 'd',
      location: 'l',
      discoveredBy: 'city-a-staff-1',
      discoveredAt: 'yesterday',
      source: 'report',
      colour: 'red',
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'category', reason: expect.stringMatching(/must be one of/), code: 'isIn', params: { values: expect.arrayContaining(['fire', 'water', 'theft']) } },
        { field: 'title', reason: expect.stringMatching(/200/), code: 'maxLength', params: { limit: 200 } },
        { field: 'discoveredAt', reason: 'discoveredAt must be an ISO-8601 date-time', code: 'isIso8601' },
        { field: 'colour', reason: expect.stringMatching(/should not exist/), code: 'whitelistValidation' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('gives hand-written reasons the code `invalid` unless they name their own', () => {
    const err = new InvalidInputException([{ field: 'deadline', reason: 'must be later' }, { field: 'unitId', reason: 'unit "x" does not exist', code: 'notFound', params: { value: 'x' } }]);
    expect((err.getResponse() as { errors: unknown[] }).errors).toEqual([
      { field: 'deadline', reason: 'must be later', code: 'invalid' },
      { field: 'unitId', reason: 'unit "x" does not exist', code: 'notFound', params: { value: 'x' } },
    ]);
  });
});
