namespace LppdMetrics.Cli;

/// <summary>
/// The header of one page of a Parquet column chunk, read from its Thrift compact encoding (the <c>PageHeader</c>
/// struct of the Apache Parquet format, <c>parquet.thrift</c>): only the fields <see cref="ParquetChunks"/> needs;
/// every other field (statistics, CRC, index pages…) is skipped.
/// </summary>
internal struct ParquetPageHeader
{
    /// <summary>The page type of <c>parquet.thrift</c>.</summary>
    public const int DataPage = 0, IndexPage = 1, DictionaryPage = 2, DataPageV2 = 3;

    /// <summary>The type of the page (<see cref="DataPage"/>, <see cref="DictionaryPage"/>, <see cref="DataPageV2"/>…).</summary>
    public int Type;

    /// <summary>The bytes of the page once decompressed (for a v2 page: levels plus values).</summary>
    public int UncompressedSize;

    /// <summary>The bytes of the page in the file, after the header.</summary>
    public int CompressedSize;

    /// <summary>Values in the page, nulls included (rows, for a column that is not repeated).</summary>
    public int Values;

    /// <summary>The encoding of the values (<c>Encoding</c> of <c>parquet.thrift</c>: 0 PLAIN, 2 PLAIN_DICTIONARY, 8 RLE_DICTIONARY…).</summary>
    public int Encoding;

    /// <summary>The encoding of the definition levels of a v1 data page (3 RLE; 4 BIT_PACKED, deprecated).</summary>
    public int LevelEncoding;

    /// <summary>A v2 data page: the bytes of the definition levels, stored uncompressed before the values.</summary>
    public int DefinitionBytes;

    /// <summary>A v2 data page: the bytes of the repetition levels, stored uncompressed first.</summary>
    public int RepetitionBytes;

    /// <summary>A v2 data page: whether its values are compressed (true unless the writer says otherwise).</summary>
    public bool Compressed;

    /// <summary>
    /// Reads a page header at <paramref name="position"/> in <paramref name="source"/>, moving past it; false when the
    /// bytes are not a well-formed header within the span.
    /// </summary>
    /// <param name="source">The column chunk's bytes.</param>
    /// <param name="position">Where the header starts; where the page's data starts on return.</param>
    /// <param name="header">The header.</param>
    /// <returns>True for a header with the type and sizes set.</returns>
    public static bool TryRead(ReadOnlySpan<byte> source, ref int position, out ParquetPageHeader header)
    {
        header = new ParquetPageHeader { Type = -1, UncompressedSize = -1, CompressedSize = -1, Values = -1, LevelEncoding = 3, Compressed = true };
        var reader = new Compact(source, position);
        short id = 0;
        bool ok = true;
        while (ok && reader.Field(ref id, out int type))
        {
            ok = (id, type) switch
            {
                (1, 5) => reader.Int(out header.Type),
                (2, 5) => reader.Int(out header.UncompressedSize),
                (3, 5) => reader.Int(out header.CompressedSize),
                (5 or 7 or 8, 12) => Nested(ref reader, ref header, id),
                _ => reader.Skip(type, 0),
            };
        }
        position = reader.Position;
        return ok && !reader.Failed && header.Type >= 0 && header.UncompressedSize >= 0 && header.CompressedSize >= 0
            && (header.Type is not (DataPage or DictionaryPage or DataPageV2) || header.Values >= 0);
    }

    /// <summary>
    /// Whether <paramref name="source"/> is exactly one well-formed <c>FileMetaData</c> struct of
    /// <c>parquet.thrift</c> in the Thrift compact encoding (a Parquet file's footer, which every writer sizes exactly):
    /// every field of a known type, every list, set, map and binary no longer than the bytes left, nesting at most 32
    /// deep, its stop byte the last byte; and in the structs Parquet.Net decodes to find the columns (the file, its
    /// schema elements, row groups, column chunks and their metadata) each field of the type the format gives it
    /// (integers of any width alike). Parquet.Net's footer reader trusts a list's count (a corrupt count of 2^31 loops
    /// for minutes) and reads a field by its number whatever its type (an integer read as a list sends it over the
    /// bytes that follow, for minutes), so <see cref="ParquetInput"/> checks the footer with this first.
    /// </summary>
    /// <param name="source">The footer's bytes.</param>
    /// <returns>True when the footer is such a struct.</returns>
    public static bool IsFileMetaData(ReadOnlySpan<byte> source)
    {
        var reader = new Compact(source, 0);
        return reader.Struct(Shape.FileMetaData, 0) && !reader.Failed && reader.Position == source.Length;
    }

