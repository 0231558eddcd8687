/** Every compute-catalog operation (Nova minus servers, Glance, Placement), for the contract index. */
import { computeAggregateOps } from './computeAggregates'
import { computeFlavorOps } from './computeFlavors'
import { computeHypervisorOps } from './computeHypervisors'
import { imageOps } from './computeImages'
import { computeKeyPairOps } from './computeKeyPairs'
import { computeServerGroupOps } from './computeServerGroups'
import { computeUsageOps } from './computeUsage'

export const computeCatalogOps = {
  ...computeHypervisorOps,
  ...computeAggregateOps,
  ...computeFlavorOps,
  ...computeKeyPairOps,
  ...computeServerGroupOps,
  ...computeUsageOps,
  ...imageOps
}

export type ComputeCatalogOpName = keyof typeof computeCatalogOps
