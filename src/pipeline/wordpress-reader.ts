// A WordPress post as the REST API (wp/v2) returns it, plain or with `?_embed`: the post's own fields,
// and the author, featured image and terms that `_embedded` carries. A list of posts (as `?slug=`
// answers) gives its first. Rendered titles, excerpts and term names are HTML-escaped text; the
// content is HTML, which goes to `bodyHtml` and so through the sanitizer like any HTML body.
import type { NormalizeResult } from '../types.js';
import { Mapping, decodeEntities, join, textOf } from './format-helpers.js';
import { issue } from './normalize.js';
import { field, isRecord } from './object.js';

// `date_gmt` and `modified_gmt` are UTC without saying so.
const GMT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
// WordPress's default category, which says nothing as a section.
const UNCATEGORIZED = 'uncategorized';

const rendered = (value: unknown) => field(value, 'rendered');
const decoded = (value: unknown) => (typeof value === 'string' ? decodeEntities(value).trim() : value);
/** A REST error in place of an embedded object: `{code, message, data: {status}}`. */
const restError = (value: unknown) => (isRecord(value) && typeof field(value, 'code') === 'string' ? value : undefined);
const refused = (value: Record<string, unknown>) => `not readable (${String(field(value, 'code'))})`;

/** A date of the post and its path: the UTC one, marked as such, else the site's local one as it is. */
function date(post: unknown, local: string): [unknown, string] {
  const gmt = field(post, `${local}_gmt`);
  if (gmt == null) return [field(post, local), local];
  return [typeof gmt === 'string' && GMT.test(gmt) ? `${gmt}Z` : gmt, `${local}_gmt`];
}

function embeddedAuthors(m: Mapping, authors: unknown, path: string) {
  m.from('author', path);
  m.article.author = m.list(authors, path, 'users').map((user, i) => {
    const at = `${path}[${i}]`;
    const error = restError(user);
    if (error || !isRecord(user)) return void m.warn(at, error ? `${refused(error)}; author left out` : 'not a user');
    m.from(`author[${i}]`, at);
    m.from(`author[${i}].name`, `${at}.name`);
    m.from(`author[${i}].url`, `${at}.link`);
    return { name: decoded(field(user, 'name')), url: field(user, 'link') };
  });
}

/** The featured image from `_embedded.wp:featuredmedia[0]`: its URL, alt text, caption, credit and size. */
function featuredImage(m: Mapping, media: unknown, path: string) {
  const error = restError(media);
  if (error || !isRecord(media)) return m.warn(path, `${error ? refused(error) : 'not a media item'}; no image`);
  const type = field(media, 'media_type');
  if (type !== undefined && type !== 'image')
    return m.warn(`${path}.media_type`, `${String(type)}, not an image; no image`);
  const details = field(media, 'media_details');
  const size = (key: string) => (m.from(`image.${key}`, `${path}.media_details.${key}`), field(details, key));
  m.from('image', path);
  m.from('image.url', `${path}.source_url`);
  m.from('image.alt', `${path}.alt_text`);
  m.from('image.caption', `${path}.caption.rendered`);
  m.from('image.credit', `${path}.media_details.image_meta.credit`);
  m.article.image = {
    url: field(media, 'source_url'),
    alt: field(media, 'alt_text'),
    caption: textOf(rendered(field(media, 'caption'))),
    credit: field(field(details, 'image_meta'), 'credit'),
    width: size('width'),
    height: size('height'),
  };
}

/** Section and tags from `_embedded.wp:term`: one list per taxonomy, categories and tags among them. */
function terms(m: Mapping, groups: unknown, path: string) {
  const tags: unknown[] = [];
  m.from('tags', path);
  m.list(groups, path, 'term lists').forEach((group, g) => {
    const at = `${path}[${g}]`;
    m.list(group, at, 'terms').forEach((term, i) => {
      const error = restError(term);
      if (error || !isRecord(term))
        return m.warn(`${at}[${i}]`, error ? `${refused(error)}; term left out` : 'not a term');
      const taxonomy = field(term, 'taxonomy');
      if (taxonomy === 'category' && !('section' in m.article) && field(term, 'slug') !== UNCATEGORIZED) {
        m.set('section', decoded(field(term, 'name')), `${at}[${i}].name`);
      } else if (taxonomy === 'post_tag') {
        const to = `tags[${tags.length}]`;
        if (!tags.length) m.from('tags', at);
        m.from(to, `${at}[${i}]`);
        m.from(`${to}.name`, `${at}[${i}].name`);
        m.from(`${to}.url`, `${at}[${i}].link`);
        tags.push({ name: decoded(field(term, 'name')), url: field(term, 'link') });
      }
    });
  });
  m.article.tags = tags;
}

