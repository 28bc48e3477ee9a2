// The shared workshop API (handlers in @atlas/service).
import { workshopRoutes } from '@atlas/service';
export const dynamic = 'force-dynamic';
export const { POST } = workshopRoutes.control;
