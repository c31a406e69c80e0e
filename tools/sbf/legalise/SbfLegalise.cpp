// sbf-legalise: an `opt` pass plugin (LLVM 22) run between the two sbpf-linker passes.
//
// Upstream LLVM's BPF backend was built for the Linux kernel, not for Solana programs. Given
// what rustc emits for a Solana program it either refuses (and, with errors silenced, emits
// wrong code) or cannot express:
//   - 128-bit multiply, divide, remainder and variable shifts become libcalls returning 128 bits;
//   - returns wider than 64 bits and calls needing more than 5 argument registers;
//   - floating point (BPF has none) becomes libcalls the backend rejects;
//   - signed division (SBPF v0 has none);
//   - llvm.trap, which must abort the transaction;
//   - writable statics, which SBPF programs cannot have;
//   - alignments above 8 bytes, on which the backend's inline memcpy crashes.
// This pass rewrites all but the statics into plain 64-bit code and calls (helpers from sbf_rt.c,
// compiler-builtins' soft-float functions, an sret/argument-block calling convention) and
// reports everything it cannot handle, naming the function and the construct. Any report
// fails the build: a module the backend would diagnose is a miscompiled program.
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/CodeExtractor.h"
#include <cmath>
#include <functional>
#include <set>
#include <string>
#include <vector>

using namespace llvm;

static cl::opt<std::string> Skip("sbf-skip", cl::desc("debugging: comma-separated steps to skip (trap,float,int,abi,split,align)"), cl::init(""));
static cl::opt<unsigned> SplitLimit("sbf-split-limit", cl::desc("largest function, in IR instructions, before it is split"),
                                     cl::init(8000));
static cl::opt<bool> SplitVerbose("sbf-split-verbose", cl::desc("report every region the splitter extracts"), cl::init(false));
static cl::opt<std::string> RuntimePath("sbf-runtime", cl::desc("bitcode of the sbf_rt.c helpers"), cl::init(""));

namespace {

// Solana calls syscalls by the murmur3-32 hash of their name (static syscalls).
uint32_t murmur3(StringRef s) {
  uint32_t h = 0, c1 = 0xcc9e2d51, c2 = 0x1b873593;
  size_t n = s.size(), i = 0;
  auto rotl = [](uint32_t x, int r) { return (x << r) | (x >> (32 - r)); };
  for (; i + 4 <= n; i += 4) {
    uint32_t k = uint8_t(s[i]) | uint8_t(s[i + 1]) << 8 | uint8_t(s[i + 2]) << 16 | uint32_t(uint8_t(s[i + 3])) << 24;
    k = rotl(k * c1, 15) * c2;
    h = rotl(h ^ k, 13) * 5 + 0xe6546b64;
  }
  uint32_t k = 0;
  switch (n & 3) {
  case 3: k ^= uint8_t(s[i + 2]) << 16; [[fallthrough]];
  case 2: k ^= uint8_t(s[i + 1]) << 8; [[fallthrough]];
  case 1: k ^= uint8_t(s[i]); h ^= rotl(k * c1, 15) * c2;
  }
  h ^= uint32_t(n);
  h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; h ^= h >> 16;
  return h;
}

// Symbols that must keep their external ABI: the program entrypoint and the memory builtins
// the backend itself may call.
const std::set<std::string> Exported = {"entrypoint", "memcpy", "memmove", "memset", "memcmp", "bcmp"};

struct Legaliser {
  Module &M;
  LLVMContext &C;
  const DataLayout &DL;
  Type *I64, *I128, *Ptr;
  std::vector<std::string> Errors;

  explicit Legaliser(Module &M)
      : M(M), C(M.getContext()), DL(M.getDataLayout()), I64(Type::getInt64Ty(C)), I128(Type::getInt128Ty(C)),
        Ptr(PointerType::getUnqual(C)) {}

  static std::string name(const Function *F) {
    return F ? demangle(F->getName().str()) : std::string("<module>");
  }
  void error(const Function *F, const Twine &what) { Errors.push_back("in `" + name(F) + "`: " + what.str()); }

  Function *helper(StringRef Name, Function *User) {
    // compiler-builtins defines some soft-float comparisons as aliases of one another.
    Function *H = dyn_cast_or_null<Function>(M.getNamedValue(Name));
    if (auto *A = dyn_cast_or_null<GlobalAlias>(M.getNamedValue(Name))) H = dyn_cast<Function>(A->getAliaseeObject());
    if (!H || H->isDeclaration()) {
      error(User, "needs `" + Name + "`, which is not linked into the program");
      return nullptr;
    }
    return H;
  }

  bool run() {
    linkRuntime();
    internalize();
    auto on = [](StringRef step) { return !StringRef(Skip).contains(step); };
    if (on("trap")) lowerTraps();
    if (on("float")) lowerFloats();
    if (on("int")) lowerIntegers();
    removeDead();
    if (on("abi")) rewriteCallingConvention();
    removeDead();
    if (on("split")) splitLargeFunctions();
    if (on("align")) lowerAlignment();
    checkCallDepth();
    if (Skip.empty()) verify();
    if (Errors.empty()) return true;
    for (auto &E : Errors) errs() << "sbf-legalise: error: " << E << "\n";
    errs() << "sbf-legalise: " << Errors.size() << " unsupported construct(s); no program was produced\n";
    return false;
  }

  void linkRuntime() {
    if (RuntimePath.empty()) return;
    SMDiagnostic Err;
    std::unique_ptr<Module> RT = parseIRFile(RuntimePath, Err, C);
    if (!RT) { error(nullptr, "cannot read the runtime helpers " + RuntimePath); return; }
    RT->setDataLayout(M.getDataLayout());
    RT->setTargetTriple(M.getTargetTriple());
    if (Linker::linkModules(M, std::move(RT))) error(nullptr, "cannot link the runtime helpers");
  }

  void internalize() {
    for (Function &F : M)
      if (!F.isDeclaration() && !Exported.count(F.getName().str())) F.setLinkage(GlobalValue::InternalLinkage);
    for (GlobalVariable &G : M.globals())
      if (!G.isDeclaration() && !G.getName().starts_with("llvm.")) G.setLinkage(GlobalValue::InternalLinkage);
    // The helpers are kept alive only by their uses.
    for (StringRef U : {"llvm.used", "llvm.compiler.used"})
      if (GlobalVariable *G = M.getGlobalVariable(U)) G->eraseFromParent();
  }

  void removeDead() {
    for (bool changed = true; changed;) {
      changed = false;
      for (Function &F : make_early_inc_range(M))
        if (F.hasLocalLinkage() && F.use_empty()) { F.eraseFromParent(); changed = true; }
        else if (F.isDeclaration() && F.use_empty() && !F.isIntrinsic()) { F.eraseFromParent(); changed = true; }
      for (GlobalVariable &G : make_early_inc_range(M.globals()))
        if (G.hasLocalLinkage() && G.use_empty()) { G.eraseFromParent(); changed = true; }
    }
  }

