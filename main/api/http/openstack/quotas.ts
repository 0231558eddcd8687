/** The quota REST endpoints this area serves: Cinder's and Neutron's (Nova's live with the compute door). */
import type { RouteModule } from '../types'
import { networkQuotaRoutes } from './quotasNetwork'
import { volumeQuotaRoutes } from './quotasVolume'

export const quotaRoutes: RouteModule = (app) => [...volumeQuotaRoutes(app), ...networkQuotaRoutes(app)]
