// What went wrong on a React test page, kept on window.reactErrors for the test to read: React's
// own reports (a hydration mismatch is a recoverable error), console.error and uncaught errors.
export const errors = (window.reactErrors = []);

const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
const record = (kind) => (error) => errors.push(`${kind}: ${describe(error)}`);

const consoleError = console.error.bind(console);
console.error = (...args) => {
  errors.push(`console.error: ${args.map(describe).join(' ')}`);
  consoleError(...args);
};
window.addEventListener('error', (event) => errors.push(`error: ${describe(event.error ?? event.message)}`));
window.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${describe(event.reason)}`));

/** Options for createRoot and hydrateRoot: every error React reports is recorded. */
export const rootOptions = {
  onRecoverableError: record('recoverable'),
  onCaughtError: record('caught'),
  onUncaughtError: record('uncaught'),
};

/** The `form` the page was asked for (`?form=object`), as the server used it too. */
export const form = new URLSearchParams(location.search).get('form') ?? 'string';
