using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Statistics;

/// <summary><see cref="LargeBuffer{T}"/>: a buffer of the asked length, aligned, usable as memory until disposed.</summary>
public class LargeBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(3_000_000)] // 24 MB: several huge pages
    public void A_buffer_of_the_length_asked_holds_what_is_written_and_starts_on_a_huge_page(int length)
    {
        using var buffer = new LargeBuffer<double>(length);
        Assert.Equal(length, buffer.Length);
        Span<double> span = buffer.GetSpan();
        Assert.Equal(length, span.Length);
        Assert.Equal(length, buffer.Memory.Length);
        for (int i = 0; i < length; i++)
            span[i] = i * 0.5;
        for (int i = 0; i < length; i += 4099)
            Assert.Equal(i * 0.5, buffer.Memory.Span[i]);
        nint address = Unsafe.ByteOffset(ref Unsafe.NullRef<double>(), ref MemoryMarshal.GetReference(span));
        Assert.Equal(0L, (long)address % (2L << 20));
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name_and_a_disposed_buffer_is_not_used()
    {
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => new LargeBuffer<int>(-1)).ParamName);
        var buffer = new LargeBuffer<int>(10);
        ArgumentOutOfRangeException pin = Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Pin(11));
        Assert.Equal("elementIndex", pin.ParamName);
        Assert.Contains("11", pin.Message);
        ((IDisposable)buffer).Dispose();
        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan());
        ((IDisposable)buffer).Dispose(); // a second dispose does nothing
    }
}
