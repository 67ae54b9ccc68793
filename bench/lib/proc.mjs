// Runs a command, collecting its output; rejects with the tail of stderr.
import { spawn } from 'node:child_process';

export function run(cmd, args, { env = process.env, cwd, echo = false, timeoutMs = 15 * 60_000 } = {}) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; if (echo) process.stderr.write(d); });
    child.stderr.on('data', (d) => { stderr += d; if (echo) process.stderr.write(d); });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); fail(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) ok({ stdout, stderr });
      else fail(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? signal}: ${stderr.trim().split('\n').slice(-8).join('\n')}`));
    });
  });
}
