// Strings of the popup, in every locale. Key prefix: popup_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const popupMessages = {
} satisfies Messages;
