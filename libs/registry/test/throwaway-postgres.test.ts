// The PostgreSQL half of the suite must fail loudly, never skip, where the server is not installed.
import { findPostgresBin, INSTALL_HINT, startThrowawayPostgres } from '../scripts/throwaway-postgres.cjs';

describe('throwaway PostgreSQL', () => {
  const nowhere = { env: { PATH: '' }, debian: '/nonexistent' };

  it('finds no server where none is installed', () => {
    expect(findPostgresBin(nowhere)).toBeNull();
  });

  it('stops with the apt command when the binaries are missing', async () => {
    expect(INSTALL_HINT).toBe('apt-get install -y postgresql');
    await expect(startThrowawayPostgres(nowhere)).rejects.toThrow('apt-get install -y postgresql');
  });

  it('found the server this suite runs against', () => {
    expect(process.env.ATLAS_TEST_POSTGRES_URL).toMatch(/^postgresql:\/\//);
  });
});