  template <typename Fn> void forEachInst(Fn fn) {
    std::vector<Instruction *> Work;
    for (Function &F : M)
      for (Instruction &I : instructions(F)) Work.push_back(&I);
    for (Instruction *I : Work) fn(I);
  }

  // ---- traps ---------------------------------------------------------------------------
  // BPF would drop llvm.trap and fall through into whatever follows; Solana's `abort` syscall
  // ends the transaction with "program panicked" as the official toolchain does.
  void lowerTraps() {
    FunctionType *FT = FunctionType::get(Type::getVoidTy(C), false);
    forEachInst([&](Instruction *I) {
      auto *II = dyn_cast<IntrinsicInst>(I);
      if (!II) return;
      auto ID = II->getIntrinsicID();
      if (ID != Intrinsic::trap && ID != Intrinsic::debugtrap && ID != Intrinsic::ubsantrap) return;
      IRBuilder<> B(II);
      Value *Abort = B.CreateIntToPtr(B.getInt64(murmur3("abort")), Ptr);
      CallInst *Call = B.CreateCall(FT, Abort);
      Call->setDoesNotReturn();
      II->eraseFromParent();
    });
  }

  // ---- floating point ------------------------------------------------------------------
  static const char *suffix(Type *T) { return T->isDoubleTy() ? "df" : "sf"; }

  // Result: the helper's return value, or for helpers that return through a leading pointer
  // (compiler-builtins' 128-bit conversions under the C ABI) a value of type Indirect read back.
  Value *callFloat(IRBuilder<> &B, Function *User, const std::string &Name, ArrayRef<Value *> Args, Type *Indirect = nullptr) {
    Function *H = helper(Name, User);
    if (!H) return PoisonValue::get(Indirect ? Indirect : I64);
    bool ViaPointer = H->getReturnType()->isVoidTy() && H->arg_size() == Args.size() + 1;
    if (ViaPointer && !Indirect) {
      error(User, "`" + Name + "` returns through a pointer where a value was expected");
      return PoisonValue::get(I64);
    }
    SmallVector<Value *, 3> Cast;
    AllocaInst *Slot = nullptr;
    if (ViaPointer) {
      IRBuilder<> EB(&*User->getEntryBlock().getFirstInsertionPt());
      Slot = EB.CreateAlloca(Indirect);
      Slot->setAlignment(Align(16));
      Cast.push_back(Slot);
    }
    for (unsigned i = 0; i < Args.size(); ++i) {
      Type *P = H->getArg(i + (Slot ? 1 : 0))->getType();
      if (P->isPointerTy() && !Args[i]->getType()->isPointerTy()) {
        // Passed indirectly under the C ABI (128-bit integers): spill and pass the address.
        IRBuilder<> EB(&*User->getEntryBlock().getFirstInsertionPt());
        AllocaInst *A = EB.CreateAlloca(Args[i]->getType());
        A->setAlignment(Align(16));
        B.CreateAlignedStore(Args[i], A, Align(16));
        Cast.push_back(A);
      } else {
        Cast.push_back(B.CreateBitOrPointerCast(Args[i], P));
      }
    }
    CallInst *Call = B.CreateCall(H, Cast);
    if (Slot) return B.CreateAlignedLoad(Indirect, Slot, Align(16));
    return Call;
  }

  Value *compare(IRBuilder<> &B, Function *F, FCmpInst::Predicate P, Value *L, Value *R, const char *sfx) {
    auto cmp = [&](const char *fn, CmpInst::Predicate IP) {
      Value *V = callFloat(B, F, std::string("__") + fn + sfx + "2", {L, R});
      return B.CreateICmp(IP, V, ConstantInt::get(V->getType(), 0));
    };
    switch (P) {
    case FCmpInst::FCMP_FALSE: return B.getFalse();
    case FCmpInst::FCMP_TRUE: return B.getTrue();
    case FCmpInst::FCMP_OEQ: return cmp("eq", ICmpInst::ICMP_EQ);
    case FCmpInst::FCMP_UNE: return cmp("ne", ICmpInst::ICMP_NE);
    case FCmpInst::FCMP_OLT: return cmp("lt", ICmpInst::ICMP_SLT);
    case FCmpInst::FCMP_OLE: return cmp("le", ICmpInst::ICMP_SLE);
    case FCmpInst::FCMP_OGT: return cmp("gt", ICmpInst::ICMP_SGT);
    case FCmpInst::FCMP_OGE: return cmp("ge", ICmpInst::ICMP_SGE);
    // compiler-builtins returns "unordered" results chosen so these stay one call each.
    case FCmpInst::FCMP_ULT: return cmp("ge", ICmpInst::ICMP_SLT);
    case FCmpInst::FCMP_ULE: return cmp("gt", ICmpInst::ICMP_SLE);
    case FCmpInst::FCMP_UGT: return cmp("le", ICmpInst::ICMP_SGT);
    case FCmpInst::FCMP_UGE: return cmp("lt", ICmpInst::ICMP_SGE);
    case FCmpInst::FCMP_ORD: return cmp("unord", ICmpInst::ICMP_EQ);
    case FCmpInst::FCMP_UNO: return cmp("unord", ICmpInst::ICMP_NE);
    case FCmpInst::FCMP_ONE: return B.CreateAnd(cmp("unord", ICmpInst::ICMP_EQ), cmp("ne", ICmpInst::ICMP_NE));
    case FCmpInst::FCMP_UEQ: return B.CreateOr(cmp("unord", ICmpInst::ICMP_NE), cmp("eq", ICmpInst::ICMP_EQ));
    default: return nullptr;
    }
  }

  static bool isSoftFloat(Type *T) { return T->isFloatTy() || T->isDoubleTy(); }

  // llvm.round: halfway cases away from zero, the sign of zero kept. compiler-builtins' `round`
  // disagrees with native results on such cases, so it is built from trunc:
  // t = trunc(x); r = |x - t| >= 0.5 ? t + copysign(1, x) : t; then x's sign on r.
  Value *roundHalfAway(IRBuilder<> &B, Function *F, Value *X) {
    Type *T = X->getType();
    std::string sfx = suffix(T);
    unsigned W = T->getPrimitiveSizeInBits();
    Type *IT = B.getIntNTy(W);
    Value *Sign = ConstantInt::get(IT, APInt::getSignMask(W));
    auto bits = [&](Value *V) { return B.CreateBitCast(V, IT); };
    auto flt = [&](Value *V) { return B.CreateBitCast(V, T); };
    Value *Tr = flt(callFloat(B, F, T->isFloatTy() ? "truncf" : "trunc", {X}));
    Value *Frac = flt(callFloat(B, F, "__sub" + sfx + "3", {X, Tr}));
    Value *AbsFrac = flt(B.CreateAnd(bits(Frac), B.CreateNot(Sign)));
    Value *Half = compare(B, F, FCmpInst::FCMP_OGE, AbsFrac, ConstantFP::get(T, 0.5), sfx.c_str());
    Value *One = flt(B.CreateOr(bits(ConstantFP::get(T, 1.0)), B.CreateAnd(bits(X), Sign)));
    Value *Up = flt(callFloat(B, F, "__add" + sfx + "3", {Tr, One}));
    Value *R = B.CreateSelect(Half, Up, Tr);
    return flt(B.CreateOr(B.CreateAnd(bits(R), B.CreateNot(Sign)), B.CreateAnd(bits(X), Sign)));
  }

