using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The hot path of the chunked CSV reader (<see cref="CsvFastNumber"/>: plain unsigned decimals of up to 15 digits,
/// eight bytes at a time) against the strict reader of a cell (<see cref="CsvInput.TryNumber"/>, the one definition of
/// a numeric cell): whatever it reads, it reads to the same bits, and what it does not read goes on to the general
/// path, which agrees with the strict reader on every cell.
/// </summary>
public class CsvFastNumberTests
{
    // The pieces a numeric cell is made of, at the edges of the fast path: digit runs of 1 to 20 (15 is the fast
    // path's limit, 16 to 19 digits Clinger's, 20 beyond a ulong), leading zeros, a point, exponents, signs, spaces,
    // separators of other conventions, a carriage return. FsCheck shrinks a failing cell piece by piece.
    private static readonly Gen<string> Digits = Gen.Choose(1, 20).SelectMany(n =>
        Gen.Elements("0123456789".ToCharArray()).ArrayOf(n).Select(a => new string(a)));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Digits),
        (2, Gen.Elements("0", "00", "000000000000000")),
        (3, Gen.Constant(".")),
        (1, Gen.Elements("e", "E", "e-", "E+", "e22", "e-23", "e308", "e309")),
        (1, Gen.Elements("-", "+", "-0", " ", "\r", ",", "_", "\u0660")));

    /// <summary>A cell: mostly a well-formed unsigned decimal (digits, optional fraction, optional exponent), else any pieces.</summary>
    internal static readonly Gen<string> EdgeCell = Gen.Frequency(
        (3, Digits.Zip(Gen.Elements(false, true).Zip(Digits)).Select(t => t.Item2.Item1 ? t.Item1 + "." + t.Item2.Item2 : t.Item1)),
        (2, Piece.ArrayOf().Where(a => a.Length is > 0 and <= 6).Select(a => string.Concat(a))));

    // What follows the cell in the buffer: nothing, another row, or bytes that would corrupt a read past the cell.
    private static readonly Gen<string> After = Gen.Elements("", ",", "\n", "12345678", ",7\n", "9999999999999999", ".5e5", "\r\n");

    [Property(MaxTest = 2000)]
    public Property The_fast_path_reads_what_the_strict_reader_reads_to_the_same_bits() =>
        Prop.ForAll(Arb.From(EdgeCell), Arb.From(Gen.Choose(0, 9).Zip(After)), Arb.From(Gen.Elements(false, true)),
            (cell, place, decimalComma) =>
            {
                (int offset, string after) = place;
                byte[] data = Encoding.UTF8.GetBytes(new string('7', offset) + cell + after);
                int end = offset + Encoding.UTF8.GetByteCount(cell);
                bool strict = CsvInput.TryNumber(cell, decimalComma, out double expected, out _);
                bool fast = CsvFastNumber.TryRead(data, offset, end, decimalComma, out double value);
                bool general = CsvChunks.TryNumber(data.AsSpan(offset, end - offset), decimalComma, out double slow);
                return (!fast || (strict && Bits(value) == Bits(expected) && value >= 0)).Label($"fast {value:R}, strict {strict} {expected:R}")
                    .And((general == strict && (!strict || Bits(slow) == Bits(expected))).Label($"general {general} {slow:R}, strict {strict} {expected:R}"));
            });

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("7", 7.0)]
    [InlineData("00000000", 0.0)]
    [InlineData("12345678", 12345678.0)]
    [InlineData("123456789", 123456789.0)]
    [InlineData("000000000000001", 1.0)]
    [InlineData("999999999999999", 999999999999999.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("441234.56", 441234.56)]
    [InlineData("1.00000000000001", 1.00000000000001)]
    [InlineData("0.00000000000001", 1e-14)]
    public void Cells_of_the_hot_form_are_read_here(string cell, double expected)
    {
        // The expected numbers are the decimal literals themselves, rounded by the C# compiler.
        byte[] padded = Encoding.ASCII.GetBytes(cell + ",99999999");
        Assert.True(CsvFastNumber.TryRead(padded, 0, cell.Length, decimalComma: false, out double value));
        Assert.Equal(Bits(expected), Bits(value));
        // At the end of a buffer (fewer than eight bytes left) the byte-by-byte loop reads the same number.
        byte[] bare = Encoding.ASCII.GetBytes(cell);
        Assert.True(CsvFastNumber.TryRead(bare, 0, bare.Length, decimalComma: false, out double tail));
        Assert.Equal(Bits(expected), Bits(tail));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("1234567890123456", false)] // 16 digits: beyond 10^15, Clinger's path in CsvChunks.TryNumber
    [InlineData("9007199254740993", false)] // 2^53 + 1: rounds to even there
    [InlineData("-0", false)]
    [InlineData("+3", false)]
    [InlineData(" 7", false)]
    [InlineData("7 ", false)]
    [InlineData("1e5", false)]
    [InlineData("5.", false)]
    [InlineData(".5", false)]
    [InlineData("1.5", true)] // a decimal point is not a decimal separator with --decimal-comma
    [InlineData("1,5", false)]
    [InlineData("12\r", false)]
    [InlineData("1:3", false)] // ':' is '0' + 10, '/' is '0' − 1: just outside the digits
    [InlineData("1/3", false)]
    public void Other_cells_go_to_the_general_path(string cell, bool decimalComma)
    {
        byte[] padded = Encoding.ASCII.GetBytes(cell + ",12345678");
        Assert.False(CsvFastNumber.TryRead(padded, 0, cell.Length, decimalComma, out _));
        // and the general path gives what the strict reader gives.
        bool strict = CsvInput.TryNumber(cell, decimalComma, out double expected, out _);
        Assert.Equal(strict, CsvChunks.TryNumber(padded.AsSpan(0, cell.Length), decimalComma, out double value));
        if (strict)
            Assert.Equal(Bits(expected), Bits(value));
    }

    [Fact]
    public void Every_digit_in_every_position_of_an_eight_byte_word_is_read()
    {
        // 10^k·d for every position k and digit d, written with leading zeros to 1–15 digits: the SWAR reader must
        // weigh each byte by its own power of ten.
        for (int length = 1; length <= 15; length++)
        {
            for (int k = 0; k < length; k++)
            {
                for (int d = 0; d <= 9; d++)
                {
                    string cell = (d * (long)Math.Pow(10, k)).ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');
                    if (cell.Length != length)
                        continue;
                    byte[] data = Encoding.ASCII.GetBytes(cell + "\n8888888");
                    Assert.True(CsvFastNumber.TryRead(data, 0, length, decimalComma: false, out double value), cell);
                    Assert.Equal(d * Math.Pow(10, k), value);
                }
            }
        }
    }

    private static long Bits(double x) => BitConverter.DoubleToInt64Bits(x);
}
