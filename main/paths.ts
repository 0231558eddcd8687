import { homedir } from 'node:os'
import { join } from 'node:path'

/** The app's data folder, where Electron's userData would be, so desktop and headless share it. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.POCKETSTACK_DATA_DIR) return env.POCKETSTACK_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'PocketStack')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'PocketStack')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'PocketStack')
}