  static std::string fixName(bool Signed, Type *From, unsigned Bits) {
    return std::string("__fix") + (Signed ? "" : "uns") + suffix(From) + (Bits > 64 ? "ti" : Bits > 32 ? "di" : "si");
  }

  // Float intrinsics with a libm function of the same meaning (f32: the name plus "f").
  static const char *libmName(Intrinsic::ID ID) {
    switch (ID) {
    case Intrinsic::floor: return "floor";
    case Intrinsic::ceil: return "ceil";
    case Intrinsic::trunc: return "trunc";
    case Intrinsic::round: return "round";
    case Intrinsic::roundeven: return "roundeven";
    case Intrinsic::rint: return "rint";
    case Intrinsic::nearbyint: return "rint";  // no FP exceptions on SBF
    case Intrinsic::sqrt: return "sqrt";
    case Intrinsic::fma: return "fma";
    case Intrinsic::minnum: return "fmin";
    case Intrinsic::maxnum: return "fmax";
    case Intrinsic::minimumnum: return "fminimum_num";
    case Intrinsic::maximumnum: return "fmaximum_num";
    case Intrinsic::powi: return "__powi";
    default: return nullptr;
    }
  }

  void lowerFloats() {
    forEachInst([&](Instruction *I) {
      Function *F = I->getFunction();
      Type *T = I->getType();
      IRBuilder<> B(I);
      Value *New = nullptr;
      auto bad = [&](const Twine &what) { error(F, what); };
      if (auto *BO = dyn_cast<BinaryOperator>(I); BO && T->isFloatingPointTy()) {
        if (!isSoftFloat(T)) return bad("floating point of an unsupported width");
        const char *op = nullptr;
        switch (BO->getOpcode()) {
        case Instruction::FAdd: op = "add"; break;
        case Instruction::FSub: op = "sub"; break;
        case Instruction::FMul: op = "mul"; break;
        case Instruction::FDiv: op = "div"; break;
        default:  // frem: libm's fmod has its semantics
          New = B.CreateBitCast(callFloat(B, F, T->isFloatTy() ? "fmodf" : "fmod", {BO->getOperand(0), BO->getOperand(1)}), T);
          break;
        }
        if (New) {
          I->replaceAllUsesWith(New);
          I->eraseFromParent();
          return;
        }
        New = B.CreateBitCast(callFloat(B, F, std::string("__") + op + suffix(T) + "3", {BO->getOperand(0), BO->getOperand(1)}), T);
      } else if (I->getOpcode() == Instruction::FNeg) {
        unsigned Bits = T->getPrimitiveSizeInBits();
        Type *IT = B.getIntNTy(Bits);
        New = B.CreateBitCast(B.CreateXor(B.CreateBitCast(I->getOperand(0), IT), ConstantInt::get(IT, APInt::getSignMask(Bits))), T);
      } else if (auto *FC = dyn_cast<FCmpInst>(I)) {
        Type *OT = FC->getOperand(0)->getType();
        if (!isSoftFloat(OT)) return bad("floating-point comparison of an unsupported type");
        New = compare(B, F, FC->getPredicate(), FC->getOperand(0), FC->getOperand(1), suffix(OT));
      } else if (isa<FPToUIInst>(I) || isa<FPToSIInst>(I)) {
        Type *ST = I->getOperand(0)->getType();
        unsigned Bits = T->getIntegerBitWidth();
        if (!isSoftFloat(ST) || Bits > 128) return bad("float to integer conversion wider than 128 bits");
        New = B.CreateTrunc(callFloat(B, F, fixName(isa<FPToSIInst>(I), ST, Bits), {I->getOperand(0)}, Bits > 64 ? I128 : nullptr), T);
      } else if (isa<UIToFPInst>(I) || isa<SIToFPInst>(I)) {
        Type *ST = I->getOperand(0)->getType();
        unsigned Bits = ST->getIntegerBitWidth();
        if (!isSoftFloat(T) || Bits > 128) return bad("integer to float conversion wider than 128 bits");
        bool Signed = isa<SIToFPInst>(I);
        Type *WT = Bits > 64 ? I128 : I64;
        Value *Wide = Signed ? B.CreateSExt(I->getOperand(0), WT) : B.CreateZExt(I->getOperand(0), WT);
        std::string fn = std::string("__float") + (Signed ? "" : "un") + (Bits > 64 ? "ti" : "di") + suffix(T);
        New = B.CreateBitCast(callFloat(B, F, fn, {Wide}), T);
      } else if (isa<FPExtInst>(I) || isa<FPTruncInst>(I)) {
        if (!isSoftFloat(T) || !isSoftFloat(I->getOperand(0)->getType())) return bad("float conversion of an unsupported type");
        New = B.CreateBitCast(callFloat(B, F, isa<FPExtInst>(I) ? "__extendsfdf2" : "__truncdfsf2", {I->getOperand(0)}), T);
      } else if (auto *II = dyn_cast<IntrinsicInst>(I)) {
        auto ID = II->getIntrinsicID();
        if ((ID == Intrinsic::fptoui_sat || ID == Intrinsic::fptosi_sat) && isSoftFloat(II->getArgOperand(0)->getType())) {
          // Rust's `f as uN/iN` saturates: NaN -> 0, out of range -> the nearest bound.
          Value *X = II->getArgOperand(0);
          Type *FT = X->getType();
          unsigned Bits = T->getIntegerBitWidth();
          if (Bits > 128) return bad("saturating float to integer conversion wider than 128 bits");
          bool Signed = ID == Intrinsic::fptosi_sat;
          const char *sfx = suffix(FT);
          double Lo = Signed ? -std::ldexp(1.0, Bits - 1) : 0.0, Hi = std::ldexp(1.0, Signed ? Bits - 1 : Bits);
          Value *Nan = compare(B, F, FCmpInst::FCMP_UNO, X, X, sfx);
          Value *Below = compare(B, F, Signed ? FCmpInst::FCMP_OLT : FCmpInst::FCMP_OLE, X, ConstantFP::get(FT, Lo), sfx);
          Value *Above = compare(B, F, FCmpInst::FCMP_OGE, X, ConstantFP::get(FT, Hi), sfx);
          Value *Conv = B.CreateTrunc(callFloat(B, F, fixName(Signed, FT, Bits), {X}, Bits > 64 ? I128 : nullptr), T);
          APInt Min = Signed ? APInt::getSignedMinValue(Bits) : APInt::getZero(Bits);
          APInt Max = Signed ? APInt::getSignedMaxValue(Bits) : APInt::getMaxValue(Bits);
          Value *V = B.CreateSelect(Above, ConstantInt::get(T, Max), Conv);
          V = B.CreateSelect(Below, ConstantInt::get(T, Min), V);
          New = B.CreateSelect(Nan, ConstantInt::get(T, 0), V);
        } else if (const char *Fn = libmName(ID); Fn && isSoftFloat(T)) {
          // compiler-builtins carries libm for targets without one: floor, sqrt, fmin, ...
          std::string Name = std::string(Fn) + (T->isFloatTy() && Fn[0] != '_' ? "f" : "");
          if (ID == Intrinsic::powi) Name = std::string("__powi") + suffix(T) + "2";
          SmallVector<Value *, 3> Args(II->args());
          New = B.CreateBitCast(callFloat(B, F, Name, Args), T);
          if (ID == Intrinsic::round) New = roundHalfAway(B, F, Args[0]);
        } else if (II->getIntrinsicID() == Intrinsic::fmuladd && isSoftFloat(T)) {
          std::string s = suffix(T);
          Value *Mul = B.CreateBitCast(callFloat(B, F, "__mul" + s + "3", {II->getArgOperand(0), II->getArgOperand(1)}), T);
          New = B.CreateBitCast(callFloat(B, F, "__add" + s + "3", {Mul, II->getArgOperand(2)}), T);
        } else if (ID == Intrinsic::copysign && isSoftFloat(T)) {
          // Pure sign-bit arithmetic, exact for NaN too.
          unsigned Bits = T->getPrimitiveSizeInBits();
          Type *IT = B.getIntNTy(Bits);
          Value *Sign = ConstantInt::get(IT, APInt::getSignMask(Bits));
          Value *Mag = B.CreateAnd(B.CreateBitCast(II->getArgOperand(0), IT), B.CreateNot(Sign));
          New = B.CreateBitCast(B.CreateOr(Mag, B.CreateAnd(B.CreateBitCast(II->getArgOperand(1), IT), Sign)), T);
        } else if (II->getIntrinsicID() == Intrinsic::fabs && isSoftFloat(T)) {
          unsigned Bits = T->getPrimitiveSizeInBits();
          Type *IT = B.getIntNTy(Bits);
          New = B.CreateBitCast(B.CreateAnd(B.CreateBitCast(II->getArgOperand(0), IT), ConstantInt::get(IT, APInt::getSignedMaxValue(Bits))), T);
        } else if (T->isFloatingPointTy() && !isa<ConstrainedFPIntrinsic>(II)) {
          return bad("floating-point intrinsic " + II->getCalledFunction()->getName());
        } else return;
      } else return;
      if (!New) return;
      I->replaceAllUsesWith(New);
      I->eraseFromParent();
    });
  }

