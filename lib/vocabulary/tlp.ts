import { z } from 'zod';

/** TLP 2.0 levels, least restrictive first: the order decides what may leave in a bundle. */
export const TLP_LEVELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export const tlpSchema = z.enum(TLP_LEVELS);
export type Tlp = (typeof TLP_LEVELS)[number];
