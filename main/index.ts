/** Electron entry — thin: everything testable lives in main/desktop. */
import * as electron from 'electron'
import { bootDesktop, defaultDesktopPaths } from './desktop/boot'
import type { ElectronLike } from './desktop/electronTypes'

bootDesktop(electron as unknown as ElectronLike, defaultDesktopPaths(__dirname)).catch((err) => {
  console.error('PocketStack failed to start:', err)
  process.exit(1)
})