  // ---- 128-bit and signed integer arithmetic --------------------------------------------
  std::pair<Value *, Value *> halves(IRBuilder<> &B, Value *V) {
    return {B.CreateTrunc(V, I64), B.CreateTrunc(B.CreateLShr(V, 64), I64)};
  }

  // Calls a helper that writes `words` 64-bit words through its first argument; returns the
  // 128-bit value at word `at`.
  Value *callOut(IRBuilder<> &B, Function *H, unsigned words, ArrayRef<Value *> Args, unsigned at) {
    Function *F = B.GetInsertBlock()->getParent();
    IRBuilder<> EB(&*F->getEntryBlock().getFirstInsertionPt());
    AllocaInst *Out = EB.CreateAlloca(ArrayType::get(I64, words));
    Out->setAlignment(Align(16));
    B.CreateLifetimeStart(Out);
    SmallVector<Value *, 5> All{Out};
    All.append(Args.begin(), Args.end());
    B.CreateCall(H, All);
    Value *V = B.CreateAlignedLoad(I128, B.CreateConstInBoundsGEP1_64(I64, Out, at * 2), Align(16));
    B.CreateLifetimeEnd(Out);
    return V;
  }

  // Wider than 128 bits: operands and results go through memory as arrays of 64-bit words.
  Value *lowerWide(IRBuilder<> &B, BinaryOperator *BO) {
    Function *F = BO->getFunction();
    Type *T = BO->getType();
    unsigned Bits = T->getIntegerBitWidth(), Words = Bits / 64;
    auto Op = BO->getOpcode();
    bool Shift = Op == Instruction::Shl || Op == Instruction::LShr || Op == Instruction::AShr;
    if (Shift && isa<ConstantInt>(BO->getOperand(1))) return nullptr;  // constant shifts lower inline
    bool Div = Op == Instruction::UDiv || Op == Instruction::URem || Op == Instruction::SDiv || Op == Instruction::SRem;
    if (!Shift && !Div && Op != Instruction::Mul) return nullptr;  // add/sub/logic lower inline
    if (F->getName().starts_with("__sbf_")) return error(F, "wide arithmetic inside a runtime helper"), nullptr;
    if (Bits % 64 || Words > 8) return error(F, Twine(Bits) + "-bit integer arithmetic"), nullptr;
    const char *fn = Op == Instruction::Mul ? "__sbf_mul_wide"
                     : Op == Instruction::Shl ? "__sbf_shl_wide"
                     : Op == Instruction::LShr ? "__sbf_lshr_wide"
                     : Op == Instruction::AShr ? "__sbf_ashr_wide"
                     : (Op == Instruction::SDiv || Op == Instruction::SRem) ? "__sbf_sdivmod_wide"
                                                                            : "__sbf_udivmod_wide";
    Function *H = helper(fn, F);
    if (!H) return nullptr;
    IRBuilder<> EB(&*F->getEntryBlock().getFirstInsertionPt());
    auto slot = [&](Value *V) {
      AllocaInst *A = EB.CreateAlloca(T);
      A->setAlignment(Align(16));
      B.CreateLifetimeStart(A);
      if (V) B.CreateAlignedStore(V, A, Align(16));
      return A;
    };
    AllocaInst *L = slot(BO->getOperand(0)), *Out = slot(nullptr);
    Value *N = B.getInt64(Words);
    SmallVector<AllocaInst *, 4> Slots{L, Out};
    if (Shift) {
      B.CreateCall(H, {Out, L, B.CreateTrunc(BO->getOperand(1), I64), N});
    } else {
      AllocaInst *R = slot(BO->getOperand(1));
      Slots.push_back(R);
      if (Div) {
        AllocaInst *Rem = slot(nullptr);
        Slots.push_back(Rem);
        bool WantRem = Op == Instruction::URem || Op == Instruction::SRem;
        B.CreateCall(H, {WantRem ? Rem : Out, WantRem ? Out : Rem, L, R, N});
      } else {
        B.CreateCall(H, {Out, L, R, N});
      }
    }
    Value *V = B.CreateAlignedLoad(T, Out, Align(16));
    for (AllocaInst *A : Slots) B.CreateLifetimeEnd(A);
    return V;
  }

