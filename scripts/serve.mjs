// `npm run serve -- [--host H] [--port N] [--data-dir DIR] [--speed X] [--seed S]`
// Headless: core + REST API + the console served to a browser.
import { spawn } from 'node:child_process'
import { ensureBuilt } from './ensure-built.mjs'

ensureBuilt()
const child = spawn(process.execPath, ['out/server/index.js', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
