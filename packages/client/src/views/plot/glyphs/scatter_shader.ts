// GLSL (ES 3.0, pixi 8 conventions) for instanced scatter markers drawn as SDFs.
// Marker codes follow MARKER_TYPES in markers.ts.

export const SCATTER_VERTEX = `
in float aX;
in float aY;
in float aSize;
in float aAngle;
in float aLineWidth;
in float aMarker;
in vec4 aFill;
in vec4 aLine;

uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;
uniform vec4 uAffine;     // sx = a.x * x + a.y ; sy = a.z * y + a.w
uniform highp float uPixelRatio;

out float vHalf;
out float vR;
out float vAngle;
out float vLineWidth;
out float vMarker;
out vec4 vFill;
out vec4 vLine;

// One point sprite per marker (no per-instance vertex expansion: cheap even on software GL).
void main() {
  float r = aSize * 0.5;
  float half_extent = r * 1.2 + aLineWidth + 1.0 / uPixelRatio;
  vec2 center = vec2(uAffine.x * aX + uAffine.y, uAffine.z * aY + uAffine.w);
  mat3 mvp = uProjectionMatrix * uWorldTransformMatrix * uTransformMatrix;
  gl_Position = vec4((mvp * vec3(center, 1.0)).xy, 0.0, 1.0);
  gl_PointSize = aSize > 0.0 ? 2.0 * half_extent * uPixelRatio : 0.0;
  vHalf = half_extent;
  vR = r;
  vAngle = aAngle;
  vLineWidth = aLineWidth;
  vMarker = aMarker;
  vFill = aFill;
  vLine = aLine;
}
`;