  void lowerIntegers() {
    forEachInst([&](Instruction *I) {
      Function *F = I->getFunction();
      IRBuilder<> B(I);
      Value *New = nullptr;
      Type *T = I->getType();
      unsigned Bits = T->isIntegerTy() ? T->getIntegerBitWidth() : 0;
      if (auto *BO = dyn_cast<BinaryOperator>(I); BO && Bits > 128) {
        New = lowerWide(B, BO);
        if (!New) return;
      } else if (auto *BO = dyn_cast<BinaryOperator>(I); BO && Bits > 64) {
        if (Bits != 128) return error(F, Twine(Bits) + "-bit integer arithmetic");
        // A helper lowered to itself would recurse forever; sbf_rt.c must stay 64-bit.
        if (F->getName().starts_with("__sbf_")) return error(F, "128-bit arithmetic inside a runtime helper");
        auto Op = BO->getOpcode();
        bool Shift = Op == Instruction::Shl || Op == Instruction::LShr || Op == Instruction::AShr;
        if (Shift && isa<ConstantInt>(BO->getOperand(1))) return;  // constant shifts lower inline
        auto [a0, a1] = halves(B, BO->getOperand(0));
        if (Shift) {
          const char *fn = Op == Instruction::Shl ? "__sbf_shl128" : Op == Instruction::LShr ? "__sbf_lshr128" : "__sbf_ashr128";
          Function *H = helper(fn, F);
          if (!H) return;
          New = callOut(B, H, 2, {a0, a1, B.CreateTrunc(BO->getOperand(1), I64)}, 0);
        } else if (Op == Instruction::Mul || Op == Instruction::UDiv || Op == Instruction::URem || Op == Instruction::SDiv ||
                   Op == Instruction::SRem) {
          auto [b0, b1] = halves(B, BO->getOperand(1));
          if (Op == Instruction::Mul) {
            Function *H = helper("__sbf_mul128", F);
            if (!H) return;
            New = callOut(B, H, 2, {a0, a1, b0, b1}, 0);
          } else {
            bool Signed = Op == Instruction::SDiv || Op == Instruction::SRem;
            Function *H = helper(Signed ? "__sbf_sdivmod128" : "__sbf_udivmod128", F);
            if (!H) return;
            New = callOut(B, H, 4, {a0, a1, b0, b1}, (Op == Instruction::URem || Op == Instruction::SRem) ? 1 : 0);
          }
        } else return;  // add/sub/logic lower inline
      } else if (auto *BO = dyn_cast<BinaryOperator>(I);
                 BO && Bits && (BO->getOpcode() == Instruction::SDiv || BO->getOpcode() == Instruction::SRem)) {
        // SBPF v0 has no signed division.
        Function *H = helper(BO->getOpcode() == Instruction::SDiv ? "__sbf_sdiv64" : "__sbf_srem64", F);
        if (!H) return;
        New = B.CreateTrunc(B.CreateCall(H, {B.CreateSExt(BO->getOperand(0), I64), B.CreateSExt(BO->getOperand(1), I64)}), T);
      } else if (auto *II = dyn_cast<IntrinsicInst>(I)) {
        auto ID = II->getIntrinsicID();
        if (ID != Intrinsic::umul_with_overflow && ID != Intrinsic::smul_with_overflow) return;
        Type *VT = II->getArgOperand(0)->getType();
        unsigned W = VT->getIntegerBitWidth();
        if (W <= 32) return;  // promoted to a 64-bit multiply by the backend
        bool Signed = ID == Intrinsic::smul_with_overflow;
        Value *L = II->getArgOperand(0), *R = II->getArgOperand(1);
        Value *Prod, *Ov;
        if (W == 64) {
          Function *H = helper(Signed ? "__sbf_smulo64" : "__sbf_umulo64", F);
          if (!H) return;
          Prod = B.CreateMul(L, R);
          Ov = B.CreateICmpNE(B.CreateCall(H, {L, R}), B.getInt64(0));
        } else if (W == 128) {
          Function *H = helper(Signed ? "__sbf_smulo128" : "__sbf_umulo128", F);
          Function *M128 = helper("__sbf_mul128", F);
          if (!H || !M128) return;
          auto [a0, a1] = halves(B, L);
          auto [b0, b1] = halves(B, R);
          Prod = callOut(B, M128, 2, {a0, a1, b0, b1}, 0);
          Ov = B.CreateICmpNE(B.CreateCall(H, {a0, a1, b0, b1}), B.getInt64(0));
        } else return error(F, Twine(W) + "-bit multiply with overflow check");
        Value *Agg = B.CreateInsertValue(PoisonValue::get(T), Prod, 0);
        New = B.CreateInsertValue(Agg, Ov, 1);
      } else return;
      I->replaceAllUsesWith(New);
      I->eraseFromParent();
    });
  }

  // ---- calling convention --------------------------------------------------------------
  // BPF passes at most 5 arguments, in registers, and returns at most 64 bits in r0. Functions
  // beyond that get a new signature: (ptr ret?, ptr args?) where `ret` receives the return value
  // (sret) and `args` points to a caller-built block holding the original arguments. Direct and
  // indirect calls are rewritten alike, so function pointers (vtables) stay consistent.
  struct Shape {
    bool Sret = false, Pack = false;
    bool needed() const { return Sret || Pack; }
  };

  static unsigned regs(Type *T) {
    if (T->isPointerTy() || T->isFloatTy() || T->isDoubleTy()) return 1;
    if (T->isIntegerTy()) return T->getIntegerBitWidth() <= 64 ? 1 : T->getIntegerBitWidth() <= 128 ? 2 : 99;
    return 99;
  }

  static Shape shapeOf(FunctionType *FT) {
    Shape S;
    Type *R = FT->getReturnType();
    S.Sret = !(R->isVoidTy() || regs(R) == 1);
    unsigned n = S.Sret;
    for (Type *P : FT->params()) n += regs(P);
    S.Pack = n > 5;
    return S;
  }

  FunctionType *newType(FunctionType *FT, Shape S) {
    SmallVector<Type *, 8> Params;
    if (S.Sret) Params.push_back(Ptr);
    if (S.Pack) Params.push_back(Ptr);
    else Params.append(FT->param_begin(), FT->param_end());
    return FunctionType::get(S.Sret ? Type::getVoidTy(C) : FT->getReturnType(), Params, false);
  }

  StructType *argBlock(FunctionType *FT) { return StructType::get(C, FT->params()); }

  static bool isSyscall(const CallBase *CB) {
    const Value *V = CB->getCalledOperand()->stripPointerCasts();
    if (auto *CE = dyn_cast<ConstantExpr>(V)) return CE->getOpcode() == Instruction::IntToPtr;
    return false;
  }

