using System.Buffers;
using Snappier;

namespace LppdMetrics.Cli;

/// <summary>
/// One Snappy block (a Parquet <c>SNAPPY</c> page) decoded by Snappier straight into the caller's buffer.
/// </summary>
/// <remarks>
/// <para>Snappier's span API (<c>Snappy.TryDecompress</c>, 1.3) decodes into a pooled buffer of the block's size,
/// copies it out and clears it: for a column chunk of 8 MB, two more passes over 8 MB and, on a fresh pool, 2 000 page
/// faults per thread. Its buffer-writer API decodes into the writer's memory instead; here that memory is the caller's
/// buffer (pinned for the call), so each byte is written once, where it belongs (benchmarks/README.md, "Issue 18,
/// session 5").</para>
/// <para>A block that does not declare exactly the buffer's length, or that Snappier finds corrupt, is refused
/// (false), and the caller reads the chunk with Parquet.Net, which raises its own error.</para>
/// </remarks>
internal static class SnappyPage
{
    /// <summary>The uncompressed length the block declares, or −1 when its preamble is malformed.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The length, or −1.</returns>
    public static long DeclaredLength(ReadOnlySpan<byte> block)
    {
        try
        {
            return Snappy.GetUncompressedLength(block);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            return -1;
        }
    }

    /// <summary>Decodes <paramref name="block"/> into exactly <paramref name="output"/>; false for a block that does not fill it or is corrupt.</summary>
    /// <param name="block">One whole Snappy block.</param>
    /// <param name="output">Receives the bytes: its length must be the block's declared length.</param>
    /// <returns>True when the block decoded to exactly <paramref name="output"/>'s length.</returns>
    public static unsafe bool TryDecompress(ReadOnlySpan<byte> block, Span<byte> output)
    {
        if (DeclaredLength(block) != output.Length)
            return false;
        fixed (byte* input = block)
        fixed (byte* into = output)
        {
            using var source = new Pinned(input, block.Length);
            using var destination = new Pinned(into, output.Length);
            var writer = new Into(destination.Memory);
            try
            {
                Snappy.Decompress(new ReadOnlySequence<byte>(source.Memory), writer);
            }
            catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IndexOutOfRangeException)
            {
                return false;
            }
            return writer.Written == output.Length;
        }
    }

    /// <summary>Memory over bytes the caller keeps pinned (or native) for the lifetime of this object.</summary>
    private sealed unsafe class Pinned(byte* start, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(start, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }

    /// <summary>A buffer writer over exactly the output: Snappier asks it once for the block's declared length.</summary>
    private sealed class Into(Memory<byte> output) : IBufferWriter<byte>
    {
        public int Written { get; private set; }

        public void Advance(int count) => Written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => output[Written..];

        public Span<byte> GetSpan(int sizeHint = 0) => output.Span[Written..];
    }
}
