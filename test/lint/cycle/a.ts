// A deliberate import circle for floors.test.ts; eslint.config.js leaves this folder out of the real run.
import { b } from './b.ts';

export const a = (): unknown => b;
