// Native throughput: `cargo bench --bench extract` (benches/extract.rs), whose
// last line is `JSON {...}`.
import { run } from './proc.mjs';

export async function nativeBench(repo, env) {
  const t0 = Date.now();
  const { stdout } = await run('cargo', ['bench', '--quiet', '--bench', 'extract'], { env, cwd: repo });
  const line = stdout.split('\n').reverse().find((l) => l.startsWith('JSON '));
  if (!line) throw new Error('cargo bench printed no JSON line');
  return {
    command: 'cargo bench --bench extract',
    ...JSON.parse(line.slice(5)),
    corpus_line: stdout.split('\n').find((l) => l.startsWith('corpus:')) ?? null,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
}
