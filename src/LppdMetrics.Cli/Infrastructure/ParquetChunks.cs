using System.Buffers.Binary;
using System.Runtime.InteropServices;
using LppdMetrics.Statistics;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;
using Parquet.Schema;
using PhysicalType = Parquet.Meta.Type;

namespace LppdMetrics.Cli;

/// <summary>
/// The fast path of <see cref="ParquetInput"/>: one column chunk of a flat number column decoded straight into a span
/// of doubles — the chunk's bytes read in one call, each page decompressed (Snappy) into a pooled buffer or, for a
/// page of plain doubles, into the destination itself — with no stream, no page object and no garbage per page.
/// </summary>
/// <remarks>
/// <para>Taken for the shapes that pandas/pyarrow, R arrow, Spark and Parquet.Net write for number columns: physical
/// <c>DOUBLE</c>, <c>FLOAT</c>, <c>INT32</c> or <c>INT64</c> read as that CLR type (no decimal, date, time or unsigned
/// logical type); required or optional (definition level ≤ 1), not repeated; uncompressed or Snappy (decoded by <see cref="SnappyPage"/>); data pages v1 or
/// v2; values <c>PLAIN</c> or dictionary-encoded (<c>PLAIN_DICTIONARY</c>, <c>RLE_DICTIONARY</c>, with the plain
/// fallback pages arrow writes after a full dictionary); definition levels <c>RLE</c>.</para>
/// <para>Anything else — another codec (gzip, zstd, LZ4, Brotli), encoding (delta, byte stream split), or bytes that
/// do not parse — makes <see cref="TryRead"/> return false, and the caller reads the chunk with Parquet.Net's general
/// reader, which decodes every shape and raises its own error for a corrupt file.</para>
/// <para>The values are the numbers Parquet.Net gives: doubles bit for bit, floats and 32-bit integers exactly,
/// 64-bit integers by the correctly rounded conversion.</para>
/// </remarks>
internal static class ParquetChunks
{
    private const int Plain = 0, PlainDictionary = 2, Rle = 3, RleDictionary = 8;

    private enum Kind
    {
        None,
        Double,
        Float,
        Int32,
        Int64,
    }

    /// <summary>
    /// Decodes the column chunk <paramref name="chunk"/> of <paramref name="field"/> into <paramref name="target"/>
    /// (one entry per row); false when its shape is not one this reader takes (see the remarks of the class).
    /// </summary>
    /// <param name="file">The open Parquet file (read with <see cref="RandomAccess"/>, so threads may share it).</param>
    /// <param name="chunk">The chunk's metadata, from Parquet.Net's footer.</param>
    /// <param name="field">The column, from Parquet.Net's schema.</param>
    /// <param name="target">Receives the values: exactly the chunk's row count.</param>
    /// <param name="firstNull">The index of the first null cell (the values before it are decoded), or −1 for none.</param>
    /// <param name="scratch">The buffers of the calling thread, reused from chunk to chunk (new ones when null).</param>
    /// <returns>True when the chunk was decoded.</returns>
    public static bool TryRead(SafeFileHandle file, ColumnChunk? chunk, DataField field, Span<double> target, out int firstNull, Scratch? scratch = null)
    {
        firstNull = -1;
        ColumnMetaData? meta = chunk?.MetaData;
        if (meta is null || chunk!.FilePath is not null || chunk.CryptoMetadata is not null || chunk.EncryptedColumnMetadata is not null
            || field.MaxRepetitionLevel != 0 || field.MaxDefinitionLevel > 1 || meta.NumValues != target.Length
            || meta.Codec is not (CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY) || !BitConverter.IsLittleEndian)
            return false;
        Kind kind = KindOf(field, meta.Type);
        long start = Start(meta), size = meta.TotalCompressedSize;
        if (kind == Kind.None || start < 4 || size <= 0 || size > Array.MaxLength || start + size > RandomAccess.GetLength(file))
            return false;
        Scratch? own = scratch is null ? new Scratch() : null;
        scratch ??= own!;
        try
        {
            Span<byte> bytes = scratch.ChunkBytes((int)size);
            if (RandomAccess.Read(file, bytes, start) != size)
                return false;
            return new Decoder(kind, meta.Codec == CompressionCodec.SNAPPY, field.MaxDefinitionLevel == 1, scratch).Run(bytes, target, out firstNull);
        }
        finally
        {
            own?.Dispose();
        }
    }

