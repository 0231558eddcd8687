/** The shape every scheduler filter has (Nova's BaseHostFilter.host_passes, plus a reason). */
import type { FilterName, HostState, RequestSpec, SchedulerConfig } from '../types'

export interface HostFilter {
  readonly name: FilterName
  /** null when the host passes; otherwise a sentence saying why it was removed. */
  reject(host: HostState, spec: RequestSpec, config: SchedulerConfig): string | null
}