  void rewriteCall(CallBase *CB, Value *Callee, Shape S) {
    FunctionType *FT = CB->getFunctionType();
    Function *Caller = CB->getFunction();
    if (!isa<CallInst>(CB)) return error(Caller, "an invoke of a function with a wide signature");
    if (cast<CallInst>(CB)->isMustTailCall()) return error(Caller, "a musttail call with more than 5 arguments");
    IRBuilder<> EB(&*Caller->getEntryBlock().getFirstInsertionPt());
    IRBuilder<> B(CB);
    SmallVector<Value *, 2> Args;
    AllocaInst *Ret = nullptr, *Block = nullptr;
    if (S.Sret) {
      Ret = EB.CreateAlloca(FT->getReturnType());
      B.CreateLifetimeStart(Ret);
      Args.push_back(Ret);
    }
    if (S.Pack) {
      StructType *ST = argBlock(FT);
      Block = EB.CreateAlloca(ST);
      B.CreateLifetimeStart(Block);
      for (unsigned i = 0; i < FT->getNumParams(); ++i) B.CreateStore(CB->getArgOperand(i), B.CreateStructGEP(ST, Block, i));
      Args.push_back(Block);
    } else {
      for (unsigned i = 0; i < FT->getNumParams(); ++i) Args.push_back(CB->getArgOperand(i));
    }
    CallInst *New = B.CreateCall(newType(FT, S), Callee, Args);
    New->setCallingConv(CB->getCallingConv());
    if (CB->doesNotReturn()) New->setDoesNotReturn();
    if (Ret) {
      Value *V = B.CreateLoad(FT->getReturnType(), Ret);
      B.CreateLifetimeEnd(Ret);
      CB->replaceAllUsesWith(V);
    } else if (!CB->getType()->isVoidTy()) {
      CB->replaceAllUsesWith(New);
    }
    if (Block) B.CreateLifetimeEnd(Block);
    CB->eraseFromParent();
  }

  Function *rewriteDefinition(Function *F, Shape S) {
    FunctionType *FT = F->getFunctionType();
    Function *NF = Function::Create(newType(FT, S), F->getLinkage(), F->getAddressSpace(), "", &M);
    NF->takeName(F);
    NF->setCallingConv(F->getCallingConv());
    NF->copyMetadata(F, 0);
    AttributeList A = F->getAttributes();
    // Writing the result through a pointer means the function now writes memory.
    AttrBuilder FnAttrs(C, A.getFnAttrs());
    FnAttrs.removeAttribute(Attribute::Memory);
    NF->addFnAttrs(FnAttrs);
    NF->splice(NF->begin(), F);
    unsigned first = S.Sret ? 1 : 0;
    if (S.Pack) {
      IRBuilder<> B(&*NF->getEntryBlock().getFirstInsertionPt());
      StructType *ST = argBlock(FT);
      Argument *Block = NF->getArg(first);
      for (unsigned i = 0; i < FT->getNumParams(); ++i) {
        Value *V = B.CreateLoad(FT->getParamType(i), B.CreateStructGEP(ST, Block, i));
        F->getArg(i)->replaceAllUsesWith(V);
      }
    } else {
      for (unsigned i = 0; i < FT->getNumParams(); ++i) {
        NF->getArg(first + i)->takeName(F->getArg(i));
        F->getArg(i)->replaceAllUsesWith(NF->getArg(first + i));
      }
    }
    if (S.Sret) {
      Argument *Ret = NF->getArg(0);
      for (BasicBlock &BB : *NF)
        if (auto *RI = dyn_cast<ReturnInst>(BB.getTerminator())) {
          IRBuilder<> B(RI);
          B.CreateStore(RI->getReturnValue(), Ret);
          B.CreateRetVoid();
          RI->eraseFromParent();
        }
    }
    return NF;
  }

