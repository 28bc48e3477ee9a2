/** A titled page section, its heading the section's accessible name (the layout every app shares). */
export { PageSection as Section } from '@atlas/ui';
