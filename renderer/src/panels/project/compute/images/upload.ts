/**
 * Image bytes from the console: in a browser through the bridge's upload route
 * (PUT /api/upload/image/{id}, raw body, progress events); in the desktop app through the same
 * `image.images.upload` operation over IPC.
 */
import type { ImageView } from '@main/api/contract/computeImages'
import type { Envelope } from '@main/api/contract/errors'
import { api, ApiCallError } from '@/api/client'
import { transport } from '@/api/transport'

export async function uploadImage(id: string, file: File, onProgress: (pct: number) => void): Promise<ImageView> {
  if (transport.kind === 'desktop') {
    onProgress(0)
    const view = await api.call('image.images.upload', { id, data: new Uint8Array(await file.arrayBuffer()) })
    onProgress(100)
    return view
  }
  const body = await new Promise<Envelope<ImageView>>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', `/api/upload/image/${encodeURIComponent(id)}`)
    xhr.setRequestHeader('Content-Type', 'application/octet-stream')
    if (api.token) xhr.setRequestHeader('X-Auth-Token', api.token)
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100))
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Envelope<ImageView>)
      } catch {
        reject(new Error(`HTTP ${xhr.status}`))
      }
    }
    xhr.onerror = () => reject(new Error('The PocketStack server cannot be reached. Is it still running?'))
    xhr.send(file)
  })
  if (!body.ok) throw new ApiCallError('image.images.upload', body.error)
  onProgress(100)
  return body.value
}
