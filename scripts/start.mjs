// `npm start`: the desktop console; where Electron's binary is missing, the same console in a browser.
import { spawn } from 'node:child_process'
import { ensureBuilt } from './ensure-built.mjs'
import { electronNativeBinding } from './electron-native.mjs'
import { electronBinaryPath } from './electron-path.mjs'

const electronPath = electronBinaryPath()

ensureBuilt()
const args = process.argv.slice(2)
if (electronPath) {
  const env = { ...process.env, POCKETSTACK_NATIVE_BINDING: process.env.POCKETSTACK_NATIVE_BINDING ?? electronNativeBinding() }
  const child = spawn(electronPath, ['.', ...args], { stdio: 'inherit', env })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  const notice = "Electron's binary is not installed on this machine, so PocketStack is serving the same console in your browser instead."
  const child = spawn(process.execPath, ['out/server/index.js', ...args], { stdio: 'inherit', env: { ...process.env, POCKETSTACK_NOTICE: notice } })
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
  child.on('exit', (code) => process.exit(code ?? 0))
}
