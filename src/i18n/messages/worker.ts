// Strings of the worker, in every locale. Key prefix: worker_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const workerMessages = {
} satisfies Messages;
