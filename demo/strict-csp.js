// The seed article with its body as HTML, set on <news-article> under a strict CSP. Every policy
// violation is counted on the page (and kept in window.violations for the test that opens it).
const violations = (window.violations = []);
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
  document.getElementById('violations').textContent = String(violations.length);
});

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const seed = await (await fetch('./seed-article.json')).json();
const { articleBody, ...rest } = seed;
const bodyHtml = articleBody
  .split('\n\n')
  .map((paragraph) => `<p>${escape(paragraph)}</p>`)
  .join('');
await customElements.whenDefined('news-article');
document.getElementById('article').article = { ...rest, bodyHtml };
