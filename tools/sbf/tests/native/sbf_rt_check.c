// Checks the legaliser's 64-bit helpers (legalise/sbf_rt.c) against the host compiler's native
// 128-bit arithmetic on random and edge-heavy inputs. Usage: sbf_rt_check [cases]
#include <stdio.h>
#include <stdlib.h>
#include "../../legalise/sbf_rt.c"
typedef unsigned __int128 U; typedef __int128 I;
static u64 s=88172645463325252ull; static u64 rnd(){ s^=s<<13; s^=s>>7; s^=s<<17; return s;}
static u64 pick(){ u64 r=rnd(); switch(r%8){case 0: return 0; case 1: return 1; case 2: return ~0ull; case 3: return rnd()>>(rnd()%64); case 4: return 1ull<<63; case 5: return rnd()&0xffffffff; default: return rnd();}}
int main(int argc, char **argv){ long bad=0; long n = argc > 1 ? atol(argv[1]) : 1000000;
 for(long i=0;i<n;i++){ u64 a0=pick(),a1=pick(),b0=pick(),b1=pick(); if(rnd()%3==0)a1=0; if(rnd()%3==0)b1=0;
  U a=((U)a1<<64)|a0, b=((U)b1<<64)|b0; u64 r[4];
  __sbf_mul128(r,a0,a1,b0,b1); U p=a*b; if(r[0]!=(u64)p||r[1]!=(u64)(p>>64)){bad++; if(bad<5)printf("mul\n");}
  if(b){ __sbf_udivmod128(r,a0,a1,b0,b1); U q=a/b, m=a%b; if(r[0]!=(u64)q||r[1]!=(u64)(q>>64)||r[2]!=(u64)m||r[3]!=(u64)(m>>64)){bad++; if(bad<5)printf("udiv %llx %llx / %llx %llx\n",a1,a0,b1,b0);} }
  I sa=(I)a, sb=(I)b; if(sb && !(sa==((I)1<<127) && sb==-1)){ __sbf_sdivmod128(r,a0,a1,b0,b1); I q=sa/sb,m=sa%sb; if(r[0]!=(u64)q||r[1]!=(u64)((U)q>>64)||r[2]!=(u64)m||r[3]!=(u64)((U)m>>64)){bad++; if(bad<5)printf("sdiv\n");}}
  unsigned sh=rnd()%128; __sbf_shl128(r,a0,a1,sh); U x=a<<sh; if(r[0]!=(u64)x||r[1]!=(u64)(x>>64)){bad++;printf("shl\n");}
  __sbf_lshr128(r,a0,a1,sh); x=a>>sh; if(r[0]!=(u64)x||r[1]!=(u64)(x>>64)){bad++;printf("lshr\n");}
  __sbf_ashr128(r,a0,a1,sh); I y=sa>>sh; if(r[0]!=(u64)y||r[1]!=(u64)((U)y>>64)){bad++;printf("ashr\n");}
  U pu; int ov=__builtin_mul_overflow(a,b,&pu); if((int)__sbf_umulo128(a0,a1,b0,b1)!=ov){bad++; if(bad<5)printf("umulo128\n");}
  I ps; ov=__builtin_mul_overflow(sa,sb,&ps); if((int)__sbf_smulo128(a0,a1,b0,b1)!=ov){bad++; if(bad<5)printf("smulo128 %llx %llx * %llx %llx\n",a1,a0,b1,b0);}
  u64 p64; ov=__builtin_mul_overflow(a0,b0,&p64); if((int)__sbf_umulo64(a0,b0)!=ov){bad++;printf("umulo64\n");}
  i64 s64; ov=__builtin_mul_overflow((i64)a0,(i64)b0,&s64); if((int)__sbf_smulo64(a0,b0)!=ov){bad++;printf("smulo64\n");}
  { /* the wide helpers run on any word count; at n = 2 they must agree with __int128 */
    u64 A[2]={a0,a1}, Bv[2]={b0,b1}, R[2], Q[2];
    __sbf_mul_wide(R,A,Bv,2); if(R[0]!=(u64)p||R[1]!=(u64)(p>>64)){bad++; if(bad<5)printf("mul_wide\n");}
    __sbf_shl_wide(R,A,sh,2); x=a<<sh; if(R[0]!=(u64)x||R[1]!=(u64)(x>>64)){bad++; if(bad<5)printf("shl_wide\n");}
    __sbf_lshr_wide(R,A,sh,2); x=a>>sh; if(R[0]!=(u64)x||R[1]!=(u64)(x>>64)){bad++; if(bad<5)printf("lshr_wide\n");}
    __sbf_ashr_wide(R,A,sh,2); y=sa>>sh; if(R[0]!=(u64)y||R[1]!=(u64)((U)y>>64)){bad++; if(bad<5)printf("ashr_wide\n");}
    if(b && (i%16)==0){ __sbf_udivmod_wide(Q,R,A,Bv,2); U q=a/b,m=a%b; if(Q[0]!=(u64)q||Q[1]!=(u64)(q>>64)||R[0]!=(u64)m||R[1]!=(u64)(m>>64)){bad++; if(bad<5)printf("udiv_wide\n");} }
    if(sb && !(sa==((I)1<<127) && sb==-1) && (i%16)==0){ __sbf_sdivmod_wide(Q,R,A,Bv,2); I q=sa/sb,m=sa%sb; if(Q[0]!=(u64)q||Q[1]!=(u64)((U)q>>64)||R[0]!=(u64)m||R[1]!=(u64)((U)m>>64)){bad++; if(bad<5)printf("sdiv_wide\n");} }
  }
  if(b0 && !((i64)a0==(i64)(1ull<<63) && (i64)b0==-1)){ if(__sbf_sdiv64(a0,b0)!=(u64)((i64)a0/(i64)b0)||__sbf_srem64(a0,b0)!=(u64)((i64)a0%(i64)b0)){bad++;printf("sdiv64\n");}}
 }
 printf("cases=%ld mismatches=%ld\n",n,bad); return bad!=0; }
