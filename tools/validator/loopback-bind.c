// Preloaded into solana-test-validator by the validator lane: a bind() to the wildcard address
// (0.0.0.0 or ::) becomes a bind to loopback (127.0.0.1 or ::1). Agave 4.2.2's test validator
// binds RPC, RPC pubsub and the faucet to 0.0.0.0 unconditionally (test-validator/src/lib.rs
// `rpc_addrs`, validator/src/bin/solana-test-validator.rs `faucet_addr`) and offers no option to
// change it; --bind-address only moves gossip, TPU, TVU and repair. The lane checks every socket
// of the process after start and refuses to run if one is still reachable from outside.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

static int (*real_bind)(int, const struct sockaddr *, socklen_t);

__attribute__((constructor)) static void resolve_real_bind(void) {
  real_bind = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "bind");
}

int bind(int fd, const struct sockaddr *addr, socklen_t len) {
  if (addr && addr->sa_family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in)) {
    struct sockaddr_in v4;
    memcpy(&v4, addr, sizeof v4);
    if (v4.sin_addr.s_addr == htonl(INADDR_ANY)) {
      v4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      return real_bind(fd, (const struct sockaddr *)&v4, sizeof v4);
    }
  } else if (addr && addr->sa_family == AF_INET6 && len >= (socklen_t)sizeof(struct sockaddr_in6)) {
    struct sockaddr_in6 v6;
    memcpy(&v6, addr, sizeof v6);
    if (IN6_IS_ADDR_UNSPECIFIED(&v6.sin6_addr)) {
      v6.sin6_addr = in6addr_loopback;
      return real_bind(fd, (const struct sockaddr *)&v6, sizeof v6);
    }
  }
  return real_bind(fd, addr, len);
}
