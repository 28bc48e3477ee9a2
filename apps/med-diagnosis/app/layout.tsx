import { atlasLayout, atlasMetadata } from '@atlas/ui';
import pkg from '../package.json';
import { overview } from '../src/domain/overview';
import './globals.css';

// Pages read live state (registry, base URLs from env) on each request.
export const dynamic = 'force-dynamic';
export const metadata = atlasMetadata(overview);
export default atlasLayout(overview, pkg.version);
