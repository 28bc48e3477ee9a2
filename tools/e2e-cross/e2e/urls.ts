import path from 'node:path';
import { DOMAINS, domainById, type DomainId } from '../../domains';

export const url = (id: DomainId, p = '/') => `http://localhost:${domainById(id).defaultPort}${p}`;
export const shot = (name: string) => path.resolve(__dirname, '../../../dist/e2e/cross/screenshots', `${name}.png`);
export { DOMAINS };