export const SCATTER_FRAGMENT = `
in float vHalf;
in float vAngle;
in float vR;
in float vLineWidth;
in float vMarker;
in vec4 vFill;
in vec4 vLine;
uniform highp float uPixelRatio;
out vec4 finalColor;

const float SQ3 = 1.7320508;

float sd_segment(vec2 p, vec2 a, vec2 b) {
  vec2 pa = p - a, ba = b - a;
  float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
  return length(pa - ba * h);
}

float sd_box(vec2 p, float r) {
  vec2 d = abs(p) - vec2(r);
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}

// Polygon vertices computed per index (GLSL ES 1.0 compatible: no dynamic array indexing).
// base: 2 diamond, 3 triangle, 5 hex, 6 star, 7 plus
vec2 vert(int base, int i, float r) {
  if (base == 2) {
    if (i == 0) return vec2(0.0, -r);
    if (i == 1) return vec2(r / 1.5, 0.0);
    if (i == 2) return vec2(0.0, r);
    return vec2(-r / 1.5, 0.0);
  }
  if (base == 3) {
    float h = r * SQ3, a = h / 3.0;
    if (i == 0) return vec2(-r, a);
    if (i == 1) return vec2(r, a);
    return vec2(0.0, a - h);
  }
  if (base == 5) {
    float ang = -1.0471976 * float(i);
    return vec2(r * cos(ang), r * sin(ang));
  }
  if (base == 6) {
    float ang = -1.5707963 + float(i) * 0.62831853;
    float rr = (i - (i / 2) * 2) == 0 ? r : r * 0.381966;
    return vec2(rr * cos(ang), rr * sin(ang));
  }
  // plus
  float a = 3.0 * r / 8.0, b = r;
  if (i == 0) return vec2(a, a);
  if (i == 1) return vec2(a, b);
  if (i == 2) return vec2(-a, b);
  if (i == 3) return vec2(-a, a);
  if (i == 4) return vec2(-b, a);
  if (i == 5) return vec2(-b, -a);
  if (i == 6) return vec2(-a, -a);
  if (i == 7) return vec2(-a, -b);
  if (i == 8) return vec2(a, -b);
  if (i == 9) return vec2(a, -a);
  if (i == 10) return vec2(b, -a);
  return vec2(b, a);
}

float sd_poly(int base, vec2 p, float r, int nv) {
  vec2 vj = vert(base, nv - 1, r);
  vec2 v0 = vert(base, 0, r);
  float d = dot(p - v0, p - v0);
  float s = 1.0;
  for (int i = 0; i < 12; i++) {
    if (i >= nv) break;
    vec2 vi = vert(base, i, r);
    vec2 e = vj - vi;
    vec2 w = p - vi;
    vec2 b = w - e * clamp(dot(w, e) / dot(e, e), 0.0, 1.0);
    d = min(d, dot(b, b));
    bvec3 cond = bvec3(p.y >= vi.y, p.y < vj.y, e.x * w.y > e.y * w.x);
    if (all(cond) || all(not(cond))) s *= -1.0;
    vj = vi;
  }
  return s * sqrt(d);
}

// base shapes: 0 circle 1 square 2 diamond 3 triangle 4 inverted_triangle 5 hex 6 star 7 plus, -1 none
float sd_base(int base, vec2 p, float r) {
  if (base == 0) return length(p) - r;
  if (base == 1) return sd_box(p, r);
  if (base == 2) return sd_poly(2, p, r, 4);
  if (base == 3) return sd_poly(3, p, r, 3);
  if (base == 4) return sd_poly(3, vec2(p.x, -p.y), r, 3);
  if (base == 5) return sd_poly(5, p, r, 6);
  if (base == 6) return sd_poly(6, p, r, 10);
  if (base == 7) return sd_poly(7, p, r, 12);
  return 1e6;
}

void main() {
#ifdef MARKER
  int m = MARKER;
#else
  int m = int(vMarker + 0.5);
#endif
  float r = vR;
  vec2 local = (gl_PointCoord - 0.5) * 2.0 * vHalf;
  float c = cos(vAngle), s = sin(vAngle);
  vec2 p = vec2(c * local.x - s * local.y, s * local.x + c * local.y);
  float aa = 1.0 / uPixelRatio;
  float hw = vLineWidth * 0.5;
  // marker table (see markers.ts MARKER_TYPES)
  int base = -1;
  if (m <= 7) base = m;
  else if (m >= 14 && m <= 17) base = 0;
  else if (m >= 18 && m <= 21) base = 1;
  else if (m == 22 || m == 23) base = 2;
  else if (m == 24 || m == 25) base = 3;
  else if (m == 26) base = 5;
  else if (m == 27) base = 6;
  float d = base >= 0 ? sd_base(base, p, r) : 1e6;
  // inner line work
  float dl = 1e6;
  float q = r * 0.70710678;
  if (m == 8 || m == 14 || m == 18 || m == 10) dl = min(sd_segment(p, vec2(0.0, -r), vec2(0.0, r)), sd_segment(p, vec2(-r, 0.0), vec2(r, 0.0)));
  if (m == 9 || m == 15 || m == 10) dl = min(dl, min(sd_segment(p, vec2(-q, -q), vec2(q, q)), sd_segment(p, vec2(-q, q), vec2(q, -q))));
  if (m == 19) dl = min(sd_segment(p, vec2(-r, -r), vec2(r, r)), sd_segment(p, vec2(-r, r), vec2(r, -r)));
  if (m == 11) dl = sd_segment(p, vec2(-r, 0.0), vec2(r, 0.0));
  if (m == 12 || m == 16) dl = min(sd_segment(p, vec2(0.0), vec2(0.0, r)), min(sd_segment(p, vec2(0.0), vec2(-r * 0.866, -r * 0.5)), sd_segment(p, vec2(0.0), vec2(r * 0.866, -r * 0.5))));
  if (m == 22) dl = min(sd_segment(p, vec2(0.0, -r), vec2(0.0, r)), sd_segment(p, vec2(-r / 1.5, 0.0), vec2(r / 1.5, 0.0)));
  float dot_d = 1e6;
  if (m == 13 || m == 17 || m == 20 || m == 23 || m == 24 || m == 26 || m == 27) dot_d = length(p) - r * 0.25;

  float fill_cov = base >= 0 ? clamp(0.5 - d / aa, 0.0, 1.0) : 0.0;
  float outline = base >= 0 ? abs(d) - hw : 1e6;
  float line_d = min(outline, dl - hw);
  float line_cov = vLineWidth > 0.0 ? clamp(0.5 - line_d / aa, 0.0, 1.0) : 0.0;
  vec4 fill = vFill;
  vec4 line = vLine;
  if (m == 13) { fill = vLine.a > 0.0 ? vLine : vFill; }
  float dot_cov = clamp(0.5 - dot_d / aa, 0.0, 1.0);
  // premultiplied compositing: fill, then outline/lines, then centre dot (line color)
  vec4 col = vec4(fill.rgb * fill.a, fill.a) * fill_cov;
  vec4 lc = vec4(line.rgb * line.a, line.a) * line_cov;
  col = lc + col * (1.0 - lc.a);
  if (m == 13) col = vec4(fill.rgb * fill.a, fill.a) * dot_cov;
  else if (dot_d < 1e5) { vec4 dc = vec4(line.rgb * line.a, line.a) * dot_cov; col = dc + col * (1.0 - dc.a); }
  if (col.a <= 0.0) discard;
  finalColor = col;
}
`;

/** Fragment source specialised for one marker code (branches fold at compile time). */
export function scatter_fragment(marker: number | null): string {
  return marker == null ? SCATTER_FRAGMENT : `#define MARKER ${marker}\n${SCATTER_FRAGMENT}`;
}
