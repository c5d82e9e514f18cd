using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Snappier;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// <see cref="SnappyPage"/> (Snappier decoding through a buffer writer straight into the caller's buffer). The codec
/// is checked against independent values: every block Snappier writes decodes to the original bytes, and a block
/// worked by hand decodes to its pattern or is refused. The damaged-block property compares the buffer-writer route
/// with Snappier's span API, the same codec by another route, so it checks this wrapper (the pinned buffer, the exact
/// length, the refusals without an exception) rather than the codec: on blocks cut short, with bytes flipped, random,
/// or with bytes after the last element, a page that decodes gives exactly the span API's bytes.
/// </summary>
public class SnappyPageTests
{
    /// <summary>Data shaped like Parquet pages: doubles of few distinct values, runs, text, random bytes, empty.</summary>
    private static Gen<byte[]> Data() =>
        Gen.OneOf(
            Gen.Choose(0, 50).ArrayOf().Select(v => v.SelectMany(x => BitConverter.GetBytes(1000.0 * x)).ToArray()),
            Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(),
            Gen.Choose(0, 3).Zip(Gen.Choose(0, 3000)).Select(t => Enumerable.Repeat((byte)t.Item1, t.Item2).ToArray()),
            Gen.Elements("abc", "abcd", "aaaaaaaab", "income,weight\n").Zip(Gen.Choose(1, 2000))
                .Select(t => System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(t.Item1, t.Item2)))),
            Gen.Constant(Array.Empty<byte>()));

    [Property(MaxTest = 300)]
    public Property A_block_snappier_writes_decodes_to_the_original() =>
        Prop.ForAll(Data().ToArbitrary(), data =>
        {
            byte[] block = Snappy.CompressToArray(data);
            var output = new byte[data.Length];
            return (SnappyPage.DeclaredLength(block) == data.Length && SnappyPage.TryDecompress(block, output) && output.AsSpan().SequenceEqual(data))
                .Label($"{data.Length} bytes, block of {block.Length}");
        });

    [Property(MaxTest = 1000)]
    public Property Damaged_blocks_are_refused_or_decoded_as_snappier_decodes_them() =>
        Prop.ForAll(Data().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (data, pick, how) =>
        {
            byte[] block = Snappy.CompressToArray(data);
            var random = new Random(pick);
            block = how switch
            {
                0 => block[..random.Next(block.Length + 1)],                                              // cut short
                1 => Flip(block, random),                                                                  // bytes changed
                2 => [.. Enumerable.Range(0, random.Next(64)).Select(_ => (byte)random.Next(256))],       // random bytes
                _ => [.. block, .. Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256))], // trailing bytes
            };
            long declared = SnappyPage.DeclaredLength(block);
            if (declared < 0 || declared > 1 << 20)
                return true.Label("refused preamble");
            var mine = new byte[declared];
            bool ok = SnappyPage.TryDecompress(block, mine);
            byte[]? theirs = Reference(block, (int)declared);
            // Where the decoder decodes, Snappier gives the same bytes; an undamaged block always decodes (property above).
            return (!ok || (theirs is not null && mine.AsSpan().SequenceEqual(theirs)))
                .Label($"case {how}, block {Convert.ToHexString(block[..Math.Min(block.Length, 40)])}, declared {declared}: decoder {ok}, Snappier {(theirs is null ? "refused" : "decoded")}");
        });

    [Fact]
    public void Overlapping_copies_repeat_their_pattern()
    {
        // Hand-made block: 10 bytes declared; literal "ab" (tag 0x04: length 2), then a copy of length 8 at offset 2
        // (tag 01, length 4 + 4 = 8 → (4 << 2) | 1 = 0x11, offset byte 2): "ab" + "abababab".
        byte[] block = [10, 0x04, (byte)'a', (byte)'b', 0x11, 2];
        var output = new byte[10];
        Assert.True(SnappyPage.TryDecompress(block, output));
        Assert.Equal("ababababab", System.Text.Encoding.ASCII.GetString(output));
        // An offset before the start, an offset of 0, or a block that does not fill the output is refused.
        Assert.False(SnappyPage.TryDecompress([10, 0x04, (byte)'a', (byte)'b', 0x11, 3], new byte[10]));
        Assert.False(SnappyPage.TryDecompress([10, 0x04, (byte)'a', (byte)'b', 0x11, 0], new byte[10]));
        Assert.False(SnappyPage.TryDecompress([10, 0x04, (byte)'a', (byte)'b'], new byte[10]));
    }

    private static byte[] Flip(byte[] block, Random random)
    {
        byte[] copy = (byte[])block.Clone();
        for (int k = 0; k < 1 + random.Next(4) && copy.Length > 0; k++)
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    /// <summary>Snappier's decoding of the block into exactly <paramref name="length"/> bytes, or null when it refuses.</summary>
    private static byte[]? Reference(byte[] block, int length)
    {
        var output = new byte[length];
        try
        {
            return Snappy.GetUncompressedLength(block) == length && Snappy.TryDecompress(block, output, out int written) && written == length ? output : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
