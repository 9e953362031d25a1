// Strings of the alerts, in every locale. Key prefix: alerts_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const alertsMessages = {
} satisfies Messages;
