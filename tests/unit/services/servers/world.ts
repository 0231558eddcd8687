/** A test cloud for the servers service: the seeded demo region, tokens, images by OS, and helpers. */
import type { App } from '../../../../main/app'
import type { OpInput, ServerView } from '../../../../main/api/contract'
import { call, callError, createTestApp, login } from '../../../helpers/app'

export interface World {
  app: App
  admin: string
  demo: string
  images: { cirros: string; ubuntu: string; windows: string }
  demoProject: string
  boot(input?: Partial<OpInput<'compute.servers.create'>>, token?: string): Promise<ServerView[]>
  /** Boot one server and let it reach ACTIVE. */
  active(input?: Partial<OpInput<'compute.servers.create'>>, token?: string): Promise<ServerView>
  get(id: string, token?: string): Promise<ServerView>
  act(id: string, action: OpInput<'compute.servers.action'>['action'], extra?: Record<string, unknown>, token?: string): Promise<ServerView>
  /** Advance simulated time so every running task finishes. */
  settle(seconds?: number): void
  error(op: string, input: unknown, token?: string): ReturnType<typeof callError>
}

export async function world(): Promise<World> {
  const app = createTestApp()
  const admin = await login(app, 'admin')
  const demo = await login(app, 'demo')
  const list = await call(app, admin, 'image.images.list', {})
  const find = (prefix: string): string => list.items.find((i) => (i.name ?? '').startsWith(prefix))!.id
  const session = await call(app, demo, 'auth.session', {})
  const w: World = {
    app, admin, demo,
    images: { cirros: find('cirros'), ubuntu: find('ubuntu'), windows: find('windows') },
    demoProject: session.project!.id,
    boot: async (input = {}, token = demo) => (await call(app, token, 'compute.servers.create', { name: 'vm', flavorRef: '1', imageRef: w.images.cirros, ...input })).servers,
    active: async (input = {}, token = demo) => {
      const [s] = await w.boot(input, token)
      w.settle()
      return w.get(s.id, token)
    },
    get: (id, token = demo) => call(app, token, 'compute.servers.get', { id }),
    act: async (id, action, extra = {}, token = demo) =>
      (await call(app, token, 'compute.servers.action', { id, action, ...extra } as OpInput<'compute.servers.action'>)).server,
    settle: (seconds = 600) => app.kernel.advanceBy(seconds),
    error: (op, input, token = demo) => callError(app, token, op, input)
  }
  return w
}
