// The system programs the test suites need and Debian's packages that provide them.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export function chromiumPath() {
  return process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium';
}

export function postgresBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(`${base}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a));
  return versions.length ? `${base}/${versions[0]}/bin` : null;
}

const NEEDS = [
  { what: 'Chromium (browser tests)', packages: ['chromium'], present: () => existsSync(chromiumPath()) },
  { what: 'PostgreSQL server (registry tests)', packages: ['postgresql'], present: () => postgresBinDir() !== null },
  { what: 'fonts for screenshots', packages: ['fonts-dejavu-core'], present: () => existsSync('/usr/share/fonts/truetype/dejavu') },
];

/** Installs what is missing through apt when running as root; otherwise stops with the exact command. */
export function ensureSystemPrograms() {
  const missing = NEEDS.filter((n) => !n.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((m) => m.packages);
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`Missing: ${missing.map((m) => m.what).join(', ')}.\nInstall them, then run the tests again:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} through apt (${missing.map((m) => m.what).join(', ')})`);
  execFileSync('sh', ['-c', command.replace('apt-get install', 'DEBIAN_FRONTEND=noninteractive apt-get install')], { stdio: 'inherit' });
  const still = missing.filter((n) => !n.present());
  if (still.length) {
    console.error(`Still missing after apt: ${still.map((m) => m.what).join(', ')}`);
    process.exit(1);
  }
}
