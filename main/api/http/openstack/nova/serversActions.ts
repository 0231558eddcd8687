/**
 * POST /servers/{id}/action (contract §4.5): one key per body. Status codes as Nova: 202 for most,
 * confirmResize 204, os-getConsoleOutput 200 {"output"}, rescue 200 {"adminPass"}, rebuild 202
 * {"server"}, createImage 202 with a Location header (and {"image_id"} from 2.45).
 */
import type { App } from '../../../../app'
import type { ServerActionInput } from '../../../contract/computeServers'
import { badRequest } from '../../../errors'
import type { HttpRequest, HttpResult, RouteModule } from '../../types'
import { atLeast, novaRoutes, type Microversion } from './microversion'
import { serverDetail } from './serversViews'

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const optStr = (o: Obj, key: string): string | undefined => (typeof o[key] === 'string' ? (o[key] as string) : undefined)

/** Body key → the contract's action input (simple ones take no arguments). */
function parseAction(key: string, arg: unknown, id: string, v: Microversion): ServerActionInput | null {
  const a = obj(arg)
  switch (key) {
    case 'os-stop': return { id, action: 'stop' }
    case 'os-start': return { id, action: 'start' }
    case 'reboot': {
      const type = String(a.type ?? '').toUpperCase()
      if (type !== 'SOFT' && type !== 'HARD') throw badRequest(`Invalid input for field/attribute type. Value: ${JSON.stringify(a.type ?? null)}. '${a.type ?? 'None'}' is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']`, { field: 'type' })
      return { id, action: 'reboot', type }
    }
    case 'pause': case 'unpause': case 'suspend': case 'resume': case 'unlock': case 'shelve': case 'shelveOffload':
    case 'confirmResize': case 'revertResize': case 'unrescue':
      return { id, action: key }
    case 'lock': return { id, action: 'lock', reason: atLeast(v, '2.73') ? optStr(a, 'locked_reason') ?? null : null }
    case 'unshelve': return { id, action: 'unshelve', availabilityZone: atLeast(v, '2.77') ? optStr(a, 'availability_zone') ?? null : null }
    case 'resize': {
      if (a.flavorRef === undefined || a.flavorRef === null || a.flavorRef === '') throw badRequest("Invalid input for field/attribute resize. Value: {}. 'flavorRef' is a required property", { field: 'flavorRef' })
      return { id, action: 'resize', flavorRef: String(a.flavorRef) }
    }
    case 'migrate': return { id, action: 'migrate', host: atLeast(v, '2.56') ? optStr(a, 'host') ?? null : null }
    case 'rebuild': {
      const imageRef = optStr(a, 'imageRef')
      if (!imageRef) throw badRequest("Invalid input for field/attribute rebuild. Value: {}. 'imageRef' is a required property", { field: 'imageRef' })
      return {
        id, action: 'rebuild', imageRef, name: optStr(a, 'name'), adminPass: optStr(a, 'adminPass'),
        metadata: a.metadata as Record<string, string> | undefined,
        description: atLeast(v, '2.19') && 'description' in a ? (a.description as string | null) : undefined
      }
    }
    case 'rescue': return { id, action: 'rescue', rescueImageRef: optStr(a, 'rescue_image_ref'), adminPass: optStr(a, 'adminPass') }
    case 'os-resetState': {
      if (a.state !== 'active' && a.state !== 'error') throw badRequest(`Invalid input for field/attribute state. Value: ${JSON.stringify(a.state ?? null)}. It is not one of ['active', 'error']`, { field: 'state' })
      return { id, action: 'resetState', state: a.state }
    }
    default: return null
  }
}

async function action(req: HttpRequest, app: App, v: Microversion): Promise<HttpResult> {
  const body = obj(req.body)
  const keys = Object.keys(body)
  if (keys.length !== 1) throw badRequest(keys.length ? `Only one action is allowed per request; got ${keys.join(', ')}.` : 'Malformed request body: expected one action key.')
  const [key] = keys
  const id = req.params.id
  const ctx = req.ctx()
  if (key === 'os-getConsoleOutput') {
    const raw = obj(body[key]).length
    const length = raw === undefined || raw === null ? null : Number(raw)
    if (length !== null && (!Number.isInteger(length) || length < -1)) throw badRequest(`Invalid input for field/attribute length. Value: ${JSON.stringify(raw)}.`, { field: 'length' })
    return { status: 200, body: await app.router.invoke('compute.servers.consoleLog', { id, length }, ctx) }
  }
  if (key === 'createImage') {
    const a = obj(body[key])
    if (typeof a.name !== 'string') throw badRequest("Invalid input for field/attribute createImage. Value: {}. 'name' is a required property", { field: 'name' })
    const { imageId } = await app.router.invoke('compute.servers.createImage', { id, name: a.name, metadata: a.metadata as Record<string, string> | undefined }, ctx)
    return { status: 202, headers: { Location: `${req.baseUrl}/image/v2/images/${imageId}` }, body: atLeast(v, '2.45') ? { image_id: imageId } : undefined }
  }
  const input = parseAction(key, body[key], id, v)
  if (!input) throw badRequest(`There is no such action: ${key}`)
  const r = await app.router.invoke('compute.servers.action', input, ctx)
  switch (input.action) {
    case 'confirmResize': return { status: 204 }
    case 'rescue': return { status: 200, body: { adminPass: r.adminPass } }
    case 'rebuild': return { status: 202, body: { server: { ...serverDetail(req, r.server, v, ctx.auth!), adminPass: r.adminPass } } }
    default: return { status: 202 }
  }
}

export const novaServerActionRoutes: RouteModule = () => novaRoutes([{ method: 'POST', path: '/servers/:id/action', handler: action }])