    /// <summary>
    /// The types of a footer struct's fields, by field number (<c>parquet.thrift</c>): 'i' an integer (i16, i32, i64:
    /// all zigzag varints), 'b' binary, 's' a struct, 'l' a list of structs, 'n' a list of integers, 't' a list of
    /// binaries; a field not given is skipped whatever its type. <see cref="Nested"/> gives the shape of the structs of
    /// a field the reader looks into.
    /// </summary>
    private sealed class Shape(string fields, Dictionary<int, Shape>? nested = null)
    {
        public static readonly Shape ColumnMetaData = new(" intiiiiliiisliis");
        public static readonly Shape ColumnChunk = new(" bisiiiisb", new() { [3] = ColumnMetaData });
        public static readonly Shape RowGroup = new(" liiliii", new() { [1] = ColumnChunk });
        public static readonly Shape SchemaElement = new(" iiibiiiiis");
        public static readonly Shape FileMetaData = new(" ilillblsb", new() { [2] = SchemaElement, [4] = RowGroup });

        public char this[short id] => id > 0 && id < fields.Length ? fields[id] : ' ';

        public Shape? Nested(short id) => nested?.GetValueOrDefault(id);
    }

    /// <summary>
    /// The fields of the nested header <paramref name="kind"/> (5: <c>DataPageHeader</c>, 7:
    /// <c>DictionaryPageHeader</c>, 8: <c>DataPageHeaderV2</c>) that the reader needs; the others skipped.
    /// </summary>
    private static bool Nested(ref Compact reader, ref ParquetPageHeader header, short kind)
    {
        short id = 0;
        while (reader.Field(ref id, out int type))
        {
            bool ok = (kind, id, type) switch
            {
                (5 or 7 or 8, 1, 5) => reader.Int(out header.Values),
                (5 or 7, 2, 5) or (8, 4, 5) => reader.Int(out header.Encoding),
                (5, 3, 5) => reader.Int(out header.LevelEncoding),
                (8, 5, 5) => reader.Int(out header.DefinitionBytes),
                (8, 6, 5) => reader.Int(out header.RepetitionBytes),
                (8, 7, 1) => Set(out header.Compressed, true),
                (8, 7, 2) => Set(out header.Compressed, false),
                _ => reader.Skip(type, 0),
            };
            if (!ok)
                return false;
        }
        return !reader.Failed;
    }

    private static bool Set(out bool field, bool value)
    {
        field = value;
        return true;
    }

