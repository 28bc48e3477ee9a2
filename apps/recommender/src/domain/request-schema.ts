// Inputs of the predict and explain routes (zod): a persona or a list of ratings, and the knobs.
import { z } from 'zod';

export const RatingSchema = z.object({
  item: z.string().min(1).max(64),
  rating: z.number().int().min(1).max(5),
});

export const KnobsSchema = z.object({
  diversity: z.number().min(0).max(1).default(0),
  popularityPenalty: z.number().min(0).max(1).default(0),
});

export const PredictSchema = z
  .object({
    persona: z.string().min(1).max(64).optional(),
    ratings: z.array(RatingSchema).max(500).optional(),
    k: z.number().int().min(1).max(50).default(10),
    knobs: KnobsSchema.default({ diversity: 0, popularityPenalty: 0 }),
  })
  .strict()
  .refine((v) => v.persona !== undefined || (v.ratings !== undefined && v.ratings.length > 0), {
    message: 'give a persona or at least one rating',
    path: ['ratings'],
  });

export const ExplainSchema = z
  .object({
    item: z.string().min(1).max(64),
    persona: z.string().min(1).max(64).optional(),
    ratings: z.array(RatingSchema).max(500).optional(),
  })
  .strict();

export type PredictInput = z.output<typeof PredictSchema>;
export type ExplainInput = z.output<typeof ExplainSchema>;
