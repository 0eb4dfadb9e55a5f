/**
 * The headings a boilerplate region leaves behind: "More on this topic"
 * above teaser cards, "Search the archive" above a search form. The region
 * goes by its markup; its heading, a sibling of it, says nothing of what it
 * titles, and would stay as a section heading of the article.
 *
 * @module
 */
import type {Element} from 'hast'
import type {HastParent} from './hast.js'

/** Headings that title a box of the page (the headline is an `h1`, or marked). */
const BOX_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * The headings whose section went as boilerplate: every element after the
 * heading, up to the next heading or the container's end, was dropped ("More
 * on this topic" above teaser cards, "Related" above a dropped list). With
 * nothing left to title, such a heading is the dropped box's.
 *
 * @param children
 *   A container's children, before the drop.
 * @param dropped
 *   Those dropped.
 * @returns
 *   The headings to drop with them.
 */
export function orphanHeadings(children: HastParent['children'], dropped: Set<Element>): Element[] {
  // Beside the headline, a heading is the standfirst, whatever the share bar under it.
  if (children.some((child) => child.type === 'element' && (child.tagName === 'h1' || child.data?.headline === true))) return []
  const orphans: Element[] = []
  let heading: Element | undefined
  let lost = false
  const close = () => {
    if (heading && lost) orphans.push(heading)
  }
  for (const child of children) {
    if (child.type === 'text' && child.value.trim() !== '') heading = undefined
    if (child.type !== 'element') continue
    if (BOX_HEADINGS.has(child.tagName) && child.data?.headline !== true && !dropped.has(child)) {
      close()
      heading = child
      lost = false
    } else if (dropped.has(child)) lost = true
    else heading = undefined
  }
  close()
  return orphans
}
