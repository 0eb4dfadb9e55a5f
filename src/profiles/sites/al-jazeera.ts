import type {SiteProfileInput} from '../schema.js'

/**
 * Al Jazeera English (aljazeera.com): `article-header`, `article__subhead`,
 * `article-author-name` and `wysiwyg` blocks; "Published On 24 Jan 2025"
 * dates; live blogs whose updates are `liveblog-timeline__update` items;
 * a "Save articles to read later" prompt and "Recommended Stories" lists;
 * captions that end with the credit in square brackets, "[Jane Doe/Reuters]".
 */
export const alJazeera: SiteProfileInput = {
  name: 'al-jazeera',
  hosts: ['aljazeera.com'],
  timeZone: 'Asia/Qatar',
  language: 'en',
  selectors: {
    headline: ['#main-content-area header h1'],
    standfirst: ['.article__subhead'],
    byline: ['.article-author-name'],
    posts: ['.liveblog-timeline__update'],
    postTime: ['.timeline-item__time'],
    drop: ['.more-on', '.article-related', '.sharing-buttons', '.container--ads', '.newsletter-article-cta']
  },
  furniturePhrases: ['Save articles to read later and create your own reading list.', 'Recommended Stories', 'Follow Al Jazeera English:'],
  creditStyles: [' [']
}
