// The strictest policy a publisher might run; demo/strict-csp.html is served with it (by `npm start`
// and by the test runner) to prove the elements need nothing looser.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src * data:; require-trusted-types-for 'script'";
export const STRICT_PAGE = /\/strict-csp\.html$/;
