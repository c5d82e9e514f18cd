using System.Runtime.InteropServices;

namespace LppdMetrics.Statistics;

/// <summary>
/// Arrays of millions of elements (the columns of a microdata file, a sort's scratch) backed, on Linux, by
/// transparent huge pages: one page fault per 2 MiB instead of one per 4 KiB.
/// </summary>
/// <remarks>
/// <para>A fresh array of 10⁷ doubles (80 MB) costs about 20 000 page faults of 4 KiB when it is first written, each
/// a trip into the kernel that zeroes the page; with the sort's scratch and two columns, that was a third of the
/// processor time of <c>lppd gini</c> on a 10⁷-row file. Advising the kernel (<c>madvise(MADV_HUGEPAGE)</c>) that
/// the range will be used whole lets it map 2 MiB pages instead, where the system allows it
/// (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> set to <c>always</c> or <c>madvise</c>).</para>
/// <para>The advice changes neither the contents nor the address of anything: on other systems, on a kernel
/// without huge pages, or for arrays under 8 MiB it is simply not given, and the arrays are ordinary arrays.</para>
/// </remarks>
public static partial class LargeArray
{
    private const nuint HugePage = 2 << 20;
    private const int MadviseHugePage = 14;

    /// <summary>
    /// An array of <paramref name="length"/> elements whose contents are not cleared (like
    /// <see cref="GC.AllocateUninitializedArray{T}(int, bool)"/>: write every element before reading it), with the huge
    /// page advice given for its memory.
    /// </summary>
    /// <typeparam name="T">An unmanaged element type.</typeparam>
    /// <param name="length">The number of elements, ≥ 0.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static unsafe T[] Allocate<T>(int length) where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        T[] array = GC.AllocateUninitializedArray<T>(length);
        if ((ulong)length * (ulong)sizeof(T) >= 4 * HugePage)
        {
            fixed (T* start = array)
                Advise(start, (nuint)length * (nuint)sizeof(T));
        }
        return array;
    }

    /// <summary>
    /// Native memory for <paramref name="count"/> elements of <paramref name="size"/> bytes, aligned to a huge page
    /// and advised as huge pages from its first 2 MiB on (a managed array only from 8 MiB, where the 4 KiB pages at
    /// its unaligned ends are a small part of it); free it with <see cref="NativeMemory.AlignedFree"/>.
    /// </summary>
    internal static unsafe void* AllocateNative(nuint count, nuint size)
    {
        nuint bytes = count * size;
        void* memory = NativeMemory.AlignedAlloc(bytes, HugePage);
        Advise(memory, bytes);
        return memory;
    }

    /// <summary>Advises huge pages for the 2 MiB pages wholly inside [start, start + bytes), on Linux; else nothing.</summary>
    private static unsafe void Advise(void* start, nuint bytes)
    {
        if (!OperatingSystem.IsLinux())
            return;
        nuint from = ((nuint)start + HugePage - 1) & ~(HugePage - 1);
        nuint to = ((nuint)start + bytes) & ~(HugePage - 1);
        if (to <= from)
            return;
        try
        {
            _ = Madvise(from, to - from, MadviseHugePage); // advice only: a refusal changes nothing
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: the memory stays in ordinary pages.
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nuint address, nuint length, int advice);
}
