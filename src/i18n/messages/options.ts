// Strings of the options, in every locale. Key prefix: options_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const optionsMessages = {
} satisfies Messages;
