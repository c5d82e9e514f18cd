using System.Buffers;
using System.Runtime.InteropServices;

namespace LppdMetrics.Statistics;

/// <summary>
/// A buffer of <see cref="Length"/> elements in native memory aligned to a 2 MiB huge page and advised as huge pages
/// whole (see <see cref="LargeArray"/>), for a buffer reused many times (a row group, a column chunk) whose first
/// touch should cost one page fault per 2 MiB from its first element to its last: a managed array's memory starts and
/// ends inside ordinary 4 KiB pages, about 2 MiB of them at each end.
/// </summary>
/// <remarks>
/// <para>Its contents are not cleared: write every element before reading it. <see cref="MemoryManager{T}.Memory"/> and
/// <see cref="GetSpan"/> are valid until the buffer is disposed, which frees the memory at once; dispose every buffer (a buffer never
/// disposed keeps its memory until the process ends: a finalizer could free it while a span still points into it). Using the buffer after <c>Dispose</c> throws <see cref="ObjectDisposedException"/>.</para>
/// <para>On systems without transparent huge pages the memory is ordinary aligned native memory.</para>
/// </remarks>
/// <typeparam name="T">An unmanaged element type.</typeparam>
public sealed unsafe class LargeBuffer<T> : MemoryManager<T> where T : unmanaged
{
    private void* _memory;

    /// <summary>Allocates the buffer.</summary>
    /// <param name="length">The number of elements, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public LargeBuffer(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        _memory = LargeArray.AllocateNative((nuint)Math.Max(length, 1), (nuint)sizeof(T));
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The buffer's elements.</summary>
    /// <returns>A span of <see cref="Length"/> elements.</returns>
    /// <exception cref="ObjectDisposedException">The buffer was disposed.</exception>
    public override Span<T> GetSpan() => new(Address(), Length);

    /// <summary>The address of element <paramref name="elementIndex"/> (native memory never moves: nothing to pin).</summary>
    /// <param name="elementIndex">An index in [0, <see cref="Length"/>].</param>
    /// <returns>The handle of the address.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="elementIndex"/> is outside the buffer.</exception>
    /// <exception cref="ObjectDisposedException">The buffer was disposed.</exception>
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        if ((uint)elementIndex > (uint)Length)
            throw new ArgumentOutOfRangeException(nameof(elementIndex), elementIndex, $"elementIndex is {elementIndex}, outside the buffer of {Length} elements.");
        return new MemoryHandle((T*)Address() + elementIndex);
    }

    /// <summary>Nothing to do: the memory is never moved.</summary>
    public override void Unpin()
    {
    }

    /// <summary>Frees the memory.</summary>
    /// <param name="disposing">True from <see cref="IDisposable.Dispose"/>.</param>
    protected override void Dispose(bool disposing)
    {
        void* memory = _memory;
        _memory = null;
        if (memory is not null)
            NativeMemory.AlignedFree(memory);
    }

    private void* Address() => _memory is not null ? _memory : throw new ObjectDisposedException(nameof(LargeBuffer<>));
}