    /// <summary>
    /// The buffers of one thread's chunks (the chunk's bytes, a decompressed page, levels or dictionary indices), grown
    /// on demand and freed with the object, so that nothing stays pooled once the file is read: the chunk's bytes in a
    /// <see cref="LargeBuffer{T}"/> (huge pages end to end: a chunk is megabytes, read once per row group), the others
    /// plain arrays.
    /// </summary>
    public sealed class Scratch : IDisposable
    {
        private LargeBuffer<byte>? _chunk;
        internal byte[]? Page;
        internal int[]? Levels;

        /// <summary>The chunk buffer's first <paramref name="size"/> bytes (grown by an eighth more than asked).</summary>
        internal Span<byte> ChunkBytes(int size)
        {
            if (_chunk is null || _chunk.Length < size)
            {
                ((IDisposable?)_chunk)?.Dispose();
                _chunk = new LargeBuffer<byte>(WithHeadroom(size));
            }
            return _chunk.GetSpan()[..size];
        }

        /// <summary>Frees the chunk buffer.</summary>
        public void Dispose()
        {
            ((IDisposable?)_chunk)?.Dispose();
            _chunk = null;
        }

        internal static Span<T> Grow<T>(ref T[]? buffer, int size) where T : unmanaged
        {
            if (buffer is null || buffer.Length < size)
                buffer = LargeArray.Allocate<T>(WithHeadroom(size));
            return buffer.AsSpan(0, size);
        }

        /// <summary>
        /// An eighth more than asked (at least 1, at most an array's length): the chunks of one column differ by a few
        /// bytes, and a second buffer per thread would cost its page faults again.
        /// </summary>
        private static int WithHeadroom(int size) => (int)Math.Min(Math.Max(size + (long)size / 8, 1), Array.MaxLength);
    }

    /// <summary>
    /// The values (nulls included) that the data pages of a column chunk say they hold, summed over its page headers
    /// (each header read, its page skipped); null when the headers cannot be walked to the chunk's end (bytes that do not
    /// parse, a page past the end), which is left to the reader that decodes the chunk.
    /// </summary>
    /// <remarks>Parquet.Net's general reader decodes what the pages hold and leaves the rest of the destination as it
    /// was: a page header claiming 1 value in a chunk of 6 rows gave 5 rows of 0. A flat column's pages hold one value
    /// per row, so <see cref="ParquetInput"/> compares this count with the row group's rows before reading.</remarks>
    /// <param name="file">The open Parquet file.</param>
    /// <param name="meta">The chunk's metadata.</param>
    /// <returns>The sum of the data pages' value counts, or null.</returns>
    public static long? PageValues(SafeFileHandle file, ColumnMetaData meta)
    {
        long position = Start(meta), end = position + meta.TotalCompressedSize, length = RandomAccess.GetLength(file), values = 0;
        if (position < 4 || meta.TotalCompressedSize <= 0 || end > length)
            return null;
        byte[] window = new byte[1024];
        while (position < end)
        {
            int read = RandomAccess.Read(file, window.AsSpan(0, (int)Math.Min(window.Length, end - position)), position);
            int at = 0;
            if (!ParquetPageHeader.TryRead(window.AsSpan(0, read), ref at, out ParquetPageHeader header))
            {
                // A header longer than the window (large statistics): read more of it, up to 1 MiB.
                if (read < window.Length || window.Length >= 1 << 20)
                    return null;
                window = new byte[window.Length * 16];
                continue;
            }
            if (header.Type is ParquetPageHeader.DataPage or ParquetPageHeader.DataPageV2)
                values += header.Values;
            position += at + (long)header.CompressedSize;
        }
        return position == end ? values : null;
    }

    /// <summary>The first byte of the chunk: its dictionary page, when it has one, else its first data page (as Parquet.Net reads it).</summary>
    private static long Start(ColumnMetaData meta)
    {
        long start = meta.DataPageOffset;
        if (meta.DictionaryPageOffset is long dictionary && dictionary > 0)
            start = Math.Min(start, dictionary);
        if (meta.IndexPageOffset is long index && index > 0)
            start = Math.Min(start, index);
        return start;
    }

    private static Kind KindOf(DataField field, PhysicalType physical) => (physical, System.Type.GetTypeCode(field.ClrType)) switch
    {
        (PhysicalType.DOUBLE, TypeCode.Double) => Kind.Double,
        (PhysicalType.FLOAT, TypeCode.Single) => Kind.Float,
        (PhysicalType.INT32, TypeCode.Int32) => Kind.Int32,
        (PhysicalType.INT64, TypeCode.Int64) => Kind.Int64,
        _ => Kind.None,
    };

    /// <summary>The pages of one chunk, decoded in order into the target, with the calling thread's scratch buffers.</summary>
    private struct Decoder(Kind kind, bool snappy, bool optional, Scratch scratch)
    {
        private double[]? _dictionary;

        private readonly int Width => kind is Kind.Double or Kind.Int64 ? 8 : 4;

