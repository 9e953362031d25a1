// Strings of the risk, in every locale. Key prefix: risk_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const riskMessages = {
} satisfies Messages;
