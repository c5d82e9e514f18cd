using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace LppdMetrics.Cli;

/// <summary>
/// The managed heap of a short <c>lppd</c> process (<c>audit</c>, <c>explain</c>, <c>extract</c>) on Linux: its memory comes in 2 MiB
/// pages instead of thousands of 4 KiB page faults (issue 18, session 6; benchmarks/README.md).
/// </summary>
/// <remarks>
/// Of the audit of the embedded report, half of the process time went to the garbage collector and to first touches
/// of fresh heap pages, each 4 KiB fault costing 5–15 µs on a virtual machine. Here the collector's reserved address
/// range (found in <c>/proc/self/maps</c> around a fresh object) is advised for transparent huge pages
/// (<c>madvise(MADV_HUGEPAGE)</c>), then a no-GC region of <see cref="RegionBytes"/> is started, which makes the
/// collector commit that much heap in one piece, where 2 MiB pages can back it. Either alone gains nothing (the
/// collector commits in small pieces; a no-GC region in 4 KiB pages touches more fresh pages). Nothing changes but
/// speed: when a command allocates more, the collector ends the region with a collection and goes on as usual; with
/// transparent huge pages off (<c>never</c>), on other systems, or for other commands, nothing is done. Only the
/// process's own entry point (<see cref="Program.Main"/>) calls it: the collector's mode is per process, and tests
/// run many commands in one.
/// </remarks>
internal static partial class ProcessHeap
{
    /// <summary>The no-GC region: 16 MiB, above the 10 MB the audit of the embedded report allocates.</summary>
    public const long RegionBytes = 16L << 20;

    private const int MadviseHugePage = 14;

    /// <summary>
    /// Prepares the heap for the command named by <paramref name="args"/>; the result ends the no-GC region, if one is
    /// still active, when disposed. Null when nothing was done.
    /// </summary>
    public static IDisposable? ForCommand(string[] args)
    {
        if (args is not ["audit" or "explain" or "extract", ..] || !OperatingSystem.IsLinux())
            return null;
        try
        {
            if (!HugePagesAdvisable() || CollectorRange() is not { } range)
                return null;
            _ = Madvise(range.Start, range.End - range.Start, MadviseHugePage); // advice only
            return GC.TryStartNoGCRegion(RegionBytes) ? new Region() : null;
        }
#pragma warning disable CA1031 // a speed-up only: whatever fails (no maps, no C library, a region already started), the command runs as before
        catch (Exception)
        {
            return null;
        }
#pragma warning restore CA1031
    }

    private sealed class Region : IDisposable
    {
        public void Dispose()
        {
            // A command that allocated more has already left the region (the mode is back to Interactive); the
            // collector may still report that here, which changes nothing for the command's result.
            try
            {
                if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                    GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
            }
        }
    }

    /// <summary>False when the kernel's transparent huge pages are off ("[never]" in the sysfs setting) or unknown.</summary>
    private static bool HugePagesAdvisable()
    {
        const string setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        try
        {
            string text = File.ReadAllText(setting);
            return text.Contains("[always]", StringComparison.Ordinal) || text.Contains("[madvise]", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The collector's reservation: the run of contiguous anonymous mappings holding a freshly allocated object.</summary>
    private static unsafe (nuint Start, nuint End)? CollectorRange()
    {
        var probe = new byte[64];
        nuint address;
        fixed (byte* p = probe)
            address = (nuint)p;
        return AnonymousRun(File.ReadLines("/proc/self/maps"), address);
    }

    /// <summary>
    /// In the lines of a <c>/proc/PID/maps</c> file ("start-end perms offset dev inode [path]", addresses in hex, in
    /// ascending order), the run of back-to-back mappings without a path around the one holding
    /// <paramref name="address"/>; null when that mapping is not anonymous or none holds it.
    /// </summary>
    internal static (nuint Start, nuint End)? AnonymousRun(IEnumerable<string> maps, nuint address)
    {
        nuint start = 0, end = 0;
        bool inRun = false, found = false;
        foreach (string line in maps)
        {
            string[] fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5) continue;
            int dash = fields[0].IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0) continue;
            nuint a = nuint.Parse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            nuint b = nuint.Parse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            string path = fields.Length > 5 ? fields[5].Trim() : "";
            bool anonymous = path.Length == 0 || path.StartsWith("[anon:", StringComparison.Ordinal);
            if (!(inRun && anonymous && a == end))
            {
                if (found) break; // the run that holds the address has ended
                inRun = anonymous;
                start = a;
            }
            end = b;
            if (address >= a && address < b)
            {
                if (!anonymous) return null;
                found = true;
            }
        }
        return found ? (start, end) : null;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nuint address, nuint length, int advice);
}