        public bool Run(ReadOnlySpan<byte> chunk, Span<double> target, out int firstNull)
        {
            firstNull = -1;
            int position = 0, row = 0;
            while (row < target.Length)
            {
                if (!ParquetPageHeader.TryRead(chunk, ref position, out ParquetPageHeader header)
                    || header.CompressedSize > chunk.Length - position)
                    return false;
                ReadOnlySpan<byte> page = chunk.Slice(position, header.CompressedSize);
                position += header.CompressedSize;
                switch (header.Type)
                {
                    case ParquetPageHeader.DictionaryPage:
                        if (_dictionary is not null || header.Encoding is not (Plain or PlainDictionary) || (long)header.Values * Width > header.UncompressedSize
                            || !Decompress(page, header.UncompressedSize, snappy, out ReadOnlySpan<byte> entries))
                            return false;
                        _dictionary = new double[header.Values];
                        if (!Convert(entries, _dictionary))
                            return false;
                        break;
                    case ParquetPageHeader.DataPage or ParquetPageHeader.DataPageV2:
                        if (header.Values > target.Length - row || !DataPage(header, page, target.Slice(row, header.Values), out int nullAt))
                            return false;
                        if (nullAt >= 0)
                        {
                            firstNull = row + nullAt;
                            return true;
                        }
                        row += header.Values;
                        break;
                    default:
                        return false;
                }
            }
            return true;
        }

        /// <summary>One data page: its definition levels (the first null ends the page), then its values.</summary>
        private bool DataPage(in ParquetPageHeader header, ReadOnlySpan<byte> page, Span<double> target, out int nullAt)
        {
            nullAt = -1;
            int count = target.Length;
            ReadOnlySpan<byte> levels = default, values;
            if (header.Type == ParquetPageHeader.DataPageV2)
            {
                if (header.RepetitionBytes != 0 || header.DefinitionBytes < 0 || header.DefinitionBytes > page.Length || (!optional && header.DefinitionBytes != 0))
                    return false;
                levels = page[..header.DefinitionBytes];
                ReadOnlySpan<byte> data = page[header.DefinitionBytes..];
                if (header.Compressed && snappy)
                {
                    if (!Decompress(data, header.UncompressedSize - header.DefinitionBytes, true, out values))
                        return false;
                }
                else
                    values = data;
            }
            else
            {
                // A page of plain doubles without levels decompresses straight into the destination.
                if (!optional && header.Encoding == Plain && kind == Kind.Double && header.UncompressedSize == count * 8L)
                    return snappy ? TryDecompress(page, MemoryMarshal.AsBytes(target)) : page.Length == count * 8 && Copy(page, target);
                if (!Decompress(page, header.UncompressedSize, snappy, out ReadOnlySpan<byte> whole))
                    return false;
                values = whole;
                if (optional)
                {
                    if (header.LevelEncoding != Rle || whole.Length < 4)
                        return false;
                    int length = BinaryPrimitives.ReadInt32LittleEndian(whole);
                    if (length < 0 || length > whole.Length - 4)
                        return false;
                    levels = whole.Slice(4, length);
                    values = whole[(4 + length)..];
                }
            }
            if (optional)
            {
                Span<int> defined = Levels(count);
                if (!RleHybrid.TryDecode(levels, 1, defined))
                    return false;
                int first = defined.IndexOf(0);
                if (first >= 0)
                {
                    nullAt = first;
                    count = first;
                }
                if (defined[..count].ContainsAnyExcept(1))
                    return false;
            }
            return header.Encoding switch
            {
                Plain => values.Length >= (long)count * Width && Convert(values[..(count * Width)], target[..count]),
                PlainDictionary or RleDictionary => Lookup(values, target[..count]),
                _ => false,
            };
        }

        /// <summary>Dictionary indices (a bit width byte, then RLE/bit-packed runs) turned into the dictionary's values.</summary>
        private bool Lookup(ReadOnlySpan<byte> values, Span<double> target)
        {
            if (target.IsEmpty)
                return true;
            if (_dictionary is null || values.IsEmpty || values[0] > 32)
                return false;
            Span<int> indices = Levels(target.Length);
            if (!RleHybrid.TryDecode(values[1..], values[0], indices))
                return false;
            double[] dictionary = _dictionary;
            for (int i = 0; i < target.Length; i++)
            {
                uint index = (uint)indices[i];
                if (index >= (uint)dictionary.Length)
                    return false;
                target[i] = dictionary[index];
            }
            return true;
        }

