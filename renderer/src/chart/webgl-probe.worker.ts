/// <reference lib="webworker" />
// Answers whether WebGL runs on a real GPU here (webgl-probe.ts). Asked in a worker: creating
// the first WebGL context took 146 ms on the UI thread (SwiftShader), a long task of its own.

/** Software rasterisers: with one of these, WebGL drew charts slower than the plain canvas. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

function hardware(): boolean {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !SOFTWARE.test(name);
  } catch {
    return false;
  }
}

postMessage(hardware());
