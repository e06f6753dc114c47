// Serves the production build with `vite preview` (the PID we hold is the server itself).
import { spawn } from 'node:child_process';

export async function startPreview(port, outDir) {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', outDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => String(d).includes(String(port)) && resolve());
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}
