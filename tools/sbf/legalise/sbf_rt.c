// 64-bit helpers the legaliser calls instead of the 128-bit libcalls LLVM's BPF backend would
// emit (__multi3, __udivti3, __lshrti3, ...), which return 128 bits and so cannot be lowered.
// Every helper takes 128-bit values as (lo, hi) halves and writes 128-bit results through a
// pointer, so no call needs more than 5 registers or returns more than 64 bits.
//
// Compiled with clang for bpfel to bitcode at setup and linked into each program by the
// legaliser. Written without 128-bit types and without the multiply-then-divide overflow
// idiom, so the optimiser cannot turn them back into what BPF cannot lower.
typedef unsigned long long u64;
typedef long long i64;

#define RT __attribute__((visibility("hidden")))

// An empty asm that "changes" x: the optimiser (AggressiveInstCombine, here and again at link
// time) would otherwise recognise the 32-bit-halves multiply below and rebuild the very 128-bit
// multiply these helpers exist to avoid.
#define OPAQUE(x) __asm__("" : "+r"(x))

static inline u64 mulhi64(u64 a, u64 b) {
  u64 a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
  OPAQUE(a0);
  OPAQUE(b0);
  u64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  u64 mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

static inline int clz64(u64 x) {
  int n = 0;
  if (x == 0) return 64;
  if ((x >> 32) == 0) { n += 32; x <<= 32; }
  if ((x >> 48) == 0) { n += 16; x <<= 16; }
  if ((x >> 56) == 0) { n += 8; x <<= 8; }
  if ((x >> 60) == 0) { n += 4; x <<= 4; }
  if ((x >> 62) == 0) { n += 2; x <<= 2; }
  if ((x >> 63) == 0) { n += 1; }
  return n;
}

// (u1:u0) / v for u1 < v (Knuth D with 32-bit digits); the remainder goes to *r.
static u64 divlu(u64 u1, u64 u0, u64 v, u64 *r) {
  const u64 b = 1ull << 32;
  int s = clz64(v);
  v <<= s;
  u64 vn1 = v >> 32, vn0 = v & 0xffffffffu;
  u64 un32 = s ? (u1 << s) | (u0 >> (64 - s)) : u1;
  u64 un10 = u0 << s;
  u64 un1 = un10 >> 32, un0 = un10 & 0xffffffffu;
  u64 q1 = un32 / vn1, rhat = un32 - q1 * vn1;
  while (q1 >= b || q1 * vn0 > b * rhat + un1) {
    q1--;
    rhat += vn1;
    if (rhat >= b) break;
  }
  u64 un21 = un32 * b + un1 - q1 * v;
  u64 q0 = un21 / vn1;
  rhat = un21 - q0 * vn1;
  while (q0 >= b || q0 * vn0 > b * rhat + un0) {
    q0--;
    rhat += vn1;
    if (rhat >= b) break;
  }
  *r = (un21 * b + un0 - q0 * v) >> s;
  return q1 * b + q0;
}

RT void __sbf_mul128(u64 *r, u64 a0, u64 a1, u64 b0, u64 b1) {
  u64 lo = a0 * b0;
  u64 hi = mulhi64(a0, b0) + a0 * b1 + a1 * b0;
  r[0] = lo;
  r[1] = hi;
}

// out[0..2] = quotient, out[2..4] = remainder. Division by zero is undefined in LLVM IR and
// Rust checks for it before dividing.
RT void __sbf_udivmod128(u64 *out, u64 a0, u64 a1, u64 b0, u64 b1) {
  u64 q0, q1, r0, r1;
  if (b1 == 0) {
    if (a1 == 0) {
      q0 = a0 / b0; q1 = 0; r0 = a0 % b0;
    } else if (b0 <= 0xffffffffu) {
      // Four 32-bit digits: every partial dividend fits in 64 bits.
      u64 rem = 0, d;
      d = (rem << 32) | (a1 >> 32); u64 qa = d / b0; rem = d % b0;
      d = (rem << 32) | (a1 & 0xffffffffu); u64 qb = d / b0; rem = d % b0;
      d = (rem << 32) | (a0 >> 32); u64 qc = d / b0; rem = d % b0;
      d = (rem << 32) | (a0 & 0xffffffffu); u64 qd = d / b0; rem = d % b0;
      q1 = (qa << 32) | qb; q0 = (qc << 32) | qd; r0 = rem;
    } else {
      q1 = a1 / b0;
      u64 k = a1 % b0;
      q0 = divlu(k, a0, b0, &r0);
    }
    r1 = 0;
  } else {
    // b >= 2^64, so the quotient fits in 64 bits: estimate it from the top 64 bits of b.
    int n = clz64(b1);
    u64 v1 = n ? (b1 << n) | (b0 >> (64 - n)) : b1;
    u64 u0 = (a0 >> 1) | (a1 << 63), u1 = a1 >> 1, junk;
    u64 q = divlu(u1, u0, v1, &junk);
    q = q >> (63 - n);  // (q << n) >> 63 in 128 bits: undo the normalisation and the halving
    if (q != 0) q--;
    // r = a - q*b; if r >= b then q++, r -= b
    u64 p0 = q * b0, p1 = mulhi64(q, b0) + q * b1;
    r0 = a0 - p0;
    r1 = a1 - p1 - (a0 < p0);
    if (r1 > b1 || (r1 == b1 && r0 >= b0)) {
      u64 t = r0;
      r0 = t - b0;
      r1 = r1 - b1 - (t < b0);
      q++;
    }
    q0 = q; q1 = 0;
  }
  out[0] = q0; out[1] = q1; out[2] = r0; out[3] = r1;
}

static inline void neg128(u64 *lo, u64 *hi) {
  *hi = ~*hi + (*lo == 0);
  *lo = ~*lo + 1;
}

RT void __sbf_sdivmod128(u64 *out, u64 a0, u64 a1, u64 b0, u64 b1) {
  int na = (i64)a1 < 0, nb = (i64)b1 < 0;
  if (na) neg128(&a0, &a1);
  if (nb) neg128(&b0, &b1);
  __sbf_udivmod128(out, a0, a1, b0, b1);
  if (na != nb) neg128(&out[0], &out[1]);
  if (na) neg128(&out[2], &out[3]);
}

RT void __sbf_shl128(u64 *r, u64 a0, u64 a1, u64 s) {
  s &= 127;
  if (s == 0) { r[0] = a0; r[1] = a1; }
  else if (s < 64) { r[1] = (a1 << s) | (a0 >> (64 - s)); r[0] = a0 << s; }
  else { r[1] = a0 << (s - 64); r[0] = 0; }
}

RT void __sbf_lshr128(u64 *r, u64 a0, u64 a1, u64 s) {
  s &= 127;
  if (s == 0) { r[0] = a0; r[1] = a1; }
  else if (s < 64) { r[0] = (a0 >> s) | (a1 << (64 - s)); r[1] = a1 >> s; }
  else { r[0] = a1 >> (s - 64); r[1] = 0; }
}

RT void __sbf_ashr128(u64 *r, u64 a0, u64 a1, u64 s) {
  s &= 127;
  u64 sign = (u64)((i64)a1 >> 63);
  if (s == 0) { r[0] = a0; r[1] = a1; }
  else if (s < 64) { r[0] = (a0 >> s) | (a1 << (64 - s)); r[1] = (u64)((i64)a1 >> s); }
  else { r[0] = (u64)((i64)a1 >> (s - 64)); r[1] = sign; }
}

// Unsigned 64x64 overflow: the product needs more than 64 bits.
RT u64 __sbf_umulo64(u64 a, u64 b) {
  return mulhi64(a, b) != 0;
}

RT u64 __sbf_smulo64(u64 a, u64 b) {
  int neg = ((i64)a < 0) != ((i64)b < 0);
  u64 ua = (i64)a < 0 ? 0 - a : a, ub = (i64)b < 0 ? 0 - b : b;
  if (mulhi64(ua, ub) != 0) return 1;
  u64 p = ua * ub;
  return neg ? p > (1ull << 63) : p >= (1ull << 63);
}

// Unsigned 128x128 overflow flag; out receives the high word of the exact product when it
// fits, which callers ignore (they compute the wrapped product with __sbf_mul128).
static int umulo128(u64 a0, u64 a1, u64 b0, u64 b1, u64 *prod0, u64 *prod1) {
  if (a1 != 0 && b1 != 0) return 1;
  u64 cross;
  if (a1 != 0) { if (mulhi64(a1, b0) != 0) return 1; cross = a1 * b0; }
  else if (b1 != 0) { if (mulhi64(a0, b1) != 0) return 1; cross = a0 * b1; }
  else cross = 0;
  u64 hi = mulhi64(a0, b0);
  u64 sum = hi + cross;
  *prod0 = a0 * b0;
  *prod1 = sum;
  return sum < hi;
}

RT u64 __sbf_umulo128(u64 a0, u64 a1, u64 b0, u64 b1) {
  u64 p0, p1;
  return umulo128(a0, a1, b0, b1, &p0, &p1);
}

RT u64 __sbf_smulo128(u64 a0, u64 a1, u64 b0, u64 b1) {
  int na = (i64)a1 < 0, nb = (i64)b1 < 0;
  if (na) neg128(&a0, &a1);
  if (nb) neg128(&b0, &b1);
  u64 p0, p1;
  if (umulo128(a0, a1, b0, b1, &p0, &p1)) return 1;
  const u64 top = 1ull << 63;
  if (na != nb) return p1 > top || (p1 == top && p0 != 0);
  return p1 >= top;
}

RT u64 __sbf_sdiv64(u64 a, u64 b) {
  int na = (i64)a < 0, nb = (i64)b < 0;
  u64 q = (na ? 0 - a : a) / (nb ? 0 - b : b);
  return na != nb ? 0 - q : q;
}

RT u64 __sbf_srem64(u64 a, u64 b) {
  int na = (i64)a < 0, nb = (i64)b < 0;
  u64 r = (na ? 0 - a : a) % (nb ? 0 - b : b);
  return na ? 0 - r : r;
}

// Integers wider than 128 bits (the optimiser forms them from 64-bit limb arithmetic, e.g. a
// 128x128->256-bit product): little-endian arrays of n <= 8 words, results mod 2^(64n).
#define WIDE_MAX 8

RT void __sbf_mul_wide(u64 *r, const u64 *a, const u64 *b, u64 n) {
  u64 t[WIDE_MAX] = {0};
  for (u64 i = 0; i < n; i++) {
    u64 carry = 0;
    for (u64 j = 0; i + j < n; j++) {
      u64 lo = a[i] * b[j], hi = mulhi64(a[i], b[j]);
      u64 s = t[i + j] + lo;
      u64 c = s < lo;
      s += carry;
      c += s < carry;
      t[i + j] = s;
      carry = hi + c;
    }
  }
  for (u64 i = 0; i < n; i++) r[i] = t[i];
}

static void shift_wide(u64 *r, const u64 *a, u64 s, u64 n, int left, u64 fill) {
  u64 t[WIDE_MAX];
  u64 words = s / 64, bits = s % 64;
  for (u64 i = 0; i < n; i++) {
    if (left) {
      u64 hi = i >= words ? a[i - words] : 0;
      u64 lo = i >= words + 1 ? a[i - words - 1] : 0;
      t[i] = bits ? (hi << bits) | (lo >> (64 - bits)) : hi;
    } else {
      u64 lo = i + words < n ? a[i + words] : fill;
      u64 hi = i + words + 1 < n ? a[i + words + 1] : fill;
      t[i] = bits ? (lo >> bits) | (hi << (64 - bits)) : lo;
    }
  }
  for (u64 i = 0; i < n; i++) r[i] = t[i];
}

RT void __sbf_shl_wide(u64 *r, const u64 *a, u64 s, u64 n) { shift_wide(r, a, s % (64 * n), n, 1, 0); }
RT void __sbf_lshr_wide(u64 *r, const u64 *a, u64 s, u64 n) { shift_wide(r, a, s % (64 * n), n, 0, 0); }
RT void __sbf_ashr_wide(u64 *r, const u64 *a, u64 s, u64 n) {
  shift_wide(r, a, s % (64 * n), n, 0, (u64)((i64)a[n - 1] >> 63));
}

static void neg_wide(u64 *x, u64 n) {
  u64 carry = 1;
  for (u64 i = 0; i < n; i++) {
    x[i] = ~x[i] + carry;
    carry = carry && x[i] == 0;
  }
}

// Restoring division, one bit at a time: rare and never on a hot path.
RT void __sbf_udivmod_wide(u64 *q, u64 *r, const u64 *a, const u64 *b, u64 n) {
  u64 quo[WIDE_MAX] = {0}, rem[WIDE_MAX] = {0}, num[WIDE_MAX], den[WIDE_MAX];
  for (u64 i = 0; i < n; i++) { num[i] = a[i]; den[i] = b[i]; }
  for (u64 bit = 64 * n; bit-- > 0;) {
    shift_wide(rem, rem, 1, n, 1, 0);
    rem[0] |= (num[bit / 64] >> (bit % 64)) & 1;
    int ge = 1;
    for (u64 i = n; i-- > 0;)
      if (rem[i] != den[i]) { ge = rem[i] > den[i]; break; }
    if (ge) {
      u64 borrow = 0;
      for (u64 i = 0; i < n; i++) {
        u64 d = rem[i] - den[i] - borrow;
        borrow = rem[i] < den[i] || (rem[i] == den[i] && borrow);
        rem[i] = d;
      }
      quo[bit / 64] |= 1ull << (bit % 64);
    }
  }
  for (u64 i = 0; i < n; i++) { q[i] = quo[i]; r[i] = rem[i]; }
}

RT void __sbf_sdivmod_wide(u64 *q, u64 *r, const u64 *a, const u64 *b, u64 n) {
  u64 x[WIDE_MAX], y[WIDE_MAX];
  int na = (i64)a[n - 1] < 0, nb = (i64)b[n - 1] < 0;
  for (u64 i = 0; i < n; i++) { x[i] = a[i]; y[i] = b[i]; }
  if (na) neg_wide(x, n);
  if (nb) neg_wide(y, n);
  __sbf_udivmod_wide(q, r, x, y, n);
  if (na != nb) neg_wide(q, n);
  if (na) neg_wide(r, n);
}

#if defined(__bpf__)  // the host-side check of these helpers links the C library's instead
// The memory builtins the backend calls for large copies, through Solana's syscalls (cheaper
// than byte loops). Syscalls are called by the murmur3-32 hash of their name.
typedef void (*sol_memcpy_fn)(void *, const void *, u64);
typedef void (*sol_memset_fn)(void *, u64, u64);
typedef void (*sol_memcmp_fn)(const void *, const void *, u64, int *);
#define SOL_MEMCPY ((sol_memcpy_fn)0x717cc4a3ull)
#define SOL_MEMMOVE ((sol_memcpy_fn)0x434371f8ull)
#define SOL_MEMSET ((sol_memset_fn)0x3770fb22ull)
#define SOL_MEMCMP ((sol_memcmp_fn)0x5fdcde31ull)

void *memcpy(void *d, const void *s, u64 n) { SOL_MEMCPY(d, s, n); return d; }
void *memmove(void *d, const void *s, u64 n) { SOL_MEMMOVE(d, s, n); return d; }
void *memset(void *d, int c, u64 n) { SOL_MEMSET(d, (u64)(unsigned char)c, n); return d; }
int memcmp(const void *a, const void *b, u64 n) { int r = 0; SOL_MEMCMP(a, b, n, &r); return r; }
int bcmp(const void *a, const void *b, u64 n) { return memcmp(a, b, n); }
#endif
