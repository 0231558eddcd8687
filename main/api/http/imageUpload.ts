/**
 * Browser uploads for the console: PUT /api/upload/image/{id} with X-Auth-Token and the raw file
 * as the body streams into the same image upload operation the Glance door uses. The answer is
 * the bridge's envelope, so the console handles it like any other call.
 */
import { toApiError } from '../errors'
import type { RouteModule } from './types'

export const imageUploadRoutes: RouteModule = () => [
  {
    method: 'PUT', path: '/api/upload/image/:id', service: 'bridge', rawBody: true,
    handler: async (req, app) => {
      try {
        const value = await app.router.invoke('image.images.upload', { id: req.params.id, data: req.stream }, { ...req.ctx(), door: 'bridge' })
        return { status: 200, body: { ok: true, value } }
      } catch (e) {
        req.stream.resume()
        return { status: 200, body: { ok: false, error: toApiError(e).toBody() } }
      }
    }
  }
]
