import { z } from 'zod';

/**
 * What the model must return, as zod schemas (validated) and as JSON Schema (sent as the structured
 * output format). Every field is required and objects are closed, as strict structured outputs need.
 */

const quote = z.strictObject({ sourceId: z.string(), quote: z.string() });

export const ClaimsSchema = z.strictObject({
  claims: z.array(
    z.strictObject({
      statement: z.string(),
      quote: z.string(),
      who: z.string().nullable(),
      when: z.string().nullable(),
      where: z.string().nullable(),
      numbers: z.array(z.string()),
      speaker: z.string().nullable(),
    }),
  ),
});
export type Claims = z.infer<typeof ClaimsSchema>;

export const FINDING_KINDS = ['number', 'date', 'name', 'quote', 'claim', 'omission', 'framing', 'event'] as const;

export const ComparisonSchema = z.strictObject({
  summaries: z.array(z.strictObject({ sourceId: z.string(), summary: z.string() })),
  consensus: z.array(z.strictObject({ text: z.string(), evidence: z.array(quote) })),
  findings: z.array(z.strictObject({ kind: z.enum(FINDING_KINDS), summary: z.string(), evidence: z.array(quote) })),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const AnswerSchema = z.strictObject({
  answer: z.string(),
  covered: z.boolean(),
  citations: z.array(quote),
});
export type ModelAnswer = z.infer<typeof AnswerSchema>;

export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}
