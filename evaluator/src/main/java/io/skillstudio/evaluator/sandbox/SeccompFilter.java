package io.skillstudio.evaluator.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;

/**
 * A classic-BPF seccomp program, as bubblewrap's {@code --seccomp FD} takes it, that makes the
 * sandboxed interpreter the only process it will ever have: every way to create a process or thread
 * ({@code fork}, {@code vfork}, {@code clone}, {@code clone3}) fails with EPERM, and so do the calls
 * that reach other processes or the kernel's attack surface ({@code ptrace}, {@code unshare},
 * {@code setns}, {@code mount}, {@code bpf}, {@code perf_event_open}, {@code userfaultfd},
 * {@code io_uring_setup}). That is the process-count limit: RLIMIT_NPROC is not enforced for root, and
 * a count per user would mix the sandbox with the user's desktop. A system call of another ABI
 * (i386 via {@code int 0x80}, x32) kills the process. Only x86-64 and aarch64 are known.
 */
final class SeccompFilter {
    private static final int LD_W_ABS = 0x20;
    private static final int JEQ_K = 0x15;
    private static final int JGE_K = 0x35;
    private static final int RET_K = 0x06;
    private static final int RET_KILL_PROCESS = 0x80000000;
    private static final int RET_ALLOW = 0x7fff0000;
    private static final int RET_EPERM = 0x00050000 | 1;
    private static final int X32_BIT = 0x40000000;

    private SeccompFilter() {}

    /** The program for {@code os.arch}, or empty on an architecture whose numbers are not known here. */
    static Optional<byte[]> forArch(String osArch) {
        return switch (osArch) {
            // clone, fork, vfork, clone3, ptrace, unshare, setns, mount, bpf, perf_event_open, userfaultfd,
            // io_uring_setup
            case "amd64", "x86_64" ->
                Optional.of(
                        program(0xc000003e, true, List.of(56, 57, 58, 435, 101, 272, 308, 165, 321, 298, 323, 425)));
            // clone, clone3, ptrace, unshare, setns, mount, bpf, perf_event_open, userfaultfd, io_uring_setup
            case "aarch64" ->
                Optional.of(program(0xc00000b7, false, List.of(220, 435, 117, 97, 268, 40, 280, 241, 282, 425)));
            default -> Optional.empty();
        };
    }

    private static byte[] program(int auditArch, boolean x32Check, List<Integer> denied) {
        int n = 3 + (x32Check ? 1 : 0) + denied.size() + 3;
        ByteBuffer b = ByteBuffer.allocate(n * 8).order(ByteOrder.nativeOrder());
        int killAt = n - 1;
        int epermAt = n - 2;
        int pc = 0;
        pc = insn(b, pc, LD_W_ABS, 0, 0, 4); // seccomp_data.arch
        pc = insn(b, pc, JEQ_K, 0, killAt - (pc + 1), auditArch);
        pc = insn(b, pc, LD_W_ABS, 0, 0, 0); // seccomp_data.nr
        if (x32Check) {
            pc = insn(b, pc, JGE_K, killAt - (pc + 1), 0, X32_BIT);
        }
        for (int nr : denied) {
            pc = insn(b, pc, JEQ_K, epermAt - (pc + 1), 0, nr);
        }
        pc = insn(b, pc, RET_K, 0, 0, RET_ALLOW);
        pc = insn(b, pc, RET_K, 0, 0, RET_EPERM);
        insn(b, pc, RET_K, 0, 0, RET_KILL_PROCESS);
        return b.array();
    }

    private static int insn(ByteBuffer b, int pc, int code, int jt, int jf, int k) {
        b.putShort((short) code).put((byte) jt).put((byte) jf).putInt(k);
        return pc + 1;
    }
}
