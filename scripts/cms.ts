/**
 * `npm run cms`: the editors' web app on this machine. Starts decap-server in its git mode
 * (each article saved from the app becomes a local branch `cms/articles/<slug>`, as on GitHub
 * it becomes a pull request) beside Astro's dev server, which serves the app at /admin/.
 *
 *   npm run cms [-- --repo <folder>]   the repository the app saves into (default: this one)
 *               [-- --port <n>]        the dev server's port (default 4321)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { repo: { type: 'string', default: '.' }, port: { type: 'string', default: '4321' } } });
const repo = resolve(values.repo);
const children: ChildProcess[] = [];

function start(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(process.execPath, [resolve(command), ...args], { env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code) => {
    // One without the other is no editor: stop both.
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  children.push(child);
}

start('node_modules/decap-server/dist/index.js', [], { MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: '8081', BIND_HOST: '127.0.0.1' });
start('node_modules/astro/bin/astro.mjs', ['dev', '--port', values.port], {});
console.log(`\nThe editors' app: http://localhost:${values.port}/admin/ (saving into ${repo})\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => children.forEach((child) => child.kill('SIGTERM')));
