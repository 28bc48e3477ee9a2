// The shared Workshop page (@atlas/ui): base URLs are read per request.
export const dynamic = 'force-dynamic';
export { AtlasWorkshopPage as default } from '@atlas/ui';
