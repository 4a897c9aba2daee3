// The other half of the deliberate circle.
import { a } from './a.ts';

export const b = (): unknown => a;
