// Driving an interactive Python prompt (python3 or pyheap) the way a person
// does: through a pipe with -i, or through a pseudo-terminal made by
// util-linux's `script`, typing each line only once the prompt has appeared.

import { spawn } from 'node:child_process';

export interface Transcript {
  stdout: string;
  stderr: string;
  status: number;
}

/** `cmd -i` with the whole session on stdin; stdout and stderr apart. */
export function replPipe(cmd: string[], input: string, env: NodeJS.ProcessEnv): Promise<Transcript> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], [...cmd.slice(1), '-i'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('close', (code) => resolve({ stdout, stderr, status: code ?? -1 }));
    child.stdin.end(input);
  });
}

/** The same session typed on a terminal: one line after each prompt, then Ctrl-D. */
export function replPty(cmd: string[], input: string, env: NodeJS.ProcessEnv, timeoutMs = 20000): Promise<Transcript> {
  const lines = input.split(/(?<=\n)/).filter((l) => l !== '');
  const quoted = cmd.map((c) => `'${c.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', quoted, '/dev/null'], { env: { ...env, TERM: 'dumb' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let sent = 0;
    let prompts = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      // Count the prompts seen so far; answer each new one with the next line.
      const seen = (out.match(/^(>>>|\.\.\.) /gm) ?? []).length;
      while (prompts < seen) {
        prompts++;
        if (sent < lines.length) child.stdin.write(lines[sent++]);
        else if (sent === lines.length) {
          sent++;
          child.stdin.write('\x04');
        }
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: out, stderr: '', status: code ?? -1 });
    });
  });
}

/** The banner's first line names the build; the rest of a transcript must match. */
export function maskBanner(s: string): string {
  return s.replace(/^Python 3\.11\.\d+ .* on linux(\r?)$/m, 'Python 3.11 <build> on linux$1');
}