    /// <summary>The Thrift compact protocol over a span: field headers, zigzag varints, and skipping whatever is not read.</summary>
    private ref struct Compact(ReadOnlySpan<byte> source, int position)
    {
        private readonly ReadOnlySpan<byte> _source = source;

        public int Position { get; private set; } = position;

        public bool Failed { get; private set; }

        /// <summary>The next field of the current struct: false at its end (or on bad bytes, with <see cref="Failed"/> set).</summary>
        public bool Field(ref short id, out int type)
        {
            type = 0;
            if (!Byte(out byte b) || b == 0)
                return false;
            type = b & 0x0F;
            int delta = b >> 4;
            if (delta != 0)
                id += (short)delta;
            else if (Varint(out ulong raw))
                id = (short)Zigzag(raw);
            else
                return false;
            return true;
        }

        public bool Int(out int value)
        {
            value = 0;
            if (!Varint(out ulong raw))
                return false;
            long v = Zigzag(raw);
            if (v is < int.MinValue or > int.MaxValue)
                return Fail();
            value = (int)v;
            return true;
        }

        /// <summary>Skips a value of compact type <paramref name="type"/> (nested at most 32 deep).</summary>
        public bool Skip(int type, int depth)
        {
            if (depth > 32)
                return Fail();
            switch (type)
            {
                case 1 or 2:
                    return true;
                case 3:
                    return Advance(1);
                case 4 or 5 or 6:
                    return Varint(out _);
                case 7:
                    return Advance(8);
                case 8:
                    return Varint(out ulong length) && length <= int.MaxValue && Advance((int)length);
                case 9 or 10:
                    {
                        if (!Byte(out byte b))
                            return false;
                        long size = b >> 4;
                        int element = b & 0x0F;
                        if (size == 15)
                        {
                            if (!Varint(out ulong big) || big > int.MaxValue)
                                return Fail();
                            size = (long)big;
                        }
                        for (long i = 0; i < size; i++)
                            if (!Element(element, depth))
                                return false;
                        return true;
                    }
                case 11:
                    {
                        if (!Varint(out ulong size) || size > int.MaxValue)
                            return Fail();
                        if (size == 0)
                            return true;
                        if (!Byte(out byte kinds))
                            return false;
                        // In a map, as in a list, a boolean takes a byte of its own (in a struct it is the field's type).
                        for (ulong i = 0; i < size; i++)
                            if (!Element(kinds >> 4, depth) || !Element(kinds & 0x0F, depth))
                                return false;
                        return true;
                    }
                case 12:
                    {
                        short id = 0;
                        while (Field(ref id, out int inner))
                            if (!Skip(inner, depth + 1))
                                return false;
                        return !Failed;
                    }
                default:
                    return Fail();
            }
        }

        /// <summary>A struct whose fields have the types of <paramref name="shape"/> (see <see cref="Shape"/>), to its stop byte.</summary>
        public bool Struct(Shape shape, int depth)
        {
            if (depth > 32)
                return Fail();
            short id = 0;
            while (Field(ref id, out int type))
            {
                bool ok = shape[id] switch
                {
                    'i' => type is 4 or 5 or 6 && Skip(type, depth),
                    'b' => type == 8 && Skip(type, depth),
                    's' => type == 12 && (shape.Nested(id) is { } nested ? Struct(nested, depth + 1) : Skip(type, depth)),
                    'l' => type == 9 && List(12, shape.Nested(id), depth),
                    'n' => type == 9 && List(5, null, depth),
                    't' => type == 9 && List(8, null, depth),
                    _ => Skip(type, depth),
                };
                if (!ok)
                    return Fail();
            }
            return !Failed;
        }

        /// <summary>A list of elements of <paramref name="element"/> (5: any integer), each a struct of <paramref name="shape"/> when given.</summary>
        private bool List(int element, Shape? shape, int depth)
        {
            if (!Byte(out byte b))
                return false;
            long size = b >> 4;
            int type = b & 0x0F;
            if (size == 15)
            {
                if (!Varint(out ulong big) || big > int.MaxValue)
                    return Fail();
                size = (long)big;
            }
            if (size > 0 && (element == 5 ? type is not (4 or 5 or 6) : type != element))
                return Fail();
            for (long i = 0; i < size; i++)
            {
                if (!(shape is not null ? Struct(shape, depth + 1) : Element(type, depth)))
                    return false;
            }
            return true;
        }

        /// <summary>Skips one element of a list, set or map of <paramref name="type"/>.</summary>
        private bool Element(int type, int depth) => type is 1 or 2 ? Advance(1) : Skip(type, depth + 1);

        private static long Zigzag(ulong raw) => (long)(raw >> 1) ^ -(long)(raw & 1);

        private bool Byte(out byte value)
        {
            value = 0;
            if (Position >= _source.Length)
                return Fail();
            value = _source[Position++];
            return true;
        }

        private bool Advance(int count)
        {
            if (count < 0 || count > _source.Length - Position)
                return Fail();
            Position += count;
            return true;
        }

        private bool Varint(out ulong value)
        {
            value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                if (!Byte(out byte b))
                    return false;
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                    return true;
            }
            return Fail();
        }

        private bool Fail()
        {
            Failed = true;
            return false;
        }
    }
}
