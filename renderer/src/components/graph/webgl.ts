/**
 * Whether cytoscape's WebGL renderer is worth using here: the browser must give a WebGL2 context,
 * and it must be hardware. A software rasteriser (SwiftShader, llvmpipe — headless Chromium, GPU-less
 * VMs) draws large graphs slower than the canvas renderer does.
 */
let cached: boolean | null = null

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i

export function hasWebgl2(): boolean {
  if (cached !== null) return cached
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2')
    if (!gl) cached = false
    else {
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
      cached = !SOFTWARE.test(name)
      gl.getExtension('WEBGL_lose_context')?.loseContext()
    }
  } catch {
    cached = false
  }
  return cached
}
