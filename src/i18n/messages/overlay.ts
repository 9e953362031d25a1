// Strings of the overlay, in every locale. Key prefix: overlay_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const overlayMessages = {
} satisfies Messages;
