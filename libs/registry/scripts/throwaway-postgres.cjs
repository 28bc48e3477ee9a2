// A disposable PostgreSQL server for tests and for making migrations: a fresh cluster in a temp folder,
// listening on 127.0.0.1 only, on a free port, with trust auth (nothing else can reach it), deleted on stop.
// CommonJS so that the Jest global setup and the .mjs scripts can both load it.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const INSTALL_HINT = 'apt-get install -y postgresql';

function hasServerBinaries(dir) {
  return Boolean(dir) && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'));
}

/**
 * The folder holding initdb and pg_ctl: ATLAS_PG_BIN, then PATH, then pg_config, then Debian's layout
 * (the server package does not put initdb on PATH). `debian` is a parameter for the tests.
 */
function findPostgresBin({ env = process.env, debian = '/usr/lib/postgresql' } = {}) {
  const candidates = [env.ATLAS_PG_BIN, ...(env.PATH ?? '').split(path.delimiter)];
  try {
    const out = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] });
    candidates.push(out.trim());
  } catch {
    // pg_config is optional: it ships with the client packages, not always with the server.
  }
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debian, v, 'bin')));
  }
  return candidates.find(hasServerBinaries) ?? null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: run its programs as the postgres user then. */
function runAsServerUser(program, args) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function serverUserIds() {
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error(`running as root but there is no postgres user to run the server as; install the server: ${INSTALL_HINT}`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Starts a cluster and creates `database`. Returns its URL and stop(), which removes everything.
 * Throws with the apt command when the server binaries are missing.
 */
async function startThrowawayPostgres({ database = 'atlas_test', ...search } = {}) {
  const bin = findPostgresBin(search);
  if (!bin) throw new Error(`PostgreSQL server binaries (initdb, pg_ctl) not found. Install them: ${INSTALL_HINT}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-pg-'));
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    const { uid, gid } = serverUserIds();
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const stop = () => {
    try {
      runAsServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Not running (start failed): nothing to stop.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    runAsServerUser(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    // The socket lives in the temp folder: the default one may not be writable by this user.
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`;
    runAsServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']);
    const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const { Client } = require('pg');
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "${database}"`);
    await client.end();
    return { url: `postgresql://postgres@127.0.0.1:${port}/${database}`, adminUrl, dir, stop };
  } catch (err) {
    const serverLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
    stop();
    const detail = err && err.stderr ? String(err.stderr) : err instanceof Error ? err.message : String(err);
    throw new Error(`could not start a throwaway PostgreSQL server: ${detail.trim()}${serverLog ? `\nserver log:\n${serverLog}` : ''}`);
  }
}

module.exports = { INSTALL_HINT, findPostgresBin, startThrowawayPostgres };
