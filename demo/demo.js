// Sets the article on each element exactly as a publisher's page would: fetch the JSON, assign it.
// The <news-article> at the top needs none of this: the server rendered it (scripts/demo-page.mjs).
// ?page=dark shows a dark page; ?article=ar an Arabic page (a demo translation of the seed's opening).
const params = new URLSearchParams(location.search);
const seed = await (await fetch(params.get('article') === 'ar' ? './ar-article.json' : './seed-article.json')).json();
const full = {
  headline: 'An article with every field of the format',
  section: 'Example',
  description: 'Image, author, publisher, dates and a link: what a full teaser looks like.',
  image: { url: './summit.svg', alt: 'A drawing of hills under a yellow sun', width: 1200, height: 675 },
  author: { name: 'Demo Desk' },
  publisher: { name: 'news-article-elements' },
  datePublished: '2025-06-17T09:30:00Z',
  url: '#article',
};

for (const id of ['card', 'tags', 'key-points', 'related']) {
  document.getElementById(id).article = seed;
}
document.getElementById('card-full').article = full;
document.getElementById('card-wide').article = full;

const json = document.getElementById('json');
const preview = document.getElementById('preview');
json.value = JSON.stringify(full, null, 2);
const show = () => {
  try {
    preview.article = JSON.parse(json.value);
  } catch {
    preview.article = {}; // shows the element's own error state
  }
};
json.addEventListener('input', show);
show();
