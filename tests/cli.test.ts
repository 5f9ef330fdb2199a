/** The `kernplan` command as a user runs it: a real process, real port, real data folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/kernplan.mjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kernplan(args: string[], env: Record<string, string>, until?: (out: string) => boolean): Promise<Run & { kill(): void }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGTERM');
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until?.(stdout)) resolve({ code: null, stdout, stderr, kill });
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr, kill }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'kp-cli-'));

describe('kernplan-commando', () => {
  it('toont hulp met het serve-commando', async () => {
    const r = await kernplan(['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kernplan serve');
    expect(r.stdout).toContain('DATABASE_URL');
  });

  it('start, beantwoordt health en de startpagina, en stopt netjes', async () => {
    const port = await freePort();
    const r = await kernplan(['serve'], { PORT: String(port), DATA_DIR: tempDir() }, (out) => out.includes('draait op'));
    try {
      expect(r.stdout).toContain(`http://localhost:${port}`);
      const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      expect(health.status).toBe(200);
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(await home.text()).toContain('<div id="root">');
    } finally {
      r.kill();
    }
  });

  it('meldt een onschrijfbare datamap in één regel met exitcode 1', async () => {
    const r = await kernplan(['serve'], { PORT: String(await freePort()), DATA_DIR: '/etc/hostname/data' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('De datamap /etc/hostname/data is niet schrijfbaar');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('meldt een onbereikbare DATABASE_URL in één regel met exitcode 1', async () => {
    const r = await kernplan(['serve'], { PORT: String(await freePort()), DATABASE_URL: 'postgres://kernplan@127.0.0.1:1/kernplan' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('127.0.0.1:1/kernplan');
  });

  it('meldt een bezette poort met het poortnummer', async () => {
    const bezet: Server = await new Promise((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (bezet.address() as { port: number }).port;
    try {
      const r = await kernplan(['serve'], { PORT: String(port), DATA_DIR: tempDir() });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Poort ${port} is al in gebruik`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      bezet.close();
    }
  });
});
