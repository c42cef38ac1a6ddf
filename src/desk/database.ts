// The tablet's database as the screens may hold it: opened once by the app's database
// provider and passed back into desk, sync and tablet functions. Screens never read its
// tables themselves; drafts (half-filled forms kept across a reload) are the one exception
// a form hook needs, so they are here too.
export type { SeroDeskDatabase } from '../storage/database';
export { openDatabase } from '../storage/database';
export { deleteDraft, loadDraft, saveDraft } from '../storage/drafts';
