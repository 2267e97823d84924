// Types of render-tags-marker.mjs (plain JavaScript shared with the route cache handler).
export const RENDER_TAGS_MARKER: string;
