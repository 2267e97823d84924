// The tag that marks the data entry lib/reader/tag-render.ts makes only to attach a render's cache tags.
// Next collects those tags when the call is made, found or not, so the route cache handler never stores
// nor reads such an entry: a cold render saves a file written and read (2–3 ms). Plain JavaScript: the
// handler (route-cache-handler.mjs) is loaded by Next itself.
export const RENDER_TAGS_MARKER = "reader-render-tags";
