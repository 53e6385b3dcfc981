/**
 * The components every rendered entry body gets: links with previews, and the
 * editorial note. Pass this to <Content components={…} /> wherever an entry body
 * is rendered, so an MDX file that uses <Toelichting> renders everywhere.
 */
import BodyLink from './BodyLink.astro';
import Toelichting from './Toelichting.astro';

export const mdxComponents = { a: BodyLink, Toelichting };
