/**
 * `kg serve` in a child process on a free port, from the same build as the caller (dist/ or the TypeScript sources):
 * what the server benchmark loads and the abuse suite attacks. Resolves once the server printed its URL.
 */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

export interface ServeProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the server wrote on stderr (its JSON log), so far. */
  stderr(): string;
  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** The node arguments that run `kg` with `args`, from dist/ or through tsx from the sources. */
export function kgCommand(args: string[]): string[] {
  const fromSources = path.extname(__filename) === '.ts';
  const kg = path.join(__dirname, '..', 'cli', fromSources ? 'kg.ts' : 'kg.js');
  return [...(fromSources ? ['--require', 'tsx/cjs'] : []), kg, ...args];
}

/** `keepLog: false` sends the server's log to /dev/null: a load test's reader would slow the server it measures. */
export function startServeProcess(input: {
  dataDir: string;
  timeoutMs?: number;
  keepLog?: boolean;
}): Promise<ServeProcess> {
  const child = spawn(process.execPath, kgCommand(['serve', '--data-dir', input.dataDir, '--port', '0']), {
    env: { ...process.env, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', input.keepLog === false ? 'ignore' : 'pipe'],
  });
  let stdout = '';
  const log: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      child.kill('SIGKILL');
      reject(new Error(`kg serve did not start (${why})\n${stdout}${log.join('').slice(-2000)}`));
    };
    const timer = setTimeout(() => fail('no URL printed in time'), input.timeoutMs ?? 120_000);
    const onExit = () => fail('it exited');
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /serving the \w+ store at (http:\/\/\S+\/)/.exec(stdout)?.[1];
      if (!url || child.pid === undefined) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({
        url,
        pid: child.pid,
        child,
        stderr: () => log.join(''),
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
