using LppdMetrics.Cli;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The heap preparation of a short report command (<see cref="ProcessHeap"/>): the collector's reservation is found
/// in a <c>/proc/self/maps</c> listing written by hand, and no other command is touched. (The preparation itself runs
/// only in the tool's own process: `.ci/run` compares the AOT audit's output with the JIT one.)
/// </summary>
public class ProcessHeapTests
{
    // A listing as Linux writes it: the executable, the brk heap, the collector's reservation (a committed part, then
    // reserved pages; three back-to-back anonymous mappings), a gap, a named anonymous mapping, a library, the stack.
    private static readonly string[] Maps =
    [
        "55bc0c000000-55bc0c200000 r--p 00000000 fe:01 1234                       /usr/local/bin/lppd",
        "55bc0dd2d000-55bc0ec15000 rw-p 00000000 00:00 0                          [heap]",
        "7fcb4f819000-7fcb50000000 rw-p 00000000 00:00 0 ",
        "7fcb50000000-7fcb50400000 rw-p 00000000 00:00 0",
        "7fcb50400000-7fd734000000 ---p 00000000 00:00 0",
        "7fd740000000-7fd740021000 rw-p 00000000 00:00 0                          [anon:scratch]",
        "7fd740021000-7fd744000000 ---p 00000000 00:00 0",
        "7fd7a0000000-7fd7a0200000 r-xp 00000000 fe:01 99                         /usr/lib/x86_64-linux-gnu/libc.so.6",
        "7ffc10000000-7ffc10021000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Theory]
    [InlineData(0x7fcb4f819000UL, 0x7fcb4f819000UL, 0x7fd734000000UL)] // first byte of the run
    [InlineData(0x7fcb502a8000UL, 0x7fcb4f819000UL, 0x7fd734000000UL)] // in the middle mapping
    [InlineData(0x7fd733ffffffUL, 0x7fcb4f819000UL, 0x7fd734000000UL)] // last byte
    [InlineData(0x7fd740010000UL, 0x7fd740000000UL, 0x7fd744000000UL)] // a named anonymous mapping starts its own run
    public void The_run_of_anonymous_mappings_around_the_address_is_found(ulong address, ulong start, ulong end) =>
        Assert.Equal(((nuint)start, (nuint)end), ProcessHeap.AnonymousRun(Maps, (nuint)address));

    [Theory]
    [InlineData(0x55bc0dd30000UL)] // the brk heap has a name: not the collector's
    [InlineData(0x7fd7a0001000UL)] // a library
    [InlineData(0x7fd734000000UL)] // the gap after the run (the end is exclusive)
    [InlineData(0x1000UL)]
    public void An_address_outside_anonymous_mappings_gives_nothing(ulong address) =>
        Assert.Null(ProcessHeap.AnonymousRun(Maps, (nuint)address));

    [Theory]
    [InlineData("gini")]
    [InlineData("poverty")]
    [InlineData("ipm")]
    [InlineData("--version")]
    public void Other_commands_leave_the_heap_alone(string command)
    {
        Assert.Null(ProcessHeap.ForCommand([command, "x"]));
        Assert.Null(ProcessHeap.ForCommand([]));
        Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
    }
}