  // rustc marks indirect returns `sret`; the BPF backend rejects any sret parameter ("aggregate
  // returns are not supported") although for BPF it is an ordinary pointer.
  void dropStructRet() {
    for (Function &F : M) {
      for (Argument &A : F.args())
        if (A.hasStructRetAttr()) F.removeParamAttr(A.getArgNo(), Attribute::StructRet);
      for (Instruction &I : instructions(F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          for (unsigned i = 0; i < CB->arg_size(); ++i)
            if (CB->paramHasAttr(i, Attribute::StructRet)) CB->removeParamAttr(i, Attribute::StructRet);
    }
  }

  void rewriteCallingConvention() {
    dropStructRet();
    // Definitions first, remembering which old function each new one replaces.
    DenseMap<Function *, std::pair<Function *, Shape>> Replaced;
    for (Function &F : make_early_inc_range(M)) {
      if (F.isIntrinsic()) continue;
      FunctionType *FT = F.getFunctionType();
      Shape S = shapeOf(FT);
      if (FT->isVarArg()) { if (!F.use_empty()) error(&F, "a variadic function"); continue; }
      if (!S.needed()) continue;
      if (F.isDeclaration()) {
        if (!F.use_empty()) error(&F, "an external function with more than 5 arguments or a wide return");
        continue;
      }
      if (Exported.count(F.getName().str())) { error(&F, "an exported function with a wide signature"); continue; }
      Function *NF = rewriteDefinition(&F, S);
      Replaced[&F] = {NF, S};
    }
    // Then every call whose signature needs the new convention, direct or indirect.
    std::vector<CallBase *> Calls;
    for (Function &F : M)
      for (Instruction &I : instructions(F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (!CB->isInlineAsm() && !isa<IntrinsicInst>(CB)) Calls.push_back(CB);
    for (CallBase *CB : Calls) {
      Value *Callee = CB->getCalledOperand();
      auto *Old = dyn_cast<Function>(Callee->stripPointerCasts());
      Shape S = shapeOf(CB->getFunctionType());
      if (!S.needed()) continue;
      if (isSyscall(CB)) {
        error(CB->getFunction(), "a syscall with more than 5 arguments or a wide return");
        continue;
      }
      if (Old) {
        auto It = Replaced.find(Old);
        if (It == Replaced.end()) continue;  // an undefined external: reported above
        rewriteCall(CB, It->second.first, S);
      } else {
        rewriteCall(CB, Callee, S);
      }
    }
    // Remaining uses (vtables, stored function pointers) take the new function.
    for (auto &[Old, New] : Replaced) {
      Old->replaceAllUsesWith(New.first);
      Old->eraseFromParent();
    }
  }

  // ---- oversized functions -------------------------------------------------------------
  // SBPF jumps carry 16-bit instruction offsets, so a function must stay well under 32k
  // instructions. Large functions (typically a dispatcher with everything inlined) give up
  // their largest single-entry regions (dominator subtrees) to new noinline functions.
  // CodeExtractor's aggregate-argument mode passes all inputs and outputs through one struct
  // pointer, so no >5-argument call appears, and allocas used only inside a region move with it
  // so the caller's stack frame shrinks rather than grows.
  static unsigned size(Function &F) {
    unsigned n = 0;
    for (BasicBlock &BB : F) n += BB.size();
    return n;
  }

  // Family: the functions already split out of F. A region that calls one of them would nest the
  // pieces (each calling the next), and the SVM allows only 64 nested calls, so such regions are
  // taken only when nothing else is left.
  bool splitOnce(Function &F, std::set<BasicBlock *> &Rejected, const std::set<Function *> &Family, bool AllowNesting) {
    const unsigned MinRegion = 64;
    DominatorTree DT(F);
    DenseMap<BasicBlock *, unsigned> Subtree;
    DenseMap<BasicBlock *, bool> CallsFamily;
    for (DomTreeNode *N : post_order(DT.getRootNode())) {
      BasicBlock *BB = N->getBlock();
      unsigned n = BB->size();
      bool calls = any_of(*BB, [&](Instruction &I) {
        auto *CB = dyn_cast<CallBase>(&I);
        return CB && Family.count(CB->getCalledFunction());
      });
      for (DomTreeNode *Child : N->children()) {
        n += Subtree[Child->getBlock()];
        calls |= CallsFamily[Child->getBlock()];
      }
      Subtree[BB] = n;
      CallsFamily[BB] = calls;
    }
    // Extraction adds code (unpacking the argument block), so a piece must leave room below the
    // limit or it would need splitting again, piece after piece.
    unsigned Total = size(F), Cap = std::min<unsigned>(SplitLimit * 3 / 4, Total - MinRegion);
    std::vector<std::pair<unsigned, BasicBlock *>> Candidates;
    for (auto &[BB, n] : Subtree)
      if (BB != &F.getEntryBlock() && n >= MinRegion && n <= Cap && !Rejected.count(BB) && !BB->isEHPad() &&
          (AllowNesting || !CallsFamily[BB]))
        Candidates.push_back({n, BB});
    std::sort(Candidates.begin(), Candidates.end(), [](auto &a, auto &b) { return a.first > b.first; });
    for (auto &[n, Head] : Candidates) {
      SmallVector<BasicBlock *, 64> Region;
      for (DomTreeNode *N : depth_first(DT.getNode(Head))) Region.push_back(N->getBlock());
      SmallPtrSet<BasicBlock *, 32> In(Region.begin(), Region.end());
      SmallVector<AllocaInst *, 16> Sunk;
      for (Instruction &I : F.getEntryBlock())
        if (auto *A = dyn_cast<AllocaInst>(&I); A && A->isStaticAlloca() && !A->use_empty() &&
            all_of(A->users(), [&](User *U) { return isa<Instruction>(U) && In.count(cast<Instruction>(U)->getParent()); }))
          Sunk.push_back(A);
      for (AllocaInst *A : Sunk) A->moveBefore(Head->getFirstInsertionPt());
      CodeExtractor CE(Region, &DT, /*AggregateArgs=*/true, nullptr, nullptr, nullptr, false, /*AllowAlloca=*/true, nullptr, "sbf.split");
      Function *NF = CE.isEligible() ? CE.extractCodeRegion(CodeExtractorAnalysisCache(F)) : nullptr;
      if (!NF) {
        for (AllocaInst *A : Sunk) A->moveBefore(F.getEntryBlock().getFirstInsertionPt());
        Rejected.insert(Head);
        continue;
      }
      // BPF has no dynamic stack allocation: every alloca belongs in the entry block.
      SmallVector<AllocaInst *, 16> Static;
      for (BasicBlock &BB : *NF)
        if (&BB != &NF->getEntryBlock())
          for (Instruction &I : BB)
            if (auto *A = dyn_cast<AllocaInst>(&I); A && isa<ConstantInt>(A->getArraySize())) Static.push_back(A);
      for (AllocaInst *A : Static) A->moveBefore(NF->getEntryBlock().getFirstInsertionPt());
      NF->removeFnAttr(Attribute::AlwaysInline);
      NF->addFnAttr(Attribute::NoInline);
      if (SplitVerbose)
        errs() << "sbf-split: " << name(&F).substr(0, 60) << " (" << Total << ") -> " << n << " insts"
               << (CallsFamily[Head] ? " (nested)" : "") << "\n";
      return true;
    }
    return false;
  }

  // A single block larger than a piece cannot be moved by region extraction; cut it into a
  // chain of blocks first (values live across a cut become arguments of the piece).
  void chopLargeBlocks(Function &F) {
    const unsigned Chunk = SplitLimit / 4;
    std::vector<BasicBlock *> Blocks;
    for (BasicBlock &BB : F) Blocks.push_back(&BB);
    for (BasicBlock *BB : Blocks)
      while (BB->size() > 2 * Chunk) {
        auto It = BB->getFirstNonPHIIt();
        for (unsigned i = 0; i < Chunk && std::next(It) != BB->end(); ++i) ++It;
        BB = BB->splitBasicBlock(It);
      }
  }

  void splitLargeFunctions() {
    for (Function &F : M)
      if (!F.isDeclaration() && size(F) > SplitLimit) chopLargeBlocks(F);
    std::vector<Function *> Work;
    for (Function &F : M)
      if (!F.isDeclaration()) Work.push_back(&F);
    while (!Work.empty()) {
      Function *F = Work.back();
      Work.pop_back();
      std::set<BasicBlock *> Rejected;
      std::set<Function *> Family;
      while (size(*F) > SplitLimit) {
        unsigned Before = M.size();
        if (!splitOnce(*F, Rejected, Family, false) && !splitOnce(*F, Rejected, Family, true)) {
          error(F, "a function of " + Twine(size(*F)) + " IR instructions that cannot be split below " + Twine(SplitLimit) +
                       " (too large for 16-bit jump offsets)");
          break;
        }
        // The extracted function may itself be too large.
        if (M.size() > Before) {
          Function *Piece = &*std::prev(M.end());
          Family.insert(Piece);
          Work.push_back(Piece);
        }
      }
    }
  }

  // The SVM aborts a program whose calls nest deeper than 64 frames ("exceeded max BPF to BPF
  // call depth"). Recursion is the program's business; a deep static chain is ours to report.
  // A chain that starts at a function called through a pointer counts without its callers, so
  // what is reported is certainly too deep.
  void checkCallDepth() {
    const unsigned MaxFrames = 64;
    Function *Entry = M.getFunction("entrypoint");
    if (!Entry || Entry->isDeclaration()) return;
    DenseMap<Function *, unsigned> Depth;  // longest chain below F, in frames
    DenseMap<Function *, Function *> Next;  // the callee on that chain
    std::set<Function *> OnPath;
    std::function<unsigned(Function *)> depth = [&](Function *F) -> unsigned {
      if (auto It = Depth.find(F); It != Depth.end()) return It->second;
      if (!OnPath.insert(F).second) return 0;  // recursion
      unsigned Best = 0;
      for (Instruction &I : instructions(*F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (Function *Callee = CB->getCalledFunction(); Callee && !Callee->isDeclaration())
            if (unsigned D = depth(Callee); D > Best) Best = D, Next[F] = Callee;
      OnPath.erase(F);
      return Depth[F] = Best + 1;
    };
    // Functions called through pointers (vtables, tables of handlers) start chains of their own,
    // which a direct-call walk from the entrypoint never reaches.
    Function *Root = Entry;
    unsigned D = depth(Entry);
    for (Function &F : M)
      if (!F.isDeclaration() && F.hasAddressTaken())
        if (unsigned FD = depth(&F); FD > D) D = FD, Root = &F;
    if (D <= MaxFrames) return;
    // Name the chain: its first frames and its deepest one are where to look.
    std::vector<Function *> Chain;
    for (Function *F = Root; F; F = Next.lookup(F)) Chain.push_back(F);
    std::string Path;
    for (size_t i = 0; i < Chain.size(); ++i) {
      if (i == 4 && Chain.size() > 6) { Path += " -> ..."; i = Chain.size() - 2; }
      Path += (i ? " -> `" : "`") + name(Chain[i]) + "`";
    }
    error(Chain.back(), "calls nested " + Twine(D) + " frames deep (" + Path + "); the SVM allows " + Twine(MaxFrames));
  }


  // ---- alignment -----------------------------------------------------------------------
  // The backend inlines a small enough memcpy/memset as loads and stores of the alignment it can
  // prove (from the call, the stack object, the global or the pointer argument's attribute) and
  // knows only 1, 2, 4 and 8: a 16-byte aligned copy of 1-2 KiB (a value holding u128s, which
  // the BPF data layout aligns to 16) reaches an unreachable and crashes the code generator.
  // SBF loads and stores are at most 8 bytes wide and the SVM allows unaligned access, so no
  // object or access is promised more than 8 bytes of alignment.
  void lowerAlignment() {
    const Align Max(8);
    auto clampAttrs = [&](auto &&getAlign, auto &&setAlign, unsigned N) {
      for (unsigned i = 0; i < N; ++i)
        if (MaybeAlign A = getAlign(i); A && *A > Max) setAlign(i);
    };
    for (GlobalVariable &G : M.globals())
      if (!G.isDeclaration() && DL.getPreferredAlign(&G) > Max) G.setAlignment(Max);
    for (Function &F : M) {
      clampAttrs([&](unsigned i) { return F.getParamAlign(i); },
                 [&](unsigned i) { F.removeParamAttr(i, Attribute::Alignment); F.addParamAttr(i, Attribute::getWithAlignment(C, Max)); },
                 F.arg_size());
      if (MaybeAlign A = F.getAttributes().getRetAlignment(); A && *A > Max) {
        F.removeRetAttr(Attribute::Alignment);
        F.addRetAttr(Attribute::getWithAlignment(C, Max));
      }
    }
    forEachInst([&](Instruction *I) {
      if (auto *AI = dyn_cast<AllocaInst>(I)) { if (AI->getAlign() > Max) AI->setAlignment(Max); }
      else if (auto *LI = dyn_cast<LoadInst>(I)) { if (LI->getAlign() > Max) LI->setAlignment(Max); }
      else if (auto *SI = dyn_cast<StoreInst>(I)) { if (SI->getAlign() > Max) SI->setAlignment(Max); }
      if (auto *MI = dyn_cast<MemIntrinsic>(I)) {
        if (MI->getDestAlign().valueOrOne() > Max) MI->setDestAlignment(Max);
        if (auto *MT = dyn_cast<MemTransferInst>(MI))
          if (MT->getSourceAlign().valueOrOne() > Max) MT->setSourceAlignment(Max);
      }
      if (auto *CB = dyn_cast<CallBase>(I)) {
        clampAttrs([&](unsigned i) { return CB->getParamAlign(i); },
                   [&](unsigned i) { CB->removeParamAttr(i, Attribute::Alignment); CB->addParamAttr(i, Attribute::getWithAlignment(C, Max)); },
                   CB->arg_size());
        if (MaybeAlign A = CB->getRetAlign(); A && *A > Max) {
          CB->removeRetAttr(Attribute::Alignment);
          CB->addRetAttr(Attribute::getWithAlignment(C, Max));
        }
      }
    });
  }

  // ---- final check ---------------------------------------------------------------------
  void verify() {
    for (GlobalVariable &G : M.globals())
      if (!G.isConstant() && !G.isDeclaration() && !G.getName().starts_with("llvm.") && !G.use_empty()) {
        std::string user;
        for (User *U : G.users())
          if (auto *I = dyn_cast<Instruction>(U)) { user = name(I->getFunction()); break; }
        Errors.push_back("writable static `" + demangle(G.getName().str()) + "` (" +
                         std::to_string(DL.getTypeAllocSize(G.getValueType())) + " bytes" +
                         (user.empty() ? "" : ", used in `" + user + "`") +
                         "): SBPF programs cannot have .data/.bss; make it a constant or keep it in an account");
      }
    for (Function &F : M) {
      if (F.isIntrinsic()) continue;
      if (shapeOf(F.getFunctionType()).needed() && !F.use_empty()) error(&F, "a signature wider than 5 argument registers or 64 return bits remains");
      for (Instruction &I : instructions(F)) {
        if (I.getType()->isFloatingPointTy() && isa<BinaryOperator>(I)) error(&F, "floating point arithmetic remains");
        if (isa<FCmpInst>(I) || isa<FPToUIInst>(I) || isa<FPToSIInst>(I) || isa<UIToFPInst>(I) || isa<SIToFPInst>(I))
          error(&F, "a floating-point comparison or conversion remains");
        if (auto *II = dyn_cast<IntrinsicInst>(&I))
          if (II->getIntrinsicID() == Intrinsic::fptoui_sat || II->getIntrinsicID() == Intrinsic::fptosi_sat)
            error(&F, "a saturating float to integer conversion remains");
        if (auto *BO = dyn_cast<BinaryOperator>(&I)) {
          unsigned Bits = BO->getType()->isIntegerTy() ? BO->getType()->getIntegerBitWidth() : 0;
          auto Op = BO->getOpcode();
          bool Div = Op == Instruction::UDiv || Op == Instruction::URem || Op == Instruction::SDiv || Op == Instruction::SRem;
          if (Bits > 64 && (Op == Instruction::Mul || Div)) error(&F, "128-bit multiply or division remains");
          if (Op == Instruction::SDiv || Op == Instruction::SRem) error(&F, "signed division remains");
        }
      }
    }
  }
};

struct SbfLegalisePass : PassInfoMixin<SbfLegalisePass> {
  PreservedAnalyses run(Module &M, ModuleAnalysisManager &) {
    Legaliser L(M);
    if (!L.run()) report_fatal_error("sbf-legalise failed", false);
    return PreservedAnalyses::none();
  }
};

} // namespace

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "SbfLegalise", "1", [](PassBuilder &PB) {
            PB.registerPipelineParsingCallback([](StringRef Name, ModulePassManager &MPM, ArrayRef<PassBuilder::PipelineElement>) {
              if (Name != "sbf-legalise") return false;
              MPM.addPass(SbfLegalisePass());
              return true;
            });
          }};
}
