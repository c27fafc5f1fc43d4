// GLSL (ES 3.0, pixi 8 conventions) for the WebGL line (line_gl.ts): one quad per segment.
// Each of its vertices reads four consecutive points of one buffer (previous, start, end,
// next; see line_points.ts for the layout); the quad is widened to the line width in screen pixels and the fragment shader draws
// the segment's antialiased capsule: round where it meets a neighbour (round joins), the line's
// cap where the line ends. Segments touching a gap point (GAP in line_points.ts) are dropped.
// The fragments write coverage with MAX blending into the line's own offscreen target (a pixi
// filter), so overlapping capsules make one union; the filter then composites it once with the
// line's alpha: no double blending at joins, however short the segments.

export const LINE_VERTEX = `
in float aCorner;  // 0, 1 at the start, 2, 3 at the end; even: right side, odd: left
in vec2 aPrev;
in vec2 aP0;
in vec2 aP1;
in vec2 aNext;

uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;
uniform vec4 uAffine;     // sx = a.x * x + a.y ; sy = a.z * y + a.w (CSS px)
uniform float uWidth;     // CSS px
uniform float uCap;       // 0 butt, 1 round, 2 square
uniform highp float uPixelRatio;

out vec2 vPos;
out vec2 vS0;
out vec2 vS1;
out vec2 vEnd;    // start / end: -1 a join (round), else the cap style

bool gap(vec2 p) { return !(abs(p.x) < 1e37 && abs(p.y) < 1e37); }
vec2 screen(vec2 p) { return vec2(uAffine.x * p.x + uAffine.y, uAffine.z * p.y + uAffine.w); }

void main() {
  vPos = vec2(0.0); vS0 = vec2(0.0); vS1 = vec2(0.0); vEnd = vec2(0.0);
  if (gap(aP0) || gap(aP1)) {
    gl_Position = vec4(-2.0, -2.0, 0.0, 1.0);
    return;
  }
  vec2 s0 = screen(aP0), s1 = screen(aP1);
  vec2 d = s1 - s0;
  float len = length(d);
  vec2 t = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 n = vec2(-t.y, t.x);
  vEnd = vec2(uCap);
  if (!gap(aPrev)) vEnd.x = -1.0;
  if (!gap(aNext)) vEnd.y = -1.0;
  float ext = uWidth * 0.5 + 1.0 / uPixelRatio;
  float side = mod(aCorner, 2.0) < 0.5 ? -1.0 : 1.0;
  vec2 pos = (aCorner < 1.5 ? s0 - t * ext : s1 + t * ext) + n * (side * ext);
  vPos = pos;
  vS0 = s0;
  vS1 = s1;
  mat3 mvp = uProjectionMatrix * uWorldTransformMatrix * uTransformMatrix;
  gl_Position = vec4((mvp * vec3(pos, 1.0)).xy, 0.0, 1.0);
}
`;

export const LINE_FRAGMENT = `precision highp float;
in vec2 vPos;
in vec2 vS0;
in vec2 vS1;
in vec2 vEnd;
uniform vec3 uLineColor;  // the alpha is applied when the filter composites
uniform float uWidth;
uniform highp float uPixelRatio;
out vec4 finalColor;

// Signed distance past one end of the segment: round for joins and round caps, else a box.
float end_distance(float beyond, float across, float radial, float hw, float style) {
  if (style < -0.5 || (style > 0.5 && style < 1.5)) return beyond > 0.0 ? radial - hw : across - hw;
  if (style > 1.5) return max(across - hw, beyond - hw);
  return max(across - hw, beyond);
}

void main() {
  vec2 q = vPos;
  vec2 d = vS1 - vS0;
  float len = length(d);
  vec2 t = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 n = vec2(-t.y, t.x);
  float u = dot(q - vS0, t);
  float across = abs(dot(q - vS0, n));
  float hw = uWidth * 0.5;
  float sd = max(end_distance(-u, across, length(q - vS0), hw, vEnd.x), end_distance(u - len, across, length(q - vS1), hw, vEnd.y));
  float aa = 1.0 / uPixelRatio;
  float cov = clamp(0.5 - sd / aa, 0.0, 1.0);
  if (cov <= 0.0) discard;
  finalColor = vec4(uLineColor, 1.0) * cov;
}
`;
