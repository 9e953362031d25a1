// The development build of JSX (vitest, vite serve) calls jsxDEV; it builds the same nodes.
export { Fragment, jsx as jsxDEV, type JSX } from './jsx-runtime';
