// The one module that imports the browser API. webextension-polyfill is a no-op on current Chrome and
// Firefox (both have a promise-based `browser`); keeping the import here makes dropping it one line.
import browser from 'webextension-polyfill';

export type { Runtime } from 'webextension-polyfill';
export default browser;