        /// <summary>Plain values (little-endian) converted to doubles.</summary>
        private readonly bool Convert(ReadOnlySpan<byte> plain, Span<double> target)
        {
            if (plain.Length < (long)target.Length * Width)
                return false;
            switch (kind)
            {
                case Kind.Double:
                    return Copy(plain[..(target.Length * 8)], target);
                case Kind.Float:
                    ReadOnlySpan<float> floats = MemoryMarshal.Cast<byte, float>(plain)[..target.Length];
                    for (int i = 0; i < target.Length; i++)
                        target[i] = floats[i];
                    return true;
                case Kind.Int32:
                    ReadOnlySpan<int> ints = MemoryMarshal.Cast<byte, int>(plain)[..target.Length];
                    for (int i = 0; i < target.Length; i++)
                        target[i] = ints[i];
                    return true;
                default:
                    ReadOnlySpan<long> longs = MemoryMarshal.Cast<byte, long>(plain)[..target.Length];
                    for (int i = 0; i < target.Length; i++)
                        target[i] = longs[i];
                    return true;
            }
        }

        private static bool Copy(ReadOnlySpan<byte> plain, Span<double> target)
        {
            plain.CopyTo(MemoryMarshal.AsBytes(target));
            return true;
        }

        /// <summary>A page's bytes as stored (uncompressed) or Snappy-decompressed into the pooled page buffer.</summary>
        private bool Decompress(ReadOnlySpan<byte> page, int size, bool compressed, out ReadOnlySpan<byte> bytes)
        {
            bytes = default;
            if (size < 0)
                return false;
            if (!compressed)
            {
                bytes = page;
                return page.Length == size;
            }
            if (!SnappyLength(page, size))
                return false;
            Span<byte> output = Scratch.Grow(ref scratch.Page, size);
            if (!TryDecompress(page, output))
                return false;
            bytes = output;
            return true;
        }

        /// <summary>Snappy into exactly <paramref name="output"/>; false for a block that does not fill it or is corrupt.</summary>
        private static bool TryDecompress(ReadOnlySpan<byte> page, Span<byte> output) => SnappyPage.TryDecompress(page, output);

        /// <summary>Whether the Snappy block says it decompresses to <paramref name="size"/> bytes.</summary>
        private static bool SnappyLength(ReadOnlySpan<byte> page, int size) => SnappyPage.DeclaredLength(page) == size;

        private readonly Span<int> Levels(int count) => Scratch.Grow(ref scratch.Levels, count);
    }

    /// <summary>The RLE / bit-packed hybrid encoding of Parquet's levels and dictionary indices.</summary>
    private static class RleHybrid
    {
        /// <summary>Fills <paramref name="target"/> from the runs in <paramref name="source"/>; false when they end too soon or are malformed.</summary>
        public static bool TryDecode(ReadOnlySpan<byte> source, int bitWidth, Span<int> target)
        {
            int byteWidth = (bitWidth + 7) / 8, position = 0, filled = 0;
            uint mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
            while (filled < target.Length)
            {
                if (!Varint(source, ref position, out uint header))
                    return false;
                if ((header & 1) == 0)
                {
                    int run = (int)Math.Min(header >> 1, (uint)(target.Length - filled));
                    if (byteWidth > source.Length - position)
                        return false;
                    uint value = 0;
                    for (int b = 0; b < byteWidth; b++)
                        value |= (uint)source[position + b] << (8 * b);
                    position += byteWidth;
                    if ((value & ~mask) != 0)
                        return false;
                    target.Slice(filled, run).Fill((int)value);
                    filled += run;
                }
                else
                {
                    long values = (long)(header >> 1) * 8, bytes = (long)(header >> 1) * bitWidth;
                    int take = (int)Math.Min(values, target.Length - filled);
                    // The last run may be cut short after its last value; read only the bytes the values need.
                    if ((take * (long)bitWidth + 7) / 8 > source.Length - position)
                        return false;
                    ReadOnlySpan<byte> packed = source[position..];
                    for (int i = 0; i < take; i++)
                    {
                        long bit = (long)i * bitWidth;
                        int at = (int)(bit >> 3), shift = (int)(bit & 7);
                        ulong word = 0;
                        int available = Math.Min(8, packed.Length - at);
                        for (int b = 0; b < available && b * 8 < shift + bitWidth; b++)
                            word |= (ulong)packed[at + b] << (8 * b);
                        target[filled + i] = (int)((uint)(word >> shift) & mask);
                    }
                    filled += take;
                    position += (int)Math.Min(bytes, source.Length - position);
                }
            }
            return true;
        }

        private static bool Varint(ReadOnlySpan<byte> source, ref int position, out uint value)
        {
            value = 0;
            for (int shift = 0; shift < 35 && position < source.Length; shift += 7)
            {
                byte b = source[position++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                    return true;
            }
            return false;
        }
    }
}