/** What a plain post gives only as IDs (`?_embed` brings their names), reported when it has some. */
function ids(m: Mapping, post: unknown, embedded: unknown) {
  const wanted = (value: unknown) => value !== undefined && value !== 0 && value !== null;
  if (wanted(field(post, 'author')) && field(embedded, 'author') === undefined) {
    m.warn('author', 'a user ID, not a name (request the post with ?_embed); no byline');
  }
  const media = field(post, 'featured_media');
  if (wanted(media) && !('image' in m.article) && field(embedded, 'wp:featuredmedia') === undefined) {
    m.warn('featured_media', 'a media ID, not an image (request the post with ?_embed); no image');
  }
  if (field(embedded, 'wp:term') !== undefined) return;
  for (const key of ['categories', 'tags']) {
    const list = field(post, key);
    if (Array.isArray(list) && list.length) m.warn(key, 'term IDs, not names (request the post with ?_embed); ignored');
  }
}

/** Maps one post onto the article format. */
function fromPost(m: Mapping, post: Record<string, unknown>) {
  m.set('headline', textOf(rendered(field(post, 'title'))), 'title.rendered');
  const excerpt = field(post, 'excerpt');
  // An excerpt WordPress made from the content ends in "[…]": as a standfirst, a plain "…".
  const description = textOf(rendered(excerpt));
  m.set(
    'description',
    typeof description === 'string' ? description.replace(/\s*\[…\]$/, '…') : description,
    'excerpt.rendered',
  );
  const content = field(post, 'content');
  const body = rendered(content);
  m.set('bodyHtml', body, 'content.rendered');
  if (field(content, 'protected') === true && !(typeof body === 'string' && body.trim())) {
    m.warn('content.protected', 'password-protected: the response holds no body');
  }
  const [published, publishedAt] = date(post, 'date');
  const [modified, modifiedAt] = date(post, 'modified');
  m.set('datePublished', published, publishedAt);
  // A post never changed still has a modified date, the same as its publication's: no "Updated" then.
  m.set('dateModified', modified === published ? undefined : modified, modifiedAt);
  m.set('url', field(post, 'link'), 'link');
  // Jetpack adds the featured image's URL to every post, `_embed` or not.
  const jetpack = field(post, 'jetpack_featured_media_url');
  if (typeof jetpack === 'string' && jetpack) m.set('image', jetpack, 'jetpack_featured_media_url');

  const embedded = field(post, '_embedded');
  const at = (key: string) => join('_embedded', key);
  const authors = field(embedded, 'author');
  if (authors !== undefined) embeddedAuthors(m, authors, at('author'));
  const media = field(embedded, 'wp:featuredmedia');
  if (media !== undefined) {
    const [first] = m.list(media, at('wp:featuredmedia'), 'media items');
    if (first !== undefined) featuredImage(m, first, `${at('wp:featuredmedia')}[0]`);
  }
  const groups = field(embedded, 'wp:term');
  if (groups !== undefined) terms(m, groups, at('wp:term'));
  ids(m, post, embedded);
}

/** WordPress: the post (or the first of a list) mapped onto the format and read; paths name the input. */
export function read(input: unknown, readArticle: (article: unknown) => NormalizeResult): NormalizeResult {
  const list = Array.isArray(input);
  const post = list ? (input as unknown[])[0] : input;
  if (!isRecord(post)) return { issues: [issue(list ? '[0]' : '$', 'expected a post object')] };
  const m = new Mapping(list ? '[0]' : '');
  fromPost(m, post);
  const result = m.read(readArticle);
  if (!list || (input as unknown[]).length < 2) return result;
  return { ...result, issues: [...result.issues, issue('[1]', 'a list of posts: only the first is read', 'warning')] };
}
